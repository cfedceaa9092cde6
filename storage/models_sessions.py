"""Information sessions of the ombudsperson: venues, sessions, registrations, staff drafts.

Capacity is kept by the database: registering locks the session's row (SELECT … FOR UPDATE on
PostgreSQL, the single writer on SQLite) and counts the registered rows inside the same
transaction, so no more people are registered than there are seats however many press at once.
Who is over capacity waits, in the order their registrations were written (`id`), and moves up
when someone cancels.

Registration rows are deleted when a person cancels (a new registration is a new row, with a new
id: `sqlite_autoincrement` keeps SQLite from reusing one), and with the person's data (cascade).
Names are never stored: staff see a pseudonym, the language and the respondent group.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base, utcnow

SESSION_STATUSES = ("draft", "published", "cancelled")
REGISTRATION_STATUSES = ("registered", "waiting")


class Venue(Base):
    """A place where sessions are held (an integration centre), kept for the next session."""

    __tablename__ = "venues"
    __table_args__ = (
        UniqueConstraint("name", "address"),
        CheckConstraint("latitude IS NULL OR latitude BETWEEN -90 AND 90", name="latitude"),
        CheckConstraint("longitude IS NULL OR longitude BETWEEN -180 AND 180", name="longitude"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(300))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class InfoSession(Base):
    """One information session. A draft may lack what publishing needs; a published or
    cancelled one has it all (checked by the database)."""

    __tablename__ = "info_sessions"
    __table_args__ = (
        CheckConstraint(
            "status IN (" + ", ".join(f"'{s}'" for s in SESSION_STATUSES) + ")", name="status"
        ),
        CheckConstraint("capacity IS NULL OR capacity > 0", name="capacity"),
        CheckConstraint(
            "ends_at IS NULL OR starts_at IS NULL OR ends_at > starts_at", name="ends"
        ),
        CheckConstraint(
            "status = 'draft' OR (starts_at IS NOT NULL AND ends_at IS NOT NULL "
            "AND venue_id IS NOT NULL AND capacity IS NOT NULL)",
            name="complete",
        ),
        Index("ix_info_sessions_upcoming", "status", "starts_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    status: Mapped[str] = mapped_column(String(16), default="draft")
    # the title for every language; `titles` holds the ones written for a language
    title: Mapped[str] = mapped_column(Text)
    titles: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    starts_at: Mapped[datetime | None]
    ends_at: Mapped[datetime | None]
    venue_id: Mapped[int | None] = mapped_column(ForeignKey("venues.id"), index=True)
    # languages interpreted into at the session (codes of dialogs.languages.LANGUAGES)
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    capacity: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)
    # where an imported session came from: an .ics UID or a CSV row's natural key
    source_key: Mapped[str | None] = mapped_column(String(255), unique=True)
    created_by: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    published_at: Mapped[datetime | None]
    cancelled_at: Mapped[datetime | None]


class SessionRegistration(Base):
    """A person registered for a session, or waiting for a seat."""

    __tablename__ = "session_registrations"
    __table_args__ = (
        UniqueConstraint("session_id", "person_id"),
        CheckConstraint(
            "status IN (" + ", ".join(f"'{s}'" for s in REGISTRATION_STATUSES) + ")",
            name="status",
        ),
        Index("ix_session_registrations_queue", "session_id", "status", "id"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("info_sessions.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    promoted_at: Mapped[datetime | None]


class SessionDraft(Base):
    """Where a staff member is in creating or editing a session in the chat (survives
    restarts). `scratch` holds a step's unfinished input, e.g. a new venue's name."""

    __tablename__ = "session_drafts"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("info_sessions.id", ondelete="CASCADE"), index=True
    )
    mode: Mapped[str] = mapped_column(String(8), default="new")  # new | edit
    step: Mapped[str] = mapped_column(String(24))
    language: Mapped[str | None] = mapped_column(String(8))
    scratch: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


__all__ = ["InfoSession", "SessionDraft", "SessionRegistration", "Venue"]
