"""Polls and votes. Voting is one INSERT … ON CONFLICT statement, so concurrent presses by the
same person (or by thousands of people) can never leave more than one vote per person and poll.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Insert, delete, func, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import KeyValue, utcnow
from storage.models_polls import Poll, PollDraft, PollSnapshot, PollText, Vote

THRESHOLD_KEY = "polls.suppression_threshold"
STEP_KEY = "polls.results_step"


@dataclass(frozen=True)
class PollRecord:
    id: int
    slug: str
    source: str
    status: str
    multiple: bool
    allow_change: bool
    option_count: int
    audience: frozenset[str] | None
    opens_at: datetime | None
    closes_at: datetime | None
    created_by: int | None
    # language -> (question, options); empty for shipped polls (their texts are in Fluent)
    texts: dict[str, tuple[str, tuple[str, ...]]]


@dataclass(frozen=True)
class DraftRecord:
    poll_id: int | None
    step: str
    language: str | None


class PollRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    def _insert(self, model: Any) -> Insert:
        dialect = self.session.bind.dialect.name if self.session.bind else "sqlite"
        return (pg_insert if dialect == "postgresql" else sqlite_insert)(model)  # type: ignore[return-value]

    # -- reading polls ---------------------------------------------------------------------
    async def _record(self, poll: Poll | None) -> PollRecord | None:
        if poll is None:
            return None
        rows = await self.session.execute(select(PollText).where(PollText.poll_id == poll.id))
        texts = {t.language: (t.question, tuple(t.options)) for t in rows.scalars()}
        return PollRecord(
            id=poll.id,
            slug=poll.slug,
            source=poll.source,
            status=poll.status,
            multiple=poll.multiple,
            allow_change=poll.allow_change,
            option_count=poll.option_count,
            audience=frozenset(poll.audience) if poll.audience is not None else None,
            opens_at=_aware(poll.opens_at),
            closes_at=_aware(poll.closes_at),
            created_by=poll.created_by,
            texts=texts,
        )

    async def by_id(self, poll_id: int) -> PollRecord | None:
        return await self._record(await self.session.get(Poll, poll_id, populate_existing=True))

    async def by_slug(self, slug: str) -> PollRecord | None:
        result = await self.session.execute(select(Poll).where(Poll.slug == slug))
        return await self._record(result.scalar_one_or_none())

    async def all(self, statuses: Sequence[str] | None = None) -> list[PollRecord]:
        stmt = select(Poll).order_by(Poll.created_at.desc(), Poll.id.desc())
        if statuses is not None:
            stmt = stmt.where(Poll.status.in_(statuses))
        polls = list((await self.session.execute(stmt)).scalars())
        return [r for p in polls if (r := await self._record(p)) is not None]

    async def vote_counts(self) -> dict[int, int]:
        result = await self.session.execute(
            select(Vote.poll_id, func.count(Vote.id)).group_by(Vote.poll_id)
        )
        return {poll_id: count for poll_id, count in result.all()}

    # -- voting ----------------------------------------------------------------------------
    async def cast(
        self,
        poll_id: int,
        person_id: int,
        choices: int,
        group: str | None,
        *,
        allow_change: bool,
    ) -> str:
        """Store a vote: "new", "changed", "same" (nothing to change) or "locked" (a different
        vote exists and the poll does not allow changing it). Race-safe: one statement."""
        generation = (
            select(PollSnapshot.generation).where(PollSnapshot.poll_id == poll_id)
        ).scalar_subquery()
        stmt = self._insert(Vote).values(
            poll_id=poll_id,
            person_id=person_id,
            choices=choices,
            respondent_group=group,
            changes=0,
            voted_at=utcnow(),
            # read in the same statement: a vote is never both in a snapshot and counted as
            # not shown yet
            generation=func.coalesce(generation, 0),
        )
        if allow_change:
            excluded = stmt.excluded  # type: ignore[attr-defined]
            stmt = stmt.on_conflict_do_update(  # type: ignore[attr-defined]
                index_elements=["poll_id", "person_id"],
                set_={
                    "choices": excluded.choices,
                    "respondent_group": excluded.respondent_group,
                    "changes": Vote.changes + 1,
                    "voted_at": excluded.voted_at,
                    "generation": excluded.generation,
                },
                where=Vote.choices != excluded.choices,
            )
        else:
            stmt = stmt.on_conflict_do_nothing(  # type: ignore[attr-defined]
                index_elements=["poll_id", "person_id"]
            )
        changes = (await self.session.execute(stmt.returning(Vote.changes))).scalar_one_or_none()
        if changes is not None:
            return "new" if changes == 0 else "changed"
        current = await self.ballot(poll_id, person_id)
        return "same" if current == choices else "locked"

    async def ballot(self, poll_id: int, person_id: int) -> int | None:
        """The person's current choices (bit mask), if they voted."""
        return await self.session.scalar(
            select(Vote.choices).where(Vote.poll_id == poll_id, Vote.person_id == person_id)
        )

    async def tally_rows(self, poll_id: int) -> list[tuple[str | None, int, int]]:
        """(respondent group, choices mask, number of people) for one poll."""
        result = await self.session.execute(
            select(Vote.respondent_group, Vote.choices, func.count(Vote.id))
            .where(Vote.poll_id == poll_id)
            .group_by(Vote.respondent_group, Vote.choices)
        )
        return [(g, int(c), int(n)) for g, c, n in result.all()]

    # -- what residents see: snapshots refreshed in steps ----------------------------------
    async def snapshot(self, poll_id: int) -> tuple[int, list[tuple[str | None, int, int]]] | None:
        """(generation, tally rows) of the poll's last snapshot, if one was taken."""
        found = await self.session.get(PollSnapshot, poll_id, populate_existing=True)
        if found is None:
            return None
        return found.generation, [(g, int(c), int(n)) for g, c, n in found.rows]

    async def changed_since(self, poll_id: int, generation: int) -> int:
        """People whose vote was cast or changed after snapshot `generation` was taken."""
        found = await self.session.scalar(
            select(func.count(Vote.id)).where(
                Vote.poll_id == poll_id, Vote.generation >= generation
            )
        )
        return int(found or 0)

    async def save_snapshot(
        self, poll_id: int, generation: int, rows: Sequence[tuple[str | None, int, int]]
    ) -> None:
        """Store snapshot `generation` unless one as new is there already (two people looking
        at once: the first one's stays, and both are then shown that one)."""
        stmt = self._insert(PollSnapshot).values(
            poll_id=poll_id, generation=generation, rows=[list(r) for r in rows], taken_at=utcnow()
        )
        excluded = stmt.excluded  # type: ignore[attr-defined]
        await self.session.execute(
            stmt.on_conflict_do_update(  # type: ignore[attr-defined]
                index_elements=["poll_id"],
                set_={
                    "generation": excluded.generation,
                    "rows": excluded.rows,
                    "taken_at": excluded.taken_at,
                },
                where=PollSnapshot.generation < excluded.generation,
            )
        )

    # -- settings ----------------------------------------------------------------------------
    async def _setting(self, key: str, default: int) -> int:
        value = await self.session.get(KeyValue, key)
        if value is None or not value.value.isdigit():
            return default
        return max(2, int(value.value))

    async def _set(self, key: str, value: int) -> None:
        stmt = self._insert(KeyValue).values(key=key, value=str(value))
        excluded = stmt.excluded  # type: ignore[attr-defined]
        await self.session.execute(
            stmt.on_conflict_do_update(  # type: ignore[attr-defined]
                index_elements=["key"], set_={"value": excluded.value}
            )
        )

    async def threshold(self, default: int) -> int:
        """Smallest group shown in the results split (at least 2)."""
        return await self._setting(THRESHOLD_KEY, default)

    async def set_threshold(self, value: int) -> None:
        await self._set(THRESHOLD_KEY, value)

    async def results_step(self, default: int) -> int:
        """How many people must vote or change their vote before residents see new counts."""
        return await self._setting(STEP_KEY, default)

    async def set_results_step(self, value: int) -> None:
        await self._set(STEP_KEY, value)

    # -- creating and changing polls -------------------------------------------------------
    async def ensure_shipped(
        self,
        slug: str,
        option_count: int,
        *,
        multiple: bool = False,
        allow_change: bool = True,
        audience: Sequence[str] | None = None,
    ) -> bool:
        """Create a poll shipped with the bot, open, unless it exists (then leave it as staff
        left it). True when it was created now."""
        now = utcnow()
        stmt = self._insert(Poll).values(
            slug=slug,
            source="shipped",
            status="open",
            multiple=multiple,
            allow_change=allow_change,
            option_count=option_count,
            audience=list(audience) if audience is not None else None,
            opens_at=now,
            created_at=now,
        )
        stmt = stmt.on_conflict_do_nothing(index_elements=["slug"])  # type: ignore[attr-defined]
        return (
            await self.session.execute(stmt.returning(Poll.id))
        ).scalar_one_or_none() is not None

    async def create_draft(self, slug: str, created_by: int | None) -> int | None:
        """A new staff poll in draft; None when the slug is taken."""
        stmt = self._insert(Poll).values(
            slug=slug,
            source="staff",
            status="draft",
            multiple=False,
            allow_change=True,
            option_count=2,
            created_by=created_by,
            created_at=utcnow(),
        )
        stmt = stmt.on_conflict_do_nothing(index_elements=["slug"])  # type: ignore[attr-defined]
        return (await self.session.execute(stmt.returning(Poll.id))).scalar_one_or_none()

    async def set_text(
        self, poll_id: int, language: str, question: str, options: Sequence[str]
    ) -> None:
        stmt = self._insert(PollText).values(
            poll_id=poll_id, language=language, question=question, options=list(options)
        )
        excluded = stmt.excluded  # type: ignore[attr-defined]
        await self.session.execute(
            stmt.on_conflict_do_update(  # type: ignore[attr-defined]
                index_elements=["poll_id", "language"],
                set_={"question": excluded.question, "options": excluded.options},
            )
        )

    async def update_poll(self, poll_id: int, **fields: Any) -> None:
        if "audience" in fields and fields["audience"] is not None:
            fields["audience"] = sorted(fields["audience"])
        for key, value in fields.items():
            if isinstance(value, datetime) and value.tzinfo is not None:
                # SQLite keeps no time zone: every stored time is UTC
                fields[key] = value.astimezone(UTC)
        await self.session.execute(update(Poll).where(Poll.id == poll_id).values(**fields))

    async def delete_poll(self, poll_id: int) -> None:
        await self.session.execute(delete(Poll).where(Poll.id == poll_id))

    # -- drafts of staff members -----------------------------------------------------------
    async def draft_of(self, person_id: int) -> DraftRecord | None:
        draft = await self.session.get(PollDraft, person_id, populate_existing=True)
        if draft is None:
            return None
        return DraftRecord(draft.poll_id, draft.step, draft.language)

    async def save_draft(
        self, person_id: int, poll_id: int | None, step: str, language: str | None
    ) -> None:
        stmt = self._insert(PollDraft).values(
            person_id=person_id, poll_id=poll_id, step=step, language=language, updated_at=utcnow()
        )
        excluded = stmt.excluded  # type: ignore[attr-defined]
        await self.session.execute(
            stmt.on_conflict_do_update(  # type: ignore[attr-defined]
                index_elements=["person_id"],
                set_={
                    "poll_id": excluded.poll_id,
                    "step": excluded.step,
                    "language": excluded.language,
                    "updated_at": excluded.updated_at,
                },
            )
        )

    async def drop_draft(self, person_id: int) -> None:
        await self.session.execute(delete(PollDraft).where(PollDraft.person_id == person_id))

    async def has_draft_for(self, poll_id: int) -> bool:
        found = await self.session.scalar(
            select(func.count()).select_from(PollDraft).where(PollDraft.poll_id == poll_id)
        )
        return bool(found)


def _aware(value: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes for timezone-aware columns; they were stored in UTC."""
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value
