"""The two guards every flow uses on what comes back from a person's client."""

from __future__ import annotations

import pytest

from dialogs.ids import MAX_KEY, parse_key
from dialogs.text import clean_text


@pytest.mark.parametrize("good", ["1", "42", str(MAX_KEY)])
def test_keys_that_fit_the_database_are_read(good: str) -> None:
    assert parse_key(good) == int(good)


@pytest.mark.parametrize(
    "bad",
    ["", None, "0", "-1", "+1", " 1", "1.0", "9" * 24, str(MAX_KEY + 1), "٣", "²", "0x1"],
)
def test_anything_else_is_not_a_key(bad: str | None) -> None:
    assert parse_key(bad) is None


def test_bidi_overrides_and_controls_are_dropped() -> None:
    hostile = "\u202eevil\u202c name\x00\x07 \u2066x\u2069"
    assert clean_text(hostile) == "evil name x"


def test_persian_joiners_newlines_and_letters_stay() -> None:
    text = "  می\u200cخواهم\nкирилица\tEnglish  "
    assert clean_text(text) == "می\u200cخواهم\nкирилица\tEnglish"


def test_unusual_spaces_become_plain_spaces() -> None:
    assert clean_text("a\u00a0b\u2007c") == "a b c"
