"""Dates and times as staff type them, read in the sessions' time zone (TIMEZONE).

  12.12.2026 18:00   12/12/2026 18:00   2026-12-12 18:00   2026-12-12T18:00
  12.12 18:30        12/12 18:30        (no year: the next 12 December)
  утре 18:00         tomorrow 18:00     (and today; in the six languages)
  18:00              (a time alone: only where a day is already known, e.g. the end)

Day first, never month first (as dates are written in all six languages). Digits of any script
(Arabic-Indic, Persian) count as digits. A fixed grammar on purpose: a fuzzy parser would
read a typo as some other day, and staff would not notice.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

TIME_RE = re.compile(r"^(\d{1,2}):(\d{2})$")
ISO_RE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
DAY_FIRST_RE = re.compile(r"^(\d{1,2})[./](\d{1,2})(?:[./](\d{4}))?\.?$")
TODAY = frozenset({"днес", "today", "сегодня", "сьогодні", "اليوم", "امروز"})
TOMORROW = frozenset({"утре", "tomorrow", "завтра", "غدا", "غداً", "فردا"})


@dataclass(frozen=True)
class Parsed:
    """A moment in UTC, or why there is none: `unknown` (not understood) or `past`."""

    moment: datetime | None
    problem: str | None = None


def _ascii_digits(text: str) -> str:
    return "".join(
        str(unicodedata.decimal(ch)) if ch.isdigit() and not ch.isascii() else ch for ch in text
    )


def _tokens(text: str) -> list[str]:
    cleaned = _ascii_digits(text).strip().lower().replace("\u200c", "")
    cleaned = re.sub(r"(\d)t(\d)", r"\1 \2", cleaned)  # 2026-12-12T18:00
    cleaned = cleaned.replace(",", " ")
    return cleaned.split()


def _clock(token: str) -> time | None:
    match = TIME_RE.match(token)
    if match is None:
        return None
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def _day(token: str, today: date) -> tuple[date | None, bool]:
    """The day a token names, and whether it named its year."""
    if token in TODAY:
        return today, True
    if token in TOMORROW:
        return today + timedelta(days=1), True
    try:
        iso = ISO_RE.match(token)
        if iso:
            return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3))), True
        dmy = DAY_FIRST_RE.match(token)
        if dmy:
            day, month = int(dmy.group(1)), int(dmy.group(2))
            if dmy.group(3):
                return date(int(dmy.group(3)), month, day), True
            return date(today.year, month, day), False
    except ValueError:  # 31.02, month 13
        return None, True
    return None, True


def _to_utc(day: date, at: time, tz: str) -> datetime:
    return datetime.combine(day, at, tzinfo=ZoneInfo(tz)).astimezone(UTC)


def parse_moment(text: str, now: datetime, tz: str, *, day_of: datetime | None = None) -> Parsed:
    """Read a typed date and time; it must be after `now`. With `day_of`, a time alone means
    that moment's day (in `tz`)."""
    tokens = _tokens(text)
    if not 1 <= len(tokens) <= 2:
        return Parsed(None, "unknown")
    clocks = [c for c in map(_clock, tokens) if c is not None]
    if len(clocks) != 1:
        return Parsed(None, "unknown")
    at = clocks[0]
    rest = [t for t in tokens if _clock(t) is None]
    today = now.astimezone(ZoneInfo(tz)).date()
    if not rest:
        if day_of is None:
            return Parsed(None, "unknown")
        moment = _to_utc(day_of.astimezone(ZoneInfo(tz)).date(), at, tz)
    else:
        day, with_year = _day(rest[0], today)
        if day is None:
            return Parsed(None, "unknown")
        moment = _to_utc(day, at, tz)
        if not with_year and moment <= now:  # "12/12 18:30" when this year's has passed
            try:
                moment = _to_utc(day.replace(year=day.year + 1), at, tz)
            except ValueError:  # 29 February
                return Parsed(None, "unknown")
    if moment <= now:
        return Parsed(None, "past")
    return Parsed(moment)


def example(now: datetime, tz: str) -> str:
    """A typed example for the prompt: next week's day at 18:00, as `dd.mm.yyyy HH:MM`."""
    day = now.astimezone(ZoneInfo(tz)).date() + timedelta(days=7)
    return f"{day:%d.%m.%Y} 18:00"
