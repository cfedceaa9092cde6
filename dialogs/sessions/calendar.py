"""An information session as an iCalendar file (RFC 5545), made with the icalendar library.

One VEVENT: a UID that stays the same for the session (adding it again updates the event in
the calendar app), DTSTAMP, DTSTART/DTEND in the sessions' time zone with its TZID and the
VTIMEZONE that defines it, SUMMARY, LOCATION (venue and address), DESCRIPTION, and a VALARM
that reminds before the start. The words (description, alarm text) come rendered in the
reader's language from bot/.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event

from dialogs.screen import Msg, msg
from dialogs.sessions.model import DEFAULT_DURATION, SessionRecord
from dialogs.sessions.screens import language_list

PRODID = "-//Sofia integration audit//integra-bot information sessions//EN"
UID_DOMAIN = "integra-bot.sofia"


def uid(session_id: int) -> str:
    return f"session-{session_id}@{UID_DOMAIN}"


def filename(session: SessionRecord, tz: str) -> str:
    assert session.starts_at is not None
    day = session.starts_at.astimezone(ZoneInfo(tz)).date()
    return f"information-session-{day:%Y-%m-%d}-{session.id}.ics"


def description_parts(session: SessionRecord) -> list[Msg]:
    """What DESCRIPTION says besides the notes: the interpretation languages."""
    if session.languages:
        return [msg("sessions-interpretation", languages=language_list(session.languages))]
    return [msg("sessions-no-interpretation")]


def location(session: SessionRecord) -> str:
    venue = session.venue
    if venue is None:
        return ""
    return f"{venue.name}, {venue.address}" if venue.address else venue.name


def ics(
    session: SessionRecord,
    *,
    summary: str,
    description: str,
    alarm_text: str,
    alarm_before: timedelta,
    tz: str,
    stamp: datetime,
) -> bytes:
    """The .ics file's bytes (UTF-8, CRLF line ends, folded as RFC 5545 asks)."""
    start = session.starts_at
    assert start is not None
    zone = ZoneInfo(tz)
    end = session.ends_at or start + DEFAULT_DURATION
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    event = Event()
    event.add("uid", uid(session.id))
    event.add("dtstamp", stamp)
    event.add("dtstart", start.astimezone(zone))
    event.add("dtend", end.astimezone(zone))
    event.add("summary", summary)
    place = location(session)
    if place:
        event.add("location", place)
    venue = session.venue
    if venue is not None and venue.latitude is not None and venue.longitude is not None:
        event.add("geo", (venue.latitude, venue.longitude))
    if description:
        event.add("description", description)
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", alarm_text)
    alarm.add("trigger", -alarm_before)
    event.add_component(alarm)
    cal.add_component(event)
    # the VTIMEZONE for the year around the session, not every rule since 1970
    local_day = start.astimezone(zone).date()
    cal.add_missing_timezones(
        first_date=local_day - timedelta(days=366),
        last_date=max(local_day + timedelta(days=366), date(local_day.year + 1, 12, 31)),
    )
    return bytes(cal.to_ical())
