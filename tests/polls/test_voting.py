"""Votes in the database and the voting rules, on SQLite and PostgreSQL (real repository)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from dialogs import polls
from dialogs.polls import voting
from dialogs.polls.model import Press, parse_press
from dialogs.profile import Profile
from storage.db import session_factory
from storage.models_polls import Vote
from storage.repositories import Repositories

NOW = datetime.now(UTC)


async def person(sessions, telegram_id: int, group: str = "bulgarian_citizen") -> Profile:
    async with sessions() as session, session.begin():
        repo = Repositories(session)
        record = await repo.profiles.load(telegram_id)
        await repo.profiles.set_language(record.person_id, "en")
        await repo.profiles.grant_privacy(record.person_id, "v1", "en")
        await repo.profiles.set_group(record.person_id, group)
    return Profile(record.person_id, telegram_id, "en", True, group, True)


async def make_poll(sessions, slug: str = "p", **fields) -> int:
    async with sessions() as session, session.begin():
        repo = Repositories(session).polls
        poll_id = await repo.create_draft(slug, None)
        assert poll_id is not None
        options = [f"o{i}" for i in range(fields.pop("option_count", 2))]
        await repo.set_text(poll_id, "en", "Q?", options)
        await repo.update_poll(
            poll_id, status="open", opens_at=NOW, option_count=len(options), **fields
        )
        return poll_id


async def press(sessions, profile: Profile, data: str, now: datetime = NOW) -> voting.Outcome:
    pressed = parse_press(data)
    assert pressed is not None
    async with sessions() as session, session.begin():
        ctx = voting.Context(now=now)
        return await voting.press(Repositories(session).polls, profile, pressed, ctx)


async def votes(sessions) -> list[tuple[int, int, int]]:
    async with sessions() as session:
        rows = await session.execute(select(Vote.person_id, Vote.choices, Vote.changes))
        return sorted(tuple(r) for r in rows.all())


async def test_the_shipped_poll_is_seeded_once_and_stays_as_staff_left_it(engine):
    sessions = session_factory(engine)
    async with sessions() as session, session.begin():
        assert await polls.seed(Repositories(session).polls) == ["economic-migrants"]
    async with sessions() as session, session.begin():
        repo = Repositories(session).polls
        poll = await repo.by_slug("economic-migrants")
        assert (poll.status, poll.source, poll.option_count) == ("open", "shipped", 2)
        await repo.update_poll(poll.id, status="closed")
    async with sessions() as session, session.begin():
        assert await polls.seed(Repositories(session).polls) == []
        assert (await Repositories(session).polls.by_slug("economic-migrants")).status == "closed"


async def test_fifty_people_pressing_at_once_leave_one_vote_each(engine):
    sessions = session_factory(engine)
    poll_id = await make_poll(sessions)
    people = [await person(sessions, 100 + i) for i in range(50)]
    # everyone presses twice at once, some for both options
    presses = [press(sessions, p, f"pv:{poll_id}:{i % 2}") for i, p in enumerate(people)]
    presses += [press(sessions, p, f"pv:{poll_id}:{(i % 3) % 2}") for i, p in enumerate(people)]
    outcomes = await asyncio.gather(*presses)
    stored = await votes(sessions)
    assert len(stored) == 50 and len({pid for pid, _, _ in stored}) == 50
    kinds = sorted(o.stored for o in outcomes)
    assert kinds.count("new") == 50
    assert kinds.count("changed") + kinds.count("same") == 50
    assert sum(changes for _, _, changes in stored) == kinds.count("changed")


async def test_the_database_itself_refuses_a_second_vote_and_bad_choices(engine):
    sessions = session_factory(engine)
    poll_id = await make_poll(sessions)
    me = await person(sessions, 7)
    async with sessions() as session, session.begin():
        session.add(Vote(poll_id=poll_id, person_id=me.person_id, choices=1))
    with pytest.raises(IntegrityError):
        async with sessions() as session, session.begin():
            session.add(Vote(poll_id=poll_id, person_id=me.person_id, choices=2))
    with pytest.raises(IntegrityError):
        async with sessions() as session, session.begin():
            other = await person(sessions, 8)
            session.add(Vote(poll_id=poll_id, person_id=other.person_id, choices=0))


async def test_changing_replaces_the_vote_and_can_be_forbidden(engine):
    sessions = session_factory(engine)
    free = await make_poll(sessions, "free")
    fixed = await make_poll(sessions, "fixed", allow_change=False)
    me = await person(sessions, 9)
    assert (await press(sessions, me, f"pv:{free}:0")).stored == "new"
    assert (await press(sessions, me, f"pv:{free}:1")).stored == "changed"
    assert (await press(sessions, me, f"pv:{free}:1")).stored == "same"
    assert (await press(sessions, me, f"pv:{fixed}:0")).stored == "new"
    locked = await press(sessions, me, f"pv:{fixed}:1")
    assert locked.stored == "locked" and locked.toast.key == "polls-locked-toast"
    async with sessions() as session:
        rows = await session.execute(select(Vote.poll_id, Vote.choices).order_by(Vote.poll_id))
        assert [tuple(r) for r in rows.all()] == [(free, 2), (fixed, 1)]
    # the "change my vote" screen of a poll that forbids it shows the results instead
    change = await press(sessions, me, f"pc:{fixed}")
    assert change.screens[0].parts[0].key == "polls-locked"


async def test_closed_polls_and_audiences_refuse_politely(engine):
    sessions = session_factory(engine)
    closing = await make_poll(sessions, "closing", closes_at=NOW + timedelta(hours=1))
    only_tcn = await make_poll(sessions, "tcn", audience=["foreign_national"])
    resident = await person(sessions, 10, "bulgarian_citizen")
    migrant = await person(sessions, 11, "foreign_national")
    later = NOW + timedelta(hours=2)
    closed = await press(sessions, resident, f"pv:{closing}:0", now=later)
    assert closed.toast.key == "polls-closed-toast"
    assert closed.screens[0].parts[0].key == "polls-closed"
    refused = await press(sessions, resident, f"pv:{only_tcn}:0")
    assert refused.screens[0].parts[0].key == "polls-audience"
    assert (await press(sessions, migrant, f"pv:{only_tcn}:0")).stored == "new"
    assert len(await votes(sessions)) == 1
    async with sessions() as session:
        repo = Repositories(session).polls
        listed = await voting.visible_polls(repo, resident, voting.Context(now=NOW))
        assert [p.slug for p in listed] == ["closing"]


async def test_old_or_forged_presses_change_nothing(engine):
    sessions = session_factory(engine)
    poll_id = await make_poll(sessions)
    multi = await make_poll(sessions, "multi", multiple=True, option_count=3)
    me = await person(sessions, 12)
    for data in (f"pv:{poll_id}:2", f"pv:{poll_id + 99}:0", f"pv:{multi}:0", f"ps:{multi}:8"):
        outcome = await press(sessions, me, data)
        assert outcome.toast.key == "button-expired", data
    for data in ("pv:1", "pv:1:x", "pv:-1:0", "pv:01:0", "pv:1:0:d", "pv:" + "9" * 30 + ":0"):
        assert parse_press(data) is None, data
    assert parse_press("pv:3:1:c") == Press("vote", 3, option=1, again=True)
    assert await votes(sessions) == []


NINES = "9" * 24
FORGED_KEYS = [
    "pv:2147483648:0",  # one more than PostgreSQL's INTEGER holds
    "po:9999999999",
    "pc:2147483648",
    f"pv:{NINES}:0",
    f"pt:{NINES}:0:0",
    f"ps:{NINES}:1",
    f"po:{NINES}",
    f"pc:{NINES}",
    "pv:1:" + NINES,
    "pt:1:" + NINES + ":0",
    "ps:1:" + NINES,
    "pv:1:10",  # no poll has an 11th option
    "pt:1:1024:0",
    "pv:٣:0",
    "pv:1:0:c:c",
]


async def test_forged_numbers_of_any_size_are_expired_never_a_database_error(engine):
    sessions = session_factory(engine)
    poll_id = await make_poll(sessions)
    me = await person(sessions, 14)
    for data in FORGED_KEYS:
        async with sessions() as session, session.begin():
            ctx = voting.Context(now=NOW)
            outcome = await voting.on_button(Repositories(session).polls, me, data, ctx)
        assert (outcome.toast.key, outcome.screens) == ("button-expired", []), data
    assert await votes(sessions) == []
    assert parse_press(f"pt:{poll_id}:1023:9") == Press("tick", poll_id, mask=1023, option=9)


async def test_multiple_choice_ticks_travel_in_the_buttons_until_sent(engine):
    sessions = session_factory(engine)
    multi = await make_poll(sessions, "multi", multiple=True, option_count=3)
    me = await person(sessions, 13)
    ticked = await press(sessions, me, f"pt:{multi}:0:2")
    actions = [b.action for row in ticked.screens[0].buttons for b in row]
    assert f"pt:{multi}:4:0" in actions and f"ps:{multi}:4" in actions
    assert await votes(sessions) == []
    sent = await press(sessions, me, f"ps:{multi}:5")
    assert sent.stored == "new"
    assert [c for _, c, _ in await votes(sessions)] == [5]
    async with sessions() as session:
        counted = await session.scalar(select(func.count()).select_from(Vote))
    assert counted == 1
