"""The one scoring of candidates, shared by ``link`` (spans in text) and ``resolve`` (a whole name).

A candidate's score is the strength of its match route, times a prominence
prior (profiles.prior), plus context bonuses; every constant is here, once.
"""

from __future__ import annotations

from .profiles import Profile

# what a match by each route is worth before priors
# "family-name": a person's family name alone, after the full name earlier in the text or after a title
METHOD_SCORE = {"exact": 1.0, "folded": 0.99, "variant": 0.9, "family-name": 0.85, "cross-script": 0.8, "fuzzy": 0.75}
PRIMARY_BONUS = 0.02  # the name is the entity's own display name, not one of its alternate (often historical) names
PRIOR_WEIGHT = 0.15  # how much prominence counts against the match method when one name fits several places
NEXT_COUNTRY_BONUS = 0.03   # "Tripoli, Lebanon", "Tripoli (Lebanon)", resolve "Mascara, Algeria"
TEXT_COUNTRY_BONUS = 0.005  # a country named anywhere in the text: a tie-breaker only


def strength(method: str, primary: bool = False) -> float:
    """How much a match by this route says, before priors; a display name weighs a little more."""
    return METHOD_SCORE[method] + (PRIMARY_BONUS if primary else 0.0)


def score(method_strength: float, profile: Profile) -> float:
    """The raw score of a candidate: match strength weighed by the entity's prominence."""
    return method_strength * (1 - PRIOR_WEIGHT + PRIOR_WEIGHT * profile.prior)


def country_bonus(profile: Profile, next_country: str | None, text_countries: set[str | None]) -> float:
    """Context: a country named right after the name tips it that way; one named elsewhere only breaks ties
    (the U.S. in a story does not make Paris Texan). Entities without a country get none."""
    if profile.country and profile.country == next_country:
        return NEXT_COUNTRY_BONUS
    return TEXT_COUNTRY_BONUS if profile.country and profile.country in text_countries else 0.0
