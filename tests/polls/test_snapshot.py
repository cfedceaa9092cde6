"""The counts residents see move only in steps of several people (real SQLite and PostgreSQL)."""

from __future__ import annotations

import asyncio

from dialogs.polls import voting
from storage.db import session_factory
from storage.repositories import Repositories
from tests.polls.test_voting import NOW, make_poll, person, press


async def seen(sessions, poll_id: int, step: int = 3) -> tuple[int, ...] | None:
    async with sessions() as session, session.begin():
        repo = Repositories(session).polls
        tally = await voting.public_tally(repo, await repo.by_id(poll_id), step)
    return tally.counts if tally is not None else None


async def test_counts_change_only_after_step_different_people(engine):
    sessions = session_factory(engine)
    poll_id = await make_poll(sessions)
    people = [await person(sessions, 300 + i) for i in range(7)]
    await press(sessions, people[0], f"pv:{poll_id}:0")
    await press(sessions, people[1], f"pv:{poll_id}:1")
    assert await seen(sessions, poll_id) is None  # two people: nothing to show yet
    await press(sessions, people[2], f"pv:{poll_id}:1")
    assert await seen(sessions, poll_id) == (1, 2)
    # one person changing again and again, and one new vote: still the same snapshot
    for option in (1, 0, 1, 0):
        await press(sessions, people[0], f"pv:{poll_id}:{option}")
    await press(sessions, people[3], f"pv:{poll_id}:0")
    assert await seen(sessions, poll_id) == (1, 2)
    await press(sessions, people[4], f"pv:{poll_id}:0")  # the third person since: refreshed
    assert await seen(sessions, poll_id) == (3, 2)
    # a vote pressed again unchanged is no change
    await press(sessions, people[4], f"pv:{poll_id}:0")
    await press(sessions, people[5], f"pv:{poll_id}:1")
    await press(sessions, people[6], f"pv:{poll_id}:1")
    assert await seen(sessions, poll_id) == (3, 2)


async def test_people_looking_at_once_all_see_the_stored_snapshot(engine):
    sessions = session_factory(engine)
    poll_id = await make_poll(sessions)
    for i in range(6):
        await press(sessions, await person(sessions, 400 + i), f"pv:{poll_id}:{i % 2}")
    views = await asyncio.gather(*(seen(sessions, poll_id) for _ in range(8)))
    assert set(views) == {(3, 3)}
    async with sessions() as session:
        stored = await Repositories(session).polls.snapshot(poll_id)
    assert stored is not None and stored[0] == 1  # one snapshot taken, not eight


async def test_closed_polls_show_the_last_snapshot_and_say_so(engine):
    sessions = session_factory(engine)
    poll_id = await make_poll(sessions)
    for i in range(4):
        await press(sessions, await person(sessions, 500 + i), f"pv:{poll_id}:0")
    assert await seen(sessions, poll_id) == (4, 0)
    late = await person(sessions, 510)
    await press(sessions, late, f"pv:{poll_id}:1")
    async with sessions() as session, session.begin():
        await Repositories(session).polls.update_poll(poll_id, status="closed", closes_at=NOW)
    async with sessions() as session, session.begin():
        repo = Repositories(session).polls
        poll = await repo.by_id(poll_id)
        screen = await voting.results(repo, poll, late, voting.Context(now=NOW, step=3))
    keys = [p.key for p in screen.parts]
    assert "polls-results-step" in keys
    assert [p.args["count"] for p in screen.parts if p.key == "polls-result-line"] == [4, 0]
    line = next(p for p in screen.parts if p.key == "polls-result-line" and p.args["number"] == 2)
    assert line.args["mine"] == "yes"  # one's own vote is marked even when not counted yet
