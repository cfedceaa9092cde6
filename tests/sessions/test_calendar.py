"""The .ics file of a session, read back with icalendar: RFC 5545 fields, Sofia's time zone in
winter and in summer, a long description folded, the alarm."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from icalendar import Calendar

from dialogs.sessions.calendar import filename, ics, uid
from storage.repositories.sessions import SessionRecord, VenueRecord

VENUE = VenueRecord(3, "Център „Света Анна“", "ул. Пример 1, София", 42.6977, 23.3219)


def session(start: datetime, **kw) -> SessionRecord:
    fields = {
        "id": 7,
        "status": "published",
        "title": "Права на труд",
        "titles": {},
        "starts_at": start,
        "ends_at": start + timedelta(minutes=90),
        "venue": VENUE,
        "languages": ("ar",),
        "capacity": 10,
        "notes": None,
        "source_key": None,
    }
    fields.update(kw)
    return SessionRecord(**fields)


@pytest.mark.parametrize(
    ("start", "local"),
    [
        (datetime(2027, 1, 20, 16, 0, tzinfo=UTC), "20270120T180000"),  # EET, UTC+2
        (datetime(2027, 7, 20, 15, 0, tzinfo=UTC), "20270720T180000"),  # EEST, UTC+3
    ],
)
def test_the_file_reads_back_with_every_field(start, local):
    description = "Носете лична карта. " * 20
    data = ics(
        session(start),
        summary="الحقوق في العمل",
        description=description,
        alarm_text="تذكير",
        alarm_before=timedelta(hours=2),
        tz="Europe/Sofia",
        stamp=datetime(2026, 11, 30, 12, 0, tzinfo=UTC),
    )
    text = data.decode()
    assert f"DTSTART;TZID=Europe/Sofia:{local}" in text
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))  # folded lines
    cal = Calendar.from_ical(data)
    assert str(cal["VERSION"]) == "2.0" and cal["PRODID"]
    [event] = cal.walk("VEVENT")
    assert str(event["UID"]) == uid(7)
    assert event["DTSTAMP"].dt == datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
    assert event.start == start and event.end == start + timedelta(minutes=90)
    assert event["DTEND"].params["TZID"] == "Europe/Sofia"
    assert str(event["SUMMARY"]) == "الحقوق في العمل"
    assert str(event["LOCATION"]) == "Център „Света Анна“, ул. Пример 1, София"
    assert str(event["DESCRIPTION"]) == description
    assert (event["GEO"].latitude, event["GEO"].longitude) == (42.6977, 23.3219)
    [alarm] = event.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY" and str(alarm["DESCRIPTION"]) == "تذكير"
    assert alarm["TRIGGER"].dt == -timedelta(hours=2)
    [zone] = cal.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/Sofia"
    offsets = {c["TZOFFSETTO"].td for c in zone.subcomponents}
    assert offsets == {timedelta(hours=2), timedelta(hours=3)}


def test_a_place_without_coordinates_has_no_geo_and_the_name_is_plain_ascii():
    start = datetime(2027, 3, 3, 10, 0, tzinfo=UTC)
    plain = session(start, venue=VenueRecord(1, "Centre", "Street 1", None, None))
    data = ics(
        plain,
        summary="x",
        description="",
        alarm_text="x",
        alarm_before=timedelta(hours=1),
        tz="Europe/Sofia",
        stamp=start,
    )
    [event] = Calendar.from_ical(data).walk("VEVENT")
    assert "GEO" not in event and "DESCRIPTION" not in event
    assert filename(plain, "Europe/Sofia") == "information-session-2027-03-03-7.ics"
