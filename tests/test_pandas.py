"""pandas/Arrow batches: index, name and missing values kept; pyarrow string dtype in, pyarrow string out."""

from __future__ import annotations

import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

pd = pytest.importorskip("pandas")
pa = pytest.importorskip("pyarrow")

import translit  # noqa: E402
from translit.pandas import link_batch, link_series, normalize_batch, normalize_series  # noqa: E402

SEED_LINES = (Path(__file__).parent / "data" / "seed" / "albukamal-2017-11-08.txt").read_text(
    encoding="utf-8").splitlines()
ALBUKAMAL = "place:sy:albu-kamal-174448"
RAW = ["\u200fﺍﻟﺒﻮﻛﻤﺎﻝ  ٣٫٥", None, "Al-Qa’im – Hashd", float("nan"), pd.NA, "plain"]
CLEAN = ["البوكمال 3.5", None, "Al-Qa'im - Hashd", None, None, "plain"]
INDEX = ["a", "b", "c", "d", "e", "f"]


@pytest.mark.parametrize("dtype", ["string[pyarrow]", pd.ArrowDtype(pa.string()), pd.ArrowDtype(pa.large_string())],
                         ids=["string-pyarrow", "arrow-string", "arrow-large-string"])
def test_normalize_series_keeps_arrow_string_dtype(dtype: object) -> None:
    s = pd.Series(RAW, index=INDEX, name="body", dtype=dtype)
    out = normalize_series(s)
    assert out.dtype == s.dtype
    assert list(out.index) == INDEX and out.name == "body"
    assert out.isna().tolist() == [v is None for v in CLEAN]
    assert [None if pd.isna(v) else v for v in out.tolist()] == CLEAN


def test_normalize_series_object_keeps_each_missing_value() -> None:
    s = pd.Series(RAW, index=[10, 3, 7, 1, 0, 5], dtype=object)
    out = normalize_series(s)
    assert out.dtype == object and list(out.index) == [10, 3, 7, 1, 0, 5]
    values = out.tolist()
    assert values[0] == CLEAN[0] and values[2] == CLEAN[2] and values[5] == "plain"
    assert values[1] is None and math.isnan(values[3]) and values[4] is pd.NA


def test_normalize_series_options() -> None:
    s = pd.Series(["مَدِينَة"], dtype="string[pyarrow]")
    assert normalize_series(s, strip_diacritics=True).tolist() == ["مدينة"]
    assert normalize_series(s).tolist() == ["مَدِينَة"]


def test_link_series_index_and_missing() -> None:
    s = pd.Series([SEED_LINES[0], None, "#البوكمال", pd.NA], index=[4, 2, 9, 1], dtype="string[pyarrow]")
    out = link_series(s)
    assert list(out.index) == [4, 2, 9, 1] and out.dtype == object
    assert out.isna().tolist() == [False, True, False, True]
    assert [m["id"] for m in out[9]] == [ALBUKAMAL]
    expected = [m.to_dict() for m in translit.Normalizer()(SEED_LINES[0]).mentions]
    assert out[4] == expected
    assert {"start", "end", "surface", "id", "name", "type", "method", "score", "xrefs"} <= set(out[4][0])


def test_link_series_with_a_user_normalizer() -> None:
    nlp = translit.Normalizer(lexicons=[Path(__file__).parent / "data" / "user-lexicon.jsonl"], defaults=False)
    out = link_series(pd.Series(["Clashes in Al-Bukamal"]), normalizer=nlp)
    assert [m["id"] for m in out[0]] == ["place:sy:abu-kamal"]


def test_batches() -> None:
    assert normalize_batch(["\u200fﺍﻟﺒﻮﻛﻤﺎﻝ  ٣٫٥", None]) == ["البوكمال 3.5", None]
    linked = link_batch([SEED_LINES[10], None, ""])
    assert [m["id"] for m in linked[0]][:2] == ["org:syrian-arab-army", ALBUKAMAL]
    assert linked[1:] == [[], []]


def test_batch_rejects_non_text_naming_the_item() -> None:
    with pytest.raises(TypeError, match="item 1 is int"):
        normalize_batch(["a", 3])  # type: ignore[list-item]


def test_import_translit_does_not_import_pandas() -> None:
    result = subprocess.run([sys.executable, "-c", "import sys, translit; print('pandas' in sys.modules)"],
                            capture_output=True, text=True, check=False, env=dict(os.environ))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
