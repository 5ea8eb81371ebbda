"""The one scoring of candidates, shared by ``link`` (spans in text) and ``resolve`` (a whole name).

A candidate's score is the strength of its match route, times a prominence
prior (profiles.prior), plus context bonuses; every constant is here, once.
An entity of a user's own lexicon then goes ahead of the shipped ones it
matches as well (user_first).
"""

from __future__ import annotations

from collections.abc import Callable

from .profiles import Profile

# what a match by each route is worth before priors
# "family-name": a person's family name alone, after the full name earlier in the text or after a title
METHOD_SCORE = {"exact": 1.0, "folded": 0.99, "variant": 0.9, "family-name": 0.85, "cross-script": 0.8, "fuzzy": 0.75}
PRIMARY_BONUS = 0.02  # the name is the entity's own display name, not one of its alternate (often historical) names
PRIOR_WEIGHT = 0.15  # how much prominence counts against the match method when one name fits several places
NEXT_COUNTRY_BONUS = 0.03   # "Tripoli, Lebanon", "Tripoli (Lebanon)", resolve "Mascara, Algeria"
TEXT_COUNTRY_BONUS = 0.005  # a country named anywhere in the text: a tie-breaker only
# how far a user's entity is put ahead of the shipped ones it matches as well: within confidence.CLOSE, so
# resolve still reports the shipped one as the runner-up, and its softmax gives the user's entity ~7 parts in 8
USER_LEAD = 0.02


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


def user_first(scored: list[tuple[int, float, str]], profile: Callable[[int], Profile]) -> list[tuple[int, float, str]]:
    """(entity number, score, method) with each entity of a user's lexicon scored USER_LEAD above every shipped
    candidate whose match route (METHOD_SCORE) is no better than its own, whatever their prominence: a user's
    own record for a place wins over the shipped one, while a shipped exact name still beats a user's spelling
    variant. Unchanged when all candidates are shipped, or all are the user's."""
    if len(scored) < 2:
        return scored
    users = [profile(n).user for n, _, _ in scored]
    if all(users) or not any(users):
        return scored
    shipped = [(METHOD_SCORE[method], score) for (_, score, method), user in zip(scored, users, strict=True)
               if not user]
    lifted = []
    for (n, score, method), user in zip(scored, users, strict=True):
        if user:
            tied = [s for route, s in shipped if route <= METHOD_SCORE[method]]
            score = max([score, *(s + USER_LEAD for s in tied)])
        lifted.append((n, score, method))
    return lifted
