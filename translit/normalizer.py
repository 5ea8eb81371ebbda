"""The Normalizer: clean -> link (the linker reads words off the cleaned text) -> mentions, with every offset
mapped back to the original; tokens are made (tokenize, fold) only when a Document's are read."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from functools import partial
from itertools import islice
from pathlib import Path
from typing import Any

from .cleanup import clean, clean_text
from .config import DEFAULT, Config
from .document import Candidate, Document, Mention, Token
from .fold import folder
from .lexicon import Lexicon, load_lexicon
from .linker import Linker, Span
from .offsets import OffsetMap
from .tokenize import Token as RawToken
from .tokenize import hashtag_parts, tokenize

WINDOW = 1 << 20  # characters: a longer record is processed in windows (Normalizer._windowed)
_SENTENCE_END = re.compile(r"(?<=[.!?\u061f]) (?=\w)")  # the space after . ! ? ؟ and before a word
AMBIGUITY_MARGIN = 0.05  # candidates this close to the best are shown with the mention
_FOLDED_KINDS = frozenset({"word", "hashtag", "mention"})


class Normalizer:
    """Callable text normalizer and entity linker.

    ``lexicons`` adds lexicon files to the shipped defaults (``defaults=False``
    uses only them); the lexicon opens on first use and the object pickles as
    its configuration and file list, so it is cheap to send to workers.

    >>> nlp = Normalizer()
    >>> doc = nlp("Clashes near #البوكمال")
    >>> [(m.surface, m.xrefs["geonames"]) for m in doc.mentions]
    [('البوكمال', 174448)]
    """

    def __init__(self, config: Config = DEFAULT, *, lexicons: Sequence[str | Path] | Lexicon = (),
                 defaults: bool = True, link: bool = True, index: str | Path | None = None) -> None:
        self.config = config
        self.link_enabled = link and config.link
        self._lexicon = lexicons if isinstance(lexicons, Lexicon) else None
        self._paths = [] if isinstance(lexicons, Lexicon) else [str(p) for p in lexicons]
        self._defaults = defaults
        self._index = str(index) if index is not None else None  # a compiled index directory to open instead
        self._linker: Linker | None = None
        self._fold = folder(config.fold)

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state["_linker"] = None  # rebuilt on first use; the Lexicon pickles as its file list
        return state

    @property
    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            self._lexicon = load_lexicon(self._paths, defaults=self._defaults, index=self._index)
        return self._lexicon

    @property
    def linker(self) -> Linker:
        if self._linker is None:
            self._linker = Linker(self.lexicon, gates=self.config.gates, cross_script=self.config.cross_script)
        return self._linker

    def __call__(self, text: str) -> Document:
        if not isinstance(text, str):
            raise TypeError(f"Normalizer() takes one str, not {type(text).__name__}; for many texts use "
                            "nlp.pipe(texts), which yields one Document per text")
        return self._windowed(text) if len(text) > WINDOW else self._document(text)

    def _document(self, text: str) -> Document:
        return self._documents([text])[0]

    def _documents(self, texts: Sequence[str]) -> list[Document]:
        """The Documents of texts of at most WINDOW characters, linked together (Linker.link_many: the
        cross-script model weighs all their spans in one batch)."""
        parts = [(text, *clean(text, self.config)[:2]) for text in texts]
        linked = iter(self.linker.link_many([cleaned for _, cleaned, _ in parts]) if self.link_enabled else ())
        docs = []
        for text, cleaned, omap in parts:
            mentions = tuple(self._mentions_of(text, omap, next(linked))) if self.link_enabled else ()
            docs.append(Document(text, cleaned, partial(self._tokens, text, cleaned, omap), mentions))  # type: ignore[arg-type]
        return docs

    def _windowed(self, text: str) -> Document:
        """A huge record in windows of about WINDOW characters, each cut at a space after a sentence end and
        before a word (a space cleaning keeps, which no token or name crosses), so the linker's working memory
        stays bounded; the windows' Documents are joined with their offsets shifted. Context (a country named
        elsewhere breaks ties) comes from the window. A record with no such space is one window."""
        starts = [0]
        while (cut := _SENTENCE_END.search(text, starts[-1] + WINDOW)) is not None:
            starts.append(cut.end())
        if len(starts) == 1:
            return self._document(text)
        pieces = [(start, self._document(text[start:end]))
                  for start, end in zip(starts, [s - 1 for s in starts[1:]] + [len(text)], strict=True)]
        mentions = tuple(replace(m, start=m.start + start, end=m.end + start)
                         for start, doc in pieces for m in doc.mentions)
        tokens = partial(_shifted_tokens, pieces)  # built when first read, as for one piece
        return Document(text, " ".join(doc.text for _, doc in pieces), tokens, mentions)  # type: ignore[arg-type]

    def pipe(self, texts: Iterable[str], *, batch_size: int = 256) -> Iterator[Document]:
        """One Document per text, in order, taking ``batch_size`` texts at a time (as spaCy's ``nlp.pipe`` does).

        A batch is read from ``texts`` before its Documents are made, so memory stays bounded on
        a generator over a large file; ``batch_size=1`` answers each text as it comes (a pipe). A batch's
        cross-script spans are scored in one pass of the model (Linker.link_many): the same Documents as
        one text at a time, faster.

        >>> [d.text for d in Normalizer(link=False).pipe(["ﺍﻟﺒﻮﻛﻤﺎﻝ", "٣٫٥"], batch_size=1)]
        ['البوكمال', '3.5']
        """
        if not isinstance(batch_size, int) or batch_size < 1:
            raise ValueError(f"batch_size must be a whole number >= 1, not {batch_size!r}")
        if isinstance(texts, str):
            raise TypeError("pipe() takes an iterable of texts, not one str; use nlp(text) for one text")
        it = iter(texts)
        done = 0
        while batch := list(islice(it, batch_size)):
            bad = next((i for i, text in enumerate(batch) if not isinstance(text, str)), len(batch))
            small = iter(self._documents([text for text in batch[:bad] if len(text) <= WINDOW]))
            for text in batch[:bad]:
                yield self._windowed(text) if len(text) > WINDOW else next(small)
            if bad < len(batch):
                raise TypeError(f"text {done + bad} given to pipe() is {type(batch[bad]).__name__}, not str")
            done += len(batch)

    def _tokens(self, original: str, cleaned: str, omap: OffsetMap) -> tuple[Token, ...]:
        """The Document's tokens, made when first read (linking needs none)."""
        same = omap.is_identity
        return tuple(self._token(original, omap, same, t) for t in tokenize(cleaned))

    def _token(self, original: str, omap: OffsetMap, same: bool, t: RawToken) -> Token:
        start, end = (t.start, t.end) if same else omap.span(t.start, t.end)
        norm = self._fold(t.text) if t.kind in _FOLDED_KINDS else t.text
        parts: tuple[tuple[int, int, str], ...] = ()
        if t.kind == "hashtag":
            parts = tuple((*omap.span(s, e), self._fold(p)) for s, e, p in hashtag_parts(t.text, t.start))
        return Token(t.kind, start, end, original[start:end], norm, parts)

    def _mentions(self, original: str, cleaned: str, omap: OffsetMap, *,
                  margin: float = AMBIGUITY_MARGIN, linker: Linker | None = None) -> list[Mention]:
        return self._mentions_of(original, omap, (linker or self.linker).link(cleaned), margin=margin)

    @staticmethod
    def _mentions_of(original: str, omap: OffsetMap, linked: list[tuple[Span, list[Candidate]]], *,
                     margin: float = AMBIGUITY_MARGIN) -> list[Mention]:
        """Mentions of the linker's spans, at their offsets in the original text."""
        mentions = []
        same = omap.is_identity
        for span, cands in linked:
            if not cands:
                continue
            best = cands[0]
            start, end = (span.start, span.end) if same else omap.span(span.start, span.end)
            close = [c for c in cands if best.score - c.score <= margin] if len(cands) > 1 else []
            mentions.append(Mention(start, end, original[start:end], best.id, best.name, best.type, best.method,
                                    best.score, best.xrefs, span.alias, tuple(close) if len(close) > 1 else ()))
        return mentions

    @staticmethod
    def clean_text(text: str, config: Config = DEFAULT) -> str:
        """Display-level cleanup alone, for commands that need no tokens."""
        return clean_text(text, config)

    def explain(self, text: str) -> dict[str, Any]:
        """What was done to text and why each name linked: cleanup edits, tokens, mentions with candidates."""
        cleaned, omap, changes = clean(text, self.config, explain=True)
        raw = tokenize(cleaned)
        # every candidate the linker weighed, not only the close ones a Document keeps, and the gate that
        # dropped each candidate it did not keep
        linker = Linker(self.lexicon, gates=self.config.gates, cross_script=self.config.cross_script,
                        explain=True) if self.link_enabled else None
        mentions = self._mentions(text, cleaned, omap, margin=1.0, linker=linker) if linker else []
        return {
            "original": text,
            "normalized": cleaned,
            "steps": [{"step": c.step, "start": c.start, "end": c.end, "before": c.before, "after": c.after}
                      for c in changes],
            "fold_steps": list(self.config.fold),
            "tokens": [self._token(text, omap, omap.is_identity, t).to_dict() for t in raw],
            "mentions": [m.to_dict() | {"alias": m.alias} for m in mentions],
            "dropped": [{"surface": surface, "id": eid, "gate": gate}
                        for surface, eid, gate in dict.fromkeys(linker.dropped or ())] if linker else [],
        }


def _shifted_tokens(pieces: list[tuple[int, Document]]) -> tuple[Token, ...]:
    """The tokens of a windowed record: each window's, moved to where the window starts in the record."""
    return tuple(t._replace(start=t.start + start, end=t.end + start,
                            parts=tuple((a + start, b + start, norm) for a, b, norm in t.parts))
                 for start, doc in pieces for t in doc.tokens)
