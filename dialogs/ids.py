"""Ids read back from button data (Telegram callback_data) or typed by staff.

Button data comes back from the person's client and may be forged, so an id is accepted only
when it is plain ASCII digits and fits the database's 32-bit keys; anything else is "expired"
for the caller, never an OverflowError (SQLite) or a DataError (PostgreSQL).
"""

from __future__ import annotations

MAX_KEY = 2**31 - 1  # INTEGER primary keys on PostgreSQL; SQLite's are wider


def parse_key(text: str | None) -> int | None:
    """A positive database key, or None when `text` cannot be one of ours."""
    if not text or len(text) > 10 or not (text.isascii() and text.isdigit()):
        return None
    value = int(text)
    return value if 0 < value <= MAX_KEY else None
