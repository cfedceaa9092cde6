"""The outbox table: claimed once, in order, lanes kept, dead couriers' rows recovered.

Runs on SQLite and PostgreSQL (the `engine` fixture)."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlalchemy import select

from storage.db import session_factory
from storage.models import utcnow
from storage.models_outbox import Delivery
from storage.repositories import Repositories
from storage.repositories.outbox import ENQUEUED, OutboxRepository

LEASE = timedelta(seconds=30)


async def _enqueue(sessions, n: int, **kw) -> list[int]:
    async with sessions() as session, session.begin():
        repo = OutboxRepository(session)
        ids = [await repo.enqueue("notice", {"n": i}, **kw) for i in range(n)]
        assert session.info.get(ENQUEUED) is True  # the unit of work wakes the courier
    return [i for i in ids if i is not None]


async def _claim(sessions, worker: str, limit: int = 10, **kw):
    async with sessions() as session, session.begin():
        return await OutboxRepository(session).claim(worker, limit, LEASE, **kw)


async def _status(sessions) -> dict[int, str]:
    async with sessions() as session:
        rows = await session.execute(select(Delivery.id, Delivery.status))
        return dict(rows.all())


async def test_rows_are_claimed_oldest_first_and_only_once(engine):
    sessions = session_factory(engine)
    ids = await _enqueue(sessions, 5)
    first = await _claim(sessions, "a", limit=3)
    second = await _claim(sessions, "b", limit=10)
    assert [j.id for j in first] == ids[:3]
    assert [j.id for j in second] == ids[3:]
    assert [j.payload for j in first] == [{"n": 0}, {"n": 1}, {"n": 2}]
    assert await _claim(sessions, "c") == []


async def test_concurrent_couriers_never_share_a_row(engine):
    sessions = session_factory(engine)
    ids = await _enqueue(sessions, 60)
    claims = await asyncio.gather(*(_claim(sessions, f"w{i}", limit=7) for i in range(6)))
    more = await _claim(sessions, "late", limit=100)
    taken = [j.id for batch in (*claims, more) for j in batch]
    assert sorted(taken) == ids  # every row once: none twice, none lost


async def test_a_dedupe_key_makes_a_row_exist_once(engine):
    sessions = session_factory(engine)
    async with sessions() as session, session.begin():
        repo = OutboxRepository(session)
        first = await repo.enqueue("reminder", {}, dedupe_key="session:1:person:2:24h")
        second = await repo.enqueue("reminder", {}, dedupe_key="session:1:person:2:24h")
    assert first is not None and second is None
    assert len(await _status(sessions)) == 1


async def test_a_lane_is_sent_in_order_one_row_at_a_time(engine):
    sessions = session_factory(engine)
    post, unpost = await _enqueue(sessions, 2, lane="submission:7")
    [other] = await _enqueue(sessions, 1)
    assert [j.id for j in await _claim(sessions, "a")] == [post, other]
    assert await _claim(sessions, "b") == []  # the unpost waits for the post
    async with sessions() as session, session.begin():
        repo = OutboxRepository(session)
        assert await repo.start(post, "a", LEASE)
        await repo.finish(post, "sent")
    assert [j.id for j in await _claim(sessions, "b")] == [unpost]


async def test_rows_not_due_yet_wait(engine):
    sessions = session_factory(engine)
    [later] = await _enqueue(sessions, 1, not_before=utcnow() + timedelta(minutes=5))
    assert await _claim(sessions, "a") == []
    assert [j.id for j in await _claim(sessions, "a", now=utcnow() + timedelta(minutes=6))] == [
        later
    ]


async def test_a_dead_couriers_rows_come_back_but_an_unsure_one_is_never_resent(engine):
    sessions = session_factory(engine)
    unsure, never_started = await _enqueue(sessions, 2)
    await _claim(sessions, "dead")
    async with sessions() as session, session.begin():
        assert await OutboxRepository(session).start(unsure, "dead", LEASE)
    async with sessions() as session, session.begin():  # before the lease ends: nothing moves
        assert await OutboxRepository(session).recover() == (0, 0)
    async with sessions() as session, session.begin():
        back, lost = await OutboxRepository(session).recover(utcnow() + LEASE * 2)
    assert (back, lost) == (1, 1)
    assert await _status(sessions) == {unsure: "unknown", never_started: "pending"}
    assert [j.id for j in await _claim(sessions, "alive")] == [never_started]


async def test_a_row_whose_lease_was_taken_over_is_not_started(engine):
    sessions = session_factory(engine)
    [row] = await _enqueue(sessions, 1)
    await _claim(sessions, "slow")
    async with sessions() as session, session.begin():
        await OutboxRepository(session).recover(utcnow() + LEASE * 2)
    await _claim(sessions, "fast")
    async with sessions() as session, session.begin():
        assert not await OutboxRepository(session).start(row, "slow", LEASE)
        assert await OutboxRepository(session).start(row, "fast", LEASE)


async def test_a_clean_stop_gives_back_what_was_not_started(engine):
    sessions = session_factory(engine)
    ids = await _enqueue(sessions, 3)
    await _claim(sessions, "stopping")
    async with sessions() as session, session.begin():
        assert await OutboxRepository(session).release("stopping") == 3
    assert [j.id for j in await _claim(sessions, "next")] == ids


async def test_a_persons_notices_go_with_their_data(engine):
    sessions = session_factory(engine)
    async with sessions() as session, session.begin():
        repo = Repositories(session)
        person = await repo.people.get_or_create(5550001)
        await repo.outbox.enqueue("notice", {}, person_id=person.id)
        await repo.people.forget(person)
    assert await _status(sessions) == {}
