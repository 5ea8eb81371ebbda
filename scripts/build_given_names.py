#!/usr/bin/env python3
"""Write lexicons/given-names.txt: common English given names, which name people far more often than towns.

GeoNames lists hundreds of towns named like people (Elizabeth, New Jersey; Tyler, Texas; Eugene, Oregon;
Nancy, France), and a capitalized word links a town's display name: "Elizabeth said on Monday" linked
Elizabeth, New Jersey, at 0.97. The given_name_town gate asks such a word for a word before it that says
"place" (in, at, from, near …). The list is the top 200 given names of each decade from the 1960s to the
1990s of the US Social Security Administration (public domain, https://www.ssa.gov/OACT/babynames/), as the
Faker package (MIT licence) ships them for its en_US names; folded as the linker folds words.

    pip install faker
    python scripts/build_given_names.py
"""

from __future__ import annotations

import sys
from importlib.metadata import version
from pathlib import Path

from faker.providers.person.en_US import Provider

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from translit.fold import fold  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "lexicons" / "given-names.txt"
NOTICE = """\
# Common English given names: one word, capitalized or not, names a town only after a word that says "place"
# (the given_name_town gate). Built by scripts/build_given_names.py from the US Social Security
# Administration's top 200 names of each decade, 1960s to 1990s (public domain;
# https://www.ssa.gov/OACT/babynames/decades/names1960s.html and the following decades), as Faker {version}
# ships them (en_US first_names_female, first_names_male; Faker is MIT-licensed).
"""


def main() -> int:
    names = sorted({fold(n) for n in (*Provider.first_names_female, *Provider.first_names_male)})
    OUT.write_text(NOTICE.format(version=version("faker")) + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(names)} names")
    return 0


if __name__ == "__main__":
    sys.exit(main())
