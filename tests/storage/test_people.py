"""People, consent, roles and forgetting, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio

from sqlalchemy import func, select

from storage.db import session_factory
from storage.models import AuditEntry, Consent, Person
from storage.repositories import Repositories


async def test_first_contact_creates_one_person_even_when_updates_race(engine):
    sessions = session_factory(engine)

    async def touch() -> int:
        async with sessions() as session, session.begin():
            return (await Repositories(session).people.get_or_create(4242)).id

    ids = await asyncio.gather(*(touch() for _ in range(8)))
    assert len(set(ids)) == 1
    async with sessions() as session:
        assert await session.scalar(select(func.count(Person.id))) == 1


async def test_consent_is_kept_with_its_version_and_time(engine):
    sessions = session_factory(engine)
    async with sessions() as session, session.begin():
        repo = Repositories(session)
        record = await repo.profiles.load(7)
        assert not record.consented
        await repo.profiles.grant_privacy(record.person_id, "v9", "ar")
    async with sessions() as session:
        repo = Repositories(session)
        record = await repo.profiles.load(7)
        consent = (await session.execute(select(Consent))).scalar_one()
        assert record.consented
        assert (consent.version, consent.language, consent.kind) == ("v9", "ar", "privacy")
        assert consent.granted_at is not None


async def test_forgetting_keeps_only_the_language(engine):
    sessions = session_factory(engine)
    async with sessions() as session, session.begin():
        repo = Repositories(session)
        record = await repo.profiles.load(99)
        await repo.profiles.set_language(record.person_id, "fa")
        await repo.profiles.grant_privacy(record.person_id, "v1", "fa")
        await repo.profiles.set_group(record.person_id, "foreign_national")
    async with sessions() as session, session.begin():
        repo = Repositories(session)
        record = await repo.profiles.load(99)
        await repo.profiles.forget(record.person_id)
    async with sessions() as session:
        repo = Repositories(session)
        record = await repo.profiles.load(99)
        assert (record.language, record.group, record.consented) == ("fa", None, False)
        assert await session.scalar(select(func.count(Consent.id))) == 0
        person = (await session.execute(select(Person))).scalar_one()
        assert person.respondent_group is None


async def test_roles_grant_revoke_and_audit(engine):
    sessions = session_factory(engine)
    async with sessions() as session, session.begin():
        repo = Repositories(session)
        assert await repo.roles.grant(555, "staff", granted_by=1)
        assert not await repo.roles.grant(555, "staff", granted_by=1)
        await repo.audit.record(1, "grant", "ok", "555", {"role": "staff"})
    async with sessions() as session, session.begin():
        repo = Repositories(session)
        assert await repo.roles.roles_of(555) == {"staff"}
        assert await repo.roles.revoke(555, "staff")
        assert not await repo.roles.revoke(555, "staff")
        assert await repo.roles.roles_of(555) == frozenset()
        entries = (await session.execute(select(AuditEntry))).scalars().all()
        assert [(e.action, e.outcome, e.details) for e in entries] == [
            ("grant", "ok", {"role": "staff"})
        ]


async def test_generated_secret_is_made_once_and_kept(engine):
    sessions = session_factory(engine)
    async with sessions() as session, session.begin():
        first = await Repositories(session).key_values.get_or_generate_secret("example_secret")
    async with sessions() as session, session.begin():
        again = await Repositories(session).key_values.get_or_generate_secret("example_secret")
    assert first == again and len(first) == 64
