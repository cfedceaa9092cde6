"""What an information session is to the dialogs, what they need stored, and shared helpers.

The records are Protocols: storage.repositories.sessions provides them; dialogs never import
storage. Times are stored in UTC and shown in TIMEZONE (Europe/Sofia).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from dialogs.ids import parse_key

FLOW = "session-edit"  # the stored active flow while staff create or edit a session
MAX_TITLE = 200
MAX_NOTES = 1000
MAX_VENUE_NAME = 200
MAX_ADDRESS = 300
MAX_CAPACITY = 10_000
BUTTON_TITLE = 40  # characters of a title on a button
DEFAULT_DURATION = timedelta(hours=2)


class VenueRecord(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def address(self) -> str: ...
    @property
    def latitude(self) -> float | None: ...
    @property
    def longitude(self) -> float | None: ...


class SessionRecord(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def status(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def titles(self) -> Mapping[str, str]: ...
    @property
    def starts_at(self) -> datetime | None: ...
    @property
    def ends_at(self) -> datetime | None: ...
    @property
    def venue(self) -> VenueRecord | None: ...
    @property
    def languages(self) -> Sequence[str]: ...
    @property
    def capacity(self) -> int | None: ...
    @property
    def notes(self) -> str | None: ...
    @property
    def registered(self) -> int: ...
    @property
    def waiting(self) -> int: ...


class RegistrationRecord(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def person_id(self) -> int: ...
    @property
    def status(self) -> str: ...
    @property
    def position(self) -> int: ...


class RegisterResult(Protocol):
    @property
    def outcome(self) -> str: ...
    @property
    def registration(self) -> RegistrationRecord | None: ...


class Moved(Protocol):
    @property
    def registration_id(self) -> int: ...
    @property
    def person_id(self) -> int: ...


class Attendee(Protocol):
    @property
    def registration_id(self) -> int: ...
    @property
    def person_id(self) -> int: ...
    @property
    def telegram_id(self) -> int: ...
    @property
    def language(self) -> str | None: ...
    @property
    def group(self) -> str | None: ...
    @property
    def status(self) -> str: ...


class SessionStore(Protocol):
    async def get(self, session_id: int) -> SessionRecord | None: ...
    async def upcoming(
        self, now: datetime, offset: int = 0, limit: int = 5
    ) -> tuple[Sequence[SessionRecord], int]: ...
    async def registration_of(
        self, session_id: int, person_id: int
    ) -> RegistrationRecord | None: ...
    async def register(self, session_id: int, person_id: int, now: datetime) -> RegisterResult: ...
    async def unregister(
        self, session_id: int, person_id: int
    ) -> tuple[RegistrationRecord | None, Sequence[Moved]]: ...
    async def languages_of(self, person_ids: Sequence[int]) -> Mapping[int, str | None]: ...
    async def attendees(self, session_id: int) -> Sequence[Attendee]: ...
    async def registered_sessions(self, person_id: int) -> Sequence[int]: ...


class OutboxStore(Protocol):
    """The outbox (storage.repositories.outbox) as the sessions need it: reminders."""

    async def enqueue(
        self,
        kind: str,
        payload: dict[str, Any],
        *,
        person_id: int | None = None,
        lane: str | None = None,
        dedupe_key: str | None = None,
        not_before: datetime | None = None,
    ) -> int | None: ...

    async def cancel_pending(self, dedupe_prefix: str) -> int: ...


@dataclass(frozen=True)
class Env:
    now: datetime
    tz: str = "Europe/Sofia"
    fallback: str = "en"
    reminder_hours: tuple[int, ...] = (24, 2)


def title_for(session: SessionRecord, language: str | None) -> str:
    """The title written for this language, else the one for every language."""
    if language and session.titles.get(language):
        return session.titles[language]
    return session.title


def local(moment: datetime, tz: str) -> datetime:
    return moment.astimezone(ZoneInfo(tz))


def local_date(moment: datetime, tz: str) -> date:
    return local(moment, tz).date()


def clock(moment: datetime, tz: str) -> str:
    """24-hour time in the session's time zone, as every language here writes it: 18:00."""
    return local(moment, tz).strftime("%H:%M")


def short_title(text: str, limit: int = BUTTON_TITLE) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def parse_id(data: str | None, prefix: str) -> int | None:
    """`prefix<id>` from button data, or None for anything else (see dialogs.ids)."""
    if not data or not data.startswith(prefix):
        return None
    return parse_key(data.removeprefix(prefix))


def reminder_key(session_id: int, person_id: int) -> str:
    """The dedupe-key prefix of one person's reminders for one session."""
    return f"reminder:{session_id}:{person_id}:"


def session_reminders(session_id: int) -> str:
    """The dedupe-key prefix of every reminder for one session."""
    return f"reminder:{session_id}:"
