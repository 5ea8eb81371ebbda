"""Invariants over generated mixed-script text: idempotence, offsets into the original, never raising."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import translit
from translit.cleanup import clean, clean_text
from translit.config import DEFAULT

# No deadlines (the first call compiles or opens the lexicon index); 200 examples keep the suite fast.
settings.register_profile("translit-ci", deadline=None, max_examples=200,
                          suppress_health_check=[HealthCheck.too_slow])
CI = settings.get_profile("translit-ci")

NLP = translit.Normalizer()  # default shipped lexicons, opened on first use
TOKENS_ONLY = translit.Normalizer(link=False)

ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي" + "ءآأؤإئىة"
HARAKAT = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"
TATWEEL = "\u0640"
LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ" + "āūīḤṣʿʾ’'-"
PERSIAN = "یکگپچژۀە"
DIGITS = "0123456789" + "٠١٢٣٤٥٦٧٨٩" + "۰۱۲۳۴۵۶۷۸۹" + "٫٬٪.,:"
CONTROLS = ("\u200e\u200f\u061c"  # LRM RLM ALM
            "\u202a\u202b\u202c\u202d\u202e"  # embeddings, overrides
            "\u2066\u2067\u2068\u2069"  # isolates
            "\u200b\u200c\u200d\u2060\ufeff\u00ad")  # ZWSP ZWNJ ZWJ WJ BOM soft hyphen
PRESENTATION = "ﺍﻟﺒﻮﻛﻤﺎﻝﻻﻷﷲﷺﹰﹱ"
EMOJI = ["👍", "👍🏽", "🇸🇾", "🇮🇶", "👨\u200d👩\u200d👧", "✌🏿", "❤\ufe0f", "1\ufe0f\u20e3"]
SPACES = [" ", "  ", "\n", "\n\n\n", "\t", "\r\n", "\r", "\u00a0", "\u2028", "\u2029"]
FRAGMENTS = [
    "https://ar.rt.com/jhel", "العراقhttps://ar.rt.com/jhel", "www.sana.sy", "#البوكمال", "#دير_الزور", "#دير_الزورعلى",
    "#DeirEzzor", "#Deir_Ezzor", "@AlMasdarNews", "info@almasdarnews.com", "Albukamal", "al-Bukamal", "Al-Qa’im",
    "Hashd Al-Sha’abi", "Deir Ezzor", "دير الزور", "البوكمال", "ﺍﻟﺒﻮﻛﻤﺎﻝ", "08.11.2017", "10:15", "٣٫٥", "۱۲۳",
    "Abu Kamal", "أبو كمال", "سوريا", "Syria", "Iraq", "(", ")", ".", ",", ":", "–", "“", "”",
]

chars = st.sampled_from(ARABIC_LETTERS + HARAKAT + TATWEEL + LATIN + PERSIAN + DIGITS + CONTROLS + PRESENTATION
                        + "_#@/")
pieces = st.one_of(
    st.text(chars, min_size=1, max_size=6),
    st.sampled_from(FRAGMENTS),
    st.sampled_from(EMOJI),
    st.sampled_from(SPACES),
    st.sampled_from(CONTROLS),
)
mixed_text = st.lists(pieces, max_size=25).map("".join)
any_text = st.one_of(mixed_text, st.text(max_size=60))


@CI
@given(mixed_text)
def test_normalize_is_idempotent(s: str) -> None:
    once = translit.normalize(s)
    assert translit.normalize(once) == once


# regression: joiners were kept or dropped by the neighbour before it was rewritten (ʿ is a letter, ' is not)
@pytest.mark.parametrize("s", ["a\u200cʿ", "ʾ\u200cب", "A\u200cﹰ", "x\u200dʾ"],
                         ids=["zwnj-before-ayn", "hamza-mark-before-zwnj", "zwnj-before-isolated-fathatan",
                              "zwj-before-hamza-mark"])
def test_normalize_is_idempotent_joiner_next_to_rewritten_letter(s: str) -> None:
    once = translit.normalize(s)
    assert translit.normalize(once) == once


MOJIBAKE = ["البوكمال".encode().decode("cp1252"), "مدينة".encode().decode("latin-1"), "café", "Ø", "Ù", "§", "\u0640"]


@CI
@given(st.lists(st.one_of(pieces, st.sampled_from(MOJIBAKE)), max_size=25).map("".join), st.booleans())
def test_clean_text_shortcut_equals_clean(s: str, strip: bool) -> None:
    config = DEFAULT.with_options(strip_diacritics=strip)
    assert clean_text(s, config) == clean(s, config)[0]


@CI
@given(mixed_text)
def test_normalize_with_strip_diacritics_is_idempotent(s: str) -> None:
    once = translit.normalize(s, strip_diacritics=True)
    assert translit.normalize(once, strip_diacritics=True) == once


@CI
@given(any_text)
def test_token_offsets_index_the_original(s: str) -> None:
    doc = TOKENS_ONLY(s)
    for t in doc.tokens:
        assert 0 <= t.start <= t.end <= len(s)
        assert s[t.start:t.end] == t.text
        for start, end, _ in t.parts:
            assert t.start <= start <= end <= t.end
    starts = [t.start for t in doc.tokens]
    assert starts == sorted(starts)


@CI
@given(any_text)
def test_linking_never_raises_and_mentions_index_the_original(s: str) -> None:
    doc = NLP(s)
    assert doc.original == s
    for m in doc.mentions:
        assert 0 <= m.start < m.end <= len(s)
        assert s[m.start:m.end] == m.surface


@CI
@given(any_text)
def test_clean_offset_map_is_in_bounds_and_monotonic(s: str) -> None:
    cleaned, omap, _ = translit.clean(s, DEFAULT)
    assert omap.length == len(cleaned)
    previous = (0, 0)
    for i in range(len(cleaned)):
        start, end = omap.span(i, i + 1)
        assert 0 <= start <= end <= len(s), (i, start, end)
        assert start >= previous[0] and end >= previous[1], (i, previous, (start, end))
        previous = (start, end)


@CI
@given(mixed_text)
def test_clean_copied_characters_map_to_themselves(s: str) -> None:
    """A cleaned character whose original span is one identical character really came from there."""
    cleaned, omap, changes = translit.clean(s, DEFAULT, explain=True)
    edited: set[int] = set()
    for c in changes:
        edited.update(range(c.start, c.end))
    for i, ch in enumerate(cleaned):
        start, end = omap.span(i, i + 1)
        if end - start == 1 and start not in edited:
            assert s[start] == ch, (i, ch, start, s[start])


# --- issue 16: spans valid, ordered and disjoint on any input; NFD links like NFC ----------------------------

DECOMPOSED = [unicodedata.normalize("NFD", f) for f in ("Ḥamāh", "Bārbara", "أَبو كمال", "آمرلي", "ئامریتسار", "Qāʾim")]
adversarial_text = st.one_of(
    st.lists(st.one_of(pieces, st.sampled_from(MOJIBAKE), st.sampled_from(DECOMPOSED)), max_size=25).map("".join),
    st.text(max_size=60))


@CI
@given(adversarial_text)
def test_token_and_mention_spans_are_valid_ordered_and_disjoint(s: str) -> None:
    """Mentions are disjoint; tokens too, except where cleanup expanded one character into several words: ﷺ is
    four words, each spanning it (the first may also take an @ before it, the last a mark after it)."""
    doc = NLP(s)
    for spans, shared in (([(t.start, t.end, t.text) for t in doc.tokens], True),
                          ([(m.start, m.end, m.surface) for m in doc.mentions], False)):
        previous = (0, 0)
        for start, end, text in spans:
            assert 0 <= start < end <= len(s) and s[start:end] == text, spans
            assert previous[1] <= start or (shared and start >= previous[0] and end >= previous[1]), spans
            previous = (start, end)


@CI
@given(adversarial_text)
def test_nfd_input_links_like_nfc(s: str) -> None:
    nfc = unicodedata.normalize("NFC", s)
    a, b = NLP(nfc), NLP(unicodedata.normalize("NFD", nfc))
    assert b.text == a.text
    assert [(m.id, m.method) for m in b.mentions] == [(m.id, m.method) for m in a.mentions]


RUN_WORDS = ["Deir", "Ezzor", "St", "Louis", "Mr", "البوكمال", "دير", "الزور", "وبالبوكمال", "Assad's", "U.S.", "al",
             "WASHINGTON", "(Reuters)", "#DeirEzzor", "#دير_الزور", "3", "5km", "é", "(", ")", "'"]
RUN_GAPS = [" ", " ", " ", "  ", ". ", ", ", "، ", "؟ ", "! ", ": ", "-", " - ", " – ", "\n", "\t", "\u00a0", "."]
# words between separators: runs of plain words, with or without a closing mark, are most of the text
runs = st.lists(st.tuples(st.sampled_from(RUN_WORDS), st.sampled_from(RUN_GAPS)), max_size=15).map(
    lambda pairs: "".join(w + g for w, g in pairs))


@CI
@given(st.one_of(runs, any_text))
def test_units_of_runs_equal_units_of_tokens(s: str) -> None:
    """build_units takes a run of plain words at once: the same units as the rule applied token by token."""
    from translit.units import build_units, units_of_tokens

    assert build_units(s) == units_of_tokens(s)
