"""The spaCy component on the seed article (blank English and Arabic pipelines), its registration, and patterns."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import pytest

spacy = pytest.importorskip("spacy")

import translit  # noqa: E402
import translit.spacy  # noqa: E402  (registers the factory here; the entry point does it for users)
from translit.spacy import LABELS, patterns  # noqa: E402

DATA = Path(__file__).parent / "data"
SEED_LINES = (DATA / "seed" / "albukamal-2017-11-08.txt").read_text(encoding="utf-8").splitlines()
ARABIC_LINE = next(line for line in SEED_LINES if "البوكمال" in line)
ALBUKAMAL = "place:sy:albu-kamal-174448"
ENTRY_POINT = "translit_linker = translit.spacy:make_translit_linker"
EXPECTED_CONFIG = {"lexicons": [], "defaults": True, "overwrite_ents": False, "spans_key": "translit",
                   "alignment_mode": "expand", "split_proclitics": True}


@pytest.fixture(scope="module")
def translit_nlp() -> translit.Normalizer:
    return translit.Normalizer()


@pytest.fixture(scope="module", params=["en", "ar"])
def nlp(request: pytest.FixtureRequest) -> Any:
    pipeline = spacy.blank(request.param)
    pipeline.add_pipe("translit_linker")
    return pipeline


def test_doc_text_and_tokens_unchanged(nlp: Any) -> None:
    for line in SEED_LINES:
        doc = nlp(line)
        assert doc.text == line
        assert [t.text for t in doc] == [t.text for t in nlp.make_doc(line)]


def test_every_mention_is_in_the_span_group_and_ents_with_its_id(nlp: Any, translit_nlp: translit.Normalizer) -> None:
    for line in SEED_LINES:
        doc = nlp(line)
        mentions = translit_nlp(line).mentions
        group = doc.spans["translit"]
        assert [s.kb_id_ for s in group] == [m.id for m in mentions]
        for span, m in zip(group, mentions, strict=True):
            assert span.start_char <= m.start and m.end <= span.end_char  # widened to whole tokens at most
            assert span.label_ == LABELS[m.type]
        assert [(e.start, e.end, e.kb_id_, e.label_) for e in doc.ents] == [
            (s.start, s.end, s.kb_id_, s.label_) for s in group]  # nothing set before: every mention is an entity


@pytest.mark.parametrize("line, text, label, kb_id", [
    (SEED_LINES[0], "Albukamal", "GPE", ALBUKAMAL),
    (SEED_LINES[0], "Syrian Arab Army", "ORG", "org:syrian-arab-army"),
    (SEED_LINES[0], "LEBANON", "GPE", "country:lb"),
    (ARABIC_LINE, "البوكمال", "GPE", ALBUKAMAL),
    (ARABIC_LINE, "الجيش السوري", "ORG", "org:syrian-arab-army"),
], ids=["albukamal", "saa", "lebanon", "albukamal-ar", "saa-ar"])
def test_seed_entities(nlp: Any, line: str, text: str, label: str, kb_id: str) -> None:
    assert (text, label, kb_id) in [(e.text, e.label_, e.kb_id_) for e in nlp(line).ents]


def test_glued_word_is_widened_to_the_spacy_token(nlp: Any) -> None:
    """spaCy keeps '#دير_الزورعلى' one token; 'expand' widens the mention, the offsets stay translit's."""
    ents = {e.kb_id_: e.text for e in nlp(ARABIC_LINE).ents}
    assert ents["place:sy:deir-ez-zor-170794"].startswith("دير_الزور")


def test_contract_mode_skips_mentions_inside_a_token() -> None:
    nlp = spacy.blank("ar")
    nlp.add_pipe("translit_linker", config={"alignment_mode": "contract"})
    doc = nlp(ARABIC_LINE)
    assert "country:iq" not in {e.kb_id_ for e in doc.ents}  # 'العراقhttps://…' is one token
    assert all(e.text in ARABIC_LINE for e in doc.ents)
    assert ALBUKAMAL in {e.kb_id_ for e in doc.ents}


def test_entity_set_earlier_is_kept() -> None:
    nlp = spacy.blank("en")
    linker = nlp.add_pipe("translit_linker")
    doc = nlp.make_doc(SEED_LINES[0])
    start = SEED_LINES[0].index("Albukamal")
    doc.ents = [doc.char_span(start, start + len("Albukamal"), label="TARGET")]
    doc = linker(doc)
    ents = [(e.text, e.label_, e.kb_id_) for e in doc.ents]
    assert ("Albukamal", "TARGET", "") in ents
    assert ("Albukamal", "GPE", ALBUKAMAL) not in ents
    assert ("Syrian Arab Army", "ORG", "org:syrian-arab-army") in ents  # the rest are still added
    assert ALBUKAMAL in [s.kb_id_ for s in doc.spans["translit"]]  # the span group keeps every mention


def test_overwrite_ents_replaces_the_earlier_entity() -> None:
    nlp = spacy.blank("en")
    linker = nlp.add_pipe("translit_linker", config={"overwrite_ents": True})
    doc = nlp.make_doc(SEED_LINES[0])
    start = SEED_LINES[0].index("Albukamal")
    doc.ents = [doc.char_span(start, start + len("Albukamal"), label="TARGET")]
    ents = [(e.text, e.label_, e.kb_id_) for e in linker(doc).ents]
    assert ("Albukamal", "GPE", ALBUKAMAL) in ents
    assert "TARGET" not in [label for _, label, _ in ents]


def test_norm_is_translit_fold(nlp: Any) -> None:
    for line in SEED_LINES:
        for t in nlp(line):
            if not t.is_space:
                assert t.norm_ == translit.fold(translit.normalize(t.text)), t.text


def test_norm_folds_spellings_together() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("translit_linker")
    doc = nlp(SEED_LINES[1])
    i = next(t.i for t in doc if t.text == "Qa’im")
    assert [t.norm_ for t in doc[i - 2:i + 1]] == ["al", "-", "qaim"]
    assert [t.norm_ for t in nlp("Al-QA'IM and ﺍﻟﺒﻮﻛﻤﺎﻝ")] == ["al", "-", "qaim", "and", "البوكمال"]


def test_entity_ruler_with_norm_matches_across_spellings() -> None:
    """The reason token.norm_ is set: a user's EntityRuler after the linker matches every folded spelling."""
    nlp = spacy.blank("en")
    nlp.add_pipe("translit_linker", config={"lexicons": [str(DATA / "user-lexicon.jsonl")], "defaults": False,
                                            "spans_key": "linked"})
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "NORM", "overwrite_ents": True})
    ruler.add_patterns([{"label": "WATCH", "pattern": "Al-Qa'im", "id": "watch:qaim"}])
    doc = nlp("Fighting near AL-QA’IM today")
    assert [(e.text, e.label_, e.ent_id_) for e in doc.ents] == [("AL-QA’IM", "WATCH", "watch:qaim")]


def test_factory_config_snapshot() -> None:
    """What is registered, guarded (spaCy's own habit): a change here changes users' pipeline configs."""
    meta = spacy.language.Language.get_factory_meta("translit_linker")
    assert meta.default_config == EXPECTED_CONFIG
    nlp = spacy.blank("en")
    nlp.add_pipe("translit_linker", config={"spans_key": "names"})
    again = spacy.util.load_model_from_config(nlp.config, auto_fill=True)
    assert again.pipe_names == ["translit_linker"]
    assert again.get_pipe("translit_linker").spans_key == "names"


def _run(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False,
                          env={**os.environ, **env})


ADD_PIPE_WITHOUT_IMPORT = """
import sys, spacy
nlp = spacy.blank("en")
nlp.add_pipe("translit_linker")
doc = nlp("The SAA liberated Albukamal.")
print([e.kb_id_ for e in doc.ents])
"""


def test_entry_point_registers_the_factory(tmp_path: Path) -> None:
    """spaCy loads ``spacy_factories`` entry points when a Language is made: simulated with a bare dist-info."""
    dist = tmp_path / "translit_spacy_probe-0.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: translit-spacy-probe\nVersion: 0.0\n")
    (dist / "entry_points.txt").write_text(f"[spacy_factories]\n{ENTRY_POINT}\n")
    path = os.pathsep.join(filter(None, [str(tmp_path), os.environ.get("PYTHONPATH", "")]))
    result = _run(ADD_PIPE_WITHOUT_IMPORT, PYTHONPATH=path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['org:syrian-arab-army', 'place:sy:albu-kamal-174448']"


@pytest.mark.skipif(not entry_points(group="spacy_factories", name="translit_linker"),
                    reason="translit's spacy_factories entry point is not installed (reinstall: pip install -e .)")
def test_installed_entry_point() -> None:
    (ep,) = entry_points(group="spacy_factories", name="translit_linker")
    assert f"{ep.name} = {ep.value}" == ENTRY_POINT
    result = _run(ADD_PIPE_WITHOUT_IMPORT)
    assert result.returncode == 0, result.stderr
    assert "place:sy:albu-kamal-174448" in result.stdout


def test_import_translit_does_not_import_spacy() -> None:
    result = _run("import sys, translit; translit.Normalizer()('x'); print('spacy' in sys.modules)")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_patterns_cover_every_name() -> None:
    lex = translit.load_lexicon([DATA / "user-lexicon.jsonl"], defaults=False)
    pats = list(patterns(lex))
    assert {"label": "GPE", "pattern": "Al-Bukamal", "id": "place:sy:abu-kamal"} in pats
    assert {"label": "GPE", "pattern": "البو كمال", "id": "place:sy:abu-kamal"} in pats
    assert {"label": "ORG", "pattern": "ISIS", "id": "org:islamic-state"} in pats
    assert {"label": "GPE", "pattern": "لبنان", "id": "country:lb"} in pats
    assert len({json.dumps(p, sort_keys=True) for p in pats}) == len(pats)  # no duplicates
    records = [json.loads(line) for line in (DATA / "user-lexicon.jsonl").open(encoding="utf-8")][1:]
    assert {p["id"] for p in pats} == {r["id"] for r in records}


def test_patterns_load_into_an_entity_ruler() -> None:
    lex = translit.load_lexicon([DATA / "user-lexicon.jsonl"], defaults=False)
    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler").add_patterns(list(patterns(lex)))
    doc = nlp("Daesh fighters left Al-Bukamal")
    assert [(e.text, e.label_, e.ent_id_) for e in doc.ents] == [
        ("Daesh", "ORG", "org:islamic-state"), ("Al-Bukamal", "GPE", "place:sy:abu-kamal")]


def test_arabic_proclitic_is_left_outside_the_entity() -> None:
    """Issue 15: 'والرقة' gave the entity 'والرقة'; the conjunction is split off, the entity is the name."""
    text = "قصفت الطائرات والرقة وبدير الزور فالموصل، وورقة بيضاء"
    nlp = spacy.blank("ar")
    nlp.add_pipe("translit_linker")
    doc = nlp(text)
    assert doc.text == text
    assert [(e.text, e.start_char, e.end_char, e.kb_id_) for e in doc.ents] == [
        ("الرقة", 15, 20, "place:sy:ar-raqqah-172955"), ("دير الزور", 23, 32, "place:sy:deir-ez-zor-170794"),
        ("الموصل", 34, 40, "place:iq:mosul-99072")]
    assert [t.text for t in doc] == ["قصفت", "الطائرات", "و", "الرقة", "وب", "دير", "الزور", "ف", "الموصل", "،",
                                     "وورقة", "بيضاء"]  # a word with no name in it stays whole
    assert [t.norm_ for t in doc][2:4] == ["و", "الرقه"]


def test_split_proclitics_off_keeps_the_tokens() -> None:
    nlp = spacy.blank("ar")
    nlp.add_pipe("translit_linker", config={"split_proclitics": False})
    doc = nlp("قصفت الطائرات والرقة")
    assert [(e.text, e.kb_id_) for e in doc.ents] == [("والرقة", "place:sy:ar-raqqah-172955")]
