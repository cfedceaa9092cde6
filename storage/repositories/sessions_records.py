"""What the sessions repository hands out: plain records, detached from the database session
(they satisfy the Protocols of dialogs.sessions.model)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from storage.models_sessions import Venue


def aware(value: datetime | None) -> datetime | None:
    """SQLite gives back naive datetimes; every stored one is UTC."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


@dataclass(frozen=True)
class VenueRecord:
    id: int
    name: str
    address: str
    latitude: float | None
    longitude: float | None


@dataclass(frozen=True)
class SessionRecord:
    id: int
    status: str
    title: str
    titles: dict[str, str]
    starts_at: datetime | None
    ends_at: datetime | None
    venue: VenueRecord | None
    languages: tuple[str, ...]
    capacity: int | None
    notes: str | None
    source_key: str | None
    registered: int = 0
    waiting: int = 0
    updated_at: datetime | None = None


@dataclass(frozen=True)
class RegistrationRecord:
    id: int
    session_id: int
    person_id: int
    status: str
    position: int  # place on the waiting list (1 = next to move up); 0 when registered


@dataclass(frozen=True)
class Attendee:
    """A registered or waiting person as staff see them (no name is ever stored)."""

    registration_id: int
    person_id: int
    telegram_id: int
    language: str | None
    group: str | None
    status: str


@dataclass(frozen=True)
class RegisterResult:
    # registered | waiting | already-registered | already-waiting | closed
    outcome: str
    registration: RegistrationRecord | None


@dataclass(frozen=True)
class Moved:
    """A waiting person who got a seat."""

    registration_id: int
    person_id: int


@dataclass(frozen=True)
class DraftRecord:
    session_id: int | None
    mode: str
    step: str
    language: str | None
    scratch: dict[str, str] = field(default_factory=dict)


def venue_record(row: Venue) -> VenueRecord:
    return VenueRecord(row.id, row.name, row.address, row.latitude, row.longitude)
