"""Write translit's Buckwalter tables from camel-tools' CharMapper builtins, or check that they agree.

translit ships the three one-to-one Buckwalter maps (plain, safe, XML) as data in
``translit/data/buckwalter.json`` so that ``--scheme bwsafe|bwxml`` needs no camel-tools (whose
``[camel]`` extra pulls in torch). This script is the proof that nothing changed: it maps every
Arabic code point (the Arabic blocks and every character of the Arabic script) one at a time and
as one string through camel-tools' builtins ``ar2bw``, ``ar2safebw``, ``ar2xmlbw`` and through
translit, and compares the UTF-8 bytes.

camel-tools' character maps need none of its heavy dependencies::

    python3 -m venv /tmp/camel && /tmp/camel/bin/pip install --no-deps camel-tools six emoji regex
    /tmp/camel/bin/pip install -e .                      # translit itself, into the same venv
    /tmp/camel/bin/python scripts/buckwalter_tables.py   # check (exit 1 on any difference)
    /tmp/camel/bin/python scripts/buckwalter_tables.py --write   # regenerate the data file
"""

from __future__ import annotations

import argparse
import json
import sys
from importlib.metadata import version
from pathlib import Path

import regex

BUILTINS = {"buckwalter": "ar2bw", "bwsafe": "ar2safebw", "bwxml": "ar2xmlbw"}
ARABIC_BLOCKS = [(0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x089F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF),
                 (0xFE70, 0xFEFF), (0x10E60, 0x10E7F), (0x10EC0, 0x10EFF), (0x1EC70, 0x1ECBF), (0x1ED00, 0x1ED4F),
                 (0x1EE00, 0x1EEFF)]
DATA = Path(__file__).resolve().parents[1] / "translit" / "data" / "buckwalter.json"


def arabic_code_points() -> list[str]:
    """Every code point of the Arabic blocks or of the Arabic script (Script_Extensions), surrogates excluded."""
    in_blocks = {cp for lo, hi in ARABIC_BLOCKS for cp in range(lo, hi + 1)}
    arabic = regex.compile(r"\p{scx=Arabic}")
    in_script = {cp for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF and arabic.match(chr(cp))}
    return [chr(cp) for cp in sorted(in_blocks | in_script)]


def camel_mapper(scheme: str):  # type: ignore[no-untyped-def]
    from camel_tools.utils.charmap import CharMapper

    return CharMapper.builtin_mapper(BUILTINS[scheme])


def write(chars: list[str]) -> None:
    """The data file: the characters each camel-tools builtin changes, and what it writes for them."""
    maps = {}
    for scheme in BUILTINS:
        mapper = camel_mapper(scheme)
        maps[scheme] = {c: out for c in chars if (out := mapper.map_string(c)) != c}
    header = {"format": "translit-charmaps", "version": 1,
              "source": f"camel-tools {version('camel-tools')} CharMapper builtins "
                        f"{', '.join(BUILTINS.values())} (Buckwalter transliteration and its safe and XML variants)",
              "license": "MIT (CAMeL Tools, New York University Abu Dhabi)",
              "command": "python scripts/buckwalter_tables.py --write"}
    DATA.write_text(json.dumps(header | {"maps": maps}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {DATA}: {', '.join(f'{s} {len(m)} characters' for s, m in maps.items())}")


def check(chars: list[str]) -> int:
    """Compare translit with camel-tools on every character and on all of them as one string."""
    from translit.transliterate import transliterate

    whole = "".join(chars)
    differences = 0
    for scheme in BUILTINS:
        mapper = camel_mapper(scheme)
        bad = [c for c in chars if transliterate(c, scheme).encode() != mapper.map_string(c).encode()]
        same_whole = transliterate(whole, scheme).encode() == mapper.map_string(whole).encode()
        for c in bad[:10]:
            print(f"  {scheme}: U+{ord(c):04X} translit {transliterate(c, scheme)!r}, "
                  f"camel-tools {mapper.map_string(c)!r}")
        print(f"{scheme} vs {BUILTINS[scheme]}: {len(chars) - len(bad)}/{len(chars)} code points identical, "
              f"whole string {'identical' if same_whole else 'DIFFERENT'}")
        differences += len(bad) + (not same_whole)
    return 1 if differences else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help="regenerate translit/data/buckwalter.json, then check")
    args = parser.parse_args(argv)
    chars = arabic_code_points()
    print(f"{len(chars)} Arabic code points (blocks {len(ARABIC_BLOCKS)}, plus script members outside them)")
    if args.write:
        write(chars)
    return check(chars)


if __name__ == "__main__":
    sys.exit(main())
