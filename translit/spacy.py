"""spaCy adapter: a ``translit_linker`` pipeline component and EntityRuler patterns from a lexicon.

The component leaves ``doc.text`` alone, and the tokenization too except for one
thing: an Arabic proclitic glued to a linked name (و + الرقة, وب + دير الزور) is
split off into a token of its own (``split_proclitics``), so the entity is the
name and its character offsets are token boundaries. It sets
``token.norm_`` to translit's match-level form (so an EntityRuler with
``phrase_matcher_attr="NORM"`` placed after it matches across spellings), puts
every linked mention in the span group ``doc.spans[spans_key]`` and adds the
mentions that do not overlap earlier entities to ``doc.ents``, with
``kb_id_`` = the canonical entity ID.

Entity labels follow spaCy's OntoNotes scheme (``LABELS``): country and place
are GPE, org ORG, person PERSON, anything else MISC.

spaCy registers the component through the ``spacy_factories`` entry point, so
``nlp.add_pipe("translit_linker")`` works without importing this module.
``patterns()`` needs no spaCy, so spaCy is only imported here, and only if
installed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import regex

from .config import DEFAULT
from .fold import fold
from .lexicon import Lexicon
from .normalizer import Normalizer

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

try:
    from spacy.language import Language as _Language
except ImportError:  # patterns() still works; the component needs the [spacy] extra
    _Language = None  # type: ignore[assignment,misc]

LABELS: dict[str, str] = {"country": "GPE", "place": "GPE", "org": "ORG", "person": "PERSON", "other": "MISC"}
ALIGNMENT_MODES = ("expand", "contract", "strict")
# what translit's linker peels off an Arabic name: a conjunction, then a preposition (و ف, ب ل ك; لل = ل + ال)
PROCLITICS = regex.compile(r"[وف]?[بلك]?")


def label(entity_type: str) -> str:
    """The spaCy entity label for a translit entity type (MISC for unknown types)."""
    return LABELS.get(entity_type, "MISC")


@lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """A spaCy token's NORM: display cleanup, then match-level folding, as translit does for its own tokens.

    >>> norm("Al-Qa’im"), norm("ﺍﻟﺒﻮﻛﻤﺎﻝ") == norm("البوكمال")
    ('al-qaim', True)
    """
    cleaned = Normalizer.clean_text(text, DEFAULT)
    return fold(cleaned) if cleaned else text


class TranslitLinker:
    """Links names in a spaCy Doc to canonical IDs without changing its text or tokens.

    ``overwrite_ents=False`` keeps entities set by earlier components and skips
    mentions that overlap them; ``True`` drops the overlapped entities instead.
    With ``split_proclitics`` (the default), a token that is proclitics plus the start of a
    mention (والرقة) is split in two first. Any other mention that does not start or end on a
    token boundary is widened to whole tokens (``alignment_mode="expand"``, spaCy's
    ``Doc.char_span`` mode) or skipped (``"contract"``/``"strict"``); the span group always
    holds every mention that aligns.
    """

    def __init__(self, nlp: Language | None = None, name: str = "translit_linker", *,
                 lexicons: Iterable[str] = (), defaults: bool = True, overwrite_ents: bool = False,
                 spans_key: str = "translit", alignment_mode: str = "expand", split_proclitics: bool = True) -> None:
        if alignment_mode not in ALIGNMENT_MODES:
            raise ValueError(f"alignment_mode {alignment_mode!r}: choose one of {', '.join(ALIGNMENT_MODES)}")
        self.name = name
        self.lexicons = [str(p) for p in lexicons]
        self.defaults = defaults
        self.overwrite_ents = overwrite_ents
        self.spans_key = spans_key
        self.alignment_mode = alignment_mode
        self.split_proclitics = split_proclitics
        self.normalizer = Normalizer(lexicons=self.lexicons, defaults=defaults)

    def __call__(self, doc: Doc) -> Doc:
        mentions = self.normalizer(doc.text).mentions
        if self.split_proclitics:
            _split_proclitics(doc, [m.start for m in mentions])
        for token in doc:
            if not token.is_space:
                token.norm_ = norm(token.text)
        linked = []
        for m in mentions:
            span = doc.char_span(m.start, m.end, label=label(m.type), kb_id=m.id, alignment_mode=self.alignment_mode)
            if span is not None:
                linked.append(span)
        doc.spans[self.spans_key] = linked
        doc.ents = self._merge(list(doc.ents), linked)
        return doc

    def _merge(self, existing: list[Any], linked: list[Any]) -> list[Any]:
        """Existing entities and linked spans without overlaps; which side wins is ``overwrite_ents``."""
        first, second = (linked, existing) if self.overwrite_ents else (existing, linked)
        taken: list[tuple[int, int]] = []
        chosen: list[Any] = []
        for span in [*first, *second]:
            if any(span.start < end and start < span.end for start, end in taken):
                continue  # also drops a linked span widened onto the same token as the one before it
            taken.append((span.start, span.end))
            chosen.append(span)
        return sorted(chosen, key=lambda s: s.start)


def _split_proclitics(doc: Doc, starts: list[int]) -> None:
    """Split each token that is Arabic proclitics glued to where a mention starts (و|الرقة) in two.

    Tokens inside an entity set earlier are left alone (splitting one would break that entity).
    """
    cuts = []
    for start in starts:
        token = next((t for t in doc if t.idx < start < t.idx + len(t.text)), None)
        if token is not None and not token.ent_type and PROCLITICS.fullmatch(token.text[:start - token.idx]):
            cuts.append((token, start - token.idx))
    with doc.retokenize() as retokenizer:
        for token, at in cuts:
            retokenizer.split(token, [token.text[:at], token.text[at:]], heads=[(token, 1), (token, 1)])


def make_translit_linker(nlp: Language, name: str, lexicons: list[str], defaults: bool, overwrite_ents: bool,
                         spans_key: str, alignment_mode: str, split_proclitics: bool) -> TranslitLinker:
    """The ``translit_linker`` factory (entry point ``spacy_factories``)."""
    return TranslitLinker(nlp, name, lexicons=lexicons, defaults=defaults, overwrite_ents=overwrite_ents,
                          spans_key=spans_key, alignment_mode=alignment_mode, split_proclitics=split_proclitics)


if _Language is not None:
    _Language.factory(
        "translit_linker",
        default_config={"lexicons": [], "defaults": True, "overwrite_ents": False, "spans_key": "translit",
                        "alignment_mode": "expand", "split_proclitics": True},
        assigns=["doc.ents", "token.ent_kb_id", "token.norm"],
        func=make_translit_linker,
    )


def patterns(lexicon: Lexicon | Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """EntityRuler patterns ``{"label", "pattern", "id"}``: every name, listed name and alias of every entity.

    Phrase patterns (strings), once per distinct spelling of an entity. With
    ``phrase_matcher_attr="NORM"`` and ``translit_linker`` before the ruler,
    they also match spellings that differ only in folding (case, hamza, ...).

    >>> recs = [{"id": "place:x", "type": "place", "name": "Abu Kamal",
    ...          "names": {"en": ["Albukamal"], "ar": ["البوكمال"]}, "aliases": ["Abu Kamal"]}]
    >>> for p in patterns(recs):
    ...     print(p["label"], p["pattern"], p["id"])
    GPE Abu Kamal place:x
    GPE Albukamal place:x
    GPE البوكمال place:x
    """
    records = lexicon.index.records() if isinstance(lexicon, Lexicon) else lexicon
    for rec in records:
        names = [rec["name"], *(n for ns in (rec.get("names") or {}).values() for n in ns), *(rec.get("aliases") or ())]
        ent_label = label(rec.get("type", "other"))
        for name in dict.fromkeys(n for n in names if n and n.strip()):
            yield {"label": ent_label, "pattern": name, "id": rec["id"]}


__all__ = ["LABELS", "TranslitLinker", "label", "make_translit_linker", "norm", "patterns"]
