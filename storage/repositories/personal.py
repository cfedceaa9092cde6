"""Everything one person gave, read back for "My data": consents, questionnaire responses with
their answers, poll votes, and the counts of every table listed in storage.personal_data.

Read-only: withdrawing and forgetting are in the people and profile repositories.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Consent
from storage.models_polls import Vote
from storage.models_survey import Answer, Response
from storage.personal_data import PERSONAL_TABLES


@dataclass(frozen=True)
class ConsentRow:
    kind: str
    version: str
    language: str
    granted_at: datetime
    withdrawn_at: datetime | None


@dataclass(frozen=True)
class ResponseRow:
    id: int
    form_id: str
    form_version: int
    status: str
    language: str
    started_at: datetime
    updated_at: datetime
    completed_at: datetime | None
    answers: Mapping[str, Any] = field(default_factory=dict)
    skipped: frozenset[str] = frozenset()


@dataclass(frozen=True)
class VoteRow:
    poll_id: int
    choices: int
    voted_at: datetime


class PersonalDataRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def consents(self, person_id: int) -> list[ConsentRow]:
        """Every consent the person gave, withdrawn ones too, oldest first."""
        result = await self.session.execute(
            select(Consent)
            .where(Consent.person_id == person_id)
            .order_by(Consent.granted_at, Consent.id)
        )
        return [
            ConsentRow(c.kind, c.version, c.language, c.granted_at, c.withdrawn_at)
            for c in result.scalars()
        ]

    async def responses(self, person_id: int) -> list[ResponseRow]:
        """The person's questionnaire responses with their answers and skips (not the
        unfinished multiple-choice selections), oldest first."""
        responses = list(
            (
                await self.session.execute(
                    select(Response)
                    .where(Response.person_id == person_id)
                    .order_by(Response.started_at, Response.id)
                )
            ).scalars()
        )
        answers: dict[int, dict[str, Any]] = {r.id: {} for r in responses}
        skipped: dict[int, set[str]] = {r.id: set() for r in responses}
        if responses:
            rows = await self.session.execute(
                select(Answer.response_id, Answer.question, Answer.skipped, Answer.value)
                .where(Answer.response_id.in_(list(answers)), Answer.is_draft.is_(False))
                .order_by(Answer.id)
            )
            for row in rows:
                if row.skipped:
                    skipped[row.response_id].add(row.question)
                else:
                    answers[row.response_id][row.question] = row.value
        return [
            ResponseRow(
                id=r.id,
                form_id=r.form_id,
                form_version=r.form_version,
                status=r.status,
                language=r.language,
                started_at=r.started_at,
                updated_at=r.updated_at,
                completed_at=r.completed_at,
                answers=answers[r.id],
                skipped=frozenset(skipped[r.id]),
            )
            for r in responses
        ]

    async def votes(self, person_id: int) -> list[VoteRow]:
        result = await self.session.execute(
            select(Vote.poll_id, Vote.choices, Vote.voted_at)
            .where(Vote.person_id == person_id)
            .order_by(Vote.voted_at, Vote.id)
        )
        return [VoteRow(row.poll_id, row.choices, row.voted_at) for row in result]

    async def record_counts(self, person_id: int) -> Mapping[str, int]:
        """Rows per kind in every table listed in storage.personal_data."""
        counts: dict[str, int] = {}
        for kind, model, column in PERSONAL_TABLES:
            stmt = select(func.count()).select_from(model)
            stmt = stmt.where(getattr(model, column) == person_id)
            counts[kind] = int(await self.session.scalar(stmt) or 0)
        return counts
