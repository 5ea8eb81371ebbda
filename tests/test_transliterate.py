"""Transliteration schemes: the Buckwalter tables shipped as data (no camel-tools needed)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

from translit.errors import TranslitError
from translit.transliterate import transliterate

tr = importlib.import_module("translit.transliterate")  # the module; translit.transliterate is the function
ROOT = Path(__file__).resolve().parents[1]
# every letter and mark the Buckwalter tables change, in one string (with a space and a Latin word that stay)
ALL_MAPPED = "ءآأؤإئابةتثجحخدذرزسشصضطظعغـفقكلمنهوىيًٌٍَُِّْٰٱپچڤگ x"


@pytest.mark.parametrize(("scheme", "expected"), [
    ("buckwalter", "'|>&<}AbptvjHxd*rzs$SDTZEg_fqklmnhwYyFNKaui~o`{PJVG x"),
    ("bwsafe", "CMOWIQAbptvjHxdVrzscSDTZEg_fqklmnhwYyFNKaui~oeLPJBG x"),
    ("bwxml", "'|OWI}AbptvjHxd*rzs$SDTZEg_fqklmnhwYyFNKaui~o`{PJVG x"),
])
def test_buckwalter_tables_need_no_camel_tools(monkeypatch: pytest.MonkeyPatch, scheme: str, expected: str) -> None:
    monkeypatch.setitem(sys.modules, "camel_tools", None)  # as in an install without the [camel] extra
    assert transliterate(ALL_MAPPED, scheme) == expected


def test_charmap_file_with_a_wrong_header_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "buckwalter.json"
    bad.write_text('{"format": "translit-charmaps", "version": 2, "maps": {}}', encoding="utf-8")
    monkeypatch.setattr(tr, "CHARMAPS_PATH", bad)
    tr._charmaps.cache_clear()
    try:
        with pytest.raises(TranslitError, match="expected format 'translit-charmaps' version 1; reinstall"):
            transliterate("ب", "bwsafe")
    finally:
        tr._charmaps.cache_clear()


def test_no_extra_but_camel_pulls_in_camel_tools_or_torch() -> None:
    """CI installs [dev]: it must stay free of camel-tools' 6 GB of torch and CUDA."""
    tomllib = pytest.importorskip("tomllib")
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    heavy = {name: [d for d in deps if d.lower().startswith(("camel-tools", "torch"))] for name, deps in extras.items()}
    assert {name: deps for name, deps in heavy.items() if deps} == {"camel": ["camel-tools>=1.5"]}
