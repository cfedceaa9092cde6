"""Free text that people write (answers, stories, reasons, names), cleaned in one place; and
`shorten`, the start of a long text for a place with little room (a button).

Control characters and bidirectional overrides (U+202A…U+202E, U+2066…U+2069) could reorder
what a moderator, an analyst or the public channel reads, so they are dropped; newlines and
tabs stay. Letters of every script, and the marks Arabic and Farsi need (ZWNJ U+200C, ZWJ
U+200D), are kept.
"""

from __future__ import annotations

import unicodedata

_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")
_JOINERS = frozenset("\u200c\u200d")


def _kept(ch: str) -> bool:
    if ch in "\n\t" or ch in _JOINERS:
        return True
    if ch in _BIDI_CONTROLS:
        return False
    return ch.isprintable() and unicodedata.category(ch) != "Cf"


def clean_text(text: str) -> str:
    """Trim and drop control and formatting characters other than newlines, tabs and the
    joiners Persian and Arabic need (no-break and other spaces become plain spaces); a length
    check belongs after this."""
    spaced = "".join(" " if unicodedata.category(ch) == "Zs" else ch for ch in text)
    return "".join(ch for ch in spaced if _kept(ch)).strip()


BUTTON_TEXT = 40  # characters of a text shown on a button; Telegram cuts longer labels itself


def shorten(text: str, most: int = BUTTON_TEXT) -> str:
    """`text` on one line; when longer than `most` characters, its start cut at a word
    boundary and ended with "…" (at most `most` characters in all)."""
    flat = " ".join(text.split())
    if len(flat) <= most:
        return flat
    cut = flat[: most - 1]
    space = cut.rfind(" ")
    if space >= most // 2:  # a very long word is cut inside rather than dropped
        cut = cut[:space]
    return cut.rstrip(" ,;:.-–—") + "…"
