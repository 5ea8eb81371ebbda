"""Display-level cleanup of raw text in one regex pass, with an offset map back to the original.

Each step is a named character table (data); the enabled tables are merged into
one dict and one compiled pattern per configuration, so the hot path is a single
``finditer`` that only stops where something changes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from .chars import ARABIC_DIACRITICS, TATWEEL
from .config import DEFAULT, Config
from .offsets import ComposedMap, OffsetMap


def _presentation_forms() -> dict[str, str]:
    """NFKC of the Arabic presentation-form blocks only (NFKC elsewhere would rewrite too much)."""
    table = {}
    for cp in [*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFF)]:
        ch = chr(cp)
        if unicodedata.category(ch) == "Cn":
            continue
        nf = unicodedata.normalize("NFKC", ch).strip()  # isolated harakat forms carry a space
        if nf != ch:
            table[ch] = nf
    return table


_CONTROLS = {ch: "" for ch in (
    "\u200e\u200f\u061c"            # LRM, RLM, Arabic letter mark
    "\u202a\u202b\u202c\u202d\u202e"  # embeddings and overrides
    "\u2066\u2067\u2068\u2069"      # isolates
    "\u200b\u2060\ufeff\u00ad\u180e"  # zero-width space, word joiner, BOM, soft hyphen, Mongolian vowel sep.
)}
# the blocks that hold every digit that is only another shape of 0-9 (tests/test_cleanup_digits.py checks them all)
DIGIT_SHAPE_BLOCKS = ((0xFF10, 0xFF19), (0x1D7CE, 0x1D7FF), (0x1FBF0, 0x1FBF9))


def ascii_digit_variants(code_points: Iterable[int]) -> dict[str, str]:
    """Digits that are only another shape of 0-9 (NFKC says so): fullwidth ２, mathematical 𝟐 𝟚 𝟤, segmented 🯲.

    Other scripts' own digits (Devanagari, Thai …) are left alone: NFKC keeps them too.
    """
    table = {}
    for cp in code_points:
        ch = chr(cp)
        nf = unicodedata.normalize("NFKC", ch)
        if unicodedata.category(ch) == "Nd" and nf != ch and "0" <= nf <= "9":
            table[ch] = nf
    return table


_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)} | {
    "\u066b": ".", "\u066c": ",", "\u066a": "%",
} | ascii_digit_variants(cp for lo, hi in DIGIT_SHAPE_BLOCKS for cp in range(lo, hi + 1))
_QUOTES = {ch: '"' for ch in "\u201c\u201d\u201e\u201f\u2033\u02dd"} | {
    ch: "'" for ch in "\u2018\u2019\u201a\u201b\u2032\u02bc\u02b9\u02bb\u02bd\u02be\u02bf\u0060\u00b4\u02c8"
}
_DASHES = {ch: "-" for ch in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"}
_TATWEEL = {TATWEEL: ""}
_DIACRITICS = dict.fromkeys(ARABIC_DIACRITICS, "")

CHAR_STEPS: dict[str, dict[str, str]] = {
    "presentation_forms": _presentation_forms(),
    "controls": _CONTROLS,
    "digits": _DIGITS,
    "quotes": _QUOTES,
    "dashes": _DASHES,
    "tatweel": _TATWEEL,
    "diacritics": _DIACRITICS,
}

# Mojibake: UTF-8 bytes that were decoded as Windows-1252 (Ø§Ù„Ø¨ÙˆÙƒÙ…Ø§Ù„ for البوكمال) or Latin-1 (which
# reads 0x80-0x9F as the C1 controls U+0080-U+009F). A run is repaired only when its characters map back to
# bytes that are valid UTF-8 multi-byte sequences.
_CP1252_BYTE = {chr(b): b for b in range(0x80, 0xA0)} | {
    bytes([b]).decode("cp1252", errors="ignore") or chr(b): b for b in range(0x80, 0x100)}
_CONT = "".join(re.escape(c) for c, b in _CP1252_BYTE.items() if 0x80 <= b <= 0xBF)
_MOJIBAKE = re.compile(rf"(?:[\u00c2-\u00df][{_CONT}]|[\u00e0-\u00ef][{_CONT}]{{2}}|[\u00f0-\u00f4][{_CONT}]{{3}})+")

# NFD (or any decomposed) text must clean, tokenize and link like its NFC form: a character followed by marks, some
# of which compose with it (the second halves of canonical pair decompositions: U+0301, U+0654 …), is replaced by
# its NFC form when that is shorter. The run takes every combining mark, since NFC composes across marks of a
# lower class (ا + fatha + hamza above -> أ + fatha). Runs that do not get shorter stay as written: NFC's reordering
# of marks that compose with nothing is no change of ours. Hangul vowel and final jamo compose by rule, not data.
_MARK_BLOCKS = [*map(chr, range(0x3100)), *map(chr, range(0xA600, 0xAB00)), *map(chr, range(0xFB00, 0xFE30)),
                *map(chr, range(0x10000, 0x1E950))]  # where combining marks and composites are (about 5 ms)
_COMPOSING = "".join(c for c in _MARK_BLOCKS if unicodedata.combining(c)) + "".join({
    chr(int(d.split()[1], 16)) for d in map(unicodedata.decomposition, _MARK_BLOCKS)
    if d and not d.startswith("<") and len(d.split()) == 2}) + "".join(map(chr, [*range(0x1161, 0x1176),
                                                                                  *range(0x11A8, 0x11C3)]))

# ZWNJ/ZWJ are meaningful between letters (Persian word-internal breaks) and inside emoji sequences.
_JOINERS = "\u200c\u200d"
_LINE_BREAK = re.compile(r"\r\n|[\n\r\u2028\u2029\x85\v\f]")
_SPACES = re.compile(" {2,}")
_WS = ("\t\n\v\f\r \x1c\x1d\x1e\x1f\x85\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
       "\u2009\u200a\u2028\u2029\u202f\u205f\u3000")


@dataclass(frozen=True)
class Change:
    """One edit of the cleanup, for explain(): which step, where in the original, before and after."""

    step: str
    start: int
    end: int
    before: str
    after: str


def _class(chars: str) -> str:
    """A character class written as code-point ranges: scanning ~700 single characters is 3x slower."""
    points = sorted({ord(c) for c in chars})
    ranges: list[list[int]] = []
    for cp in points:
        if ranges and cp == ranges[-1][1] + 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    esc = [re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges]
    return "[" + "".join(esc) + "]"


# at most 32 marks a run: NFC sorts a run's marks by class, quadratic on a pathological run (ب + 100,000 harakat)
_DECOMPOSED = re.compile(f".{_class(_COMPOSING)}{{1,32}}", re.S)


class _Plan:
    """The compiled form of one configuration's cleanup: a replacement table and one pattern.

    Characters that are deleted (controls, tatweel, stripped harakat) are matched
    together with whitespace as "gaps", so that deleting one never leaves two
    spaces side by side or a space at an end: cleaning is idempotent.
    """

    def __init__(self, steps: tuple[str, ...]) -> None:
        table: dict[str, str] = {}
        self.step_of: dict[str, str] = {}
        for name in steps:
            for ch, rep in CHAR_STEPS.get(name, {}).items():
                if ch not in table:
                    table[ch] = rep
                    self.step_of[ch] = name
        # an output character that another step would change again is changed now (idempotence)
        self.table = {ch: "".join(table.get(c, c) for c in rep) for ch, rep in table.items()}
        self.keep_joiners = "controls" in steps
        self.whitespace = "whitespace" in steps
        gap = {ch for ch, rep in self.table.items() if rep == ""}
        if self.keep_joiners:
            gap |= set(_JOINERS)
        if self.whitespace:
            gap |= set(_WS)
        self.gap = frozenset(gap)
        replaced = [ch for ch, rep in self.table.items() if rep]
        self.mojibake = "mojibake" in steps
        self.compose = "compose" in steps
        parts = [f"(?P<moji>{_MOJIBAKE.pattern})"] if self.mojibake else []  # rare: one scan finds it
        if gap:
            g = _class("".join(gap))
            non_space = _class("".join(gap - {" "})) if gap - {" "} else None
            # stdlib re (faster than regex for this scan); greedy runs never need to backtrack here
            runs = rf"\A{g}+|{g}+\Z| (?={g}){g}*"
            if non_space:
                runs += rf"|{non_space}{g}*"
            parts.append(runs)
        if replaced:
            parts.append(_class("".join(replaced)) + "+")
        self.pattern = re.compile("|".join(parts)) if parts else None
        # clean_text's shortcut: a translation table, valid while no gap run needs its context (line breaks and
        # joiners do; so does mojibake): a cheap class finds lines that may, the exact pattern decides.
        # str.translate looks up every character (about 15M a second); most characters stay, so only runs of
        # the ones that change are translated: the same result about three times faster
        self.translate = str.maketrans({**self.table, **{c: " " if c in _WS else "" for c in gap - set(_JOINERS)}})
        changing = "".join(chr(k) for k, v in self.translate.items() if v != chr(k))
        self.changing = re.compile(_class(changing) + "+") if changing else None
        risky = _JOINERS + "\n\r\u2028\u2029\x85\v\f"
        leads = "".join(map(chr, range(0xC2, 0xF5))) if self.mojibake else ""  # Â … ô begin UTF-8 mojibake
        self.maybe_context = re.compile(_class(risky + leads))
        self.context = re.compile("|".join([_class(risky), *([_MOJIBAKE.pattern] if self.mojibake else [])]))

    def translate_run(self, match: re.Match[str]) -> str:
        return match.group().translate(self.translate)

    def gap_replacement(self, text: str, s: int, e: int) -> tuple[str, str]:
        """What a run of whitespace and deletable characters becomes, and the step that decided it."""
        run = text[s:e]
        has_space = self.whitespace and any(c in _WS for c in run)
        if self.whitespace and (s == 0 or e == len(text)):
            return "", "whitespace" if has_space else self.step_of.get(run[0], "controls")
        if has_space:
            breaks = len(_LINE_BREAK.findall(run))
            return ("\n\n" if breaks > 1 else "\n" if breaks else " "), "whitespace"
        if not self.whitespace and any(c in _WS for c in run):
            return "".join(c for c in run if c in _WS or c in _JOINERS and self.keep_joiners), "controls"
        # judge the neighbours as they come out of cleaning (ʿ becomes ', which is no letter)
        before = (self.table.get(text[s - 1], text[s - 1]) or " ")[-1] if s else " "
        after = (self.table.get(text[e], text[e]) or " ")[0] if e < len(text) else " "
        joiners = "".join(c for c in run if c in _JOINERS)
        keep = joiners and (
            (before.isalpha() and after.isalpha())
            or ("\u200d" in joiners and not before.isalnum() and not before.isspace() and not after.isspace())
        )
        kept = joiners if keep else ""
        return kept, self.step_of.get(run[0], "controls")


@lru_cache(maxsize=32)
def _plan(steps: tuple[str, ...]) -> _Plan:
    return _Plan(steps)


def _steps(config: Config) -> tuple[str, ...]:
    return config.cleanup + (("diacritics",) if config.strip_diacritics else ())


Rewrite = tuple[str, list[tuple[int, int]]]  # a run's new text and its (original length, new length) segments


def compose(text: str) -> tuple[str, OffsetMap, list[Change]]:
    """Compose decomposed letters as NFC does (a + U+0301 -> á), each run mapped to the characters it replaces."""
    return _replace_runs(text, _DECOMPOSED, "compose", _composed)


def _composed(run: str) -> Rewrite | None:
    composed = unicodedata.normalize("NFC", run)
    return (composed, [(len(run), len(composed))]) if len(composed) < len(run) else None


def _decomposed(text: str, plan: _Plan) -> bool:
    """Whether the compose step has work in text (NFC's quick check is C speed; ASCII never has)."""
    return plan.compose and not text.isascii() and not unicodedata.is_normalized("NFC", text)


def repair_mojibake(text: str) -> tuple[str, OffsetMap, list[Change]]:
    """Undo UTF-8-read-as-Windows-1252 runs; anything that does not decode stays as it was."""
    return _replace_runs(text, _MOJIBAKE, "mojibake", _unmojibaked)


def _unmojibaked(run: str) -> Rewrite | None:
    """The run's bytes decoded as UTF-8, each character mapped to the characters of its own bytes."""
    try:
        fixed = bytes(_CP1252_BYTE[c] for c in run).decode("utf-8")
    except UnicodeDecodeError:
        return None
    return fixed, [(len(ch.encode("utf-8")), 1) for ch in fixed]


def _replace_runs(text: str, pattern: re.Pattern[str], step: str,
                  fix: Callable[[str], Rewrite | None]) -> tuple[str, OffsetMap, list[Change]]:
    """Rewrite the matches of pattern that ``fix`` changes; ``fix`` gives the new text and its segments
    ((original length, new length) pairs, in order) or None to keep the run."""
    out: list[str] = []
    omap = OffsetMap(len(text))
    changes: list[Change] = []
    last = 0
    for m in pattern.finditer(text):
        fixed = fix(m.group())
        if fixed is None:
            continue
        new, segments = fixed
        s, e = m.span()
        out.append(text[last:s])
        omap.add_copy(last, s)
        out.append(new)
        at = s
        for old_length, new_length in segments:
            omap.add_replacement(at, at + old_length, new_length)
            at += old_length
        changes.append(Change(step, s, e, m.group(), new))
        last = e
    out.append(text[last:])
    omap.add_copy(last, len(text))
    return "".join(out), omap, changes


def _clean_mojibake(text: str, config: Config, explain: bool) -> tuple[str, OffsetMap, list[Change]]:
    """Repair mojibake first, then clean the repaired text; the two offset maps are composed."""
    repaired, first, fixes = repair_mojibake(text)
    if not fixes:  # looked like mojibake but does not decode: it is real text
        return clean(text, config.with_options(cleanup=tuple(c for c in config.cleanup if c != "mojibake")),
                     explain=explain)
    # again on the repaired text: doubly encoded runs come out right, and cleaning stays idempotent
    return _clean_again(text, repaired, first, fixes, config, explain)


def _clean_again(text: str, fixed: str, first: OffsetMap, fixes: list[Change], config: Config,
                 explain: bool) -> tuple[str, OffsetMap, list[Change]]:
    """Clean ``fixed`` (text after a first pass that mapped it with ``first``); the maps and edits composed."""
    cleaned, second, later = clean(fixed, config, explain=explain)
    moved = [Change(c.step, *first.span(c.start, c.end), text[slice(*first.span(c.start, c.end))], c.after)
             for c in later]
    return cleaned, ComposedMap(first, second), (fixes + moved if explain else [])


def clean_text(text: str, config: Config = DEFAULT) -> str:
    """``clean(text, config)[0]`` without the offset map: the changing runs translated, for most lines.

    >>> print(clean_text("\u200fﺍﻟﺒﻮﻛﻤﺎﻝ  ٣٫٥"))
    البوكمال 3.5
    """
    plan = _plan(_steps(config))
    maybe = plan.maybe_context.search(text)
    if not plan.whitespace or (maybe and plan.context.search(text)) or _decomposed(text, plan):
        return clean(text, config)[0]
    out = plan.changing.sub(plan.translate_run, text) if plan.changing else text
    if maybe and plan.mojibake and _MOJIBAKE.search(out) or _decomposed(out, plan):
        return clean(text, config)[0]  # a deletion joined a mojibake run (Ø + tatweel + §) or a letter and its mark
    if "  " in out:
        out = _SPACES.sub(" ", out)
    return out.strip(" ")


def clean(text: str, config: Config = DEFAULT, *, explain: bool = False) -> tuple[str, OffsetMap, list[Change]]:
    """Clean text for display; return it with the map back to ``text`` and, if asked, the edits made.

    >>> print(clean("\u200fﺍﻟﺒﻮﻛﻤﺎﻝ  ٣٫٥")[0])
    البوكمال 3.5
    """
    plan = _plan(_steps(config))
    changes: list[Change] = []
    if _decomposed(text, plan):
        composed, first, fixes = compose(text)
        if fixes:
            return _clean_again(text, composed, first, fixes, config, explain)
    if plan.pattern is None:
        return text, OffsetMap.identity(len(text)), changes
    out: list[str] = []
    omap = OffsetMap(len(text))
    last = 0
    gap, table = plan.gap, plan.table
    for m in plan.pattern.finditer(text):
        if m.lastgroup == "moji":
            return _clean_mojibake(text, config, explain)
        s, e = m.span()
        if text[s] in gap:
            rep, step = plan.gap_replacement(text, s, e)
            if rep == text[s:e]:
                continue
            omap.add_copy(last, s)
            out.append(text[last:s])
            out.append(rep)
            omap.add_replacement(s, e, len(rep))
            if explain:
                changes.append(Change(step, s, e, text[s:e], rep))
        else:
            omap.add_copy(last, s)
            out.append(text[last:s])
            for i in range(s, e):  # one segment per character keeps offsets exact inside the run
                rep = table[text[i]]
                out.append(rep)
                if len(rep) == 1:
                    omap.add_copy(i, i + 1)
                else:
                    omap.add_replacement(i, i + 1, len(rep))
                if explain:
                    changes.append(Change(plan.step_of[text[i]], i, i + 1, text[i], rep))
        last = e
    if not out:
        return text, OffsetMap.identity(len(text)), changes
    out.append(text[last:])
    omap.add_copy(last, len(text))
    cleaned = "".join(out)
    if plan.mojibake and _MOJIBAKE.search(cleaned):
        # a deleted mark split a mojibake run (Ø + tatweel + §): repair what the deletion joined
        again, second, later = _clean_mojibake(cleaned, config, explain)
        moved = [Change(c.step, *omap.span(c.start, c.end), text[slice(*omap.span(c.start, c.end))], c.after)
                 for c in later]
        return again, ComposedMap(omap, second), changes + moved
    if _decomposed(cleaned, plan):
        # a deleted character stood between a letter and its mark (k + tatweel + U+0301): compose what it joined
        composed, second, fixes = compose(cleaned)
        moved = [Change(c.step, *omap.span(c.start, c.end), text[slice(*omap.span(c.start, c.end))], c.after)
                 for c in fixes]
        return composed, ComposedMap(omap, second), changes + moved
    return cleaned, omap, changes
