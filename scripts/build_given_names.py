#!/usr/bin/env python3
"""Write lexicons/given-names.txt and family-names.txt: common names of people, which name towns far less often.

GeoNames lists hundreds of towns named like people (Elizabeth, New Jersey; Tyler, Texas; Eugene, Oregon;
Nancy, France; Hassan, India), and a capitalized word links a town's display name:
"Elizabeth said on Monday" linked Elizabeth, New Jersey, at 0.97, "Governor Hassan Abdalla" Hassan, India.
The given_name_town gate asks such a word for a word before it that says "place" (in, at, from, near …).
Two parts:

- English: the top 200 given names of each decade from the 1960s to the 1990s of the US Social Security
  Administration (public domain, https://www.ssa.gov/OACT/babynames/), as the Faker package (MIT licence)
  ships them for its en_US names;
- Arabic, as Latin text spells them: the given names Faker ships for its ar_AA names (Arabic script), each in
  its news spelling (translit.romanize: أحمد Ahmad, عباس Abbas) and in the Latin spellings that Wikidata's
  person names give it (NETransliteration, Merhav & Ash 2018, CC0 1.0: the training slice
  ``netranslit/wd_arabic_80.tsv`` of the shared name pairs; TRANSLIT_PAIRS says where) at least MIN_PAIRS times
  and in at least MIN_SHARE of that spelling's pairs (Hassan; Mohammed, Muhammad), less the words English
  writes in lower case (said, amid), the common words and the names of Arab-world places of MIN_PLACE_POPULATION,
  divisions and countries as their records display them (Taif, Safi, Maan: the first_name gate would take
  "Taif Regional Airport" for a person).

And lexicons/family-names.txt: the 1,000 commonest US family names of the Census (public domain; by way of
names.mongabay.com), as Faker ships them (en_US last_names), for the surname_town gate: "Kennedy said" is no
Kennedy (Colombia). Both lists are folded as the linker folds words.

    pip install faker
    python scripts/build_given_names.py        # needs the shared name pairs for the Arabic part
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from importlib.metadata import version
from pathlib import Path

from faker.providers.person.ar_AA import Provider as ArabicNames
from faker.providers.person.en_US import Provider as EnglishNames

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from translit.fold import fold  # noqa: E402
from translit.geonames import ADMIN1, CAPITAL  # noqa: E402
from translit.lexicon import default_lexicon_paths, read_records, read_word_list  # noqa: E402
from translit.profiles import NEWS_REGION  # noqa: E402
from translit.romanize import romanize_word  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "lexicons" / "given-names.txt"
SURNAMES_OUT = ROOT / "lexicons" / "family-names.txt"
PAIRS = Path(os.environ.get("TRANSLIT_PAIRS", "/work/shared/data/translit-pairs")) / "netranslit" / "wd_arabic_80.tsv"
MIN_PAIRS = 5  # Wikidata person names that spell the Arabic name so
MIN_SHARE = 0.5  # of the Latin spelling's pairs: 'adam' is آدم, but more often another name's
MIN_PLACE_POPULATION = 10_000  # an Arab-world town this big keeps its name out of the given names
NOTICE = """\
# Common given names: one word, capitalized or not, names a town only after a word that says "place"
# (the given_name_town gate), and before a family name it is a first name (first_name, other_given_name).
# Built by scripts/build_given_names.py from
# - the US Social Security Administration's top 200 names of each decade, 1960s to 1990s (public domain;
#   https://www.ssa.gov/OACT/babynames/decades/names1960s.html and the following decades), as Faker {faker}
#   ships them (en_US first_names_female, first_names_male; Faker is MIT-licensed);
# - Faker's ar_AA given names, in their news spelling (translit.romanize) and in the Latin spellings Wikidata's
#   person names give them at least {pairs} times and in at least {share:.0%} of the spelling's pairs
#   (NETransliteration, Merhav & Ash 2018, CC0 1.0: wd_arabic_80.tsv), less the words English writes in lower
#   case, the common words and the display names of Arab-world countries, divisions, capitals and towns of
#   {population:,} (Taif, Safi).
"""
SURNAMES_NOTICE = """\
# Common English family names: one word names a town (but a capital, a city known worldwide or of a million)
# only after a word that says "place" (the surname_town gate). Built by scripts/build_given_names.py
# from the 1,000 commonest family names of the US Census (public domain; by way of names.mongabay.com), as
# Faker {faker} ships them (en_US last_names; Faker is MIT-licensed).
"""


def arabic_given_names(pairs: Path) -> set[str]:
    """Latin spellings of Faker's Arabic given names, by Wikidata's name pairs (see the module doc)."""
    given = [n for n in (*ArabicNames.first_names_male, *ArabicNames.first_names_female) if " " not in n]
    names = {fold(n) for n in given}
    by_name: Counter[tuple[str, str]] = Counter()
    spelled: Counter[str] = Counter()
    with open(pairs, encoding="utf-8") as f:
        for line in f:
            latin, arabic, count = line.rstrip("\n").split("\t")
            by_name[latin, fold(arabic.replace(" ", ""))] += int(count)
            spelled[latin] += int(count)
    words = set(read_word_list(ROOT / "lexicons" / "english-words.txt"))
    words |= set(read_word_list(ROOT / "lexicons" / "common-words.txt"))
    words |= arab_world_place_names()
    latin = {fold(romanize_word(n)) for n in given}
    latin.update(fold(word) for (word, arabic), n in by_name.items()
                 if arabic in names and n >= MIN_PAIRS and n >= MIN_SHARE * spelled[word])
    return {w for w in latin if w.isalpha() and w not in words}


def arab_world_place_names() -> set[str]:
    """The display names, folded, of the shipped lexicons' Arab-world countries, divisions, capitals and places of
    MIN_PLACE_POPULATION."""
    names = set()
    for path in default_lexicon_paths():
        for _, rec in read_records(path):
            if rec.get("country") in NEWS_REGION and rec.get("type") in ("place", "country") and (
                    rec.get("type") == "country" or rec.get("feature") in (ADMIN1, CAPITAL)
                    or (rec.get("population") or 0) >= MIN_PLACE_POPULATION):
                names.add(fold(rec["name"]))
    return names


def main() -> int:
    surnames = sorted({fold(n) for n in EnglishNames.last_names})
    SURNAMES_OUT.write_text(SURNAMES_NOTICE.format(faker=version("faker")) + "\n".join(surnames) + "\n",
                            encoding="utf-8")
    print(f"{SURNAMES_OUT}: {len(surnames)} names")
    english = {fold(n) for n in (*EnglishNames.first_names_female, *EnglishNames.first_names_male)}
    if not PAIRS.is_file():
        sys.exit(f"{PAIRS}: no such file; set TRANSLIT_PAIRS to the folder of the shared name pairs")
    arabic = arabic_given_names(PAIRS)
    names = sorted(english | arabic)
    notice = NOTICE.format(faker=version("faker"), pairs=MIN_PAIRS, share=MIN_SHARE, population=MIN_PLACE_POPULATION)
    OUT.write_text(notice + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(names)} names ({len(english)} English, {len(arabic - english)} more Arabic)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
