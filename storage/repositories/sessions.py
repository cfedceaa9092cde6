"""Queries of information sessions (storage.models_sessions).

Registering and cancelling lock the session's row first (`lock`), then count and write in the
same transaction: on PostgreSQL a SELECT … FOR UPDATE, which waits for whoever holds it; on
SQLite a write to the row, which takes the database's one write lock until the commit (the
driver begins the transaction at the first write, so reads before it hold no stale snapshot).
Either way the count that decides "registered or waiting" cannot change until this transaction
ends, and no more people are registered than there are seats.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import and_, delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Person, utcnow
from storage.models_sessions import InfoSession, SessionRegistration, Venue
from storage.repositories.sessions_editing import SessionEditing
from storage.repositories.sessions_records import (
    Attendee,
    DraftRecord,
    Moved,
    RegisterResult,
    RegistrationRecord,
    SessionRecord,
    VenueRecord,
    aware,
    venue_record,
)

__all__ = [
    "Attendee",
    "DraftRecord",
    "Moved",
    "RegisterResult",
    "RegistrationRecord",
    "SessionRecord",
    "SessionRepository",
    "VenueRecord",
]


class SessionRepository(SessionEditing):
    """Reading and registering here; writing sessions, venues and drafts: SessionEditing."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    @property
    def _postgres(self) -> bool:
        bind = self.session.bind
        return bind is not None and bind.dialect.name == "postgresql"

    # -- reading ----------------------------------------------------------------------------
    async def _counts(self, ids: Iterable[int]) -> dict[int, tuple[int, int]]:
        ids = list(ids)
        if not ids:
            return {}
        rows = await self.session.execute(
            select(
                SessionRegistration.session_id,
                SessionRegistration.status,
                func.count(SessionRegistration.id),
            )
            .where(SessionRegistration.session_id.in_(ids))
            .group_by(SessionRegistration.session_id, SessionRegistration.status)
        )
        counts: dict[int, list[int]] = {i: [0, 0] for i in ids}
        for session_id, status, n in rows.all():
            counts[session_id][0 if status == "registered" else 1] = int(n)
        return {i: (c[0], c[1]) for i, c in counts.items()}

    async def _records(self, rows: Sequence[InfoSession]) -> list[SessionRecord]:
        venue_ids = {r.venue_id for r in rows if r.venue_id is not None}
        venues: dict[int, VenueRecord] = {}
        if venue_ids:
            found = await self.session.execute(select(Venue).where(Venue.id.in_(venue_ids)))
            venues = {v.id: venue_record(v) for v in found.scalars()}
        counts = await self._counts(r.id for r in rows)
        return [
            SessionRecord(
                id=r.id,
                status=r.status,
                title=r.title,
                titles=dict(r.titles or {}),
                starts_at=aware(r.starts_at),
                ends_at=aware(r.ends_at),
                venue=venues.get(r.venue_id) if r.venue_id is not None else None,
                languages=tuple(r.languages or ()),
                capacity=r.capacity,
                notes=r.notes,
                source_key=r.source_key,
                registered=counts.get(r.id, (0, 0))[0],
                waiting=counts.get(r.id, (0, 0))[1],
                updated_at=aware(r.updated_at),
            )
            for r in rows
        ]

    async def get(self, session_id: int) -> SessionRecord | None:
        row = await self.session.get(InfoSession, session_id, populate_existing=True)
        return (await self._records([row]))[0] if row is not None else None

    async def upcoming(
        self, now: datetime, offset: int = 0, limit: int = 5
    ) -> tuple[list[SessionRecord], int]:
        """Published sessions that have not started, soonest first; and how many there are."""
        where = and_(InfoSession.status == "published", InfoSession.starts_at > now)
        total = int(
            await self.session.scalar(select(func.count(InfoSession.id)).where(where)) or 0
        )
        rows = await self.session.execute(
            select(InfoSession)
            .where(where)
            .order_by(InfoSession.starts_at, InfoSession.id)
            .offset(offset)
            .limit(limit)
        )
        return await self._records(list(rows.scalars())), total

    async def for_staff(
        self, since: datetime, offset: int = 0, limit: int = 8
    ) -> tuple[list[SessionRecord], int]:
        """Drafts, and sessions that start after `since`, soonest first (drafts first)."""
        where = (InfoSession.starts_at.is_(None)) | (InfoSession.starts_at >= since)
        total = int(
            await self.session.scalar(select(func.count(InfoSession.id)).where(where)) or 0
        )
        rows = await self.session.execute(
            select(InfoSession)
            .where(where)
            .order_by(InfoSession.starts_at.is_not(None), InfoSession.starts_at, InfoSession.id)
            .offset(offset)
            .limit(limit)
        )
        return await self._records(list(rows.scalars())), total

    async def all_sessions(self) -> list[SessionRecord]:
        rows = await self.session.execute(
            select(InfoSession).order_by(InfoSession.starts_at, InfoSession.id)
        )
        return await self._records(list(rows.scalars()))

    async def by_source_key(self, key: str) -> int | None:
        return await self.session.scalar(
            select(InfoSession.id).where(InfoSession.source_key == key)
        )

    async def registration_of(self, session_id: int, person_id: int) -> RegistrationRecord | None:
        row = await self.session.scalar(
            select(SessionRegistration).where(
                SessionRegistration.session_id == session_id,
                SessionRegistration.person_id == person_id,
            )
        )
        return await self._registration(row) if row is not None else None

    async def _registration(self, row: SessionRegistration) -> RegistrationRecord:
        position = 0
        if row.status == "waiting":
            ahead = await self.session.scalar(
                select(func.count(SessionRegistration.id)).where(
                    SessionRegistration.session_id == row.session_id,
                    SessionRegistration.status == "waiting",
                    SessionRegistration.id < row.id,
                )
            )
            position = int(ahead or 0) + 1
        return RegistrationRecord(row.id, row.session_id, row.person_id, row.status, position)

    async def registered_sessions(self, person_id: int) -> list[int]:
        """The sessions a person is registered for or waiting for."""
        rows = await self.session.execute(
            select(SessionRegistration.session_id)
            .where(SessionRegistration.person_id == person_id)
            .order_by(SessionRegistration.session_id)
        )
        return [session_id for (session_id,) in rows.all()]

    async def attendees(self, session_id: int) -> list[Attendee]:
        """Registered people, then the waiting list, each in the order they registered."""
        rows = await self.session.execute(
            select(
                SessionRegistration.id,
                SessionRegistration.person_id,
                Person.telegram_id,
                Person.language,
                Person.respondent_group,
                SessionRegistration.status,
            )
            .join(Person, Person.id == SessionRegistration.person_id)
            .where(SessionRegistration.session_id == session_id)
            .order_by(SessionRegistration.status != "registered", SessionRegistration.id)
        )
        return [Attendee(*row) for row in rows.all()]

    async def languages_of(self, person_ids: Iterable[int]) -> dict[int, str | None]:
        ids = list(person_ids)
        if not ids:
            return {}
        rows = await self.session.execute(
            select(Person.id, Person.language).where(Person.id.in_(ids))
        )
        return {pid: language for pid, language in rows.all()}

    # -- registering -------------------------------------------------------------------------
    async def lock(self, session_id: int) -> InfoSession | None:
        """Hold the session's row until the transaction ends (see the module's notes)."""
        if self._postgres:
            stmt = select(InfoSession).where(InfoSession.id == session_id).with_for_update()
            return (
                await self.session.execute(stmt.execution_options(populate_existing=True))
            ).scalar_one_or_none()
        await self.session.execute(  # SQLite: a write takes the one write lock
            update(InfoSession)
            .where(InfoSession.id == session_id)
            .values(id=InfoSession.id)
            .execution_options(synchronize_session=False)
        )
        return await self.session.get(InfoSession, session_id, populate_existing=True)

    async def _registered_count(self, session_id: int) -> int:
        return int(
            await self.session.scalar(
                select(func.count(SessionRegistration.id)).where(
                    SessionRegistration.session_id == session_id,
                    SessionRegistration.status == "registered",
                )
            )
            or 0
        )

    async def register(self, session_id: int, person_id: int, now: datetime) -> RegisterResult:
        """A seat if one is free, else a place at the end of the waiting list."""
        row = await self.lock(session_id)
        starts = aware(row.starts_at) if row is not None else None
        if row is None or row.status != "published" or starts is None or starts <= now:
            return RegisterResult("closed", None)
        mine = await self.registration_of(session_id, person_id)
        if mine is not None:
            return RegisterResult(f"already-{mine.status}", mine)
        capacity = row.capacity or 0
        status = "registered" if await self._registered_count(session_id) < capacity else "waiting"
        created = SessionRegistration(
            session_id=session_id, person_id=person_id, status=status, created_at=utcnow()
        )
        self.session.add(created)
        await self.session.flush()
        return RegisterResult(status, await self._registration(created))

    async def unregister(
        self, session_id: int, person_id: int
    ) -> tuple[RegistrationRecord | None, list[Moved]]:
        """Remove the person's registration; waiting people move up into free seats."""
        row = await self.lock(session_id)
        mine = await self.registration_of(session_id, person_id)
        if row is None or mine is None:
            return None, []
        await self.session.execute(
            delete(SessionRegistration).where(SessionRegistration.id == mine.id)
        )
        moved = await self._fill(row) if row.status == "published" else []
        return mine, moved

    async def fill_seats(self, session_id: int) -> list[Moved]:
        """After the capacity grew: waiting people move up into the new seats."""
        row = await self.lock(session_id)
        if row is None or row.status != "published":
            return []
        return await self._fill(row)

    async def _fill(self, row: InfoSession) -> list[Moved]:
        free = (row.capacity or 0) - await self._registered_count(row.id)
        if free <= 0:
            return []
        waiting = await self.session.execute(
            select(SessionRegistration.id, SessionRegistration.person_id)
            .where(
                SessionRegistration.session_id == row.id,
                SessionRegistration.status == "waiting",
            )
            .order_by(SessionRegistration.id)
            .limit(free)
        )
        moved = [Moved(reg_id, person_id) for reg_id, person_id in waiting.all()]
        if moved:
            await self.session.execute(
                update(SessionRegistration)
                .where(SessionRegistration.id.in_([m.registration_id for m in moved]))
                .values(status="registered", promoted_at=utcnow())
                .execution_options(synchronize_session=False)
            )
        return moved
