"""Entity profiles survive the index's binary columns exactly (profiles.save / ProfileTable)."""

from __future__ import annotations

from pathlib import Path

import translit
from translit.lexicon import WORD_FREQUENCIES_FILE, read_records, read_word_frequencies, word_files
from translit.profiles import ProfileTable, profile, save

USER = Path(__file__).parent / "data" / "user-lexicon.jsonl"


def test_profiles_round_trip_through_the_binary_columns(tmp_path: Path) -> None:
    records = [rec for _, rec in read_records(USER)]
    records.append({"id": "place:xx:no-country", "type": "place", "name": "Nowhere"})  # no country, no population
    profiles = [profile(rec, {"nowhere": 1.5}, user=k % 2 == 1) for k, rec in enumerate(records)]
    save(profiles, tmp_path / "profiles.bin")
    table = ProfileTable(tmp_path / "profiles.bin")
    assert [table[n] for n in range(len(profiles))] == profiles
    assert table[len(profiles) - 1].country is None and table[len(profiles) - 1].population is None


def test_an_opened_index_gives_each_record_its_profile() -> None:
    lex = translit.load_lexicon([USER], defaults=False)
    [frequencies] = [p for p in word_files() if p.name == WORD_FREQUENCIES_FILE]
    zipf = dict(read_word_frequencies(frequencies))
    assert [lex.index.profile(n) for n in range(len(lex))] == [profile(lex.record(n), zipf, user=True)
                                                               for n in range(len(lex))]  # not a shipped file
    assert any(lex.index.profile(n).name_zipf > 0 for n in range(len(lex)))  # Raqqa, Cannes are written in English
