"""Registrations in the database, on SQLite and PostgreSQL: capacity held by the row lock even
when thirty transactions register at once, the waiting list in order, moving up, reminders
withdrawn by dedupe-key prefix."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlalchemy import select

from storage.db import session_factory
from storage.models import utcnow
from storage.models_outbox import Delivery
from storage.repositories import Repositories


async def _setup(engine, capacity: int, people: int) -> tuple[int, list[int]]:
    async with session_factory(engine)() as s, s.begin():
        repo = Repositories(s)
        venue = await repo.sessions.venue_for("Centre", "Street 1", None, None)
        start = utcnow() + timedelta(days=2)
        session_id = await repo.sessions.create(
            "Title",
            None,
            starts_at=start,
            ends_at=start + timedelta(hours=2),
            venue_id=venue,
            capacity=capacity,
        )
        await repo.sessions.set_status(session_id, "published", utcnow())
        ids = [(await repo.people.get_or_create(8000 + i)).id for i in range(people)]
    return session_id, ids


async def test_thirty_transactions_at_once_never_exceed_the_seats(engine):
    session_id, people = await _setup(engine, capacity=10, people=30)
    sessions = session_factory(engine)
    started = asyncio.Event()

    async def register(person_id: int) -> str:
        async with sessions() as s, s.begin():
            repo = Repositories(s).sessions
            await repo.get(session_id)  # a read first, as a handler does
            await started.wait()  # then all write at once
            result = await repo.register(session_id, person_id, utcnow())
            await asyncio.sleep(0.01)  # hold the transaction a little: others pile up
            return result.outcome

    tasks = [asyncio.create_task(register(p)) for p in people]
    await asyncio.sleep(0.05)
    started.set()
    outcomes = await asyncio.gather(*tasks)
    assert sorted(outcomes).count("registered") == 10
    assert outcomes.count("waiting") == 20
    async with sessions() as s:
        record = await Repositories(s).sessions.get(session_id)
    assert (record.registered, record.waiting) == (10, 20)


async def test_waiting_list_moves_up_in_order_and_reports_positions(engine):
    session_id, people = await _setup(engine, capacity=2, people=5)
    sessions = session_factory(engine)
    async with sessions() as s, s.begin():
        repo = Repositories(s).sessions
        results = [await repo.register(session_id, p, utcnow()) for p in people]
        again = await repo.register(session_id, people[3], utcnow())
    assert [r.outcome for r in results] == ["registered"] * 2 + ["waiting"] * 3
    assert [r.registration.position for r in results] == [0, 0, 1, 2, 3]
    assert again.outcome == "already-waiting"
    async with sessions() as s, s.begin():
        repo = Repositories(s).sessions
        removed, moved = await repo.unregister(session_id, people[0])
        assert removed is not None and removed.status == "registered"
        assert [m.person_id for m in moved] == [people[2]]
        mine = await repo.registration_of(session_id, people[4])
        assert (mine.status, mine.position) == ("waiting", 2)
        # a waiting person leaving moves nobody
        removed, moved = await repo.unregister(session_id, people[3])
        assert moved == []
        assert (await repo.registration_of(session_id, people[4])).position == 1
        # more seats: the rest move up
        await repo.update(session_id, capacity=5)
        moved = await repo.fill_seats(session_id)
        assert [m.person_id for m in moved] == [people[4]]
        # registering again after cancelling is a new registration (a new id)
        back = await repo.register(session_id, people[0], utcnow())
        assert back.outcome == "registered" and back.registration.id > removed.id


async def test_a_cancelled_or_started_session_takes_no_registration(engine):
    session_id, people = await _setup(engine, capacity=2, people=1)
    async with session_factory(engine)() as s, s.begin():
        repo = Repositories(s).sessions
        later = utcnow() + timedelta(days=3)
        assert (await repo.register(session_id, people[0], later)).outcome == "closed"
        await repo.set_status(session_id, "cancelled", utcnow())
        assert (await repo.register(session_id, people[0], utcnow())).outcome == "closed"
        assert (await repo.register(999_999, people[0], utcnow())).outcome == "closed"


async def test_pending_rows_are_cancelled_by_key_prefix_only(engine):
    _, people = await _setup(engine, capacity=1, people=1)
    async with session_factory(engine)() as s, s.begin():
        outbox = Repositories(s).outbox
        for key in ("reminder:1:5:9:24h:1", "reminder:1:5:9:2h:1", "reminder:12:5:1:2h:1"):
            await outbox.enqueue("session-reminder", {}, person_id=people[0], dedupe_key=key)
        await outbox.enqueue("notice", {}, person_id=people[0])
        assert await outbox.cancel_pending("reminder:1:") == 2
        assert await outbox.cancel_pending("reminder:1:") == 0
        rows = (await s.execute(select(Delivery.dedupe_key, Delivery.status))).all()
    assert sorted(rows, key=str) == sorted(
        [
            ("reminder:1:5:9:24h:1", "cancelled"),
            ("reminder:1:5:9:2h:1", "cancelled"),
            ("reminder:12:5:1:2h:1", "pending"),
            (None, "pending"),
        ],
        key=str,
    )
