"""Responses and answers: each answer is upserted the moment it is given."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from storage.media import keys_for
from storage.media_refs import sha_of_key, used_by_others
from storage.models import utcnow
from storage.models_survey import COMPLETED, IN_PROGRESS, Answer, Response
from storage.upsert import upsert


@dataclass(frozen=True)
class StoredResponse:
    id: int
    person_id: int
    form_id: str
    form_version: int
    status: str
    answers: dict[str, Any] = field(default_factory=dict)
    skipped: frozenset[str] = frozenset()
    drafts: dict[str, list[str]] = field(default_factory=dict)


class SurveyRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, response_id: int) -> StoredResponse | None:
        response = await self.session.get(Response, response_id)
        if response is None:
            return None
        rows = (
            await self.session.execute(select(Answer).where(Answer.response_id == response_id))
        ).scalars()
        answers: dict[str, Any] = {}
        skipped: set[str] = set()
        drafts: dict[str, list[str]] = {}
        for row in rows:
            if row.is_draft:
                drafts[row.question] = list(row.value or [])
            elif row.skipped:
                skipped.add(row.question)
            else:
                answers[row.question] = row.value
        return StoredResponse(
            id=response.id,
            person_id=response.person_id,
            form_id=response.form_id,
            form_version=response.form_version,
            status=response.status,
            answers=answers,
            skipped=frozenset(skipped),
            drafts=drafts,
        )

    async def open_response(self, person_id: int, form_id: str, version: int) -> int | None:
        return await self.session.scalar(
            select(Response.id).where(
                Response.person_id == person_id,
                Response.form_id == form_id,
                Response.form_version == version,
                Response.status == IN_PROGRESS,
            )
        )

    async def latest_open(self, person_id: int) -> int | None:
        """The response a person was last working on, whatever the form."""
        return await self.session.scalar(
            select(Response.id)
            .where(Response.person_id == person_id, Response.status == IN_PROGRESS)
            .order_by(Response.updated_at.desc(), Response.id.desc())
            .limit(1)
        )

    async def completed_count(self, person_id: int, form_id: str, version: int) -> int:
        count = await self.session.scalar(
            select(func.count(Response.id)).where(
                Response.person_id == person_id,
                Response.form_id == form_id,
                Response.form_version == version,
                Response.status == COMPLETED,
            )
        )
        return int(count or 0)

    async def start(
        self, person_id: int, form_id: str, version: int, group: str | None, language: str
    ) -> int:
        """A new open response, or the one that already exists (two taps at once)."""
        existing = await self.open_response(person_id, form_id, version)
        if existing is not None:
            return existing
        response = Response(
            person_id=person_id,
            form_id=form_id,
            form_version=version,
            respondent_group=group,
            language=language,
        )
        try:
            async with self.session.begin_nested():
                self.session.add(response)
        except IntegrityError:
            existing = await self.open_response(person_id, form_id, version)
            assert existing is not None
            return existing
        return response.id

    async def discard(self, response_id: int) -> None:
        """ "Start again": the unfinished response and its answers are removed."""
        await self.session.execute(
            delete(Response).where(Response.id == response_id, Response.status == IN_PROGRESS)
        )

    async def save_answer(self, response_id: int, question: str, value: Any) -> None:
        await self._final(response_id, question, value=value, skipped=False)

    async def skip(self, response_id: int, question: str) -> None:
        await self._final(response_id, question, value=None, skipped=True)

    async def drop(self, response_id: int, question: str) -> None:
        await self.session.execute(
            delete(Answer).where(
                Answer.response_id == response_id,
                Answer.question == question,
                Answer.is_draft.is_(False),
            )
        )
        await self._touch(response_id)

    async def set_draft(self, response_id: int, question: str, codes: list[str]) -> None:
        if not codes:
            await self.session.execute(
                delete(Answer).where(
                    Answer.response_id == response_id,
                    Answer.question == question,
                    Answer.is_draft.is_(True),
                )
            )
        else:
            values = {
                "response_id": response_id,
                "question": question,
                "is_draft": True,
                "skipped": False,
                "value": codes,
                "answered_at": utcnow(),
            }
            conflict = ("response_id", "question", "is_draft")
            await upsert(self.session, Answer, values, conflict, update=("value", "answered_at"))
        await self._touch(response_id)

    async def files_only_of(self, person_id: int, photo_questions: list[str]) -> list[str]:
        """Image and thumbnail keys of the person's photo answers that nobody else uses."""
        stmt = (
            select(Answer.value)
            .join(Response, Response.id == Answer.response_id)
            .where(
                Response.person_id == person_id,
                Answer.question.in_(photo_questions),
                Answer.skipped.is_(False),
                Answer.is_draft.is_(False),
            )
        )
        shas = {sha_of_key(v) for v in (await self.session.execute(stmt)).scalars() if v}
        shared = await used_by_others(self.session, shas, person_id)
        return [key for sha in sorted(shas - shared) for key in keys_for(sha)]

    async def unreferenced(self, image_keys: list[str]) -> list[str]:
        """Image and thumbnail keys among these that no answer or photo references any more."""
        shas = {sha_of_key(k) for k in image_keys}
        used = await used_by_others(self.session, shas, None)
        return [key for sha in sorted(shas - used) for key in keys_for(sha)]

    async def complete(self, response_id: int) -> None:
        await self.session.execute(
            update(Response)
            .where(Response.id == response_id)
            .values(status=COMPLETED, completed_at=utcnow(), updated_at=utcnow())
        )

    async def _final(self, response_id: int, question: str, *, value: Any, skipped: bool) -> None:
        values = {
            "response_id": response_id,
            "question": question,
            "is_draft": False,
            "skipped": skipped,
            "value": value,
            "answered_at": utcnow(),
        }
        conflict = ("response_id", "question", "is_draft")
        update_cols = ("skipped", "value", "answered_at")
        await upsert(self.session, Answer, values, conflict, update=update_cols)
        await self._touch(response_id)

    async def _touch(self, response_id: int) -> None:
        await self.session.execute(
            update(Response).where(Response.id == response_id).values(updated_at=utcnow())
        )
