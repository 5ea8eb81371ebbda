"""Title Case: in a headline capitals are no evidence of a name; a sentence full of names is no headline.

Only words of the common-word list (Paris, Hit, Reading, From, To) need that evidence, so each
case has one. Every mention is checked as (start, end, surface, id) against the original string.
"""

from __future__ import annotations

import pytest

import translit


@pytest.fixture(scope="module")
def nlp() -> translit.Normalizer:
    return translit.Normalizer()


def mentions(nlp: translit.Normalizer, text: str) -> list[tuple[int, int, str, str]]:
    found = []
    for m in nlp(text).mentions:
        assert text[m.start:m.end] == m.surface
        found.append((m.start, m.end, m.surface, m.id))
    return found


@pytest.mark.parametrize("text, expected", [
    # 3 of 4 long words are capitalized, but U.S., Russia and Geneva are names, not Title Case
    ("U.S. envoy met Russia in Geneva and Paris.",
     [(0, 4, "U.S.", "country:us"), (15, 21, "Russia", "country:ru"), (25, 31, "Geneva", "place:ch:geneva-2660646"),
      (36, 41, "Paris", "place:fr:paris-2988507")]),
    ("Clashes in Ramadi, Fallujah, Haditha and Hit.",  # the first word of a sentence is capitalized anyway
     [(11, 17, "Ramadi", "place:iq:ramadi-98717"), (19, 27, "Fallujah", "place:iq:al-fallujah-99454"),
      (29, 36, "Haditha", "place:iq:hadithah-96309"), (41, 44, "Hit", "place:iq:hit-95788")]),
    ("Delegations from Jordan, Egypt and Saudi Arabia met in Amman and Paris.",  # Jordan is also a common word
     [(17, 23, "Jordan", "country:jo"), (25, 30, "Egypt", "country:eg"), (35, 47, "Saudi Arabia", "country:sa"),
      (55, 60, "Amman", "place:jo:amman-250441"), (65, 70, "Paris", "place:fr:paris-2988507")]),
    ("Russia's envoy met Turkey's and Iran's in Astana, then in Paris.",  # possessives of names are names
     [(0, 6, "Russia", "country:ru"), (19, 25, "Turkey", "country:tr"), (32, 36, "Iran", "country:ir"),
      (42, 48, "Astana", "place:kz:astana-1526273"), (58, 63, "Paris", "place:fr:paris-2988507")]),
])
def test_a_sentence_full_of_names_is_no_headline(nlp: translit.Normalizer, text: str,
                                                 expected: list[tuple[int, int, str, str]]) -> None:
    assert mentions(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Rebels Seize Town Near Aleppo As Talks Stall", [(23, 29, "Aleppo", "place:sy:aleppo-170063")]),
    ("Rebels Seize Town near Aleppo as Talks Stall", [(23, 29, "Aleppo", "place:sy:aleppo-170063")]),
    ("Iraqi Forces Retake Hit From Islamic State", [(29, 42, "Islamic State", "org:islamic-state")]),  # no Frome
    ("Ministers Meet In Reading To Discuss Budget", []),
    ("UN Envoy Warns Of Famine In Yemen",  # known names leave 3 words: enough; UN is in capitals anyway
     [(0, 2, "UN", "org:united-nations"), (28, 33, "Yemen", "country:ye")]),
])
def test_a_headline_in_title_case_keeps_capitals_from_being_evidence(
        nlp: translit.Normalizer, text: str, expected: list[tuple[int, int, str, str]]) -> None:
    assert mentions(nlp, text) == expected


def test_a_headline_above_its_story_is_judged_apart_from_it(nlp: translit.Normalizer) -> None:
    text = "Iraqi Forces Retake Hit From Islamic State\nIraqi troops entered Hit on Thursday after weeks of fighting."
    assert mentions(nlp, text) == [(29, 42, "Islamic State", "org:islamic-state"),  # no Hit, no From: a headline
                                   (64, 67, "Hit", "place:iq:hit-95788")]  # capitalized in a story: a name


def test_a_sentence_closed_by_a_full_stop_is_no_headline(nlp: translit.Normalizer) -> None:
    # every long word is capitalized (names, titles, a nationality, a weekday), yet this is a sentence
    text = "German Chancellor Angela Merkel met French President Francois Hollande in Paris on Monday."
    assert mentions(nlp, text) == [(18, 31, "Angela Merkel", "person:angela-merkel"),
                                   (53, 70, "Francois Hollande", "person:francois-hollande"),
                                   (74, 79, "Paris", "place:fr:paris-2988507")]
    # unless a small word only headlines capitalize is in it: "At" keeps it a headline, so Hit needs more evidence
    assert mentions(nlp, "Syrian And Iraqi Troops Met At Border Near Hit.") == []
