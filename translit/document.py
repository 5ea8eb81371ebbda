"""What the Normalizer returns: tokens and mentions with offsets into the caller's original text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any, NamedTuple


class Token(NamedTuple):
    """A token; ``start``/``end`` index the original text, so ``original[start:end] == text``.

    ``norm`` is the match-level folded form. Hashtags carry their ``parts``
    (start, end, norm) — the words inside, split on '_' or CamelCase. A named
    tuple: documents hold many tokens, and a tuple is the cheapest immutable record.
    """

    kind: str
    start: int
    end: int
    text: str
    norm: str
    parts: tuple[tuple[int, int, str], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"kind": self.kind, "start": self.start, "end": self.end, "text": self.text,
                             "norm": self.norm}
        if self.parts:
            d["parts"] = [list(p) for p in self.parts]
        return d


@dataclass(frozen=True, slots=True)
class Candidate:
    """One entity a name may refer to, with how it matched and a score in [0, 1]."""

    id: str
    name: str
    type: str
    score: float
    method: str
    xrefs: dict[str, Any] = field(default_factory=dict)
    alias: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "type": self.type, "score": round(self.score, 4),
                "method": self.method, "xrefs": dict(self.xrefs)}


@dataclass(frozen=True, slots=True)
class Mention:
    """A linked name in the text: ``original[start:end] == surface``; ``candidates`` when ambiguous."""

    start: int
    end: int
    surface: str
    id: str
    name: str
    type: str
    method: str
    score: float
    xrefs: dict[str, Any] = field(default_factory=dict)
    alias: str = ""
    candidates: tuple[Candidate, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"start": self.start, "end": self.end, "surface": self.surface, "id": self.id,
                             "name": self.name, "type": self.type, "method": self.method,
                             "score": round(self.score, 4), "xrefs": dict(self.xrefs)}
        if self.candidates:
            d["candidates"] = [c.to_dict() for c in self.candidates]
        return d


class _LazyTokens:
    """``Document.tokens``: a tuple, or a builder called on first access.

    Linking needs no Token objects, and most callers read only the mentions; building tokens
    (offsets mapped to the original, folded forms) only when asked saves a third of a link.
    """

    def __get__(self, doc: Document | None, owner: type | None = None) -> Any:
        if doc is None:
            return ()  # the dataclass field's default
        tokens = doc.__dict__["_tokens"]
        if callable(tokens):
            tokens = tokens()
            doc.__dict__["_tokens"] = tokens
        return tokens

    def __set__(self, doc: Document, value: tuple[Token, ...] | Callable[[], tuple[Token, ...]]) -> None:
        doc.__dict__["_tokens"] = value


@dataclass(frozen=True)
class Document:
    """The result of running a Normalizer on one text."""

    original: str
    text: str
    tokens: tuple[Token, ...] = _LazyTokens()  # type: ignore[assignment]
    mentions: tuple[Mention, ...] = ()

    def __reduce__(self) -> tuple[Any, ...]:
        return (Document, (self.original, self.text, self.tokens, self.mentions))  # tokens built, not their builder

    def to_dict(self, *, tokens: bool = False) -> dict[str, Any]:
        d: dict[str, Any] = {"normalized": self.text, "mentions": [m.to_dict() for m in self.mentions]}
        if tokens:
            d["tokens"] = [t.to_dict() for t in self.tokens]
        return d


__all__ = ["Candidate", "Document", "Mention", "Token", "asdict"]
