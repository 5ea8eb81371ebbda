"""How many lexicon names link to other IDs when the text is NFD rather than NFC (issue 16 item 4).

Takes the first N names (per script, in shipped-lexicon file order) whose NFD differs from their NFC, puts
each in a short sentence, links the NFC and the NFD text with the shipped lexicons and counts the names
whose mention IDs differ. Run: python scripts/nfd_links.py [N]   (N defaults to 3000)
"""

from __future__ import annotations

import sys
import unicodedata

import translit
from translit.lexicon import default_lexicon_paths, read_records

SENTENCE = {"en": "Clashes near {} today", "ar": "اشتباكات قرب {} اليوم"}


def decomposable_names(script: str, count: int) -> list[str]:
    names: dict[str, None] = {}
    for path in default_lexicon_paths():
        for _, rec in read_records(path):
            for name in rec.get("names", {}).get(script, []):
                nfc = unicodedata.normalize("NFC", name)
                if nfc != unicodedata.normalize("NFD", name):
                    names[nfc] = None
                if len(names) == count:
                    return list(names)
    return list(names)


def main(count: int) -> None:
    nlp = translit.Normalizer()
    for script, sentence in SENTENCE.items():
        names = decomposable_names(script, count)
        differ = 0
        for name in names:
            text = sentence.format(name)
            nfc, nfd = nlp(text), nlp(unicodedata.normalize("NFD", text))
            differ += [m.id for m in nfc.mentions] != [m.id for m in nfd.mentions]
        print(f"{script}: {len(names)} names, IDs differ for {differ}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000)
