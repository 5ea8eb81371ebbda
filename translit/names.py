"""Words of a name as the matcher sees them: cleaned, tokenized, folded — the same path text takes."""

from __future__ import annotations

from .cleanup import clean
from .fold import fold
from .tokenize import tokenize

WORD_KINDS = frozenset({"word", "number"})


def name_words(name: str) -> list[str]:
    """Folded words of a name: punctuation (hyphens, apostrophes) separates or vanishes; U.S. stays one word.

    >>> name_words("Al-Qa’im"), name_words("U.S.")
    (['al', 'qaim'], ['u.s.'])
    """
    text = clean(name)[0]
    words: list[str] = []
    for tok in tokenize(text):
        if tok.kind in WORD_KINDS:
            words.append(fold(tok.text))
        elif tok.kind == "hashtag":
            words.extend(fold(w) for w in tok.text[1:].replace("_", " ").split())
    return [w for w in words if w]


def folded_key(name: str) -> str:
    return " ".join(name_words(name))
