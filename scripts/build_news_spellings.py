"""Build translit/data/news-spellings.json: the usual Latin spelling of Arabic words, for the 'news' scheme.

Three parts, each with its source in the file header:

- ``words``: for each Arabic word in the *training* splits of two name-pair sets with an
  open licence (Wikidata person names via NETransliteration, CC0 1.0; google/transliteration
  ar2en-train, Apache-2.0), the spelling most of its pairs use, when at least
  ``--min-count`` pairs give it, it is at least ``--min-share`` of them, and the cross-script
  model takes it for a spelling of the word, not a translation, and the word is not one of the
  common Arabic words of ``lexicons/common-words.txt`` (رئيس 'president' is no Reyes). The dev splits
  (what ``scripts/eval_romanization.py`` measures on) are never read; ANETAC (no licence) is
  left out.
- ``names``: given names and name parts as English news writes them, curated here, which win
  over the mined spellings (محمد is Muhammad in news copy, not Mohamed or Mehmed).
- ``function_words``: prepositions, conjunctions and particles, written in lower case.

Words are keyed by translit.fold (harakat, alef and hamza forms, ى and ة folded), as the
scheme looks them up. Rerun after changing the curated lists:

    python scripts/build_news_spellings.py      # needs /work/shared/data/translit-pairs or TRANSLIT_PAIRS
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from eval_pairs import DATA, bucket, load_raw

from translit import crossscript
from translit.fold import fold

# the pair sets also hold translations (اسبانيا: Spain, الاول: I, الملكه: Queen); the cross-script model scores
# those near 0, real spellings of one name far above this
MIN_TRANSLITERATION_SCORE = 0.1
ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "translit" / "data" / "news-spellings.json"

# given names, family-name parts and honorifics in the spelling of English-language news (AP, Reuters, BBC)
NAMES = {
    "محمد": "Muhammad", "احمد": "Ahmad", "محمود": "Mahmoud", "مصطفى": "Mustafa", "علي": "Ali", "عمر": "Omar",
    "عثمان": "Othman", "حسن": "Hassan", "حسين": "Hussein", "حسان": "Hassan", "خالد": "Khaled", "يوسف": "Youssef",
    "ابراهيم": "Ibrahim", "اسماعيل": "Ismail", "عيسى": "Issa", "موسى": "Musa", "سليمان": "Suleiman",
    "سعيد": "Said", "سعد": "Saad", "فهد": "Fahd", "فيصل": "Faisal", "سلمان": "Salman", "عبدالله": "Abdullah",
    "نصرالله": "Nasrallah", "فضل": "Fadl", "جمال": "Jamal", "كمال": "Kamal", "طارق": "Tariq", "وليد": "Walid",
    "ماهر": "Maher", "بشار": "Bashar", "حافظ": "Hafez", "الاسد": "al-Assad", "اسد": "Assad", "صدام": "Saddam",
    "معمر": "Muammar", "القذافي": "Gaddafi", "نوري": "Nouri", "المالكي": "al-Maliki", "حيدر": "Haider",
    "العبادي": "al-Abadi", "مقتدى": "Muqtada", "الصدر": "al-Sadr", "ياسر": "Yasser", "عرفات": "Arafat",
    "هنية": "Haniyeh", "اسماعيل هنية": "Ismail Haniyeh", "نبيه": "Nabih", "بري": "Berri", "ميشال": "Michel",
    "عون": "Aoun", "سعد الحريري": "Saad Hariri", "الحريري": "Hariri", "رفيق": "Rafik", "نجيب": "Najib",
    "ميقاتي": "Mikati", "فؤاد": "Fouad", "مراد": "Murad", "رشيد": "Rashid", "زياد": "Ziad", "رامي": "Rami",
    "سامي": "Sami", "هاني": "Hani", "عادل": "Adel", "عماد": "Imad", "رياض": "Riyad", "منير": "Munir",
    "نبيل": "Nabil", "جميل": "Jamil", "كريم": "Karim", "رحيم": "Rahim", "عزيز": "Aziz", "عبد": "Abd",
    "ابو": "Abu", "ابن": "Ibn", "بن": "bin", "بنت": "bint", "ام": "Umm", "الشيخ": "Sheikh", "شيخ": "Sheikh",
    "السيد": "Sayyed", "امير": "Amir",
    "فاطمة": "Fatima", "عائشة": "Aisha", "زينب": "Zainab", "مريم": "Maryam", "خديجة": "Khadija",
    "ليلى": "Layla", "نور": "Nour", "هدى": "Huda", "سارة": "Sara", "رانيا": "Rania",
    "الله": "Allah", "الدين": "al-Din", "الرحمن": "al-Rahman",
}
FUNCTION_WORDS = {
    "في": "fi", "من": "min", "الى": "ila", "الي": "ila", "على": "ala", "علي ": "ala", "عن": "an", "مع": "ma'a",
    "و": "wa", "او": "aw", "ثم": "thumma", "ان": "an", "لا": "la", "لم": "lam", "لن": "lan", "قد": "qad",
    "هذا": "hadha", "هذه": "hadhihi", "ذلك": "dhalik", "تلك": "tilka", "الذي": "alladhi", "التي": "allati",
    "الذين": "alladhina", "هو": "huwa", "هي": "hiya", "هم": "hum", "بين": "bayna", "بعد": "ba'da", "قبل": "qabla",
    "عند": "inda", "حتى": "hatta", "منذ": "mundhu", "خلال": "khilal", "ضد": "didd", "نحو": "nahwa", "كل": "kull",
    "غير": "ghayr", "بعض": "ba'd", "ما": "ma", "كان": "kana", "كانت": "kanat", "يا": "ya", "اي": "ay",
}


def wikidata_train() -> list[tuple[str, str, int]]:
    """(english, arabic, times seen) of the Wikidata rows outside eval_pairs' dev split."""
    rows = [line.rstrip("\n").split("\t") for line in (DATA / "netranslit" / "wd_arabic_80.tsv").open(encoding="utf-8")]
    return [(r[0], r[1].replace(" ", ""), int(r[2])) for r in rows
            if len(r) == 3 and r[2].isdigit() and bucket(r[0], "wikidata-dev", 10) != 0]


def add(counts: dict[str, Counter[str]], arabic: str, latin: str, n: int) -> None:
    latin = latin.strip().lower()
    if latin.isalpha() and latin.isascii() and " " not in arabic:
        counts[fold(arabic)][latin] += n


def common_words() -> set[str]:
    """Folded Arabic words of lexicons/common-words.txt (wordfreq): words, not names, in prose (رئيس is no Reyes)."""
    from translit.lexicon import read_word_list

    return {w for w in read_word_list(ROOT / "lexicons" / "common-words.txt") if not w.isascii()}


def mined_spellings(min_count: int, min_share: float) -> dict[str, str]:
    """Fold(word) -> the spelling most training pairs give it, where enough pairs agree."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for latin, arabic, n in wikidata_train():
        add(counts, arabic, latin, n)
    for arabic, latin in load_raw("google", "train"):
        add(counts, arabic, latin, 1)
    out = {}
    common = common_words()
    for key, spellings in counts.items():
        if key in common:
            continue
        (best, n), total = spellings.most_common(1)[0], sum(spellings.values())
        if n >= min_count and n / total >= min_share and crossscript.score(key, best) >= MIN_TRANSLITERATION_SCORE:
            out[key] = best.capitalize()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--min-count", type=int, default=3, help="pairs that must give the spelling (default 3)")
    parser.add_argument("--min-share", type=float, default=0.5, help="share of the word's pairs (default 0.5)")
    args = parser.parse_args(argv)
    words = mined_spellings(args.min_count, args.min_share)
    names = {fold(k): v for k, v in NAMES.items()}
    function_words = {fold(k.strip()): v for k, v in FUNCTION_WORDS.items()}
    header = {
        "format": "translit-news-spellings", "version": 1,
        "source": "words: the most common spelling in the training splits of NETransliteration's Wikidata person "
                  "names (Merhav & Ash 2018) and google/transliteration ar2en-train; names and function words: "
                  "translit curated",
        "license": "words: CC0 1.0 (NETransliteration) and Apache-2.0 (google/transliteration); "
                   "names and function words: GPL-3.0-or-later (translit)",
        "command": f"python scripts/build_news_spellings.py --min-count {args.min_count} --min-share {args.min_share}",
    }
    data = header | {"function_words": dict(sorted(function_words.items())), "names": dict(sorted(names.items())),
                     "words": dict(sorted(words.items()))}
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {len(function_words)} function words, {len(names)} names, {len(words)} mined words",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
