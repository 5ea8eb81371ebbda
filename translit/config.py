"""One frozen configuration object: which cleanup and folding steps run, with documented defaults."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

CLEANUP_STEPS: tuple[str, ...] = (
    "mojibake",            # UTF-8 read as Windows-1252 (Ø§Ù„Ø¨ÙˆÙƒÙ…Ø§Ù„ -> البوكمال), only runs that decode
    "compose",             # decomposed letters composed as NFC does (a + U+0301 -> á, ي + U+0654 -> ئ)
    "presentation_forms",  # Arabic presentation forms (ﺍﻟﺒﻮﻛﻤﺎﻝ, ﻻ) -> letters, by NFKC of those blocks only
    "controls",            # bidi controls, zero-width marks, soft hyphen; ZWNJ/ZWJ kept between letters/emoji
    "digits",              # Arabic-Indic, Persian, fullwidth and mathematical digits -> ASCII; ٫ -> '.', ٬ -> ','
    "quotes",              # curly double quotes -> '"'; apostrophe, ayn and hamza marks -> "'"
    "dashes",              # hyphen/dash/minus variants -> '-'
    "tatweel",             # ـ (kashida) removed: typographic stretching only
    "whitespace",          # runs of spaces collapsed; line breaks kept as one (or a paragraph break); ends trimmed
)

FOLD_STEPS: tuple[str, ...] = (
    "arabic_diacritics",   # harakat, shadda, sukun, superscript alef, Quranic marks
    "tatweel",
    "alef_forms",          # أ إ آ ٱ -> ا
    "hamza_carriers",      # ؤ -> و, ئ -> ي
    "alef_maqsura",        # ى -> ي
    "teh_marbuta",         # ة -> ه
    "persian_letters",     # ی ک ہ ە ۆ ێ ڕ ڵ ٹ ڭ ... -> Arabic counterparts
    "kurdish_vowels",      # word-initial ئ (a vowel seat in Kurdish) -> ا; ە inside a word (a short vowel) dropped
    "zero_width",          # ZWNJ/ZWJ dropped for matching
    "casefold",            # Latin (and other bicameral scripts) case
    "latin_diacritics",    # Būkamāl -> bukamal (unidecode of Latin letters only)
    "apostrophes",         # ' and ayn/hamza marks dropped: Qa'im -> qaim
)

GATES: tuple[str, ...] = (  # precision gates of linking, in the order they run (gates.py says what each prevents)
    "loose_needs_name_shape",
    "loose_english_word",
    "person_context",
    "organization_context",
    "sports_name_needs_sports",
    "place_in_sports_news",
    "final_vowel_swap",
    "article_dropped",
    "cross_script_word",
    "foreign_spelling_word",
    "moved_alef",
    "title_word",
    "title_and_name",
    "family_name_loose",
    "loose_outside_core",
    "unrelated_alias",
    "abbreviation_case",
    "short_clitic_stem",
    "function_word_edge",
    "foreign_minor_arabic",
    "foreign_town_frequent_word",
    "given_name_town",
    "surname_town",
    "english_word_town",
    "calendar_word",
    "other_given_name",
    "first_name",
    "common_word",
    "frequent_word",
    "foreign_city_noun",
    "other_orthography_word",
    "very_frequent_word",
    "lower_case",
    "lower_case_word",
    "possessive_not_exact",
)

Level = Literal["display", "match"]


@dataclass(frozen=True)
class Config:
    """How text is cleaned (display level) and folded for matching (match level).

    ``cleanup`` lists the display-level steps, ``fold`` the match-level ones;
    ``strip_diacritics`` also removes Arabic harakat from the display text
    (off by default: they carry meaning a reader may want); ``gates`` lists the
    precision gates linking applies (all by default; see gates.py); ``cross_script`` lets linking find
    names listed in one script only in text of the other (crosslink.py; on by default, off to measure its
    cost or to link only names written as the text writes them).
    """

    cleanup: tuple[str, ...] = CLEANUP_STEPS
    fold: tuple[str, ...] = FOLD_STEPS
    strip_diacritics: bool = False
    link: bool = True
    gates: tuple[str, ...] = GATES
    cross_script: bool = True

    def __post_init__(self) -> None:
        for name, allowed in (("cleanup", CLEANUP_STEPS), ("fold", FOLD_STEPS), ("gates", GATES)):
            unknown = [s for s in getattr(self, name) if s not in allowed]
            if unknown:
                raise ValueError(f"unknown {name} step(s) {unknown}; choose from {list(allowed)}")

    def with_options(self, **changes: object) -> Config:
        return replace(self, **changes)  # type: ignore[arg-type]


DEFAULT = Config()
