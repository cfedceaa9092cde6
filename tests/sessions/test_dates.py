"""Session dates in each language come from Babel's CLDR data for that language (weekday and
month names), on the Gregorian calendar with Western digits, in Sofia time, 24-hour clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from babel import Locale
from babel.dates import format_date

from bot.l10n import Locales
from dialogs.languages import LANGUAGES
from dialogs.sessions.screens import when
from storage.repositories.sessions_records import SessionRecord

START = datetime(2026, 12, 12, 22, 30, tzinfo=UTC)  # 00:30 on 13 December in Sofia


def shown_when(lang: str) -> str:
    record = SessionRecord(
        1, "published", "T", {}, START, START + timedelta(hours=2), None, (), 5, None, None
    )
    line = when(record, "Europe/Sofia")
    return Locales().for_language(lang).plain(line.key, line.args)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_day_is_babels_in_the_readers_language(lang):
    Locale.parse(lang)  # Babel has the language
    text = shown_when(lang)
    day = START.astimezone(ZoneInfo("Europe/Sofia")).date()
    assert format_date(day, "full", locale=lang) in text  # the Sofia day, not the UTC one
    assert "00:30" in text and "02:30" in text
    assert all(not ch.isdigit() or ch.isascii() for ch in text)  # Western digits


def test_farsi_uses_gregorian_months_in_farsi():
    text = shown_when("fa")
    assert "دسامبر" in text and "2026" in text  # December 2026, not the Persian calendar
    assert "آذر" not in text and "1405" not in text
