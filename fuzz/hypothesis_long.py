"""A longer run of the property tests (tests/test_properties.py): N examples each, no deadline, counted.

The suite runs 200 examples a property; this runs the same strategies and checks N times (default 10,000):
    python fuzz/hypothesis_long.py 10000
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, given, settings

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
import test_properties as tp  # noqa: E402

PROPERTIES = [
    ("normalize idempotent", tp.test_normalize_is_idempotent, tp.mixed_text),
    ("token offsets index the original", tp.test_token_offsets_index_the_original, tp.adversarial_text),
    ("spans valid, ordered, disjoint", tp.test_token_and_mention_spans_are_valid_ordered_and_disjoint,
     tp.adversarial_text),
    ("NFD links like NFC", tp.test_nfd_input_links_like_nfc, tp.adversarial_text),
    ("offset map in bounds", tp.test_clean_offset_map_is_in_bounds_and_monotonic, tp.adversarial_text),
]


def counted(check: Callable[[str], None], count: list[int]) -> Callable[[str], None]:
    def run(s: str) -> None:
        count[0] += 1
        check(s)
    return run


def main(examples: int) -> None:
    total = 0
    for name, test, strategy in PROPERTIES:
        count = [0]
        start = time.monotonic()
        run = counted(test.hypothesis.inner_test, count)  # type: ignore[attr-defined]
        given(strategy)(settings(max_examples=examples, deadline=None, database=None,
                                 suppress_health_check=list(HealthCheck))(run))()
        total += count[0]
        print(f"{name}: {count[0]} examples, {time.monotonic() - start:.0f} s, no failure", flush=True)
    print(f"total: {total} examples")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
