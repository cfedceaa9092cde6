"""Responses and answers on SQLite and PostgreSQL: every answer kept, one open response."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import IntegrityError

from storage.db import session_factory
from storage.models_survey import Response
from storage.repositories import Repositories

FORM = ("sofia-integration-audit", 1)


async def person(sessions) -> int:
    async with sessions() as session, session.begin():
        return (await Repositories(session).people.get_or_create(31337)).id


async def test_answers_skips_drafts_are_kept_and_read_back(engine):
    sessions = session_factory(engine)
    pid = await person(sessions)
    async with sessions() as session, session.begin():
        repo = Repositories(session).survey
        rid = await repo.start(pid, *FORM, "foreign_national", "fa")
        await repo.save_answer(rid, "age", 34)
        await repo.save_answer(rid, "age", 35)  # changed: replaced, not duplicated
        await repo.skip(rid, "work_permit")
        await repo.set_draft(rid, "barriers", ["language", "housing"])
        await repo.save_answer(rid, "arrival", "2021-05-03")
        await repo.drop(rid, "arrival")
    async with sessions() as session:
        stored = await Repositories(session).survey.get(rid)
    assert stored is not None
    assert stored.answers == {"age": 35}
    assert stored.skipped == {"work_permit"}
    assert stored.drafts == {"barriers": ["language", "housing"]}
    assert (stored.person_id, stored.status) == (pid, "in_progress")


async def test_one_open_response_per_person_and_form_version(engine):
    sessions = session_factory(engine)
    pid = await person(sessions)
    async with sessions() as session, session.begin():
        repo = Repositories(session).survey
        first = await repo.start(pid, *FORM, None, "bg")
        assert await repo.start(pid, *FORM, None, "bg") == first
    with pytest.raises(IntegrityError):  # the database itself refuses a second open one
        async with sessions() as session, session.begin():
            session.add(Response(person_id=pid, form_id=FORM[0], form_version=1, language="bg"))
    async with sessions() as session, session.begin():
        repo = Repositories(session).survey
        await repo.complete(first)
        second = await repo.start(pid, *FORM, None, "bg")  # after completion a new one may open
        assert second != first
        assert await repo.completed_count(pid, *FORM) == 1
        await repo.discard(second)
        assert await repo.open_response(pid, *FORM) is None
        assert await repo.get(first) is not None  # completed responses are never discarded
        await repo.discard(first)
        assert (await repo.get(first)).status == "completed"
