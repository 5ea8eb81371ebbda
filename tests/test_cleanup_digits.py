"""Digits in other shapes (fullwidth, mathematical) come out as ASCII at display level, offsets intact (issue 15)."""

from __future__ import annotations

import sys

import translit
from translit.cleanup import DIGIT_SHAPE_BLOCKS, ascii_digit_variants


def test_the_digit_blocks_hold_every_shape_of_ascii_digits() -> None:
    everywhere = ascii_digit_variants(cp for cp in range(sys.maxunicode + 1) if not 0xD800 <= cp <= 0xDFFF)
    in_blocks = ascii_digit_variants(cp for lo, hi in DIGIT_SHAPE_BLOCKS for cp in range(lo, hi + 1))
    assert in_blocks == everywhere
    assert len(everywhere) == 70  # 10 fullwidth, 50 mathematical, 10 segmented


def test_mention_after_mathematical_digits_indexes_the_original() -> None:
    text = "𝟐𝟎𝟏𝟕-１１-０８: Clashes near Albukamal"
    doc = translit.Normalizer()(text)
    assert doc.text == "2017-11-08: Clashes near Albukamal"
    assert [(m.start, m.end, m.surface, m.id) for m in doc.mentions] == [
        (25, 34, "Albukamal", "place:sy:albu-kamal-174448")]
    assert [(t.kind, t.start, t.end, t.text) for t in doc.tokens][:3] == [
        ("number", 0, 4, "𝟐𝟎𝟏𝟕"), ("punct", 4, 5, "-"), ("number", 5, 7, "１１")]
