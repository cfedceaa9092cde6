"""Repositories hold the queries. They flush but never commit: the unit of work commits."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from storage.repositories.audit import AuditRepository
from storage.repositories.broadcasts import BroadcastRepository
from storage.repositories.outbox import OutboxRepository
from storage.repositories.people import PeopleRepository
from storage.repositories.personal import PersonalDataRepository
from storage.repositories.photovoice import PhotovoiceRepository
from storage.repositories.polls import PollRepository
from storage.repositories.profiles import ProfileRepository
from storage.repositories.roles import RoleRepository
from storage.repositories.sessions import SessionRepository
from storage.repositories.settings import KeyValueRepository
from storage.repositories.subscriptions import SubscriptionRepository
from storage.repositories.survey import SurveyRepository


class Repositories:
    """Every repository on one session: what a handler gets for one update."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session
        self.people = PeopleRepository(session)
        self.profiles = ProfileRepository(session)
        self.personal = PersonalDataRepository(session)
        self.roles = RoleRepository(session)
        self.audit = AuditRepository(session)
        self.key_values = KeyValueRepository(session)
        self.photovoice = PhotovoiceRepository(session)
        self.polls = PollRepository(session)
        self.survey = SurveyRepository(session)
        self.outbox = OutboxRepository(session)
        self.sessions = SessionRepository(session)
        self.broadcasts = BroadcastRepository(session)
        self.subscriptions = SubscriptionRepository(session)


__all__ = [
    "AuditRepository",
    "KeyValueRepository",
    "OutboxRepository",
    "PeopleRepository",
    "PersonalDataRepository",
    "ProfileRepository",
    "Repositories",
    "RoleRepository",
    "SessionRepository",
]
