"""A person's records read back for "My data", and withdrawing consent, on SQLite and
PostgreSQL: withdrawing keeps what was given and the consent's history, forgetting removes it."""

from __future__ import annotations

from sqlalchemy import func, select

from storage.db import session_factory
from storage.models import Consent, Person
from storage.models_survey import Response
from storage.repositories import Repositories

FORM = ("sofia-integration-audit", 1)


async def given_a_participant(sessions, telegram_id: int = 555) -> tuple[int, int]:
    """A consenting person with a finished and an open response, a draft, and a vote."""
    async with sessions() as session, session.begin():
        repo = Repositories(session)
        record = await repo.profiles.load(telegram_id)
        pid = record.person_id
        await repo.profiles.set_language(pid, "uk")
        await repo.profiles.grant_privacy(pid, "v1", "uk")
        await repo.profiles.set_group(pid, "foreign_national")
        await repo.profiles.set_active_flow(pid, "survey")
        done = await repo.survey.start(pid, *FORM, "foreign_national", "uk")
        await repo.survey.save_answer(done, "age", 41)
        await repo.survey.skip(done, "gender")
        await repo.survey.complete(done)
        open_ = await repo.survey.start(pid, *FORM, "foreign_national", "uk")
        await repo.survey.save_answer(open_, "age", 42)
        await repo.survey.set_draft(open_, "barriers", ["language"])
        await repo.polls.ensure_shipped("economic-migrants", 2)
        poll = await repo.polls.by_slug("economic-migrants")
        assert poll is not None
        await repo.polls.cast(poll.id, pid, 0b10, "foreign_national", allow_change=True)
    return pid, poll.id


async def test_records_read_back_answers_skips_and_votes_but_not_drafts(engine):
    sessions = session_factory(engine)
    pid, poll_id = await given_a_participant(sessions)
    async with sessions() as session:
        personal = Repositories(session).personal
        done, open_ = await personal.responses(pid)
        [vote] = await personal.votes(pid)
        [consent] = await personal.consents(pid)
        counts = await personal.record_counts(pid)
    assert (done.status, dict(done.answers), done.skipped) == (
        "completed",
        {"age": 41},
        {"gender"},
    )
    assert done.completed_at is not None
    assert (open_.status, dict(open_.answers), open_.skipped) == (
        "in_progress",
        {"age": 42},
        set(),
    )
    assert (vote.poll_id, vote.choices) == (poll_id, 0b10)
    assert (consent.version, consent.withdrawn_at) == ("v1", None)
    assert counts["responses"] == 2 and counts["votes"] == 1


async def test_withdrawing_keeps_what_was_given_and_the_consent_history(engine):
    sessions = session_factory(engine)
    pid, _ = await given_a_participant(sessions)
    async with sessions() as session, session.begin():
        assert await Repositories(session).profiles.withdraw_privacy(pid)
    async with sessions() as session, session.begin():
        repo = Repositories(session)
        record = await repo.profiles.load(555)
        assert (record.language, record.group, record.consented) == ("uk", None, False)
        assert record.active_flow is None
        [consent] = await repo.personal.consents(pid)
        assert consent.withdrawn_at is not None and consent.withdrawn_at >= consent.granted_at
        assert len(await repo.personal.responses(pid)) == 2
        assert len(await repo.personal.votes(pid)) == 1
        assert not await repo.profiles.withdraw_privacy(pid)  # nothing left to withdraw
        await repo.profiles.grant_privacy(pid, "v2", "uk")  # agreeing again: a new record
    async with sessions() as session, session.begin():
        repo = Repositories(session)
        assert (await repo.profiles.load(555)).consented
        assert [c.withdrawn_at is None for c in await repo.personal.consents(pid)] == [
            False,
            True,
        ]
        await repo.profiles.forget(pid)
    async with sessions() as session:
        assert await session.scalar(select(func.count(Consent.id))) == 0
        assert await session.scalar(select(func.count(Response.id))) == 0
        person = (await session.execute(select(Person))).scalar_one()
        assert person.language == "uk"
