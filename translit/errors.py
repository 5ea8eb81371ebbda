"""Error types that carry the offending item, so callers and the CLI can say where and what to do."""

from __future__ import annotations


class TranslitError(Exception):
    """Base class of translit's own errors."""


class InputError(TranslitError, ValueError):
    """Input text that cannot be read under the chosen policy (file, line, byte offset)."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None,
                 byte: int | None = None, hint: str | None = None) -> None:
        self.path, self.line, self.byte, self.hint = path, line, byte, hint
        where = ":".join(str(x) for x in (path or "<stdin>", line) if x is not None)
        if byte is not None:
            where += f" (byte {byte})"
        text = f"{where}: {message}"
        if hint:
            text += f"; {hint}"
        super().__init__(text)


class LexiconError(TranslitError, ValueError):
    """A lexicon or GeoNames file with a bad record; carries .path and .line (1-based)."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        self.path, self.line = path, line
        where = ":".join(str(x) for x in (path, line) if x is not None)
        super().__init__(f"{where}: {message}" if where else message)
