"""translit next to camel-tools (the [camel] extra). Skipped unless camel-tools is importable; its character
maps and normalizers need no torch, so CI can run this after `pip install --no-deps camel-tools six emoji regex`."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytest.importorskip("camel_tools.utils.charmap")

from camel_tools.tokenizers.word import simple_word_tokenize  # noqa: E402
from camel_tools.utils.dediac import dediac_ar  # noqa: E402
from camel_tools.utils.normalize import (  # noqa: E402
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
)

import translit  # noqa: E402

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "buckwalter_tables.py"


def load_script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("buckwalter_tables", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_shipped_buckwalter_tables_equal_camel_tools_builtins_on_every_arabic_code_point() -> None:
    script = load_script()
    chars = script.arabic_code_points()
    assert len(chars) > 1500
    assert script.check(chars) == 0


@pytest.mark.parametrize("word", ["البوكمال", "دِيرُ الزُّور", "إدلب", "أبو كمال", "الرَّقَّة", "مصطفى", "آمرلي",
                                  "القائم", "مؤتة", "سامرّاء", "الحسكة"])
def test_fold_agrees_with_camel_normalizers(word: str) -> None:
    """translit's match folding is camel-tools' dediac + alef + alef maksura + teh marbuta, plus hamza seats."""
    camel = normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(dediac_ar(word))))
    assert translit.fold(word) == camel.translate(str.maketrans("ئؤ", "يو"))


def test_camel_tokenizer_reads_translit_output() -> None:
    text = translit.normalize("\u200fﺍﻟﺒﻮﻛﻤﺎﻝ  ٣٫٥ وَالرَّقَّة، #دير_الزور")
    assert simple_word_tokenize(text) == ["البوكمال", "3", ".", "5", "وَالرَّقَّة", "،", "#", "دير", "_", "الزور"]
