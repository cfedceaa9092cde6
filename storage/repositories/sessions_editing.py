"""Staff's side of the sessions repository: sessions and venues written, and the editor's
drafts (where a staff member is in creating or editing a session)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import utcnow
from storage.models_sessions import InfoSession, SessionDraft, Venue
from storage.repositories.sessions_records import DraftRecord, VenueRecord, venue_record
from storage.upsert import insert_for

EDITABLE = frozenset(
    {"title", "titles", "starts_at", "ends_at", "venue_id", "languages", "capacity", "notes"}
)


class SessionEditing:
    session: AsyncSession

    # -- sessions and venues -------------------------------------------------------------------
    async def create(self, title: str, created_by: int | None, **fields: Any) -> int:
        row = InfoSession(
            title=title,
            titles=fields.pop("titles", {}),
            languages=fields.pop("languages", []),
            created_by=created_by,
            status=fields.pop("status", "draft"),
            **fields,
        )
        self.session.add(row)
        await self.session.flush()
        return row.id

    async def update(self, session_id: int, **fields: Any) -> None:
        unknown = set(fields) - EDITABLE
        if unknown:
            raise ValueError(f"not editable: {sorted(unknown)}")
        row = await self.session.get(InfoSession, session_id)
        if row is None:
            return
        for name, value in fields.items():
            setattr(row, name, value)
        row.updated_at = utcnow()
        await self.session.flush()

    async def set_status(self, session_id: int, status: str, now: datetime) -> None:
        values: dict[str, Any] = {"status": status, "updated_at": now}
        if status == "published":
            values["published_at"] = now
        elif status == "cancelled":
            values["cancelled_at"] = now
        await self.session.execute(
            update(InfoSession)
            .where(InfoSession.id == session_id)
            .values(**values)
            .execution_options(synchronize_session=False)
        )

    async def delete(self, session_id: int) -> None:
        await self.session.execute(delete(InfoSession).where(InfoSession.id == session_id))

    async def venues(self, limit: int = 8) -> list[VenueRecord]:
        """Saved venues, the most used first."""
        used = func.count(InfoSession.id)
        rows = await self.session.execute(
            select(Venue)
            .outerjoin(InfoSession, InfoSession.venue_id == Venue.id)
            .group_by(Venue.id)
            .order_by(used.desc(), Venue.name, Venue.id)
            .limit(limit)
        )
        return [venue_record(v) for v in rows.scalars()]

    async def venue(self, venue_id: int) -> VenueRecord | None:
        row = await self.session.get(Venue, venue_id)
        return venue_record(row) if row is not None else None

    async def venue_for(
        self, name: str, address: str, latitude: float | None, longitude: float | None
    ) -> int:
        """The saved venue with this name and address (coordinates added if it had none), or
        a new one; race-safe."""
        stmt = insert_for(self.session)(Venue).values(
            name=name,
            address=address,
            latitude=latitude,
            longitude=longitude,
            created_at=utcnow(),
        )
        await self.session.execute(stmt.on_conflict_do_nothing(index_elements=["name", "address"]))
        row = await self.session.scalar(
            select(Venue).where(Venue.name == name, Venue.address == address)
        )
        assert row is not None
        if row.latitude is None and latitude is not None and longitude is not None:
            row.latitude, row.longitude = latitude, longitude
            await self.session.flush()
        return row.id

    # -- staff drafts --------------------------------------------------------------------------
    async def draft_of(self, person_id: int) -> DraftRecord | None:
        row = await self.session.get(SessionDraft, person_id, populate_existing=True)
        if row is None:
            return None
        return DraftRecord(row.session_id, row.mode, row.step, row.language, dict(row.scratch))

    async def save_draft(
        self,
        person_id: int,
        session_id: int | None,
        step: str,
        *,
        mode: str = "new",
        language: str | None = None,
        scratch: dict[str, str] | None = None,
    ) -> None:
        values = {
            "person_id": person_id,
            "session_id": session_id,
            "mode": mode,
            "step": step,
            "language": language,
            "scratch": scratch or {},
            "updated_at": utcnow(),
        }
        stmt = insert_for(self.session)(SessionDraft).values(**values)
        stmt = stmt.on_conflict_do_update(
            index_elements=["person_id"],
            set_={k: stmt.excluded[k] for k in values if k != "person_id"},
        )
        await self.session.execute(stmt)

    async def drop_draft(self, person_id: int) -> None:
        await self.session.execute(delete(SessionDraft).where(SessionDraft.person_id == person_id))
