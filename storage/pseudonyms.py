"""Pseudonyms: the one way a Telegram id becomes a stable, non-reversible label.

`pseudonym(key, telegram_id)` is HMAC-SHA256 of the id under the pseudonym key, cut to
`LENGTH` hex characters. The audit log's refused attempts and every export use it, so the same
person gets the same label everywhere while the key stays the same. Where the key comes from:
`storage.pseudonym_key`.
"""

from __future__ import annotations

import hashlib
import hmac

LENGTH = 16  # hex characters: 64 bits, no collisions among any realistic number of people


def pseudonym(key: str, telegram_id: int) -> str:
    """A fixed-length label for a Telegram id: the same id and key give the same label."""
    digest = hmac.new(key.encode("utf-8"), str(int(telegram_id)).encode("ascii"), hashlib.sha256)
    return digest.hexdigest()[:LENGTH]
