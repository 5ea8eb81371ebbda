"""Arabic↔Latin name similarity: a learned letter-to-chunk transducer that scores, ranks and romanizes names.

Each Arabic letter (with the word-initial article ال as one unit) emits a Latin
chunk of 0..3 letters, so the short vowels Arabic leaves unwritten are learned
as parts of chunks (ب -> "b", "ba", "be"...). Emissions depend on the letter and
its neighbours, backed off (Dirichlet) from the exact neighbours to neighbour
classes to the letter alone. The tables are trained by EM on real name pairs
(``scripts/train_crossscript.py``) and ship as ``translit/data/crossscript.json``.

- ``score(arabic, latin)``: calibrated P(same name) in [0, 1], from the pointwise
  mutual information log P(latin | arabic) - log P(latin) (channel by the
  forward algorithm, P(latin) by a character n-gram model), per Latin letter
  and in total, through a logistic fitted on held-out pairs vs hard negatives.
- ``romanize(arabic)``: best Latin spelling (beam search: channel + weighted
  n-gram fluency); it follows the training data, so foreign names come out
  well (جوناثان -> jonathan) and Arab names in a plain style (دمشق -> damashq).
- ``rank(query, candidates)`` / ``Ranker``: either direction; consonant-key
  and spelling bigrams (numpy bincount over postings) make a shortlist of
  40, the model rescores it: ~1 ms a query on 1,000 or 20,000 candidates.

Scores are calibrated so that 0.5 separates a real spelling from the hardest
look-alike in a list: on the dev splits 92-100% of gold pairs score >= 0.5,
while the best wrong candidate does for 2-5% of queries (18% on Wikidata
person names, where lists hold many spellings of one name).

>>> score("البوكمال", "Albukamal") > 0.5 > score("البوكمال", "Aleppo")
True
>>> romanize("بغداد")
'baghdad'
"""

from __future__ import annotations

import heapq
import json
import math
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources
from itertools import accumulate, pairwise
from typing import Any

import regex

from .caches import remember
from .channel import BatchScorer, Emission
from .chars import is_arabic
from .errors import TranslitError
from .fold import FOLD_TABLES
from .keys import latin_key

FORMAT = "translit-crossscript"
VERSION = 1
MAX_CHUNK = 3
N_FEATURES = 3  # calibration features, see CrossScriptModel.features
PRUNE = 1e-9  # forward cells below this fraction of their row's best are dropped
ARTICLE = "ال"
BOUNDARY = "#"

# folding ------------------------------------------------------------------
ARABIC_LETTERS = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي"
# the match-level fold's diacritics, tatweel and Persian letters; hamza carriers, ة and ى are kept (the model
# reads them), and the wasla and hamza-bearing alef variants become the alef the model knows
_AR_TABLE = str.maketrans({**FOLD_TABLES["arabic_diacritics"], **FOLD_TABLES["tatweel"],
                           **FOLD_TABLES["persian_letters"],
                           "ٱ": "ا", "ٲ": "أ", "ٳ": "إ", "ۃ": "ة", "ٶ": "ؤ", "ٸ": "ئ"})
_AR_WORD = regex.compile(f"[{ARABIC_LETTERS}]+")
# neighbour classes for the middle backoff level: boundary, article, the three long-vowel letters, consonant
_CLASS = {BOUNDARY: "#", ARTICLE: "L", "ا": "A", "آ": "A", "ى": "A", "و": "W", "ي": "Y"}


def arabic_words(text: str) -> list[str]:
    """Arabic words of text as the model reads them: presentation forms, harakat, tatweel and
    Persian letters folded; hamza carriers, ة and ى kept; anything else separates words.

    >>> arabic_words("البُوكمال، دير الزور")
    ['البوكمال', 'دير', 'الزور']
    """
    return _AR_WORD.findall(unicodedata.normalize("NFKC", text).translate(_AR_TABLE))


def arabic_units(word: str) -> list[str]:
    """Units of one folded word: letters, with a word-initial ال (word of 4+ letters) as one unit."""
    if len(word) >= 4 and word.startswith(ARTICLE):
        return [ARTICLE, *word[2:]]
    return list(word)


def contexts(word: str) -> list[tuple[str, str, str]]:
    """(previous unit, unit, next unit) for each unit of a folded Arabic word; '#' is the word edge."""
    units = arabic_units(word)
    padded = [BOUNDARY, *units, BOUNDARY]
    return [(padded[i], padded[i + 1], padded[i + 2]) for i in range(len(units))]


def context_keys(prev: str, unit: str, nxt: str) -> tuple[str, str]:
    """Keys of the two context levels: (unit|class of prev|class of next), (prev|unit|next)."""
    return f"{unit}|{_CLASS.get(prev, 'C')}|{_CLASS.get(nxt, 'C')}", f"{prev}|{unit}|{nxt}"


# the model ----------------------------------------------------------------
class CrossScriptModelError(TranslitError, ValueError):
    """A crossscript model file that is missing, malformed or of another format/version; carries .path."""

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = path
        super().__init__(f"{path}: {message}" if path else message)




class CrossScriptModel:
    """Emission tables, Latin n-gram model and calibration of one trained model file.

    Emission of chunk c by unit u between neighbours p and n (counts c2, c1 from EM,
    P0 the letter-level distribution, b1/b2 the backoff strengths)::

        P1(c | u, class p, class n) = (c1 + b1 * P0(c | u)) / (N1 + b1)
        P2(c | p, u, n)             = (c2 + b2 * P1) / (N2 + b2)
    """

    def __init__(self, data: dict[str, Any], *, path: str | None = None) -> None:
        if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("version") != VERSION:
            got = (data.get("format"), data.get("version")) if isinstance(data, dict) else type(data).__name__
            raise CrossScriptModelError(f"expected format {FORMAT!r} version {VERSION}, got {got!r}", path=path)
        try:
            self.header = {k: data[k] for k in ("format", "version", "trained_on", "license note")}
            self.b1, self.b2 = float(data["backoff"][0]), float(data["backoff"][1])
            self.floor = [float(x) for x in data["floor"]]
            self.emit0: dict[str, Emission] = {u: dict(t) for u, t in data["emit0"].items()}
            self.emit1: dict[str, tuple[float, Emission]] = {k: (float(v[0]), v[1]) for k, v in data["emit1"].items()}
            self.emit2: dict[str, tuple[float, Emission]] = {k: (float(v[0]), v[1]) for k, v in data["emit2"].items()}
            lm = data["lm"]
            self.lm_order = int(lm["order"])
            self.lm_scale = float(lm["scale"])
            self.lm_alphabet: str = lm["alphabet"]
            self.lm: dict[str, list[float]] = {
                ctx: [-q / self.lm_scale for q in row] for ctx, row in lm["neglogp"].items()
            }
            cal = data["calibration"]
            self.cal_weights = [float(w) for w in cal["weights"]]
            if len(self.cal_weights) != N_FEATURES:
                raise ValueError(f"{len(self.cal_weights)} calibration weights for {N_FEATURES} features")
            self.cal_bias = float(cal["bias"])
            self.lm_weight = float(data["romanize"]["lm_weight"])
            self.beam = int(data["romanize"]["beam"])
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            raise CrossScriptModelError(f"malformed model: {exc!r}", path=path) from exc
        if "" not in self.lm or len(self.lm[""]) != len(self.lm_alphabet):
            raise CrossScriptModelError("n-gram table lacks its unigram row", path=path)
        self._lm_index = {ch: i for i, ch in enumerate(self.lm_alphabet)}
        self._lm_unigram = self.lm[""]
        self._emit_cache: dict[tuple[str, str, str], Emission] = {}
        self._word_cache: dict[str, list[Emission]] = {}
        self._stem_cache: dict[str, str] = {}

    # emissions ----------------------------------------------------------------
    def emission(self, prev: str, unit: str, nxt: str) -> Emission:
        """chunk -> probability for one unit in context (chunks not listed get the floor)."""
        key = (prev, unit, nxt)
        table = self._emit_cache.get(key)
        if table is None:
            table = self._compile_emission(prev, unit, nxt)
            self._emit_cache[key] = table
        return table

    def _compile_emission(self, prev: str, unit: str, nxt: str) -> Emission:
        k1, k2 = context_keys(prev, unit, nxt)
        p0 = self.emit0.get(unit, {})
        n1, c1 = self.emit1.get(k1, (0.0, {}))
        n2, c2 = self.emit2.get(k2, (0.0, {}))
        out: Emission = {}
        for chunk in {*p0, *c1, *c2}:
            base = p0.get(chunk, self.floor[len(chunk)])
            p1 = (c1.get(chunk, 0.0) + self.b1 * base) / (n1 + self.b1)
            out[chunk] = (c2.get(chunk, 0.0) + self.b2 * p1) / (n2 + self.b2)
        return out

    def word_emissions(self, word: str) -> list[Emission]:
        """Emission tables of the units of one folded Arabic word (cached: names repeat)."""
        cached = self._word_cache.get(word)
        if cached is None:
            cached = remember(self._word_cache, word, [self.emission(*ctx) for ctx in contexts(word)], 100_000)
        return cached

    def stem_key(self, word: str) -> str:
        """Most likely chunk of each unit of a word, article dropped: a quick romanization for shortlist keys."""
        key = self._stem_cache.get(word)
        if key is None:
            units = contexts(word)
            tables = self.word_emissions(word)
            key = "".join(max(t.items(), key=lambda kv: kv[1])[0]
                          for (_, u, _), t in zip(units, tables, strict=True) if u != ARTICLE)
            remember(self._stem_cache, word, key, 100_000)
        return key

    def emissions(self, arabic: str) -> list[Emission]:
        """Emission tables of a (multi-word) Arabic name; word gaps emit nothing."""
        out: list[Emission] = []
        for word in arabic_words(arabic):
            out.extend(self.word_emissions(word))
        return out

    # probabilities ------------------------------------------------------------
    def log_channel(self, emissions: Sequence[Emission], latin: str) -> float:
        """log P(latin | arabic) summed over all monotone chunk alignments (forward algorithm).

        Cells under PRUNE x the best cell of their row are dropped (their share of the sum is
        negligible), so each row only visits the few Latin positions alignments can reach.
        """
        m = len(latin)
        n = len(emissions)
        if n == 0 or m > MAX_CHUNK * n:
            return -math.inf
        f0, f1, f2, f3 = self.floor[:4]
        subs1 = [latin[j - 1:j] for j in range(m + 1)]
        subs2 = [latin[j - 2:j] for j in range(m + 1)]
        subs3 = [latin[j - 3:j] for j in range(m + 1)]
        prev = [0.0] * (m + 1)
        prev[0] = 1.0
        first = last = 0  # nonzero span of prev
        log_scale = 0.0
        for i, em in enumerate(emissions, 1):
            lo = max(first, m - MAX_CHUNK * (n - i))
            hi = min(last + MAX_CHUNK, MAX_CHUNK * i, m)
            if lo > hi:
                return -math.inf
            cur = [0.0] * (m + 1)
            get = em.get
            e0 = get("", f0)
            top = 0.0
            for j in range(lo, hi + 1):
                s = prev[j] * e0
                if j >= 1:
                    a = prev[j - 1]
                    if a:
                        s += a * get(subs1[j], f1)
                    if j >= 2:
                        a = prev[j - 2]
                        if a:
                            s += a * get(subs2[j], f2)
                        if j >= 3:
                            a = prev[j - 3]
                            if a:
                                s += a * get(subs3[j], f3)
                cur[j] = s
                if s > top:
                    top = s
            if top <= 0.0:
                return -math.inf
            cut = top * PRUNE
            first, last = hi, lo
            for j in range(lo, hi + 1):
                if cur[j] < cut:
                    cur[j] = 0.0
                else:
                    if j < first:
                        first = j
                    last = j
            if top < 1e-100:
                cur = [v / top for v in cur]
                log_scale += math.log(top)
            prev = cur
        final = prev[m]
        return math.log(final) + log_scale if final > 0.0 else -math.inf

    def log_lm(self, latin: str) -> float:
        """log P(latin) under the character n-gram model (word start '^', end '$')."""
        order = self.lm_order
        lm = self.lm
        index = self._lm_index
        text = "^" * (order - 1) + latin
        total = 0.0
        for j in range(order - 1, len(text) + 1):
            ch = text[j] if j < len(text) else "$"
            ctx = text[j - order + 1:j]
            row = lm.get(ctx)
            while row is None:
                ctx = ctx[1:]
                row = lm.get(ctx)
            total += row[index[ch]]
        return total

    def features(self, emissions: Sequence[Emission], latin: str, lm_logp: float | None = None) -> list[float]:
        """Calibration features: PMI per Latin letter, total PMI / 10, channel log-prob per letter."""
        if not latin or not emissions:
            return [-30.0, -30.0, -30.0]
        chan = self.log_channel(emissions, latin)
        if chan == -math.inf:
            return [-30.0, -30.0, -30.0]
        lm = self.log_lm(latin) if lm_logp is None else lm_logp
        m = len(latin) + 1
        return [(chan - lm) / m, (chan - lm) / 10.0, chan / m]

    def calibrate(self, feats: Sequence[float]) -> float:
        """Logistic of the features: the probability that the pair is a real spelling, not a look-alike."""
        z = self.cal_bias + sum(w * f for w, f in zip(self.cal_weights, feats, strict=True))
        return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0

    def score(self, arabic: str, latin: str) -> float:
        """Calibrated match probability of an Arabic and a Latin name (see the module function)."""
        return self.calibrate(self.features(self.emissions(arabic), latin_key(latin)))

    # decoding -----------------------------------------------------------------
    def romanize_word(self, word: str, *, beam: int | None = None, lm_weight: float | None = None) -> str:
        """Best Latin spelling of one folded Arabic word: beam search over chunks, channel + weighted n-gram."""
        width = self.beam if beam is None else beam
        weight = self.lm_weight if lm_weight is None else lm_weight
        order = self.lm_order
        hyps: dict[str, float] = {"^" * (order - 1): 0.0}
        for em in self.word_emissions(word):
            options = heapq.nlargest(12, em.items(), key=lambda kv: kv[1])
            grown: dict[str, float] = {}
            for text, logp in hyps.items():
                for chunk, p in options:
                    new = text + chunk
                    s = logp + math.log(p) + (weight * self._lm_extend(text, chunk) if weight else 0.0)
                    if s > grown.get(new, -math.inf):
                        grown[new] = s
            hyps = dict(heapq.nlargest(width, grown.items(), key=lambda kv: kv[1]))
        if weight:
            hyps = {t: s + weight * self._lm_extend(t, "$") for t, s in hyps.items()}
        best = max(hyps.items(), key=lambda kv: kv[1])[0]
        return best[order - 1:]

    def _lm_extend(self, text: str, chunk: str) -> float:
        """Fluency of chunk after text: n-gram log-prob over the unigram one (no bias against long spellings)."""
        order = self.lm_order
        total = 0.0
        for ch in chunk:
            ctx = text[len(text) - order + 1:]
            row = self.lm.get(ctx)
            while row is None:
                ctx = ctx[1:]
                row = self.lm.get(ctx)
            i = self._lm_index[ch]
            total += row[i] - self._lm_unigram[i]
            text += ch
        return total

    def romanize(self, arabic: str) -> str:
        """Best Latin spelling of each Arabic word, joined by spaces."""
        return " ".join(self.romanize_word(w) for w in arabic_words(arabic))


@lru_cache(maxsize=1)
def load_model() -> CrossScriptModel:
    """The packaged model, loaded on first use and cached."""
    ref = resources.files("translit") / "data" / "crossscript.json"
    path = str(ref)
    try:
        data = json.loads(ref.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise CrossScriptModelError("model file missing; run scripts/train_crossscript.py", path=path) from exc
    except json.JSONDecodeError as exc:
        raise CrossScriptModelError(f"line {exc.lineno}: {exc.msg}", path=path) from exc
    return CrossScriptModel(data, path=path)


# shortlist keys -----------------------------------------------------------
# Two keys per name, both in Latin letters (an Arabic name's are read off the model's
# best chunk per letter, article dropped): the consonant-class key (vowels, h, w, y
# dropped; b/p, f/v, t/d/th/dh, k/g/q/c/j/kh/gh, s/z/sh/soft c merged) finds names
# whatever their vowels and near consonants; the plain spelling breaks its many ties.
_KEY_DIGRAPHS = [("sch", "s"), ("tch", "ts"), ("tsh", "ts"), ("ch", "s"), ("sh", "s"), ("zh", "s"), ("th", "t"),
                 ("dh", "t"), ("ph", "f"), ("kh", "k"), ("gh", "k"), ("ck", "k"), ("qu", "k"), ("x", "ks")]
_KEY_SOFT_C = regex.compile(r"c(?=[eiy])")
_KEY_CLASSES = str.maketrans("bpfvtdkgqjcszlmnr", "bbffttkkkkksslmnr", "aeiouyhw")
_KEY_DOUBLE = regex.compile(r"(.)\1+")
_LATIN_ARTICLE = regex.compile(r"^[ae]l(?=[a-z]{3})")
FINE_WEIGHT = 0.5  # weight of the spelling-bigram Dice next to the consonant-key Dice


def shortlist_key(latin: str) -> str:
    """Consonant-class key of a Latin key (see latin_key), for the shortlist.

    >>> shortlist_key("bukamal"), shortlist_key("schwarzenegger"), shortlist_key("cecily")
    ('bkml', 'srsnkr', 'sl')
    """
    s = _KEY_SOFT_C.sub("s", latin)
    for a, b in _KEY_DIGRAPHS:
        s = s.replace(a, b)
    return _KEY_DOUBLE.sub(r"\1", s.translate(_KEY_CLASSES))


def shortlist_grams(latin: str) -> tuple[set[str], set[str]]:
    """Features of a Latin key: consonant-key letters and pairs (edges ^ $), and spelling pairs ('~' prefixed).

    >>> sorted(shortlist_grams("bukamal")[0]), len(shortlist_grams("bukamal")[1])
    (['$', '^b', 'b', 'bk', 'k', 'km', 'l', 'l$', 'm', 'ml'], 8)
    """
    key = f"^{shortlist_key(latin)}$"
    spelled = f"^{latin}$"
    return ({key[i:i + 2] for i in range(len(key) - 1)} | set(key[1:-1]) | {"$"},
            {"~" + spelled[i:i + 2] for i in range(len(spelled) - 1)})


class _Entry:
    """One name as the ranker keeps it: its script, model inputs and shortlist features.

    ``lm`` (log P of a Latin name) is filled in when the name is first rescored (``log_lm``).
    """

    __slots__ = ("arabic", "latin", "grams", "fine", "emissions", "lm")

    def __init__(self, text: str, model: CrossScriptModel) -> None:
        self.arabic = is_arabic(text)
        self.emissions: list[Emission] = []
        self.lm: float | None = None
        if self.arabic:
            words = arabic_words(text)
            self.emissions = [e for w in words for e in model.word_emissions(w)]
            self.latin = ""
            stem = "".join(model.stem_key(w) for w in words)
        else:
            self.latin = latin_key(text)
            stem = _LATIN_ARTICLE.sub("", self.latin)
        self.grams, self.fine = shortlist_grams(stem) if (self.latin or self.emissions) else (set(), set())

    def log_lm(self, model: CrossScriptModel) -> float:
        """log P of a Latin name under the model's n-grams, computed once."""
        if self.lm is None:
            self.lm = model.log_lm(self.latin)
        return self.lm


class _Index:
    """Feature postings of the candidates of one script, as numpy arrays for one bincount per query."""

    def __init__(self, members: list[int], entries: list[_Entry]) -> None:
        import numpy as np

        self.np = np
        self.members = np.array(members, dtype=np.int64)
        postings: dict[str, list[int]] = {}
        for local, i in enumerate(members):
            for g in entries[i].grams | entries[i].fine:
                postings.setdefault(g, []).append(local)
        self.postings = {g: np.array(v, dtype=np.int64) for g, v in postings.items()}
        self.n_grams = np.array([len(entries[i].grams) for i in members], dtype=np.float64)
        self.n_fine = np.array([len(entries[i].fine) for i in members], dtype=np.float64)

    def top(self, grams: set[str], fine: set[str], k: int) -> list[int]:
        """Candidates (global indexes) with the best Dice over consonant-key features + FINE_WEIGHT x spelling pairs."""
        np = self.np
        n = len(self.members)
        if n == 0 or not grams:
            return []
        score = np.zeros(n)
        for feats, sizes, weight in ((grams, self.n_grams, 1.0), (fine, self.n_fine, FINE_WEIGHT)):
            lists = [self.postings[g] for g in feats if g in self.postings]
            if lists:
                score += weight * np.bincount(np.concatenate(lists), minlength=n) / (len(feats) + sizes)
        if n > k:
            best = np.argpartition(-score, k - 1)[:k]
        else:
            best = np.arange(n)
        best = best[score[best] > 0]
        best = best[np.lexsort((best, -score[best]))]
        return [int(i) for i in self.members[best]]


class Ranker:
    """Ranks a fixed candidate list (Arabic and/or Latin names) against queries of either script.

    Features, emission tables and n-gram log-probs of the candidates are computed
    once; a query keeps the ``shortlist`` candidates of the other script with the
    best consonant-key Dice (numpy bincount over postings), and the model rescores
    those. Candidates in the query's own script are not compared.

    >>> r = Ranker(["Aleppo", "Albukamal", "Deir ez-Zor"])
    >>> [i for i, _ in r.rank("البوكمال", top=1)]
    [1]
    """

    DEFAULT_SHORTLIST = 40

    def __init__(self, candidates: Iterable[str], *, shortlist: int = DEFAULT_SHORTLIST,
                 model: CrossScriptModel | None = None) -> None:
        self.model = model or load_model()
        self.shortlist = shortlist
        self.entries = [_Entry(c, self.model) for c in candidates]
        self._index = {
            script: _Index([i for i, e in enumerate(self.entries) if e.arabic == script and e.grams], self.entries)
            for script in (True, False)
        }

    def __len__(self) -> int:
        return len(self.entries)

    def shortlist_for(self, query: str) -> list[int]:
        """Indexes of the candidates the model will rescore for query, best key match first."""
        return self._shortlist(_Entry(query, self.model))

    def _shortlist(self, q: _Entry) -> list[int]:
        return self._index[not q.arabic].top(q.grams, q.fine, self.shortlist)

    def rank(self, query: str, top: int = 5) -> list[tuple[int, float]]:
        """(candidate index, calibrated score) of the best ``top`` candidates in the other script, best first."""
        q = _Entry(query, self.model)
        model = self.model
        shortlist = self._shortlist(q)
        if q.arabic:  # one Arabic name against many Latin ones: the batched forward algorithm
            latins = [self.entries[i] for i in shortlist]
            probs = batch_scorer().scores(q.emissions, [c.latin for c in latins], [c.log_lm(model) for c in latins])
            scored = list(zip(probs, shortlist, strict=True))
        else:
            lm = q.log_lm(model)
            scored = [(model.calibrate(model.features(self.entries[i].emissions, q.latin, lm)), i) for i in shortlist]
        scored.sort(key=lambda t: (-t[0], t[1]))
        return [(i, s) for s, i in scored[:top]]


# public functions ---------------------------------------------------------
@lru_cache(maxsize=1)
def batch_scorer() -> BatchScorer:
    """The packaged model's scorer of one Arabic name against many Latin names (see ``channel``)."""
    return BatchScorer(load_model())


def scores(query: str, others: Sequence[str]) -> list[float]:
    """``score(query, other)`` for many names of the other script (an Arabic query in one numpy pass).

    >>> [round(p, 2) for p in scores("بغداد", ["Baghdad", "Damascus"])]
    [0.96, 0.0]
    >>> [round(p, 2) for p in scores("Baghdad", ["دمشق", "بغداد"])]
    [0.0, 0.96]
    """
    if is_arabic(query):
        return batch_scorer().scores(load_model().emissions(query), [latin_key(s) for s in others])
    return [score(other, query) for other in others]


def scores_many(asked: Sequence[tuple[str, Sequence[str]]]) -> list[list[float]]:
    """``scores(query, others)`` for many queries: the Arabic ones share one numpy pass of the model, which costs
    about what one query does (the linker asks about every candidate span of a text at once)."""
    out: list[list[float]] = [[] for _ in asked]
    queries: list[list[tuple[str, str, str]]] = []
    owners: list[int] = []
    latins: list[str] = []
    where = []
    for a, (query, others) in enumerate(asked):
        if not is_arabic(query):
            out[a] = scores(query, others)
        elif others:
            where.append((a, len(latins), len(others)))
            owners += [len(queries)] * len(others)
            queries.append([c for word in arabic_words(query) for c in _word_contexts(word)])
            latins += [latin_key(s) for s in others]
    if latins:
        scorer = batch_scorer()
        slots = scorer.slots([c for q in queries for c in q], scorer.context_row)
        starts = [0, *accumulate(len(q) for q in queries)]
        probs = scorer.scores_many([slots[a:b] for a, b in pairwise(starts)], owners, latins)
        for a, start, count in where:
            out[a] = probs[start:start + count]
    return out


_CONTEXTS: dict[str, list[tuple[str, str, str]]] = {}


def _word_contexts(word: str) -> list[tuple[str, str, str]]:
    """(unit, k1, k2) of each unit of a folded Arabic word, as BatchScorer.context_row reads them (cached)."""
    found = _CONTEXTS.get(word)
    if found is None:
        found = [(unit, *context_keys(prev, unit, nxt)) for prev, unit, nxt in contexts(word)]
        remember(_CONTEXTS, word, found, 100_000)
    return found


def score(arabic: str, latin: str) -> float:
    """Calibrated probability in [0, 1] that latin is a spelling of the Arabic name (either argument order).

    >>> score("بغداد", "Baghdad") > 0.9, score("بغداد", "Damascus") < 0.1
    (True, True)
    """
    if is_arabic(latin) and not is_arabic(arabic):
        arabic, latin = latin, arabic
    return load_model().score(arabic, latin)


def romanize(arabic: str) -> str:
    """Most likely Latin spelling of an Arabic name, lowercase, word by word (for display of unknown names).

    >>> romanize("جوناثان"), romanize("محمد"), romanize("دمشق")
    ('jonathan', 'mohamed', 'damashq')
    """
    return load_model().romanize(arabic)


@lru_cache(maxsize=4)
def _ranker(candidates: tuple[str, ...]) -> Ranker:
    return Ranker(candidates)


def rank(query: str, candidates: Sequence[str], top: int = 5) -> list[tuple[int, float]]:
    """Best candidates of the other script for query, as (index into candidates, score), best first.

    The Ranker of the last few candidate lists is cached, so repeated calls with one
    list pay for its keys once; building a ``Ranker`` yourself makes that explicit.

    >>> rank("Baghdad", ["دمشق", "بغداد", "بيروت"], top=1)[0][0]
    1
    """
    return _ranker(tuple(candidates)).rank(query, top=top)
