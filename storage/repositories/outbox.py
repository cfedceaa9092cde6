"""Queries of the outbox (storage.models_outbox): enqueue in the deciding transaction; claim,
start and finish from the courier, each in a short transaction of its own.

Claiming on PostgreSQL selects due rows `FOR UPDATE SKIP LOCKED` and marks them, so couriers in
several processes share the rows without ever claiming one twice; on SQLite it is one
UPDATE … WHERE id IN (SELECT … LIMIT n) RETURNING statement, atomic under the single writer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Table, and_, bindparam, exists, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from storage.models import utcnow
from storage.models_outbox import OPEN_STATUSES, Delivery
from storage.upsert import insert_for

ENQUEUED = "outbox_enqueued"  # session.info flag: the unit of work wakes the courier on commit

# The courier runs these once per message: built once, on the table (no ORM bookkeeping).
_table = cast(Table, Delivery.__table__)
_rows = _table.c
_START = (
    update(_table)
    .where(
        _rows.id == bindparam("job_id"),
        _rows.status == "claimed",
        _rows.claimed_by == bindparam("worker"),
    )
    .values(status="sending", attempts=_rows.attempts + 1, lease_until=bindparam("lease_until"))
)
_FINISH = (
    update(_table)
    .where(_rows.id == bindparam("job_id"))
    .values(
        status=bindparam("status"),
        error=bindparam("error"),
        done_at=bindparam("done_at"),
        lease_until=None,
    )
)


@dataclass(frozen=True)
class Job:
    """A claimed delivery, detached from the session that claimed it."""

    id: int
    kind: str
    person_id: int | None
    lane: str | None
    payload: dict[str, Any]
    attempts: int
    bulk: bool = False
    broadcast_id: int | None = None


class OutboxRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    @property
    def _postgres(self) -> bool:
        bind = self.session.bind
        return bind is not None and bind.dialect.name == "postgresql"

    async def enqueue(
        self,
        kind: str,
        payload: dict[str, Any],
        *,
        person_id: int | None = None,
        lane: str | None = None,
        dedupe_key: str | None = None,
        not_before: datetime | None = None,
    ) -> int | None:
        """Add a delivery; with a `dedupe_key` already used, nothing is added (None)."""
        values: dict[str, Any] = {
            "kind": kind,
            "payload": payload,
            "person_id": person_id,
            "lane": lane,
            "dedupe_key": dedupe_key,
            "status": "pending",
            "attempts": 0,
            "not_before": not_before or utcnow(),
            "created_at": utcnow(),
        }
        stmt = insert_for(self.session)(Delivery).values(**values)
        if dedupe_key is not None:
            stmt = stmt.on_conflict_do_nothing(index_elements=["dedupe_key"])
        result = await self.session.execute(stmt.returning(Delivery.id))
        new_id = result.scalar_one_or_none()
        if new_id is not None:
            self.session.info[ENQUEUED] = True
        return new_id

    async def claim(
        self, worker: str, limit: int, lease: timedelta, now: datetime | None = None
    ) -> list[Job]:
        """Take up to `limit` due rows, oldest first but bulk rows (broadcasts) after the rest;
        a row whose lane has an earlier open row waits for it."""
        now = now or utcnow()
        row, earlier = aliased(Delivery), aliased(Delivery)  # apart from the UPDATE's own table
        lane_busy = exists().where(
            earlier.lane == row.lane,
            earlier.id < row.id,
            earlier.status.in_(OPEN_STATUSES),
        )
        due = (
            select(row.id)
            .where(
                row.status == "pending",
                row.not_before <= now,
                or_(row.lane.is_(None), ~lane_busy),
            )
            .order_by(row.bulk, row.id)
            .limit(limit)
        )
        if self._postgres:
            # Lock first, then update what was locked: a locking subquery inside the UPDATE
            # may be run again by the planner and then skip the rows it has just updated.
            locked = (await self.session.execute(due.with_for_update(skip_locked=True))).all()
            ids: Any = [row_id for (row_id,) in locked]
            if not ids:
                return []
        else:
            ids = due.scalar_subquery()  # one statement: SQLite's single writer makes it atomic
        stmt = (
            update(Delivery)
            .where(Delivery.id.in_(ids), Delivery.status == "pending")
            .values(status="claimed", claimed_by=worker, lease_until=now + lease)
            .returning(
                Delivery.id,
                Delivery.kind,
                Delivery.person_id,
                Delivery.lane,
                Delivery.payload,
                Delivery.attempts,
                Delivery.bulk,
                Delivery.broadcast_id,
            )
            .execution_options(synchronize_session=False)
        )
        rows = (await self.session.execute(stmt)).all()
        return sorted((Job(*row) for row in rows), key=lambda job: (job.bulk, job.id))

    async def start(self, job_id: int, worker: str, lease: timedelta) -> bool:
        """Mark the row as being sent (commit this before the network call). False when the
        lease was lost meanwhile (or the row was cancelled): then it must not be sent."""
        result = await self.session.execute(
            _START,
            {"job_id": job_id, "worker": worker, "lease_until": utcnow() + lease},
        )
        return bool(getattr(result, "rowcount", 0))

    async def finish(self, job_id: int, status: str, error: str | None = None) -> None:
        """sent, failed or cancelled."""
        await self.session.execute(
            _FINISH, {"job_id": job_id, "status": status, "error": error, "done_at": utcnow()}
        )

    async def retry(self, job_id: int, not_before: datetime, error: str | None = None) -> None:
        """Back to pending, to be tried again from `not_before` (Telegram did not take it)."""
        await self.session.execute(
            update(Delivery)
            .where(Delivery.id == job_id)
            .values(
                status="pending",
                not_before=not_before,
                error=error,
                claimed_by=None,
                lease_until=None,
            )
            .execution_options(synchronize_session=False)
        )

    async def cancel_pending(self, dedupe_prefix: str) -> int:
        """Rows not yet claimed whose dedupe key starts with `dedupe_prefix` end as cancelled
        (e.g. the reminders of a registration that was just cancelled). A row already claimed
        is left to its handler, which checks again before sending."""
        if not dedupe_prefix:
            raise ValueError("an empty prefix would cancel every keyed row")
        result = await self.session.execute(
            update(Delivery)
            .where(
                Delivery.status == "pending",
                Delivery.dedupe_key.startswith(dedupe_prefix, autoescape=True),
            )
            .values(status="cancelled", error="withdrawn", done_at=utcnow())
            .execution_options(synchronize_session=False)
        )
        return int(getattr(result, "rowcount", 0))

    async def release(self, worker: str) -> int:
        """A courier stopping cleanly gives back what it claimed and did not start."""
        result = await self.session.execute(
            update(Delivery)
            .where(Delivery.status == "claimed", Delivery.claimed_by == worker)
            .values(status="pending", claimed_by=None, lease_until=None)
            .execution_options(synchronize_session=False)
        )
        return int(getattr(result, "rowcount", 0))

    async def recover(self, now: datetime | None = None) -> tuple[int, int]:
        """After a courier died: claimed rows whose lease ran out go back to pending (they were
        never sent); sending ones become `unknown` and are not sent again. Returns both counts."""
        now = now or utcnow()
        expired = and_(Delivery.lease_until.is_not(None), Delivery.lease_until < now)
        back = await self.session.execute(
            update(Delivery)
            .where(Delivery.status == "claimed", expired)
            .values(status="pending", claimed_by=None, lease_until=None)
            .execution_options(synchronize_session=False)
        )
        lost = await self.session.execute(
            update(Delivery)
            .where(Delivery.status == "sending", expired)
            .values(status="unknown", error="interrupted", done_at=now, lease_until=None)
            .execution_options(synchronize_session=False)
        )
        return int(getattr(back, "rowcount", 0)), int(getattr(lost, "rowcount", 0))

    async def due_count(self, now: datetime | None = None) -> int:
        """Rows that should be on their way now: pending and due, claimed or being sent."""
        now = now or utcnow()
        stmt = select(func.count(Delivery.id)).where(
            or_(
                and_(Delivery.status == "pending", Delivery.not_before <= now),
                Delivery.status.in_(("claimed", "sending")),
            )
        )
        return int((await self.session.execute(stmt)).scalar_one())

    async def status_counts(self, kinds: Sequence[str] | None = None) -> dict[str, int]:
        stmt = select(Delivery.status, func.count(Delivery.id)).group_by(Delivery.status)
        if kinds:
            stmt = stmt.where(Delivery.kind.in_(kinds))
        return {status: int(n) for status, n in (await self.session.execute(stmt)).all()}

    async def sent_since(self, lane: str, kind: str, since: datetime) -> list[datetime]:
        """When rows of this lane and kind were sent from `since` on, oldest first (e.g. a
        submission's recent channel posts), counting rows still queued as sent now."""
        stmt = select(func.coalesce(Delivery.done_at, Delivery.not_before)).where(
            Delivery.lane == lane,
            Delivery.kind == kind,
            Delivery.status.in_(("sent", *OPEN_STATUSES)),
            func.coalesce(Delivery.done_at, Delivery.not_before) >= since,
        )
        return sorted((await self.session.execute(stmt)).scalars())

    async def get(self, job_id: int) -> Delivery | None:
        return await self.session.get(Delivery, job_id)
