"""Broadcasts in the database: audiences (subscribers who agreed, narrowed by language or
group, or given people), one bulk outbox row each, progress, cancelling, unsubscribing.

Runs on SQLite and PostgreSQL (the `engine` fixture)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from storage.db import session_factory
from storage.models_outbox import Delivery
from storage.repositories import Repositories
from storage.repositories.outbox import OutboxRepository

LEASE = timedelta(seconds=30)


async def _people(sessions, specs) -> list[int]:
    """(language, group, consented, topics) per person -> person ids."""
    ids = []
    async with sessions() as session, session.begin():
        repo = Repositories(session)
        for i, (language, group, consented, topics) in enumerate(specs):
            person = await repo.people.get_or_create(7_000_000 + i)
            person.language = language
            person.respondent_group = group
            if consented:
                await repo.people.grant_consent(person, "v1", language or "bg")
            for topic in topics:
                await repo.subscriptions.subscribe(person.id, topic)
                await repo.subscriptions.subscribe(person.id, topic)  # twice is once
            ids.append(person.id)
    return ids


SPECS = [
    ("ar", "foreign_national", True, ["results", "sessions"]),
    ("uk", "foreign_national", True, ["results"]),
    (None, "bulgarian_citizen", True, ["results"]),  # reads the default language (bg)
    ("en", "eu_citizen", False, ["results"]),  # no consent (any more): nothing
    ("fa", "foreign_national", True, ["polls"]),
]


async def _recipients(sessions, topic, language=None, group=None):
    async with sessions() as session:
        found = await Repositories(session).broadcasts.topic_recipients(
            topic, language, group, "bg"
        )
        return [r.person_id for r in found]


async def test_the_audience_is_subscribers_who_agreed_narrowed_as_asked(engine):
    sessions = session_factory(engine)
    ar, uk, bg, _en, fa = await _people(sessions, SPECS)
    assert await _recipients(sessions, "results") == [ar, uk, bg]
    assert await _recipients(sessions, "results", language="bg") == [bg]
    assert await _recipients(sessions, "results", group="foreign_national") == [ar, uk]
    assert await _recipients(sessions, "results", "uk", "foreign_national") == [uk]
    assert await _recipients(sessions, "sessions") == [ar]
    assert await _recipients(sessions, "polls") == [fa]


async def test_queueing_writes_one_bulk_row_per_recipient_after_other_rows(engine):
    sessions = session_factory(engine)
    ids = await _people(sessions, SPECS)
    async with sessions() as session, session.begin():
        repo = Repositories(session)
        bid = await repo.broadcasts.create(topic="results", texts={"en": "Results"})
        recipients = await repo.broadcasts.topic_recipients("results", None, None, "bg")
        assert await repo.broadcasts.queue(bid, recipients, "bg") == 3
        notice = await repo.outbox.enqueue("notice", {}, person_id=ids[4])  # after, yet first
    async with sessions() as session, session.begin():
        record = await Repositories(session).broadcasts.get(bid)
        assert record is not None and (record.status, record.recipients) == ("queued", 3)
        jobs = await OutboxRepository(session).claim("w", 10, LEASE)
    assert jobs[0].id == notice
    assert [j.payload for j in jobs[1:]] == [
        {"chat": 7_000_000, "lang": "ar"},
        {"chat": 7_000_001, "lang": "uk"},
        {"chat": 7_000_002, "lang": "bg"},
    ]
    assert all(j.bulk for j in jobs[1:]) and not jobs[0].bulk


async def test_cancelling_stops_what_has_not_started(engine):
    sessions = session_factory(engine)
    await _people(sessions, SPECS)
    async with sessions() as session, session.begin():
        repo = Repositories(session)
        bid = await repo.broadcasts.create(topic="results", texts={"en": "x"})
        await repo.broadcasts.queue(
            bid, await repo.broadcasts.topic_recipients("results", None, None, "bg"), "bg"
        )
    async with sessions() as session, session.begin():
        outbox = OutboxRepository(session)
        first, second, _third = await outbox.claim("w", 10, LEASE)
        assert await outbox.start(first.id, "w", LEASE)
        await outbox.finish(first.id, "sent")
    async with sessions() as session, session.begin():
        assert await Repositories(session).broadcasts.cancel(bid) == 2
    async with sessions() as session, session.begin():
        assert not await OutboxRepository(session).start(second.id, "w", LEASE)
        progress = await Repositories(session).broadcasts.progress(bid)
        record = await Repositories(session).broadcasts.get(bid)
    assert progress == {"sent": 1, "cancelled": 2}
    assert record is not None and record.status == "cancelled"


async def test_unsubscribing_cancels_that_topics_rows_on_their_way(engine):
    sessions = session_factory(engine)
    ar, *_ = await _people(sessions, SPECS)
    async with sessions() as session, session.begin():
        repo = Repositories(session)
        results = await repo.broadcasts.create(topic="results", texts={"en": "r"})
        sessions_news = await repo.broadcasts.create(topic="sessions", texts={"en": "s"})
        for bid, topic in ((results, "results"), (sessions_news, "sessions")):
            await repo.broadcasts.queue(
                bid, await repo.broadcasts.topic_recipients(topic, "ar", None, "bg"), "bg"
            )
        await repo.subscriptions.unsubscribe(ar, "results")
        assert await repo.subscriptions.topics_of(ar) == {"sessions"}
    async with sessions() as session:
        rows = await session.execute(
            select(Delivery.broadcast_id, Delivery.status).order_by(Delivery.id)
        )
        assert rows.all() == [(results, "cancelled"), (sessions_news, "pending")]


async def test_blocking_the_bot_ends_every_subscription_and_deleting_data_too(engine):
    sessions = session_factory(engine)
    ar, uk, *_ = await _people(sessions, SPECS)
    async with sessions() as session, session.begin():
        repo = Repositories(session)
        assert await repo.subscriptions.unsubscribe_all(ar) == 2
        person = await repo.people.get(uk)
        assert person is not None
        await repo.people.forget(person)
    assert await _recipients(sessions, "results") == [ar + 2]


async def test_given_people_become_recipients(engine):
    sessions = session_factory(engine)
    ar, _uk, bg, *_ = await _people(sessions, SPECS)
    async with sessions() as session:
        found = await Repositories(session).broadcasts.people_recipients([bg, ar, ar])
    assert [(r.person_id, r.language) for r in found] == [(ar, "ar"), (bg, None)]


async def test_a_source_makes_one_broadcast_only(engine):
    sessions = session_factory(engine)
    async with sessions() as session, session.begin():
        repo = Repositories(session)
        first = await repo.broadcasts.create_once("poll:3", topic="polls", texts={"en": "q"})
        again = await repo.broadcasts.create_once("poll:3", topic="polls", texts={"en": "q"})
    assert first is not None and again is None
