"""Different words and numbers must stay different: cleanup may unify how a thing is written, never what it says."""

from __future__ import annotations

import pytest

import translit

# Pairs that differ in meaning: distinct after normalize() and after match-level folding too.
NEVER_MERGE = [
    pytest.param("على", "علا", id="ala-on-vs-ala-rose"),          # 'on' vs 'rose'; ى folds to ي, never to ا
    pytest.param("قتل", "قاتل", id="qatala-vs-qatil"),            # 'killed' vs 'killer'
    pytest.param("1000", "100", id="1000-vs-100"),
    pytest.param("١٠٠٠", "١٠٠", id="arabic-indic-1000-vs-100"),
    pytest.param("٣٫٥", "٣٥", id="3.5-vs-35"),                    # the Arabic decimal separator is not dropped
    pytest.param("١٬٠٠٠", "١٠٠٠", id="thousands-separator-kept"),
    pytest.param("٥٠٪", "٥٠", id="percent-kept"),
]

# Spelling variants that folding merges for matching, but that the display text must keep apart.
DISPLAY_ONLY = [
    pytest.param("على", "علي", id="alef-maqsura-vs-yeh"),         # 'on' vs the name Ali
    pytest.param("مدينة", "مدينه", id="teh-marbuta-vs-heh"),
    pytest.param("مُحَمَّد", "محمد", id="diacritics-kept"),
    pytest.param("ایران", "ايران", id="persian-yeh-kept"),
    pytest.param("أحمد", "احمد", id="hamza-kept"),
    pytest.param("Albukamal", "albukamal", id="case-kept"),
    pytest.param("Al-Qa’im", "Al-Qaim", id="apostrophe-kept"),
]


@pytest.mark.parametrize(("a", "b"), NEVER_MERGE + DISPLAY_ONLY)
def test_normalize_keeps_them_distinct(a: str, b: str) -> None:
    assert translit.normalize(a) != translit.normalize(b)


@pytest.mark.parametrize(("a", "b"), NEVER_MERGE)
def test_folding_keeps_them_distinct(a: str, b: str) -> None:
    na, nb = translit.normalize(a), translit.normalize(b)
    assert translit.fold(na) != translit.fold(nb)


@pytest.mark.parametrize(("a", "b"), DISPLAY_ONLY)
def test_folding_merges_spelling_variants(a: str, b: str) -> None:
    """The other side of the contract: these are one word at match level."""
    assert translit.fold(translit.normalize(a)) == translit.fold(translit.normalize(b))


@pytest.mark.parametrize(("text", "expected"), [
    ("٣٫٥", "3.5"),
    ("٣٥", "35"),
    ("١٠٠٠", "1000"),
    ("١٠٠", "100"),
    ("١٬٠٠٠", "1,000"),
    ("۳٫۵", "3.5"),
])
def test_arabic_numbers_keep_their_value(text: str, expected: str) -> None:
    assert translit.normalize(text) == expected


def test_distinct_words_in_one_sentence_stay_distinct_tokens() -> None:
    """In context, too: the token norms of على and علا, قتل and قاتل differ."""
    doc = translit.Normalizer(link=False)("قتل القاتل على الحدود وعلا الدخان ٣٫٥ كم")
    norms = [t.norm for t in doc.tokens]
    assert norms == ["قتل", "القاتل", "علي", "الحدود", "وعلا", "الدخان", "3.5", "كم"]
