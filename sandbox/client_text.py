"""What a Telegram app does with text a person types before anything reaches the Bot API.

A message holds at most 4,096 UTF-16 code units (Telegram's apps count text as UTF-16, so an
emoji outside the Basic Multilingual Plane counts twice). When a person pastes more, the app
sends it as several messages: each cut falls at the last paragraph break, else line break,
else sentence end, else space within the limit, and only when a part has no such place, at the
last grapheme-cluster boundary (a letter with its accents, an emoji with its skin tone or flag
pair stays whole). The whitespace at a cut is dropped, as Telegram trims every message.
Caption limits are refused instead: an app does not split a caption.
"""

from __future__ import annotations

import regex

MAX_MESSAGE = 4096  # UTF-16 code units
MAX_CAPTION = 1024

_GRAPHEME = regex.compile(r"\X")
_PARAGRAPH = regex.compile(r"\n[^\S\n]*\n\s*")
_LINE = regex.compile(r"\n\s*")
_SENTENCE = regex.compile(r"(?<=[.!?…。！？؟۔])\s+")
_SPACE = regex.compile(r"\s+")
# a paragraph, line or sentence break counts only in the last part of a window (else the app
# would send a tiny message); a plain space anywhere
_PREFER_AFTER = 0.5


def units(text: str) -> int:
    """Length in UTF-16 code units, as Telegram counts it."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def split_message(text: str, limit: int = MAX_MESSAGE) -> list[str]:
    """The messages a Telegram app sends for `text` (one if it fits; none if it is blank)."""
    parts: list[str] = []
    rest = text.strip()
    while units(rest) > limit:
        window = max(_fit(rest, limit), 1)
        start, end = _cut(rest, window)
        parts.append(rest[:start].rstrip())
        rest = rest[end:].lstrip()
    if rest:
        parts.append(rest)
    return [p for p in parts if p]


def _fit(text: str, limit: int) -> int:
    """How many code points of `text` fit in `limit` UTF-16 units (never half a pair)."""
    used = 0
    for index, ch in enumerate(text):
        used += 2 if ord(ch) > 0xFFFF else 1
        if used > limit:
            return index
    return len(text)


def _cut(text: str, window: int) -> tuple[int, int]:
    """(end of this part, start of the next) for a part of at most `window` code points."""
    head = text[:window]
    floor = int(window * _PREFER_AFTER)
    for pattern in (_PARAGRAPH, _LINE, _SENTENCE):
        found = _last(pattern, head, text, floor)
        if found is not None:
            return found
    found = _last(_SPACE, head, text, 1)
    if found is not None:
        return found
    boundary = _grapheme_boundary(text, window)
    return boundary, boundary


def _last(pattern: regex.Pattern[str], head: str, text: str, floor: int) -> tuple[int, int] | None:
    last = None
    for match in pattern.finditer(head, floor):
        last = match
    if last is None:
        return None
    # the whitespace may go on past the window; the next part starts after all of it
    following = pattern.match(text, last.start())
    return last.start(), following.end() if following else last.end()


def _grapheme_boundary(text: str, window: int) -> int:
    """The last cluster boundary at or before `window`; inside a cluster longer than a whole
    message (thousands of combining marks), the window itself: there is no better place."""
    boundary = 0
    # clusters are decided by the characters on both sides, so a little look-ahead suffices
    for match in _GRAPHEME.finditer(text, 0, min(len(text), window + 64)):
        if match.end() > window:
            break
        boundary = match.end()
    return boundary or window
