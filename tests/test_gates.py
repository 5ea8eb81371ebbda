"""Precision gates as named, switchable functions; explain names the gate that dropped a candidate."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import translit
from translit import gates
from translit.config import GATES
from translit.index import KEY_CODE

USER = Path(__file__).parent / "data" / "user-lexicon.jsonl"


@pytest.fixture(scope="module")
def lexicon() -> translit.Lexicon:
    return translit.load_lexicon([USER], defaults=False)


def test_every_gate_says_what_it_prevents() -> None:
    assert tuple(gates.GATES) == GATES
    for name, gate in gates.GATES.items():
        assert gate.__doc__ and len(gate.__doc__.split()) >= 8, name


def _without(*names: str) -> translit.Config:
    return translit.Config().with_options(gates=tuple(g for g in GATES if g not in names))


@pytest.mark.parametrize(("config", "gate"), [
    (translit.Config(), "foreign_minor_arabic"),  # Cannes is a town of 74,000 outside the Arab world
    (_without("foreign_minor_arabic"), "common_word"),  # and كان 'was' is a common word
])
def test_explain_names_the_first_gate_that_dropped_a_candidate(lexicon: translit.Lexicon, config: translit.Config,
                                                               gate: str) -> None:
    out = translit.Normalizer(config, lexicons=lexicon).explain("الوفد في كان")
    assert out["mentions"] == []
    assert out["dropped"] == [{"surface": "كان", "id": "place:fr:cannes", "gate": gate}]


def test_gates_switched_off_in_the_config_no_longer_drop(lexicon: translit.Lexicon) -> None:
    text = "الوفد في كان"
    [m] = translit.Normalizer(_without("foreign_minor_arabic", "common_word"), lexicons=lexicon)(text).mentions
    assert (m.start, m.end, m.id, text[m.start:m.end]) == (9, 12, "place:fr:cannes", "كان")


def test_unknown_gate_name_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="unknown gates"):
        translit.Config(gates=("no_such_gate",))


def _local_imports(module: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
            names.add(node.module.split(".")[0] + ".py")
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("translit."):
            names.add(node.module.split(".")[1] + ".py")
    return names


def test_index_staleness_hash_covers_every_module_that_shapes_keys() -> None:
    """Editing any module the index build imports (directly or not) must rebuild cached indexes."""
    here = Path(translit.__file__).parent
    todo, seen = ["index.py"], set()
    while todo:
        module = todo.pop()
        if module not in seen:
            seen.add(module)
            todo.extend(_local_imports(here / module))
    assert seen <= set(KEY_CODE), sorted(seen - set(KEY_CODE))
