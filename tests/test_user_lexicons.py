"""A user's own lexicons next to the shipped ones (issue 15): the first build says so, a user's record wins
ties over the shipped one, and adding a small lexicon compiles only it, linking as one index would."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from casefiles import load

import translit
import translit.lexicon
from translit.cli import main
from translit.combined import CombinedIndex
from translit.errors import LexiconError
from translit.index import Index

LEXICONS = Path(__file__).resolve().parents[1] / "lexicons"
FIXTURE = Path(__file__).parent / "data" / "link-fixture"
SINJAR = "place:iq:sinjar-448149"


def shipped_record(entity_id: str) -> dict[str, Any]:
    """A record of the shipped lexicons, as it is there."""
    for path in sorted(LEXICONS.glob("*.jsonl")):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if f'"{entity_id}"' in line:
                    rec = json.loads(line)
                    if rec.get("id") == entity_id:
                        return rec
    raise LookupError(entity_id)


def write(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def fixture_records() -> list[dict[str, Any]]:
    lines = (FIXTURE / "fixture-lexicon.jsonl").read_text(encoding="utf-8").splitlines()
    return [rec for rec in map(json.loads, lines) if "id" in rec]


@pytest.fixture
def fixture_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """The link fixture's small word lists (TRANSLIT_LEXICONS), so a build takes a fraction of a second."""
    monkeypatch.setenv("TRANSLIT_LEXICONS", str(FIXTURE))


# -- 1. the first build says so ------------------------------------------------------------------------

class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_build_says_so_on_stderr_once(tmp_path: Path, fixture_words: None,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    lex = write(tmp_path / "mine.jsonl", fixture_records()[:3])
    translit.Lexicon([lex], defaults=False, cache=tmp_path / "cache")
    out, err = capsys.readouterr()
    assert (out, err) == ("", "translit: building the index of 1 lexicon file (mine.jsonl), once (~1 s)...\n")
    translit.Lexicon([lex], defaults=False, cache=tmp_path / "cache")
    assert capsys.readouterr() == ("", "")


def test_a_build_shows_a_progress_bar_on_a_terminal(tmp_path: Path, fixture_words: None,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    lex = write(tmp_path / "mine.jsonl", fixture_records()[:3])
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    translit.Lexicon([lex], defaults=False, cache=tmp_path / "cache")
    message, _, bar = terminal.getvalue().partition("\n")
    assert message == "translit: building the index of 1 lexicon file (mine.jsonl), once (~1 s)..."
    assert "0/3 " in bar and " records/s" in bar


# -- 4. a user's record wins ties over the shipped one -------------------------------------------------

MINE = "place:iq:my-sinjar"


@pytest.fixture(scope="module", params=["copy", "minimal"])
def own_sinjar(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> translit.Normalizer:
    """The user's own record of Sinjar (Iraq): the shipped record under another ID, or a minimal record of
    their own, without population (the shipped one is the more prominent then, and still loses the tie)."""
    own = ({**shipped_record(SINJAR), "id": MINE} if request.param == "copy" else
           {"id": MINE, "type": "place", "name": "Sinjar", "names": {"ar": ["سنجار"]}, "country": "IQ"})
    path = write(tmp_path_factory.mktemp("own") / "mine.jsonl", [own])
    return translit.Normalizer(lexicons=[path])


@pytest.mark.parametrize("text, start, end", [
    ("Fighting near Sinjar today", 14, 20),
    ("اشتباكات قرب سنجار اليوم", 13, 18),
    ("FIGHTING NEAR SINJAR TODAY", 14, 20),
])
def test_a_users_own_record_is_the_linked_answer(own_sinjar: translit.Normalizer, text: str, start: int,
                                                 end: int) -> None:
    [m] = own_sinjar(text).mentions
    assert (m.start, m.end, m.id) == (start, end, MINE)
    assert [c.id for c in m.candidates][:2] == [MINE, SINJAR]  # the shipped one is the runner-up


def test_the_shipped_record_links_without_the_users() -> None:
    [m] = translit.Normalizer()("Fighting near Sinjar today").mentions
    assert m.id == SINJAR


@pytest.mark.parametrize("name", ["Sinjar", "سنجار", "Sinjar, Iraq"])
def test_a_users_own_record_is_the_resolved_answer(own_sinjar: translit.Normalizer, name: str) -> None:
    best = own_sinjar.lexicon.resolve(name, top=1)
    assert [c.id for c in best] == [MINE] and best[0].score >= 0.5


def test_a_users_own_person_is_also_who_the_family_name_means(tmp_path: Path) -> None:
    path = write(tmp_path / "mine.jsonl", [{**shipped_record("person:bashar-al-assad"), "id": "person:my-assad"}])
    text = "قال الرئيس بشار الأسد إن الأسد"
    nlp = translit.Normalizer(lexicons=[path])
    assert [(m.start, m.end, m.id, m.method) for m in nlp(text).mentions] == [
        (11, 21, "person:my-assad", "exact"), (25, 30, "person:my-assad", "family-name")]


def test_a_users_spelling_variant_does_not_beat_a_shipped_exact_name(tmp_path: Path) -> None:
    """Sinjaar is a spelling variant of the shipped Sinjar (loose key), so the shipped exact name wins there,
    even with the same population; the user's own spelling links to the user's record."""
    path = write(tmp_path / "mine.jsonl", [{"id": "place:iq:my-sinjaar", "type": "place", "name": "Sinjaar",
                                           "country": "IQ", "population": 38294}])
    nlp = translit.Normalizer(lexicons=[path])
    assert [(m.surface, m.id) for m in nlp("Sinjar, not Sinjaar").mentions] == [
        ("Sinjar", SINJAR), ("Sinjaar", "place:iq:my-sinjaar")]
    assert [c.id for c in nlp.lexicon.resolve("Sinjar", top=1)] == [SINJAR]


# -- 5. adding a small lexicon compiles only it ---------------------------------------------------------

@pytest.fixture
def shipped_fixture(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the link fixture as the shipped lexicons (TRANSLIT_LEXICONS), with its word lists."""
    shipped = tmp_path / "shipped"
    shutil.copytree(FIXTURE, shipped)
    monkeypatch.setenv("TRANSLIT_LEXICONS", str(shipped))
    return shipped


def test_adding_a_user_lexicon_compiles_only_it(tmp_path: Path, shipped_fixture: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    builds: list[list[str]] = []
    real_build = translit.lexicon.build

    def counted(records: Any, out_dir: Path, **kw: Any) -> None:
        builds.append([Path(p).name for p in kw["sources"]])
        real_build(records, out_dir, **kw)

    monkeypatch.setattr(translit.lexicon, "build", counted)
    cache = tmp_path / "cache"
    translit.Lexicon(cache=cache)
    mine = write(tmp_path / "mine.jsonl", [{"id": "place:iq:my-sinjar", "type": "place", "name": "Sinjar"}])
    more = write(tmp_path / "more.jsonl", [{"id": "org:my-ngo", "type": "org", "name": "Euphrates Relief"}])
    lex = translit.Lexicon([mine, more], cache=cache)
    translit.Lexicon([more], cache=cache)
    assert builds == [["fixture-lexicon.jsonl"], ["mine.jsonl"], ["more.jsonl"]]
    assert isinstance(lex.index, CombinedIndex) and len(lex) == len(fixture_records()) + 2
    assert [c.id for c in lex.resolve("Euphrates Relief")] == ["org:my-ngo"]


def test_output_over_a_part_of_the_index_is_refused(tmp_path: Path, shipped_fixture: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    mine = write(tmp_path / "mine.jsonl", [{"id": "place:iq:my-sinjar", "type": "place", "name": "Sinjar"}])
    inp = tmp_path / "in.txt"
    inp.write_text("Sinjar\n", encoding="utf-8")
    lex = translit.Lexicon([mine])
    part = lex.index.parts[1].path / "keys.marisa"
    before = part.read_bytes()
    assert main(["link", "--lexicon", str(mine), str(inp), "-o", str(part)]) != 0
    assert part.read_bytes() == before and "keys.marisa" in capsys.readouterr().err


def test_an_id_of_a_shipped_record_in_a_user_lexicon_is_an_error(tmp_path: Path, shipped_fixture: Path) -> None:
    mine = write(tmp_path / "mine.jsonl", [{"id": "place:iq:my-sinjar", "type": "place", "name": "Sinjar"},
                                           fixture_records()[5]])
    with pytest.raises(LexiconError) as err:
        translit.Lexicon([mine], cache=tmp_path / "cache")
    assert str(err.value) == (f"{mine}:2: duplicate id {fixture_records()[5]['id']!r}; every entity id must be "
                              "unique across lexicons")


def test_a_kept_index_of_shipped_and_user_files_links_as_the_files_do(tmp_path: Path, shipped_fixture: Path) -> None:
    """`translit lexicon compile` writes one index of all the files: a user's entity wins the tie there too."""
    albukamal = next(rec for rec in fixture_records() if rec["id"] == "place:sy:albu-kamal-174448")
    mine = write(tmp_path / "mine.jsonl", [{**albukamal, "id": "place:sy:my-albukamal"}])
    assert main(["lexicon", "compile", str(mine), "-o", str(tmp_path / "kept")]) == 0
    text = "Clashes in Albukamal and البوكمال"
    kept = mentions(translit.Normalizer(index=tmp_path / "kept"), [text])
    assert kept == mentions(translit.Normalizer(lexicons=translit.Lexicon([mine], cache=tmp_path / "c")), [text])
    assert [m["id"] for m in kept[0]] == ["place:sy:my-albukamal"] * 2


def mentions(nlp: translit.Normalizer, texts: list[str]) -> list[list[dict[str, Any]]]:
    return [[m.to_dict() for m in nlp(text).mentions] for text in texts]


def test_a_combined_index_links_as_one_index(tmp_path: Path, fixture_words: None) -> None:
    """The fixture lexicon as three files (three parts: the words of the names in the later parts are no
    function words) and as one: the same mentions, scores and candidates for every linking case."""
    records = fixture_records()
    third = len(records) // 3
    files = [write(tmp_path / f"part{k}.jsonl", records[k * third:(k + 1) * third if k < 2 else None])
             for k in range(3)]
    one = write(tmp_path / "all.jsonl", records)
    combined = translit.Normalizer(lexicons=translit.Lexicon(files, defaults=False, cache=tmp_path / "c"))
    single = translit.Normalizer(lexicons=translit.Lexicon([one], defaults=False, cache=tmp_path / "c"))
    assert isinstance(combined.lexicon.index, CombinedIndex) and isinstance(single.lexicon.index, Index)
    texts = [param.values[0]["input"] for param in load("link.jsonl")]
    assert sum(map(len, mentions(single, texts))) > 100
    assert mentions(combined, texts) == mentions(single, texts)
    names = [m["surface"] for ms in mentions(single, texts) for m in ms]
    assert [combined.lexicon.resolve(n) for n in names] == [single.lexicon.resolve(n) for n in names]
