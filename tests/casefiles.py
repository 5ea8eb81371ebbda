"""Reading the case files of tests/cases/ as pytest params (shared by the case runners)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

CASES = Path(__file__).parent / "cases"


def load(name: str) -> list[Any]:
    """The cases of one file as pytest params, with the label as id and strict xfail where marked."""
    params = []
    with open(CASES / name, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            case = json.loads(line)
            missing = {"label", "input", "expected", "comment"} - case.keys()
            assert not missing, f"{name}:{n}: case lacks {sorted(missing)}"
            marks = [pytest.mark.xfail(strict=True, reason=case["xfail"])] if "xfail" in case else []
            params.append(pytest.param(case, id=case["label"], marks=marks))
    labels = [p.id for p in params]
    assert len(labels) == len(set(labels)), f"{name}: duplicate labels"
    return params
