"""Reading a schedule of information sessions from an .ics calendar or a CSV table.

.ics: each VEVENT gives the title (SUMMARY), the time (DTSTART, DTEND or DURATION; two hours
when neither), the venue (LOCATION: "name, address"; GEO for the map) and the notes
(DESCRIPTION); its UID is the key that keeps a second import from adding it again.
CSV (comma, semicolon or tab; UTF-8): columns title, title_<lang> (optional, one per language),
start, end, venue, address, latitude, longitude, languages, capacity, notes; the key is the
title, start, venue and address.

A row or event that cannot be read is reported (by line, or by UID) and the others are kept.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from dialogs.languages import LANGUAGES
from dialogs.sessions.announce import Announcer, session_event
from dialogs.sessions.model import (
    DEFAULT_DURATION,
    MAX_ADDRESS,
    MAX_CAPACITY,
    MAX_NOTES,
    MAX_TITLE,
    MAX_VENUE_NAME,
    SessionRecord,
)
from dialogs.sessions.when import parse_moment
from dialogs.text import clean_text

REQUIRED_COLUMNS = ("title", "start", "venue", "address")
LANGUAGE_SPLIT = re.compile(r"[\s,;/|]+")


class UnreadableFile(Exception):
    """The whole file cannot be read (not a calendar, no header, not UTF-8 text)."""


@dataclass(frozen=True)
class Imported:
    key: str
    where: str  # "line 4" or "event <UID>", for the report
    title: str
    starts_at: datetime
    ends_at: datetime
    venue: str
    address: str
    latitude: float | None = None
    longitude: float | None = None
    languages: tuple[str, ...] = ()
    capacity: int = 30
    notes: str | None = None
    titles: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Problem:
    where: str
    reason: str


@dataclass
class Schedule:
    sessions: list[Imported] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


class _Bad(Exception):
    pass


def _text(value: object, what: str, most: int, *, required: bool = True) -> str:
    text = clean_text(str(value or ""))
    if required and not text:
        raise _Bad(f"no {what}")
    if len(text) > most:
        raise _Bad(f"{what} longer than {most} characters")
    return text


def _notes(value: object) -> str | None:
    text = clean_text(str(value or ""))
    if len(text) > MAX_NOTES:  # a long calendar description: the start of it
        text = text[: MAX_NOTES - 1].rsplit(" ", 1)[0] + "…"
    return text or None


def _key(*parts: str) -> str:
    return "csv:" + hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:40]


# -- .ics ----------------------------------------------------------------------------------------
def read_ics(
    data: bytes, *, tz: str, now: datetime, capacity: int, languages: Iterable[str] = ()
) -> Schedule:
    from icalendar import Calendar

    try:
        calendar = Calendar.from_ical(data)
    except Exception as exc:  # icalendar raises ValueError and friends on broken files
        raise UnreadableFile(f"not an iCalendar file ({type(exc).__name__})") from None
    events = calendar.walk("VEVENT")
    if not events:
        raise UnreadableFile("the calendar has no events (VEVENT)")
    schedule = Schedule()
    for number, event in enumerate(events, start=1):
        uid = clean_text(str(event.get("UID") or ""))[:200]
        where = f"event {uid}" if uid else f"event #{number} (no UID)"
        try:
            schedule.sessions.append(
                _event(event, uid, where, tz, now, capacity, tuple(languages))
            )
        except _Bad as exc:
            schedule.problems.append(Problem(where, str(exc)))
        except Exception as exc:  # a property icalendar could not make sense of
            schedule.problems.append(Problem(where, f"unreadable ({type(exc).__name__})"))
    return schedule


def _moment(prop: object, what: str, tz: str) -> datetime:
    try:
        value = getattr(prop, "dt", None)
    except Exception:  # icalendar keeps a value it could not parse as a "broken" property
        raise _Bad(f"{what} not understood") from None
    if isinstance(value, datetime):
        if value.tzinfo is None:  # "floating" time: the sessions' time zone
            value = value.replace(tzinfo=ZoneInfo(tz))
        return value.astimezone(UTC)
    if isinstance(value, date):
        raise _Bad(f"{what} is a whole day; a time is needed")
    raise _Bad(f"{what} not understood")


def _event(
    event: object,
    uid: str,
    where: str,
    tz: str,
    now: datetime,
    capacity: int,
    languages: tuple[str, ...],
) -> Imported:
    get = event.get  # type: ignore[attr-defined]
    if str(get("STATUS") or "").upper() == "CANCELLED":
        raise _Bad("cancelled in the calendar")
    title = _text(get("SUMMARY"), "SUMMARY (title)", MAX_TITLE)
    if get("DTSTART") is None:
        raise _Bad("no DTSTART (start time)")
    start = _moment(get("DTSTART"), "DTSTART", tz)
    if get("DTEND") is not None:
        end = _moment(get("DTEND"), "DTEND", tz)
    elif isinstance(getattr(get("DURATION"), "dt", None), timedelta):
        end = start + get("DURATION").dt
    else:
        end = start + DEFAULT_DURATION
    if end <= start:
        raise _Bad("ends before it starts")
    if start <= now:
        raise _Bad("starts in the past")
    location = _text(get("LOCATION"), "LOCATION (venue)", MAX_VENUE_NAME + MAX_ADDRESS)
    name, _, address = (p.strip() for p in location.partition(","))
    latitude = longitude = None
    geo = get("GEO")
    if geo is not None:
        latitude, longitude = float(geo.latitude), float(geo.longitude)
        _check_coords(latitude, longitude)
    key = f"ics:{uid}" if uid else _key(title, start.isoformat(), location)
    return Imported(
        key=key,
        where=where,
        title=title,
        starts_at=start,
        ends_at=end,
        venue=name[:MAX_VENUE_NAME],
        address=(address or name)[:MAX_ADDRESS],
        latitude=latitude,
        longitude=longitude,
        languages=languages,
        capacity=capacity,
        notes=_notes(get("DESCRIPTION")),
    )


# -- CSV -----------------------------------------------------------------------------------------
def read_csv(text: str, *, tz: str, now: datetime, capacity: int) -> Schedule:
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(first, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")), dialect=dialect)
    header = [clean_text(h or "").lower() for h in (reader.fieldnames or [])]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise UnreadableFile(f"missing column(s): {', '.join(missing)} (see the README)")
    reader.fieldnames = header
    schedule = Schedule()
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            schedule.problems.append(Problem(f"line {reader.line_num}", f"not CSV ({exc})"))
            break
        where = f"line {reader.line_num}"
        if not any((v or "").strip() for k, v in row.items() if k is not None):
            continue  # an empty line
        try:
            schedule.sessions.append(_row(row, where, tz, now, capacity))
        except _Bad as exc:
            schedule.problems.append(Problem(where, str(exc)))
    return schedule


def _csv_moment(
    value: str, what: str, tz: str, now: datetime, day_of: datetime | None
) -> datetime:
    value = value.strip()
    try:
        moment = datetime.fromisoformat(value)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=ZoneInfo(tz))
        return moment.astimezone(UTC)
    except ValueError:
        pass
    parsed = parse_moment(value, now, tz, day_of=day_of)  # the forms staff type in the chat
    if parsed.problem == "past":
        raise _Bad("starts in the past")
    if parsed.moment is None:
        raise _Bad(f"{what} {value!r} not understood (e.g. 2026-12-12 18:00 or 12.12.2026 18:00)")
    return parsed.moment


def _check_coords(latitude: float, longitude: float) -> None:
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise _Bad("latitude/longitude out of range")


def _row(
    row: dict[str, str], where: str, tz: str, now: datetime, default_capacity: int
) -> Imported:
    def cell(name: str) -> str:
        return (row.get(name) or "").strip()

    title = _text(cell("title"), "title", MAX_TITLE)
    titles = {}
    for code in LANGUAGES:
        own = _text(cell(f"title_{code}"), f"title_{code}", MAX_TITLE, required=False)
        if own:
            titles[code] = own
    if not cell("start"):
        raise _Bad("no start")
    start = _csv_moment(cell("start"), "start", tz, now, None)
    end = (
        _csv_moment(cell("end"), "end", tz, now, start)
        if cell("end")
        else start + DEFAULT_DURATION
    )
    if end <= start:
        raise _Bad("end is not after start")
    if start <= now:
        raise _Bad("starts in the past")
    venue = _text(cell("venue"), "venue", MAX_VENUE_NAME)
    address = _text(cell("address"), "address", MAX_ADDRESS)
    latitude = longitude = None
    if cell("latitude") or cell("longitude"):
        try:
            latitude = float(cell("latitude").replace(",", "."))
            longitude = float(cell("longitude").replace(",", "."))
        except ValueError:
            raise _Bad("latitude/longitude are not numbers") from None
        _check_coords(latitude, longitude)
    codes = [c.lower() for c in LANGUAGE_SPLIT.split(cell("languages")) if c]
    unknown = [c for c in codes if c not in LANGUAGES]
    if unknown:
        raise _Bad(f"unknown language code(s) {', '.join(unknown)}; use {', '.join(LANGUAGES)}")
    capacity = default_capacity
    if cell("capacity"):
        raw = cell("capacity")
        if not (raw.isascii() and raw.isdigit() and 0 < int(raw) <= MAX_CAPACITY):
            raise _Bad(f"capacity {raw!r} is not a whole number from 1 to {MAX_CAPACITY}")
        capacity = int(raw)
    return Imported(
        key=_key(title, start.isoformat(), venue, address),
        where=where,
        title=title,
        titles=titles,
        starts_at=start,
        ends_at=end,
        venue=venue,
        address=address,
        latitude=latitude,
        longitude=longitude,
        languages=tuple(c for c in LANGUAGES if c in codes),
        capacity=capacity,
        notes=_notes(cell("notes")),
    )


# -- storing -------------------------------------------------------------------------------------
class ImportStore(Protocol):
    async def by_source_key(self, key: str) -> int | None: ...
    async def venue_for(
        self, name: str, address: str, latitude: float | None, longitude: float | None
    ) -> int: ...
    async def create(self, title: str, created_by: int | None, **fields: Any) -> int: ...
    async def set_status(self, session_id: int, status: str, now: datetime) -> None: ...
    async def get(self, session_id: int) -> SessionRecord | None: ...


@dataclass
class Saved:
    new: list[Imported] = field(default_factory=list)
    existing: list[Imported] = field(default_factory=list)


async def save(
    store: ImportStore,
    schedule: Schedule,
    *,
    now: datetime,
    tz: str,
    publish: bool,
    announcer: Announcer,
) -> Saved:
    """Write the sessions not imported before (by key); published ones are announced."""
    saved = Saved()
    for item in schedule.sessions:
        if await store.by_source_key(item.key) is not None:
            saved.existing.append(item)
            continue
        venue_id = await store.venue_for(item.venue, item.address, item.latitude, item.longitude)
        session_id = await store.create(
            item.title,
            None,
            titles=dict(item.titles),
            starts_at=item.starts_at,
            ends_at=item.ends_at,
            venue_id=venue_id,
            languages=list(item.languages),
            capacity=item.capacity,
            notes=item.notes,
            source_key=item.key,
        )
        saved.new.append(item)
        if publish:
            await store.set_status(session_id, "published", now)
            record = await store.get(session_id)
            if record is not None:
                await session_event(announcer, record, "published", tz)
    return saved
