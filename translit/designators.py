"""Generic designators written around place names: محافظة مادبا, Deir Ezzor Governorate, Nahiyat al Abbasi.

They are not part of the name, so a name that does not resolve is tried again
without them (and a record's names are indexed without them too).
"""

from __future__ import annotations

from .fold import fold

_ARABIC = ("محافظة", "منطقة", "مركز", "قضاء", "ناحية", "مدينة", "بلدة", "قرية", "مخيم", "حي", "ولاية", "إقليم",
           "لواء", "مديرية", "بلدية", "عاصمة", "إمارة", "شعبية", "دائرة")
_LATIN = ("governorate", "province", "district", "region", "subdistrict", "sub-district", "nahiyat", "nahiya",
          "nahia", "markaz", "qada", "qadaa", "kaza", "muhafazat", "muhafazah", "muhafaza", "mintaqat", "mantiqat",
          "city", "town", "village", "camp", "municipality", "wilayat", "wilaya", "baladiyat", "mudiriyat", "liwa",
          "emirate", "daira", "shabiyat", "commune", "prefecture")
DESIGNATORS: frozenset[str] = frozenset(fold(w) for w in (*_ARABIC, *_LATIN))


def strip_designators(words: list[str]) -> list[str]:
    """Folded words without designators at either end; unchanged when nothing else would be left.

    >>> strip_designators(["محافظه", "مادبا"]), strip_designators(["deir", "ezzor", "governorate"])
    (['مادبا'], ['deir', 'ezzor'])
    """
    start, end = 0, len(words)
    while start < end - 1 and words[start] in DESIGNATORS:
        start += 1
    while end > start + 1 and words[end - 1] in DESIGNATORS:
        end -= 1
    return words[start:end]
