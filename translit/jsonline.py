"""One JSON line read so that what passes through comes out unchanged, or a reason why it cannot.

``json.loads`` accepts what translit could not write back: NaN and Infinity (not JSON), 1e999 (read as
infinity), numbers with more digits than a float keeps, integers of more than 4,300 digits (a ValueError
of its own), arrays nested past the recursion limit (RecursionError) and lone surrogates such as
``"\\ud800"`` (no character: UTF-8 cannot encode them). ``loads`` turns each into a JSONLineError whose
text says what to fix, so the CLI reports the line instead of a traceback or a changed value.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

_INF = float("inf")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


class JSONLineError(ValueError):
    """A line that is not JSON translit can pass through unchanged; the text says what to fix."""


def loads(raw: str) -> Any:
    """Parse one JSON value; raise JSONLineError for anything that would not be written back as read.

    >>> loads('{"n": 1.50, "m": [1, 2]}')
    {'n': 1.5, 'm': [1, 2]}
    >>> loads('[1e999]')  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    translit.jsonline.JSONLineError: the number 1e999 does not fit a double (it would be written back as inf)...
    """
    try:
        value = json.loads(raw, parse_float=_float, parse_constant=_constant)
    except json.JSONDecodeError as exc:
        raise JSONLineError(f"not valid JSON: {exc.msg} at column {exc.colno}") from None
    except RecursionError:
        raise JSONLineError("nested too deeply to read (arrays or objects inside each other by the "
                            "thousand); flatten the value") from None
    except JSONLineError:
        raise
    except ValueError:  # an integer past Python's 4,300-digit limit for int <-> str
        raise JSONLineError("an integer of more than 4,300 digits is too long to read; quote it as a "
                            "string") from None
    if _SURROGATE_ESCAPE.search(raw):
        try:
            json.dumps(value, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError as exc:
            raise JSONLineError(f"a \\u escape of a lone surrogate (U+{ord(exc.object[exc.start]):04X}) is no "
                                "character and cannot be written as UTF-8; fix the escape (a pair such as "
                                "\\ud83d\\ude00 is fine)") from None
    return value


def _float(text: str) -> float:
    value = float(text)
    if Decimal(repr(value)) != Decimal(text):
        kind = "does not fit a double" if value in (_INF, -_INF, 0.0) else "has more digits than a double keeps"
        raise JSONLineError(f"the number {text} {kind} (it would be written back as {value!r}); quote it as a "
                            "string to keep it exactly")
    return value


def _constant(name: str) -> float:
    raise JSONLineError(f"{name} is not JSON (no JSON number is NaN or infinite); write null or a string")
