"""The 'news' romanization of prose (issue 15 item 7): usual name spellings, function words in lower case,
-a/-iya endings, and the names the lexicon knows in its spelling."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import translit
from translit import romanize
from translit.cli import main
from translit.errors import TranslitError
from translit.transliterate import transliterate


@pytest.mark.parametrize(("arabic", "latin"), [
    ("محمد بن عبد الله", "Muhammad bin Abdullah"),  # was 'Mahmad Ban Abd al-Lah'
    ("حسن نصر الله", "Hassan Nasrallah"),  # X الله is one word
    ("عبد العزيز", "Abdul Aziz"),  # عبد + ال… is Abdul …
    ("من في على إلى", "min fi ala ila"),  # function words in lower case (was 'Man Fi Ala Ila')
    ("الحكومة السورية", "al-Hakuma al-Suriya"),  # ة is -a, ية is -iya
    ("البوكمال", "al-Bukamal"),
    ("وعبدالله", "wa-Abdullah"),  # a conjunction glued to a known name
])
def test_news_without_a_lexicon(arabic: str, latin: str) -> None:
    assert transliterate(arabic, "news") == latin


@pytest.mark.parametrize(("arabic", "latin"), [
    ("إدلب", "Idlib"),  # was 'Idalb'
    ("دير الزور", "Deir ez-Zor"),  # was 'Dir al-Zur'
    ("المملكة العربية السعودية", "Saudi Arabia"),  # was 'al-Mamlaka al-Arbi al-Sa'udi'
    ("قصفت الطائرات والرقة", "Qasft al-Ta'irat wa-Ar Raqqah"),  # the conjunction outside the name
    ("مدينة #البوكمال", "Madina #Albu Kamal"),  # the lexicon name in plain ASCII (Ālbū Kamāl)
])
def test_news_writes_names_the_lexicon_knows_in_its_spelling(arabic: str, latin: str) -> None:
    assert transliterate(arabic, "news", normalizer=translit.Normalizer()) == latin


def test_an_organisation_is_romanized_not_translated() -> None:
    assert transliterate("الجيش السوري", "news", normalizer=translit.Normalizer()) == "al-Jish al-Suri"


def test_cli_transliterate_uses_the_lexicons_unless_told_not_to(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    inp = tmp_path / "in.txt"
    inp.write_text("محمد في إدلب\n", encoding="utf-8")
    assert main(["transliterate", str(inp)]) == 0
    assert capsys.readouterr().out == "Muhammad fi Idlib\n"
    assert main(["transliterate", "--no-default-lexicons", str(inp)]) == 0
    assert capsys.readouterr().out == "Muhammad fi Edelp\n"  # a guess: the lexicon spelling needs the lexicon


def test_spellings_file_with_a_wrong_header_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "news-spellings.json"
    bad.write_text(json.dumps({"format": "translit-news-spellings", "version": 9}), encoding="utf-8")
    monkeypatch.setattr(romanize, "SPELLINGS_PATH", bad)
    romanize.spellings.cache_clear()
    try:
        with pytest.raises(TranslitError, match="expected format 'translit-news-spellings' version 1; reinstall"):
            romanize.romanize_word("محمد")
    finally:
        romanize.spellings.cache_clear()
