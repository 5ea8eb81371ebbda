"""Error types that carry the offending item, so callers and the CLI can say where and what to do."""

from __future__ import annotations

from typing import Any


class TranslitError(Exception):
    """Base class of translit's own errors."""


class _Located(TranslitError, ValueError):
    """An error built from a message and keyword fields; pickles as those, so a --jobs worker's error reads
    the same in the parent (pickling the formatted text would prefix the place a second time)."""

    def __init__(self, message: str, **fields: Any) -> None:
        self.message, self.fields = message, fields
        super().__init__(self.format(message, **fields))

    @staticmethod
    def format(message: str, **fields: Any) -> str:
        raise NotImplementedError

    def __reduce__(self) -> tuple[Any, ...]:
        return _rebuild, (type(self), self.message, self.fields)


def _rebuild(cls: type[_Located], message: str, fields: dict[str, Any]) -> _Located:
    return cls(message, **fields)


class InputError(_Located):
    """Input text that cannot be read under the chosen policy (file, line, byte offset)."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None,
                 byte: int | None = None, hint: str | None = None) -> None:
        self.path, self.line, self.byte, self.hint = path, line, byte, hint
        super().__init__(message, path=path, line=line, byte=byte, hint=hint)

    @staticmethod
    def format(message: str, **fields: Any) -> str:
        where = ":".join(str(x) for x in (fields["path"] or "<stdin>", fields["line"]) if x is not None)
        if fields["byte"] is not None:
            where += f" (byte {fields['byte']})"
        return f"{where}: {message}" + (f"; {fields['hint']}" if fields["hint"] else "")


class LexiconError(_Located):
    """A lexicon or GeoNames file with a bad record; carries .path and .line (1-based)."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        self.path, self.line = path, line
        super().__init__(message, path=path, line=line)

    @staticmethod
    def format(message: str, **fields: Any) -> str:
        where = ":".join(str(x) for x in (fields["path"], fields["line"]) if x is not None)
        return f"{where}: {message}" if where else message
