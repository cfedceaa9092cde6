"""A person's profile changes by person id (implements dialogs' ProfileStore and MyDataStore)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Person
from storage.repositories.people import PeopleRepository
from storage.repositories.personal import PersonalDataRepository


@dataclass(frozen=True)
class PersonRecord:
    person_id: int
    telegram_id: int
    language: str | None
    group: str | None
    consented: bool
    pending_start: str | None
    active_flow: str | None


class ProfileRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session
        self.people = PeopleRepository(session)

    async def load(self, telegram_id: int) -> PersonRecord:
        person = await self.people.get_or_create(telegram_id)
        consent = await self.people.active_consent(person.id)
        return PersonRecord(
            person_id=person.id,
            telegram_id=telegram_id,
            language=person.language,
            group=person.respondent_group if consent else None,
            consented=consent is not None,
            pending_start=person.pending_start,
            active_flow=person.active_flow,
        )

    async def _person(self, person_id: int) -> Person:
        person = await self.people.get(person_id)
        if person is None:
            raise LookupError("person vanished during the update")
        return person

    async def set_language(self, person_id: int, language: str) -> None:
        await self.people.set_language(await self._person(person_id), language)

    async def grant_privacy(self, person_id: int, version: str, language: str) -> None:
        await self.people.grant_consent(await self._person(person_id), version, language)

    async def set_group(self, person_id: int, group: str) -> None:
        await self.people.set_group(await self._person(person_id), group)

    async def set_pending_start(self, person_id: int, payload: str | None) -> None:
        await self.people.set_pending_start(await self._person(person_id), payload)

    async def set_active_flow(self, person_id: int, flow: str | None) -> None:
        person = await self._person(person_id)
        person.active_flow = flow
        await self.session.flush()

    async def consent_given_at(self, person_id: int) -> datetime | None:
        consent = await self.people.active_consent(person_id)
        return consent.granted_at if consent else None

    async def record_counts(self, person_id: int) -> Mapping[str, int]:
        return await PersonalDataRepository(self.session).record_counts(person_id)

    async def withdraw_privacy(self, person_id: int) -> bool:
        """Withdraw the privacy consent and keep what the person gave (see PeopleRepository)."""
        return await self.people.withdraw_consent(await self._person(person_id))

    async def forget(self, person_id: int) -> None:
        await self.people.forget(await self._person(person_id))
