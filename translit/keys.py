"""Match keys for names: folded, loose (spelling-variant tolerant) and cross-script skeleton.

The same functions key lexicon names at compile time and text spans at link
time, so whatever they merge, they merge on both sides:

- folded: the folded words joined by single spaces ("al bukamal").
- loose: Latin: article forms unified (el-/ez-/as-… -> al), spaces dropped,
  vowel spellings (ou/oo -> u, ee -> i, ei/ey/ai -> ay, e -> a), q/c -> k and
  doubled letters collapsed; Arabic: spaces dropped, word-final ه/ا unified.
  Albukamal, Al Bukamal and al-Bukamal share one loose key.
- skeleton: consonant classes both scripts reach (البوكمال, Albukamal -> BKML),
  articles dropped, long vowels, ayn and hamza ignored.
"""

from __future__ import annotations

from functools import lru_cache

import regex
from unidecode import unidecode

from .chars import is_arabic

# article forms written as a separate word in Latin spellings (al-, el-, ad-Dawr, ez-Zor, ash-Sham)
ARTICLE_WORDS = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "er", "es", "et", "ez", "en"})
_SUN_LATIN = ("t", "th", "d", "dh", "r", "z", "s", "sh", "n", "l")
_ARTICLES = {"al", "el", "ul", "il", "a", "e"}
_SUN_ARTICLES = {a + c for a in "aeu" for c in _SUN_LATIN}
_GLUED_ARTICLE = regex.compile(r"^(?:[aeu]l(?=[a-z]{3})|[aeu](?:(sh|th|dh|[tdrzsn])\1)(?=[a-z]{2}))")
_LATIN_VOWELS = [("ou", "u"), ("oo", "u"), ("aw", "u"), ("ow", "u"), ("o", "u"), ("ee", "i"), ("ie", "i"),
                 ("ei", "ay"), ("ey", "ay"), ("ai", "ay"), ("e", "a"), ("q", "k"), ("ck", "k"),
                 ("ph", "f"), ("dj", "j"), ("ch", "sh"), ("v", "f"), ("x", "ks")]
_DOUBLE = regex.compile(r"(.)\1+")
_NOT_AZ = regex.compile(r"[^a-z]+")
_FINAL_H = regex.compile(r"(?<=[aiu])h\b")


def without_inner_articles(words: list[str]) -> list[str]:
    """Latin words without article words between two others: Kafr ash Shaykh -> Kafr Shaykh, as often written."""
    return [w for k, w in enumerate(words) if not (0 < k < len(words) - 1 and w in ARTICLE_WORDS)]


def _latin_words(words: list[str]) -> list[str]:
    """Unify article forms: 'el', 'ez' before z..., 'as' before s... -> 'al'; glued 'Ezzor' -> 'al' + 'zor'."""
    out: list[str] = []
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if nxt and (w in _ARTICLES and w not in ("a", "e") or (w in _SUN_ARTICLES and nxt.startswith(w[1:]))):
            out.append("al")
            continue
        m = _GLUED_ARTICLE.match(w)
        rest = (w[m.end() - len(m.group(1)):] if m.group(1) else w[m.end():]) if m else ""
        if len(rest) >= 3:
            out.extend(("al", rest))
        else:
            out.append(w)
    return out


@lru_cache(maxsize=65_536)  # names recur: the same aliases are compared with query after query
def latin_key(text: str) -> str:
    """Latin text as the cross-script model and alias checks read it: ASCII (unidecode), lowercase, a-z only.

    >>> latin_key("Al-Būkamāl"), latin_key("Ṣaddām Ḥusayn")
    ('albukamal', 'saddamhusayn')
    """
    return _NOT_AZ.sub("", unidecode(text).lower())


@lru_cache(maxsize=1 << 16)
def loose_key(folded: str) -> str:
    """Spelling-tolerant key of a folded name (see module doc).

    >>> loose_key("albukamal") == loose_key("al bukamal") == loose_key("al-bukamal".replace("-", " "))
    True
    >>> loose_key("deir ezzor") == loose_key("dayr az zawr") == loose_key("deir ez zor")
    True
    """
    if is_arabic(folded):
        words = folded.split()
        joined = "".join(w[:-1] + "ا" if len(w) > 2 and w[-1] == "ه" else w for w in words)
        return joined
    words = _latin_words(folded.split())
    s = "".join(words)
    for a, b in _LATIN_VOWELS:
        s = s.replace(a, b)
    s = _DOUBLE.sub(r"\1", s)
    return s[:-1] if len(s) > 3 and s.endswith("h") and s[-2] in "aiu" else s


_MEDIAL_ALEF = regex.compile(r"(?<=\S)ا(?=\S)")
_FOREIGN_G = str.maketrans("ج", "غ")


def foreign_key(folded: str) -> str:
    """An Arabic name as its spellings of a foreign name agree: no alef inside a word, and g written غ whether
    written ج or غ. Spellings of one foreign name differ most there: تايلاند / تايلند, كاراكاس / كراكاس,
    أورلينز / أورليانز, أراغون / أراجون, غوانتانامو / جوانتانامو. Dropping و and ي too merged consonants
    with them (ANERcorp dev: LOC precision .886 -> .879); ق for g is the rarer spelling (no gain).

    >>> foreign_key("نيو اورلينز") == foreign_key("نيو اورليانز"), foreign_key("اراجون") == foreign_key("اراغون")
    (True, True)
    """
    return _MEDIAL_ALEF.sub("", folded).translate(_FOREIGN_G)


def alef_places(folded: str) -> frozenset[int]:
    """Where a folded Arabic name writes an inner alef: after how many of its other characters. foreign_key drops
    these alefs, so باريس (Paris, {1}) and برايس (Price, {2}) share a key while تايلند ({1}) and تايلاند ({1, 3})
    share a place too.

    >>> sorted(alef_places("باريس")), sorted(alef_places("برايس")), sorted(alef_places("تايلاند"))
    ([1], [2], [1, 3])
    """
    return frozenset(m.start() - k for k, m in enumerate(_MEDIAL_ALEF.finditer(folded)))


# cross-script skeleton ------------------------------------------------------
_AR_CLASSES = str.maketrans({
    "ب": "B", "پ": "B", "ت": "T", "ط": "T", "ث": "T", "د": "D", "ض": "D", "ذ": "D", "ز": "Z", "ظ": "Z",
    "س": "S", "ص": "S", "ش": "$", "خ": "X", "ج": "J", "غ": "J", "گ": "J", "ك": "K", "ق": "K", "ف": "F",
    "ڤ": "F", "ل": "L", "م": "M", "ن": "N", "ر": "R", "ح": "H", "ه": "H",
    "ة": "", "ا": "", "و": "", "ي": "", "ى": "", "ء": "", "أ": "", "إ": "", "آ": "", "ؤ": "", "ئ": "", "ع": "",
})
# c before e, i, y is an s, as Arabic spells it: Lucía لوسيا, Dieumerci ديوميرسي (dev watchlist recall .766 -> .776)
_SOFT_C = regex.compile(r"c(?=[eiy])")
_LATIN_DIGRAPHS = [("sh", "$"), ("ch", "$"), ("kh", "X"), ("gh", "J"), ("th", "T"), ("dh", "D"), ("ph", "F"),
                   ("dj", "J"), ("x", "KS")]
_LATIN_CLASSES = str.maketrans({
    "b": "B", "p": "B", "t": "T", "d": "D", "z": "Z", "s": "S", "x": "X", "g": "J", "j": "J", "k": "K", "q": "K",
    "c": "K", "f": "F", "v": "F", "l": "L", "m": "M", "n": "N", "r": "R", "h": "H",
    "a": "", "e": "", "i": "", "o": "", "u": "", "y": "", "w": "", "'": "", "-": "",
})
_CLASS_DOUBLE = regex.compile(r"([A-Z$])\1+")
_NOT_CLASS = regex.compile(r"[^A-Z$]")


@lru_cache(maxsize=1 << 16)  # words recur, in text and in the names of a watchlist
def skeleton(folded: str) -> str:
    """Consonant-class key shared by Arabic and Latin spellings of one name.

    >>> skeleton("البوكمال"), skeleton("albukamal"), skeleton("دير الزور"), skeleton("deir ez zor")
    ('BKML', 'BKML', 'DRZR', 'DRZR')
    >>> skeleton("lucia"), skeleton("لوسيا"), skeleton("chance")
    ('LS', 'LS', '$NS')
    """
    words = folded.split()
    if is_arabic(folded):
        keyed = []
        for w in words:
            if w.startswith("ال") and len(w) > 3:
                w = w[2:]
            if len(w) > 2 and w.endswith("ه"):  # folded ta marbuta, like Latin final -ah
                w = w[:-1]
            keyed.append(w.translate(_AR_CLASSES))
        s = "".join(keyed)
    else:
        latin = [w for w in _latin_words(words) if w != "al"]
        s = " ".join(latin)
        s = _FINAL_H.sub("", s)
        for a, b in _LATIN_DIGRAPHS:
            s = s.replace(a, b)
        s = _SOFT_C.sub("s", s)
        s = s.translate(_LATIN_CLASSES).replace(" ", "")
        s = _NOT_CLASS.sub("", s)
    return _CLASS_DOUBLE.sub(r"\1", s)
