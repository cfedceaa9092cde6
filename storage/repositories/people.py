"""People, their language, respondent group and privacy consent."""

from __future__ import annotations

from sqlalchemy import delete, func, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Consent, Person, utcnow

PRIVACY = "privacy"


class PeopleRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get_or_create(self, telegram_id: int) -> Person:
        """The person for a Telegram user, created on first contact (race-safe upsert)."""
        person = await self.by_telegram_id(telegram_id)
        if person is not None:
            return person
        dialect = self.session.bind.dialect.name if self.session.bind else "sqlite"
        insert = pg_insert if dialect == "postgresql" else sqlite_insert
        now = utcnow()
        stmt = insert(Person).values(telegram_id=telegram_id, created_at=now, updated_at=now)
        await self.session.execute(stmt.on_conflict_do_nothing(index_elements=["telegram_id"]))
        person = await self.by_telegram_id(telegram_id)
        assert person is not None
        return person

    async def by_telegram_id(self, telegram_id: int) -> Person | None:
        result = await self.session.execute(
            select(Person).where(Person.telegram_id == telegram_id)
        )
        return result.scalar_one_or_none()

    async def get(self, person_id: int) -> Person | None:
        return await self.session.get(Person, person_id)

    async def set_language(self, person: Person, language: str) -> None:
        person.language = language
        await self.session.flush()

    async def set_group(self, person: Person, group: str | None) -> None:
        person.respondent_group = group
        await self.session.flush()

    async def set_pending_start(self, person: Person, payload: str | None) -> None:
        person.pending_start = payload
        await self.session.flush()

    async def active_consent(self, person_id: int, kind: str = PRIVACY) -> Consent | None:
        result = await self.session.execute(
            select(Consent)
            .where(
                Consent.person_id == person_id,
                Consent.kind == kind,
                Consent.withdrawn_at.is_(None),
            )
            .order_by(Consent.granted_at.desc())
            .limit(1)
        )
        return result.scalar_one_or_none()

    async def grant_consent(
        self, person: Person, version: str, language: str, kind: str = PRIVACY
    ) -> Consent:
        consent = Consent(person_id=person.id, kind=kind, version=version, language=language)
        self.session.add(consent)
        await self.session.flush()
        return consent

    async def withdraw_consent(self, person: Person, kind: str = PRIVACY) -> bool:
        """End the person's consent (the record stays, with when it was given and withdrawn).

        What they gave stays; the profile goes back to what a person without consent has: the
        language only (no group, no flow taking their messages). False if there was none."""
        result = await self.session.execute(
            update(Consent)
            .where(
                Consent.person_id == person.id,
                Consent.kind == kind,
                Consent.withdrawn_at.is_(None),
            )
            .values(withdrawn_at=utcnow())
        )
        person.respondent_group = None
        person.active_flow = None
        person.pending_start = None
        await self.session.flush()
        return bool(getattr(result, "rowcount", 0))

    async def forget(self, person: Person) -> None:
        """Delete everything about a person but the language they read (kept for replies).

        Feature tables reference people with ON DELETE CASCADE, so removing the row and
        creating a fresh one removes their answers, votes and photos' records too.
        """
        telegram_id, language = person.telegram_id, person.language
        await self.session.execute(delete(Person).where(Person.id == person.id))
        await self.session.flush()
        self.session.expunge_all()
        fresh = await self.get_or_create(telegram_id)
        fresh.language = language
        await self.session.flush()

    async def count(self) -> int:
        return int(await self.session.scalar(select(func.count(Person.id))) or 0)

    async def language_of(self, telegram_ids: list[int]) -> dict[int, str | None]:
        result = await self.session.execute(
            select(Person.telegram_id, Person.language).where(Person.telegram_id.in_(telegram_ids))
        )
        return {row.telegram_id: row.language for row in result}
