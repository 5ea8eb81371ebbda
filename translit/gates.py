"""Precision gates: named checks that drop a candidate entity for a span of text, each for one kind of error.

A gate is a function ``(site, hit) -> bool`` that returns True when the
candidate must not link. ``site`` is what the linker knows of the span (its
key, script, case, evidence around it), ``hit`` one index entry for it (the
entity's profile, the key kind and flags). Gates are independent: a candidate
links when no enabled gate drops it, and ``explain`` names the first gate that
did. Which gates run is ``Config.gates`` (all by default, in this order).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import NamedTuple

from rapidfuzz import fuzz

from .config import GATES as GATE_NAMES
from .keys import latin_key
from .profiles import NEWS_REGION, Profile
from .variants import CASE, CROSS, FOLDED, FOREIGN, LOOSE, OTHER_ORTHOGRAPHY, PRIMARY, SPORTS

# the frequent_word gate, fitted on ANERcorp dev (Zipf scale: 3 = once in a million words). A one-word Arabic
# name as frequent as FREQUENT_WORD_ZIPF names no place of 10,000 people without evidence, and each tenfold
# population allows FREQUENT_WORD_SLOPE more; and the word must be an ordinary word: common with the article
# added or removed (a noun: حارس / الحارس), and, for a city of FAME_MIN_POPULATION, more common by FAME_MARGIN
# than its Latin name is written (so that القدس and الرقة, as often written in English, stay names)
FREQUENT_WORD_ZIPF = 1.5
FREQUENT_WORD_SLOPE = 1.5
FAME_MARGIN = 2.0
FAME_MIN_POPULATION = 300_000
NOUN_FORM_ZIPF = 2.5
ARTICLE_DROPPED_ZIPF = 3.0  # a place's name without its article this frequent is the word (article_dropped)
ORDINARY_NOUN_ZIPF = 4.0  # both forms this frequent: an ordinary noun, whatever the fame (_ordinary_noun)
VERY_FREQUENT_WORD_ZIPF = 4.0  # the ~11,000 most frequent Arabic words (ينقل, حكما, سيما): no village's name
SMALL_PLACE_POPULATION = 100_000
CROSS_SCRIPT_MAX_ZIPF = 2.5  # a word more frequent than this links by no cross-script key on its own
FOREIGN_SPELLING_MAX_ZIPF = 3.0  # nor by a foreign-spelling key, unless the name is famous (foreign_spelling_word)
FOREIGN_FAME_POPULATION = 1_000_000
MIN_BARE_STEM = 4  # letters of a stem without article after a clitic (ومأرب, وجرابلس) that may name a small place
# Arabic function words of one or two letters, folded: أن, إن, من, في, عن, و, هي, هو, لا, ما, قد, لم, لن, او
EDGE_FUNCTION_WORDS = frozenset("ان من في عن و هي هو لا ما قد لم لن او".split())
# and كان, كانت 'was', the commonest verbs, which follow a subject: no place name of several words ends with them
LAST_FUNCTION_WORDS = EDGE_FUNCTION_WORDS | {"كان", "كانت"}
# the countries whose cities Arabic news names as its own region's (foreign_city_noun): مشهد is Mashhad there
MIDDLE_EAST = NEWS_REGION | {"IR", "TR"}
# English month and weekday names (the same as CLDR's for en: Babel's get_month_names, get_day_names)
CALENDAR_WORDS = frozenset("january february march april may june july august september october november december "
                           "monday tuesday wednesday thursday friday saturday sunday".split())
UNRELATED_ALIAS_SIMILARITY = 40  # rapidfuzz ratio (percent) of the Latin keys; Ypres and Ieper: 40


class Site(NamedTuple):
    """A span of text as the gates see it."""

    key: str               # the folded key that matched (words joined by spaces)
    arabic: bool
    hashtag: bool          # inside a hashtag: a tag is evidence of a name
    capitalized: bool      # Latin, every word capitalized (particles such as al-, of, bin aside)
    upper: bool            # written in capitals (an abbreviation: IS, SAA)
    evidence: bool         # a designator before it (محافظة, مدينة), a hashtag, or Latin capitals that say "name"
    sports: bool           # a club goes by this name in sports news, and sports words are near: the club is meant
    person_context: bool   # after a title or "bin": a person's name (President Putin, عبد الله بن زايد)
    org_context: bool      # after a word that names an organization (صحيفة, نادي, فريق): the name is one
    media_context: bool    # after a word that names a news outlet (قناة, صحيفة, مراسل)
    clitic: int            # characters of an Arabic proclitic peeled off its first word (0: none)
    one_word: bool
    common: bool           # the key is a common word (lexicons/common-words.txt)
    zipf: float            # a one-word key's frequency as an ordinary word (Zipf scale; 0: not among the words)
    other_form_zipf: float  # the same for the key with the article added or removed (حارس / الحارس)
    possessive: bool       # a Latin word's 's was read as part of the name (Assad's as "assads")
    final_vowel_variants: frozenset[int]  # entities listing the word with its last letter ه / ا swapped
    article_forms: frozenset[int]  # entities listing the one Arabic word with the article ال before it
    is_exact: Callable[[int], bool]  # whether the surface is written exactly as one of entity n's names
    family_name: bool          # one word, the family name of a person in the lexicon (Assad, الأسد)
    title: bool                # one word, a title (Sultan, President, السلطان: linker.TITLES)
    english_word: bool         # one Latin word in lower case that English writes so (bath, bush: lower_case_word)
    english_capitalized: bool  # one capitalized Latin word that English writes in lower case (Union, Police, Liberal)
    given_name: bool           # one Latin word, a common given name (Elizabeth, Tyler, Hassan: given_name_town)
    surname: bool              # one Latin word, a common English family name (Kennedy: surname_town)
    place_before: bool         # Latin, a place expected: after in, at, from … (linker.PLACE_BEFORE), in a dateline
    after_given_name: bool     # one Latin word right after a capitalized common given name (Kevin Putin)
    first_name: bool           # one Latin common given name right before a family name (Victoria Beckham)
    titled: bool               # two words or more, the first a title (الشيخ زايد, King Abdullah: linker.TITLES)
    alef_moved: Callable[[int], bool]  # whether entity n's names that share the key's foreign key put alefs elsewhere


class Hit(NamedTuple):
    """One index entry for the span's key."""

    n: int
    tag: str     # variants.FOLDED, variants.LOOSE or variants.CROSS
    flags: int   # variants.CASE, variants.PRIMARY
    profile: Profile


Gate = Callable[[Site, Hit], bool]
GATES: dict[str, Gate] = {}


def _gate(fn: Gate) -> Gate:
    GATES[fn.__name__] = fn
    return fn


def _case_only(hit: Hit) -> bool:
    return bool(hit.flags & CASE)


@_gate
def loose_needs_name_shape(site: Site, hit: Hit) -> bool:
    """Loose spelling keys only for text that looks like a name (Arabic, a hashtag, capitalized Latin):
    lower-case English words are too many to take spelling variants ('dear' is no Dayr)."""
    return hit.tag == LOOSE and not (site.arabic or site.hashtag or site.capitalized)


@_gate
def loose_english_word(site: Site, hit: Hit) -> bool:
    """A capitalized word that English writes in lower case (lexicons/english-words.txt) is that word, not a
    spelling of a name: it matches by no loose key (the Revolution is no Al Tabqa, the Game no Hama, the Church
    no Shurash, Make no Makkah, Attack no Ataq). Of the 10,000 commonest English words capitalized mid-sentence
    (scripts/common_word_precision.py --capitalized), 526 -> 462 linked, each of the 64 a wrong link (Sudden ->
    Sudan, Shine -> China and Crime -> Crimea among them); ANETAC English place names found unchanged (590 of
    2,000); the seed article and the first 6 MB of the link benchmark corpus unchanged."""
    return hit.tag == LOOSE and site.english_capitalized


@_gate
def person_context(site: Site, hit: Hit) -> bool:
    """A word after a title or 'son of' is a person's name, never a place: President + two ANETAC person
    names linked a place 227 -> 0 times in 2,000 (English), 69 -> 17 (Arabic)."""
    return site.person_context and hit.profile.kind == "place"


@_gate
def organization_context(site: Site, hit: Hit) -> bool:
    """After صحيفة 'newspaper', نادي 'club', فريق 'team', وكالة 'agency' … a place name names an organization
    (صحيفة القدس, نادي برشلونة): no place link. ANERcorp dev: LOC P .863 -> .870, R .872 -> .871. (Not
    منتخب 'national team': the gold tags the country after it LOC in most sentences.)"""
    return site.org_context and hit.profile.kind in ("place", "country")


@_gate
def sports_name_needs_sports(site: Site, hit: Hit) -> bool:
    """A name a club goes by only in sports news (برشلونة for FC Barcelona, العربي 'Arab' for Al-Arabi SC) links
    the club only with sports words near it (مباراة, الدوري, فاز …): elsewhere it is the city or the word."""
    return bool(hit.flags & SPORTS) and not site.sports


@_gate
def place_in_sports_news(site: Site, hit: Hit) -> bool:
    """Beside sports words, a place name a club goes by names the club (metonymy): فاز برشلونة, مانشستر في
    الدوري are teams, not cities. ANERcorp dev, with sports_name_needs_sports and 85 clubs' sports names:
    LOC P .870 -> .880, ORG R .474 -> .530."""
    return site.sports and hit.profile.kind in ("place", "country")


@_gate
def final_vowel_swap(site: Site, hit: Hit) -> bool:
    """A word that differs from a name only by a final ه/ا swap, which loose keys merge, is no spelling of
    it: تركية "Turkish" is no تركيا, إثيوبية no إثيوبيا, حديثا "recently" no حديثة. ANERcorp dev: F1 +.005."""
    return hit.tag == LOOSE and not site.evidence and hit.n in site.final_vowel_variants


@_gate
def article_dropped(site: Site, hit: Hit) -> bool:
    """One Arabic word that a place's name writes with its article (الأقصر, الزرقاء, البصرة) is, written
    without it and as frequent as an ordinary word (ARTICLE_DROPPED_ZIPF), the word: أقصر 'shorter', زرقاء
    'blue', بصره 'his sight', رياض 'gardens', منامة 'lodging'. Arabic writes these places with the article,
    after a clitic too (بالرياض). Places only: countries (فيتنام, بيرو) and organizations (أرسنال, Arsenal: 11
    right links) are written both ways. ANERcorp dev: LOC P .926 -> .927, R .885 (5 wrong links gone, جبيل of بلاد
    جبيل lost); Arabic common words 230 -> 228."""
    return (site.arabic and not site.evidence and hit.n in site.article_forms and site.zipf >= ARTICLE_DROPPED_ZIPF
            and hit.profile.kind == "place")


@_gate
def cross_script_word(site: Site, hit: Hit) -> bool:
    """A single word found by a cross-script key must be no ordinary word: common words of one script
    resemble some name of the other too often (a Latin watchlist name is no reason to link سلام)."""
    return hit.tag == CROSS and site.one_word and (site.common or site.zipf >= CROSS_SCRIPT_MAX_ZIPF)


@_gate
def foreign_spelling_word(site: Site, hit: Hit) -> bool:
    """A word found by a foreign-spelling key (keys.foreign_key: a foreign name with or without an inner alef,
    g as ج or غ) must be no ordinary word: the key merges too many (مشاهد 'scenes' and Mashhad). ANERcorp dev,
    with the keys: LOC P .886 -> .885, R .870 -> .876 (نيو أورليانز, تركمنستان, كراكاس); without this gate
    P .880. A country's or a city of FOREIGN_FAME_POPULATION's usual spelling is frequent as its name
    (تايلند 3.6, شنغهاي 3.7): it links unless its article form is common too, as a noun's is. ANERcorp dev:
    7 more right links, 1 wrong (بومبي as Pompey); with cities of 300,000 also 5 wrong (جوابا 'in reply' = Juba)."""
    if hit.tag != FOREIGN:
        return False
    famous = hit.profile.kind == "country" or (hit.profile.population or 0) >= FOREIGN_FAME_POPULATION
    return site.common or (site.zipf >= FOREIGN_SPELLING_MAX_ZIPF
                           and not (famous and site.other_form_zipf < NOUN_FORM_ZIPF))


@_gate
def moved_alef(site: Site, hit: Hit) -> bool:
    """A foreign spelling (keys.foreign_key, which drops inner alefs) whose alef stands elsewhere in the name is
    another name: برايس (Price) is no باريس (Paris). Spellings that only leave a long vowel out keep linking
    (تايلند, تايلاند; كراكاس, كاراكاس). ANERcorp dev: 1 wrong link gone (ليبان as Laibin), no right one lost."""
    return hit.tag == FOREIGN and site.alef_moved(hit.n)


@_gate
def title_word(site: Site, hit: Hit) -> bool:
    """A title alone (Sultan, Emir, السلطان, الأمير: linker.TITLES) names a person, never a place: "The Sultan
    arrived" is no Sultan (Libya). ANERcorp dev, ANETAC and the common-word counts unchanged (titles there
    stand before names, which person_context already handles)."""
    return site.title and hit.profile.kind == "place"


@_gate
def title_and_name(site: Site, hit: Hit) -> bool:
    """A title and a name (الشيخ زايد, King Abdullah) name the person, not the town named after them (Sheikh Zayed
    City in Egypt, King Abdullah Economic City), unless a designator (مدينة الشيخ زايد) or, in Latin text, a word
    that puts a place there (in Prince George) stands before them. ANERcorp dev, ANETAC and the common-word
    counts unchanged."""
    return site.titled and hit.profile.kind == "place" and not (site.evidence if site.arabic else site.place_before)


@_gate
def family_name_loose(site: Site, hit: Hit) -> bool:
    """A word that is the family name of a person in the lexicon names no place by a loose spelling: Assad (of
    Bashar al-Assad) is no As Sadd (Qatar), in Assad's forces or #AssadMustGo. ANETAC names in English
    sentences: person names linked as places 107 -> 106 of 2,000, location names linked 591 -> 590; ANERcorp
    dev unchanged."""
    return site.family_name and hit.tag == LOOSE and hit.profile.kind == "place"


@_gate
def loose_outside_core(site: Site, hit: Hit) -> bool:
    """Loose spellings are for Arab-world and curated names, and for villages only of long keys: Abdullah is
    no Abdulino, Putin no Putian, Hossain no Al Husayn (ANETAC PERSON links in English 131 -> 118 of 2,000)."""
    p = hit.profile
    return hit.tag == LOOSE and (p.foreign_minor or not site.arabic and len(site.key) < p.loose_latin_chars)


@_gate
def unrelated_alias(site: Site, hit: Hit) -> bool:
    """GeoNames' other Latin names of a small foreign town that look nothing like its display name, or have
    under 4 letters, are no spelling of it: Elliot (Khowa), Dam (Dome). Capitalized common words linking
    836 -> 787 of 10,000."""
    display = hit.profile.minor_display
    return (not site.arabic and hit.tag == FOLDED and not hit.flags & PRIMARY and display is not None
            and (len(site.key) < 4 or fuzz.ratio(latin_key(site.key), display) < UNRELATED_ALIAS_SIMILARITY))


@_gate
def abbreviation_case(site: Site, hit: Hit) -> bool:
    """An abbreviation links only when written in capitals: IS, SAA, not the words 'is', 'saa'."""
    return _case_only(hit) and not site.upper


@_gate
def short_clitic_stem(site: Site, hit: Hit) -> bool:
    """A short bare stem left after peeling a clitic must be a prominent name: وحدة is no و + Hidda."""
    return (not _case_only(hit) and bool(site.clitic) and not hit.profile.prominent and site.one_word
            and len(site.key) < MIN_BARE_STEM and site.key[:2] != "ال")


@_gate
def function_word_edge(site: Site, hit: Hit) -> bool:
    """An Arabic place name of several words neither starts nor ends with a short function word: قبل أن 'before'
    is no Qabalan, هي في 'she is in' no Hefei, تيو من 'Theo from' no Tyumen (loose and foreign-spelling keys
    join words). ANERcorp dev: 8 wrong place links, no right one (organizations keep سي ان ان, CNN). Nor does one
    end with كان 'was' (LAST_FUNCTION_WORDS): دو كان is no Dukan, بر كان no Berkane (بركان), ارز كان no Erzincan;
    Arabic common words linked 228 -> 225, ANERcorp dev unchanged (كان ثو, Can Tho, starts with it)."""
    if not site.arabic or site.one_word or hit.profile.kind not in ("place", "country"):
        return False
    words = site.key.split()
    return words[0] in EDGE_FUNCTION_WORDS or words[-1] in LAST_FUNCTION_WORDS


@_gate
def foreign_minor_arabic(site: Site, hit: Hit) -> bool:
    """One Arabic word naming a small town outside the Arab world needs evidence: the Arabic names of such
    towns collide with ordinary words (المالي 'financial' = Elmalı)."""
    return (not _case_only(hit) and site.arabic and not site.evidence and site.one_word
            and hit.profile.foreign_minor)


@_gate
def foreign_town_frequent_word(site: Site, hit: Hit) -> bool:
    """One of the ~11,000 most frequent Arabic words (VERY_FREQUENT_WORD_ZIPF) names no town outside the Arab
    world without evidence, however big, unless it is a capital or known worldwide (profiles._foreign_town):
    بورصة 'stock exchange' is no Bursa, تاني 'second' no Thane, أبا 'father' no Aba, كانو (كانوا misspelled) no
    Kano; مانشستر, سيدني, طوكيو stay. ANERcorp dev: LOC P .922 -> .925, R .885 (12 wrong links gone, among
    them the clubs Lyon and AC Milan, Arabic's ميلانو being the city; Manhattan lost)."""
    return (_plain_arabic_word_for_a_place(site, hit) and hit.profile.foreign_town
            and site.zipf >= VERY_FREQUENT_WORD_ZIPF)


@_gate
def given_name_town(site: Site, hit: Hit) -> bool:
    """One Latin word that is a common given name (lexicons/given-names.txt: English, and Arabic as Latin spells it:
    Hassan, Ali, Salem) names no town outside the Arab world that is neither a capital nor known worldwide
    (_town_named_like_a_word) unless a word before it puts a place there (in, at, from, near …): "Elizabeth said",
    "Tyler and Nancy" are people, not Elizabeth (New Jersey), Tyler (Texas) and Nancy; "in Tyler" still links, and so do
    Sydney and Florence. Of the 10,000 commonest English words, 810 -> 742 linked when capitalized, 189 -> 174 in lower
    case; ANETAC English person names linked as places 106 -> 103, place names found unchanged (docs/quality.md). With
    the Arabic given names (stop 27): "Governor Hassan Abdalla" is no Hassan (India), "Ali" no Ali (India)."""
    return not site.arabic and site.given_name and _town_named_like_a_word(site, hit)


@_gate
def surname_town(site: Site, hit: Hit) -> bool:
    """One Latin word that is a common English family name (lexicons/family-names.txt), in either case, names no town
    outside the Arab world that is neither a capital, known worldwide (_town_named_like_a_word) nor a city of a million
    unless a word before it puts a place there: "Kennedy said", "Wilson and Davis" are people, not Kennedy (Colombia),
    Wilson (North Carolina) and Davis (California); "in Henderson" still links, and so does Houston. Of the 10,000
    commonest English words capitalized mid-sentence (scripts/common_word_precision.py --capitalized), 461 -> 414
    linked; ANETAC English person names linked as places 100 -> 96 (pairs of them, 3,000 lines: 159 -> 156), place names
    found unchanged; the seed and 6 MB of the link benchmark corpus link the same. Lost without a place word before
    them: York, Richmond, Montgomery, Durham (cities under a million named like a family). A city of a million is
    spared: Houston is the city (for given names and English words, such cities matched by an alias, Pet for Perth, Dual
    for Douala). In lower case too: of the 10,000 commonest English words in lower case, 174 -> 167 linked (kennedy,
    henderson, richardson; and the cities hamilton, richmond, montgomery, durham)."""
    return site.surname and _town_named_like_a_word(site, hit) and (
        hit.profile.population or 0) < FOREIGN_FAME_POPULATION


@_gate
def english_word_town(site: Site, hit: Hit) -> bool:
    """One capitalized Latin word that English writes in lower case (lexicons/english-words.txt) names no town
    outside the Arab world that is neither a capital nor known worldwide unless a word before it puts a place
    there: the Union Cabinet, the Liberal Party, the Police Chief, the Golden Globe are no Union (New Jersey),
    Liberal (Kansas), Police (Poland), Golden (Colorado); "in Reading" still links, and so does Nice (known
    worldwide: profiles._named_worldwide). Of the 10,000 commonest English words capitalized mid-sentence
    (scripts/common_word_precision.py --capitalized), 742 -> 526 linked, lower case unchanged (174); ANETAC
    English person names linked as places 103 -> 101, place names found unchanged (590 of 2,000); the first 6 MB
    of the link benchmark corpus: 28 links fewer (Police, To, University), none new. Lost: towns named with a
    word and no place word before them (Reading, Bath, Derby, Split, Buffalo). Divisions without an Arabic name
    too (_town_named_like_a_word): 414 -> 401 capitalized common words linked (Delta, Rivers, Bar, Store, Saga;
    with given names Mary, Charlotte, Nelson), "the Mekong Delta" is no Delta State; ANETAC English place names
    found 590 -> 589 (Maradi, Niger, among the romanized Arabic given names); Wales (ويلز) stays."""
    return site.english_capitalized and _town_named_like_a_word(site, hit)


def _town_named_like_a_word(site: Site, hit: Hit) -> bool:
    """What given_name_town, surname_town and english_word_town drop when their kind of word is the span: a town
    outside the Arab world that is neither a capital nor known worldwide (profiles._foreign_town), or a
    first-level division there that no Arabic name is given for (Delta and Rivers in Nigeria, Bar in Montenegro;
    not Wales), where nothing says a place comes (in, at, from …, a news dateline: "READING, England (Reuters)
    -")."""
    p = hit.profile
    return not site.place_before and (p.foreign_town or p.division and p.country not in NEWS_REGION
                                      and not p.arabic_named)


@_gate
def calendar_word(site: Site, hit: Hit) -> bool:
    """A month or weekday name (CALENDAR_WORDS) names no place, whatever precedes it: "in March" is the month,
    not March (Cambridgeshire), which english_word_town lets link after "in"; nor is "in May" May (India). The
    shipped lexicons have March only; a GeoNames gazetteer of the towns of 500 people has May and August too."""
    return not site.arabic and site.one_word and site.key in CALENDAR_WORDS and hit.profile.kind == "place"


@_gate
def other_given_name(site: Site, hit: Hit) -> bool:
    """A one-word name right after a common given name that none of the entity's names has is a family name:
    another person of that family (Sarah Netanyahu is no Benjamin Netanyahu, Kevin Putin no Vladimir Putin),
    and no place (Jordan Henderson is no Henderson, Nevada; Madison Keys no Kais). Countries aside. A full
    name the lexicon lists (Laura Bush) matches as the longer span; 30 full names of leaders and public
    figures link as before, and ANERcorp dev and ANETAC do not change."""
    return site.after_given_name and hit.profile.kind != "country"


@_gate
def first_name(site: Site, hit: Hit) -> bool:
    """A common given name right before a family name is a person's first name, no place or country: Victoria
    Beckham is no Victoria (Australia), Jordan Henderson no Jordan. A place noun after it keeps the place
    (Jordan Valley, Victoria Falls: linker.PLACE_NOUNS), and a possessive names the country (Jordan's King)."""
    return site.first_name and hit.profile.kind in ("place", "country")


@_gate
def common_word(site: Site, hit: Hit) -> bool:
    """A common word (كان, Hit, Of) links only with evidence, or as a capitalized country (Turkey, Jordan,
    at a sentence start too), or as an organization after a word that names a news outlet (فضائية الجزيرة,
    مراسل الجزيرة; not فريق الجزيرة, a club the lexicon may not have). ANERcorp dev ORG R .596 -> .599 (5 right
    links, 1 wrong; after فريق and نادي too, 7 more, each the club Al Jazira linked as the channel)."""
    return (not _case_only(hit) and site.common and not site.evidence
            and not (site.capitalized and hit.profile.kind == "country")
            and not (site.media_context and hit.profile.kind == "org")
            and not _known_place_after_place_word(site, hit))


def _known_place_after_place_word(site: Site, hit: Hit) -> bool:
    """A country, a capital, a first-level division or a city of a million after a word that puts a place there
    needs no capital letter: "rally in london today", "made in china", "fires in california", "talks in
    washington" (the capital, not the state) in lower-case posts. Only that big:
    "in reading", "in nice", "in mobile" are no Reading, Nice or Mobile, Alabama (towns of 190,000-340,000). The
    link benchmark's first 6,000 lines: one mention more (Paris after "in" in a sentence read as a Title Case
    headline); common words unchanged (their frame puts no such word before them)."""
    p = hit.profile
    return site.place_before and (p.kind == "country" or p.kind == "place" and (
        p.division or p.capital or (p.population or 0) >= FOREIGN_FAME_POPULATION))


@_gate
def frequent_word(site: Site, hit: Hit) -> bool:
    """One Arabic word far more common as an ordinary word than the place it would name is as a name needs
    evidence (a designator before it, a hashtag): جنيه 'pound' is no village Jinniyah, المائة 'per cent'
    no Al Mayah, حارس 'guard' (الحارس 'the guard') no Haris; بغداد names a city of 7 million, and مأرب,
    سراقب, القدس, الرقة are no ordinary nouns or are often written in English. Places of known population
    only; countries exempt. ANERcorp dev (real Arabic newswire): LOC overlap P .772 -> .837, R .855 -> .853,
    F1 .812 -> .845. Without the noun and fame conditions it reached F1 .858, but dropped الرقة and القدس."""
    p = hit.profile
    if not _plain_arabic_word_for_a_place(site, hit):
        return False
    return (site.zipf >= FREQUENT_WORD_ZIPF + FREQUENT_WORD_SLOPE * (math.log10((p.population or 0) + 1) - 4)
            and site.other_form_zipf >= NOUN_FORM_ZIPF and not _famous_in_english(site, p))


@_gate
def foreign_city_noun(site: Site, hit: Hit) -> bool:
    """One Arabic word that is an ordinary noun (frequent with and without the article: _ordinary_noun) names
    no city outside the Middle East without evidence, however big: ميدان 'square' is no Medan, هوية 'identity'
    no Huế (Zipf 4.5-4.6 with and without ال). A faraway city's Arabic name is a transliteration, and one that is
    also a noun Arabic uses with its article is the noun; frequent_word lets cities of millions through, for the
    region's cities whose names are words too (الرياض 'gardens', مشهد 'scene' for Mashhad: 9 right links on
    ANERcorp dev, 2 wrong). Famous cities keep their names: نيويورك, روما, ميلان are no nouns (their article
    forms are under 4). ANERcorp dev: 7 wrong links gone, none right; Arabic common words linked 236 -> 234."""
    p = hit.profile
    return (_plain_arabic_word_for_a_place(site, hit) and p.country not in MIDDLE_EAST
            and site.zipf >= ORDINARY_NOUN_ZIPF and _ordinary_noun(site))


@_gate
def other_orthography_word(site: Site, hit: Hit) -> bool:
    """A name the lexicon gives only in the orthography of another language of the Arabic script (Persian,
    Urdu, Kurdish: chars.arabic_orthography) links no word that is common or frequent in Arabic once folded:
    Persian امسک (Omsk) is no أمسك 'held', وین (Vienna) no وين 'where', Urdu آگرہ (Agra) no أكره 'I hate'.
    Folded, such names are often the Arabic spelling too (کوبی, Kobe: كوبي, Zipf 3.7), so rarer words still
    link. ANERcorp dev LOC P .917 -> .921, R .885 -> .883 (15 wrong links gone, and 6 of Kowloon as Köln, right
    by overlap only); Arabic common words linked 245 -> 236 of 10,000; resolve (evaluate.py) unchanged. Without
    these names at all: 12 right links lost (كوبي, كانتون) and resolve of cities' main Arabic names .961 -> .820."""
    return bool(hit.flags & OTHER_ORTHOGRAPHY) and (site.common or site.zipf >= VERY_FREQUENT_WORD_ZIPF)


@_gate
def very_frequent_word(site: Site, hit: Hit) -> bool:
    """One Arabic word among the most frequent of the language names no place under SMALL_PLACE_POPULATION
    without evidence, noun or not: the verb ينقل 'moves' is no Yanqul, the adverb حكما no Hakama, سيما (in
    لا سيما 'especially') no Sima (frequent_word spares them, as words with no article form). ANERcorp dev,
    LOC overlap: P .907 -> .911, R .881 (16 wrong links gone, 1 right: عرفات as a Mauritanian town); at
    Zipf 3.8 also الناصرة as a Syrian village."""
    return (_plain_arabic_word_for_a_place(site, hit) and (hit.profile.population or 0) < SMALL_PLACE_POPULATION
            and site.zipf >= VERY_FREQUENT_WORD_ZIPF)


def _plain_arabic_word_for_a_place(site: Site, hit: Hit) -> bool:
    """What the word-frequency gates weigh: one Arabic word, no evidence around it, naming a place (not a
    country) of known population."""
    return (not _case_only(hit) and site.arabic and not site.evidence and site.one_word
            and hit.profile.kind != "country" and hit.profile.population is not None)


def _famous_in_english(site: Site, p: Profile) -> bool:
    """Whether a city's Latin name is written often enough in English (FAME_MARGIN) to be a name where its Arabic
    name is an ordinary word too: القدس, الرقة. Only for cities of FAME_MIN_POPULATION: a smaller Arab place's
    Latin name is mostly its Arabic word transliterated (Zawiya, Waqf, Khums, Said), as frequent in English as
    the word is used. ANERcorp dev, LOC overlap: P .885 -> .906, R .876 -> .875 (fame at any size; 100,000:
    P .898; 600,000: P .909, R .870)."""
    return ((p.population or 0) >= FAME_MIN_POPULATION and site.zipf - p.name_zipf < FAME_MARGIN
            and not _ordinary_noun(site))


def _ordinary_noun(site: Site) -> bool:
    """A word frequent with the article and without it (ORDINARY_NOUN_ZIPF) is an ordinary noun, however often
    the city is written in English: العمارة/عمارة 'building' is no Al Amarah, الرشيد/رشيد no Rosetta. ANERcorp
    dev: 11 wrong links gone, none right (القدس's قدس is 3.57, الرقة's رقة 3.43; at 3.5 القدس was lost)."""
    return site.other_form_zipf >= ORDINARY_NOUN_ZIPF


@_gate
def lower_case(site: Site, hit: Hit) -> bool:
    """Lower-case Latin links only display names of countries, organizations, regions and cities of 100,000
    (profiles.prominent), or a name written exactly as listed: 'beirut' links, 'bush' does not; and a first-level
    division or a capital after in, at, from … (_known_place_after_place_word): "fires in california"."""
    if _case_only(hit) or site.arabic or site.hashtag or site.capitalized or site.upper:
        return False
    p = hit.profile
    return not (p.kind in ("country", "org") or site.is_exact(hit.n) or bool(hit.flags & PRIMARY) and p.prominent
                or _known_place_after_place_word(site, hit))


@_gate
def lower_case_word(site: Site, hit: Hit) -> bool:
    """A word English writes in lower case (lexicons/english-words.txt) names no place, organization or person
    when written so: bath is no Bath, bush no Bush (Egypt), hub no Hub (Pakistan), delta, paradise, springs,
    tours no towns, homer no Homer; a country still may (as other lower case countries do), and so does a name a
    lexicon lists in lower case.
    lower_case lets the display names of cities of 100,000 link in lower case (social media writes 'beirut'),
    and many such cities are named with an ordinary word. Of wordfreq's 10,000 most frequent English words, 216
    linked, 189 with this gate (scripts/common_word_precision.py); the cost is lower-case names of cities that are
    also words (shanghai, oxford, phoenix: the dictionary lists a common sense of them)."""
    return site.english_word and hit.profile.kind != "country" and not site.is_exact(hit.n)


@_gate
def possessive_not_exact(site: Site, hit: Hit) -> bool:
    """A word with 's matches its whole folded form only when a name is written so: Assad's is no Assads
    (Morocco), St John's is St John's."""
    return site.possessive and not (hit.tag == FOLDED and site.is_exact(hit.n))


assert tuple(GATES) == GATE_NAMES, "config.GATES must list gates.py's gates in order"


def first_drop(site: Site, hit: Hit, enabled: tuple[Gate, ...]) -> Gate | None:
    """The first enabled gate that drops the candidate, or None when it may link."""
    for gate in enabled:
        if gate(site, hit):
            return gate
    return None


def enabled(names: tuple[str, ...]) -> tuple[Gate, ...]:
    return tuple(gate for name, gate in GATES.items() if name in names)
