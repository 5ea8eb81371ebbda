"""Resolving one name to ranked entities: the stages from exact to fuzzy, each only when the one before found nothing.

1. folded key (exact / folded), 2. loose key (spelling variants, article dropped),
3. without generic designators (محافظة X, X Governorate), 4. "X, Country" with the
country as context, 5. one edit away (Latin, Arab-world entities), 6. cross-script
(consonant skeleton, rescored by the trained transliteration model); then, if
nothing matched, the name without a qualifier the lexicon does not know
("X (city)", "X، Country"). ``resolve`` reports each candidate's probability of
being right (``confidence``); a wrong ID is worse than none, so below
``threshold`` nothing is returned.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from rapidfuzz import fuzz

from .caches import remember
from .chars import is_arabic
from .confidence import calibrated
from .designators import strip_designators
from .keys import latin_key, loose_key, skeleton, without_inner_articles
from .names import name_words
from .ranker import METHOD_SCORE, NEXT_COUNTRY_BONUS, score, strength, user_first
from .variants import CASE, DELETION, FOLDED, LOOSE, MIN_FUZZY, PRIMARY, SKELETON, SPORTS, deletions, entity_names

if TYPE_CHECKING:
    from .combined import CombinedIndex
    from .crossscript import Ranker
    from .document import Candidate
    from .index import Index


class Lexicon(Protocol):
    """What resolving reads of a lexicon.Lexicon (named here so that resolver needs no import of lexicon,
    which imports resolver)."""

    index: Index | CombinedIndex

    def candidate(self, n: int, method: str, score: float, alias: str = "") -> Candidate: ...

    def exact_method(self, n: int, surface: str) -> str: ...

    def record(self, n: int) -> dict[str, Any]: ...

    def name_ranker(self) -> tuple[Ranker, list[int]]: ...

Offer = Callable[[int, str, float], None]
CROSS_SCRIPT_TOP = 5  # names in the other script the model rescores after its shortlist
_QUALIFIER = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*$")  # a trailing "(…)" or "[…]"
_NAMES: weakref.WeakKeyDictionary[Lexicon, dict[int, _Names]] = weakref.WeakKeyDictionary()
NAMES_CACHED = 100_000  # entities whose compared names are kept per lexicon; a full cache starts over
def resolve(lex: Lexicon, name: str, *, top: int = 5, threshold: float = 0.5) -> list[Candidate]:
    """Ranked candidates for one name, scored by their probability of being right (see ``confidence``)."""
    ranked = rank(lex, name)
    return [lex.candidate(n, method, p) for n, p, method in calibrated(ranked, top)
            if p >= threshold]


def rank(lex: Lexicon, name: str) -> list[tuple[int, float, str]]:
    """(entity number, score, method), best first."""
    words = name_words(name)
    if not words:
        return []
    index = lex.index
    scored: dict[int, tuple[float, str]] = {}
    context: set[str] = set()

    def offer(n: int, method: str, match_strength: float) -> None:
        profile = index.profile(n)
        raw = score(match_strength, profile)
        if profile.country in context:
            raw += NEXT_COUNTRY_BONUS
        if raw > scored.get(n, (0.0, ""))[0]:
            scored[n] = (min(raw, 1.0), method)

    head, tail = _split_context(name)  # "Mascara, Algeria": the country is context, not part of the name
    if head and tail:
        country = rank(lex, tail)[:1]
        if country and index.profile(country[0][0]).kind == "country":
            context.add(index.profile(country[0][0]).country or "")
            words = name_words(head)
    for stage in (_keys, _without_designators, _fuzzy, _cross_script):
        stage(lex, name, words, offer)
        if scored:
            break
    if not scored:  # "Ibb (city)", "جيجل، الجزاير": a qualifier the lexicon does not know is not part of the name
        bare = _QUALIFIER.sub("", name).strip()
        bare = head if bare == name.strip() else bare
        if bare:
            return rank(lex, bare)
    ranked = user_first([(n, score, method) for n, (score, method) in scored.items()], index.profile)
    return sorted(ranked, key=lambda t: (-t[1], t[0]))


def _split_context(name: str) -> tuple[str, str]:
    """A name and what follows its last comma (Latin or Arabic), both stripped; ("", "") without a comma."""
    cut = max(name.rfind(","), name.rfind("،"))
    if cut < 0:
        return "", ""
    return name[:cut].strip(), name[cut + 1:].strip()


def _keys(lex: Lexicon, name: str, words: list[str], offer: Offer) -> None:
    folded = " ".join(words)
    for n, flags in lex.index.get(FOLDED, folded):
        if flags & CASE and not name.isupper() or flags & SPORTS:  # a lone name has no sports words near it
            continue
        method = lex.exact_method(n, name.strip())
        offer(n, method, strength(method, bool(flags & PRIMARY)))
    keys = _article_forms(loose_key(folded))
    if not is_arabic(folded):
        keys.add(loose_key(" ".join(without_inner_articles(words))))
    for key in keys:
        for n, flags in lex.index.get(LOOSE, key):
            if not flags & (CASE | SPORTS):
                offer(n, "variant", strength("variant", bool(flags & PRIMARY)))


def _article_forms(loose: str) -> set[str]:
    """The loose key with and without the article: Al Khums / Khums, الخرطوم / خرطوم."""
    if loose.startswith("al") and len(loose) > 5 or loose.startswith("ال") and len(loose) > 4:
        return {loose, loose[2:]}
    return {loose, "ال" + loose} if is_arabic(loose) else {loose}


def _without_designators(lex: Lexicon, name: str, words: list[str], offer: Offer) -> None:
    bare = strip_designators(words)
    if bare != words:
        _keys(lex, " ".join(bare), bare, offer)


def _fuzzy(lex: Lexicon, name: str, words: list[str], offer: Offer) -> None:
    """One edit away on the loose key (Hamman-Sousse -> Hammam Sousse); Latin names only."""
    if is_arabic(name):
        return
    query = loose_key(" ".join(strip_designators(words)))
    if len(query) < MIN_FUZZY:
        return
    found: set[int] = set()
    for key in (query, *deletions(query)):
        found.update(n for n, _ in lex.index.get(DELETION, key))  # substitution, or query lacks a letter
        found.update(n for n, _ in lex.index.get(LOOSE, key))     # query has one letter too many
    for n in found:
        best = max((_similarity(query, key) for key in _names(lex, n).loose), default=0.0)
        if best >= 0.8:
            offer(n, "fuzzy", METHOD_SCORE["fuzzy"] * best)


class _Names(NamedTuple):
    """An entity's names as the later stages compare them, kept per lexicon: candidates recur across queries."""

    loose: list[str]  # loose keys of the Latin names (fuzzy matching)
    latin: list[str]  # distinct Latin names as the cross-script model reads them
    arabic: list[str]  # distinct Arabic names


def _names(lex: Lexicon, n: int) -> _Names:
    cache = _NAMES.setdefault(lex, {})
    names = cache.get(n)
    if names is None:
        aliases = [alias for alias, flags in entity_names(lex.record(n)) if not flags & SPORTS]
        latin = [a for a in aliases if not is_arabic(a)]
        names = remember(cache, n, _Names([loose_key(" ".join(name_words(a))) for a in latin],
                                          list(dict.fromkeys(map(latin_key, latin))),
                                          list(dict.fromkeys(a for a in aliases if is_arabic(a)))), NAMES_CACHED)
    return names


def _cross_script(lex: Lexicon, name: str, words: list[str], offer: Offer) -> None:
    """Names in the other script that the trained transliteration model ranks close, plus skeleton matches."""
    folded = " ".join(strip_designators(words))
    matched = [n for n, _ in lex.index.get(SKELETON, skeleton(folded))]
    for n, sim in zip(matched, cross_script_similarities(lex, folded, matched), strict=True):
        if sim >= 0.5:
            offer(n, "cross-script", METHOD_SCORE["cross-script"] * sim)
    seen = set(matched)
    ranker, owners = lex.name_ranker()
    for i, sim in ranker.rank(folded, top=CROSS_SCRIPT_TOP):
        if owners[i] not in seen and sim >= 0.5:
            offer(owners[i], "cross-script", METHOD_SCORE["cross-script"] * sim)


def _similarity(a: str, b: str) -> float:
    """2 x letters in common / all letters (difflib's ratio, with the true longest common subsequence)."""
    return fuzz.ratio(a, b) / 100


def cross_script_similarities(lex: Lexicon, folded_query: str, entities: list[int]) -> list[float]:
    """For each entity, how likely the query and one of its names in the other script are the same name."""
    return cross_script_similarities_many(lex, [(folded_query, entities)])[0]


def cross_script_similarities_many(lex: Lexicon, asked: list[tuple[str, list[int]]]) -> list[list[float]]:
    """cross_script_similarities of many (query, entities), the model run once for them all."""
    owners: list[list[int]] = []
    others: list[list[str]] = []
    for query, entities in asked:
        query_arabic = is_arabic(query)
        owners.append([])
        others.append([])
        for k, n in enumerate(entities):
            names = _names(lex, n)
            for other in names.latin if query_arabic else names.arabic:
                owners[-1].append(k)
                others[-1].append(other)
    from .crossscript import scores_many  # numpy and the model load only when a route needs them

    sims = scores_many([(query, names) for (query, _), names in zip(asked, others, strict=True)])
    out = []
    for (_, entities), owned, found in zip(asked, owners, sims, strict=True):
        best = [0.0] * len(entities)
        for k, sim in zip(owned, found, strict=True):
            best[k] = max(best[k], sim)
        out.append(best)
    return out
