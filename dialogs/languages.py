"""The languages the bot speaks, in the order the picker shows them."""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("bg", "en", "ar", "fa", "uk", "ru")
RTL_LANGUAGES: frozenset[str] = frozenset({"ar", "fa"})


def pick_language(telegram_code: str | None) -> str | None:
    """Map Telegram's IETF language_code (e.g. 'fa-IR', 'uk') to one we speak, if any."""
    if not telegram_code:
        return None
    base = telegram_code.split("-")[0].split("_")[0].lower()
    return base if base in LANGUAGES else None
