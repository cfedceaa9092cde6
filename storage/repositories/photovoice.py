"""Photovoice submissions and photos (implements dialogs.photovoice.store.PhotovoiceStore).

Records are handed out as frozen dataclasses, detached from the session, so a dialog never
triggers lazy loading.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from storage.media_refs import used_by_others
from storage.models import utcnow
from storage.models_photovoice import Photo, PhotoSubmission, ReasonRequest
from storage.photovoice_records import NewPhoto, PhotoRow, SubmissionRow
from storage.upsert import upsert

EDITABLE = frozenset(
    {
        "status",
        "step",
        "prompt_index",
        "theme",
        "story",
        "recognisable",
        "people_agreed",
        "display",
        "attribution",
    }
)


def _photo(p: Photo) -> PhotoRow:
    return PhotoRow(
        id=p.id,
        position=p.position,
        sha256=p.sha256,
        image_key=p.image_key,
        thumb_key=p.thumb_key,
        width=p.width,
        height=p.height,
        media_group_id=p.media_group_id,
        channel_chat_id=p.channel_chat_id,
        channel_message_id=p.channel_message_id,
    )


def _row(s: PhotoSubmission, photos: Sequence[Photo]) -> SubmissionRow:
    return SubmissionRow(
        id=s.id,
        person_id=s.person_id,
        status=s.status,
        step=s.step,
        prompt_index=s.prompt_index,
        story_mode=s.story_mode,
        theme=s.theme,
        story={str(k): str(v) for k, v in (s.story or {}).items()},
        recognisable=s.recognisable,
        people_agreed=s.people_agreed,
        display=s.display,
        attribution=s.attribution,
        reject_reason=s.reject_reason,
        reject_note=s.reject_note,
        created_at=s.created_at,
        submitted_at=s.submitted_at,
        decided_at=s.decided_at,
        photos=tuple(_photo(p) for p in sorted(photos, key=lambda p: p.position)),
    )


class PhotovoiceRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def _load(self, *where: Any) -> list[SubmissionRow]:
        stmt = (
            select(PhotoSubmission)
            .where(*where)
            .options(selectinload(PhotoSubmission.photos))
            .order_by(PhotoSubmission.id)
            .execution_options(populate_existing=True)
        )
        result = await self.session.execute(stmt)
        return [_row(s, s.photos) for s in result.scalars()]

    # -- the draft ----------------------------------------------------------------------------
    async def draft_of(self, person_id: int) -> SubmissionRow | None:
        rows = await self._load(
            PhotoSubmission.person_id == person_id, PhotoSubmission.status == "draft"
        )
        return rows[-1] if rows else None

    async def start_draft(self, person_id: int, story_mode: str) -> SubmissionRow:
        """A new draft, or the one a simultaneous tap just made (one draft per person)."""
        submission = PhotoSubmission(person_id=person_id, story_mode=story_mode, story={})
        try:
            async with self.session.begin_nested():
                self.session.add(submission)
        except IntegrityError:
            existing = await self.draft_of(person_id)
            assert existing is not None
            return existing
        return _row(submission, [])

    async def lock(self, submission_id: int) -> SubmissionRow:
        """Take the row's write lock first (an UPDATE: a row lock on PostgreSQL, the database
        write lock on SQLite), then read: concurrent callers run one after another and each
        sees what the previous one committed."""
        await self.session.execute(
            update(PhotoSubmission)
            .where(PhotoSubmission.id == submission_id)
            .values(updated_at=utcnow())
            .execution_options(synchronize_session=False)
        )
        found = await self.get(submission_id)
        if found is None:
            raise LookupError("submission vanished")
        return found

    async def update(self, submission_id: int, changes: Mapping[str, Any]) -> None:
        unknown = set(changes) - EDITABLE
        if unknown:
            raise ValueError(f"not editable: {sorted(unknown)}")
        values: dict[str, Any] = dict(changes)
        status = values.get("status")
        if status == "submitted":
            values["submitted_at"] = utcnow()
            values["reject_reason"] = None
            values["reject_note"] = None
        elif status == "withdrawn":
            values["withdrawn_at"] = utcnow()
        values["updated_at"] = utcnow()
        await self.session.execute(
            update(PhotoSubmission)
            .where(PhotoSubmission.id == submission_id)
            .values(**values)
            .execution_options(synchronize_session=False)
        )

    async def has_photo(self, person_id: int, sha256: str) -> bool:
        stmt = select(Photo.id).where(Photo.person_id == person_id, Photo.sha256 == sha256)
        return (await self.session.scalar(stmt.limit(1))) is not None

    async def add_photo(
        self, submission_id: int, person_id: int, photo: NewPhoto, position: int
    ) -> bool:
        row = Photo(
            submission_id=submission_id,
            person_id=person_id,
            position=position,
            sha256=photo.sha256,
            image_key=photo.image_key,
            thumb_key=photo.thumb_key,
            width=photo.width,
            height=photo.height,
            size=photo.size,
            original_format=photo.original_format[:8],
            media_group_id=(photo.media_group_id or None) and photo.media_group_id[:64],
        )
        try:
            async with self.session.begin_nested():
                self.session.add(row)
        except IntegrityError:  # the same picture again, sent at the same moment
            return False
        return True

    # -- any submission -----------------------------------------------------------------------
    async def get(self, submission_id: int) -> SubmissionRow | None:
        rows = await self._load(PhotoSubmission.id == submission_id)
        return rows[0] if rows else None

    async def of_person(self, person_id: int) -> list[SubmissionRow]:
        return await self._load(PhotoSubmission.person_id == person_id)

    async def _unreferenced(self, candidates: Mapping[str, tuple[str, str]]) -> list[str]:
        if not candidates:
            return []
        still_used = await used_by_others(self.session, candidates, None)
        return [key for sha, pair in candidates.items() if sha not in still_used for key in pair]

    async def delete(self, submission_id: int) -> list[str]:
        stmt = select(Photo.sha256, Photo.image_key, Photo.thumb_key).where(
            Photo.submission_id == submission_id
        )
        candidates = {
            r.sha256: (r.image_key, r.thumb_key) for r in await self.session.execute(stmt)
        }
        await self.session.execute(delete(Photo).where(Photo.submission_id == submission_id))
        await self.session.execute(
            delete(PhotoSubmission).where(PhotoSubmission.id == submission_id)
        )
        return await self._unreferenced(candidates)

    async def remove_photo(self, submission_id: int, photo_id: int) -> list[str] | None:
        """Take one photo out of a submission; None when it is not there. Returns the media
        keys nobody references any more."""
        stmt = select(Photo.sha256, Photo.image_key, Photo.thumb_key).where(
            Photo.id == photo_id, Photo.submission_id == submission_id
        )
        found = (await self.session.execute(stmt)).first()
        if found is None:
            return None
        await self.session.execute(delete(Photo).where(Photo.id == photo_id))
        return await self._unreferenced({found.sha256: (found.image_key, found.thumb_key)})

    async def files_only_of(self, person_id: int) -> list[str]:
        mine = select(Photo.sha256, Photo.image_key, Photo.thumb_key).where(
            Photo.person_id == person_id
        )
        candidates = {
            r.sha256: (r.image_key, r.thumb_key) for r in await self.session.execute(mine)
        }
        shared = await used_by_others(self.session, candidates, person_id)
        return [key for sha, pair in candidates.items() if sha not in shared for key in pair]

    # -- moderation ---------------------------------------------------------------------------
    async def next_for_review(self, after_id: int | None = None) -> SubmissionRow | None:
        """The oldest submitted item; with `after_id`, the one after it (wrapping around)."""
        stmt = (
            select(PhotoSubmission.id)
            .where(PhotoSubmission.status == "submitted")
            .order_by(PhotoSubmission.submitted_at, PhotoSubmission.id)
        )
        queue = list((await self.session.execute(stmt)).scalars())
        if not queue:
            return None
        chosen = queue[0]
        if after_id in queue:
            chosen = queue[(queue.index(after_id) + 1) % len(queue)]
        return await self.get(chosen)

    async def waiting_for_review(self) -> int:
        stmt = select(func.count(PhotoSubmission.id)).where(PhotoSubmission.status == "submitted")
        return int(await self.session.scalar(stmt) or 0)

    async def decide(
        self, submission_id: int, status: str, reason: str | None, note: str | None = None
    ) -> bool:
        now = utcnow()
        result = await self.session.execute(
            update(PhotoSubmission)
            .where(PhotoSubmission.id == submission_id, PhotoSubmission.status == "submitted")
            .values(
                status=status,
                reject_reason=reason,
                reject_note=note,
                decided_at=now,
                updated_at=now,
            )
            .execution_options(synchronize_session=False)
        )
        return bool(getattr(result, "rowcount", 0))

    async def approved_unposted(self) -> list[int]:
        """Approved submissions with public consent that have no channel post (yet)."""
        posted = select(Photo.submission_id).where(Photo.channel_message_id.is_not(None))
        stmt = (
            select(PhotoSubmission.id)
            .where(
                PhotoSubmission.status == "approved",
                PhotoSubmission.display.in_(("named", "anonymous")),
                PhotoSubmission.id.not_in(posted),
            )
            .order_by(PhotoSubmission.decided_at, PhotoSubmission.id)
        )
        return list((await self.session.execute(stmt)).scalars())

    # -- a reason a moderator still has to write --------------------------------------------
    async def request_reason(self, moderator_id: int, submission_id: int) -> None:
        """One waiting reason per moderator: a new request replaces the previous one."""
        values = {"moderator_id": moderator_id, "submission_id": submission_id}
        await upsert(
            self.session,
            ReasonRequest,
            {**values, "created_at": utcnow()},
            ["moderator_id"],
            ["submission_id", "created_at"],
        )

    async def reason_request(self, moderator_id: int) -> int | None:
        stmt = select(ReasonRequest.submission_id).where(
            ReasonRequest.moderator_id == moderator_id
        )
        return await self.session.scalar(stmt)

    async def drop_reason_request(self, moderator_id: int) -> None:
        await self.session.execute(
            delete(ReasonRequest).where(ReasonRequest.moderator_id == moderator_id)
        )

    async def set_channel_messages(
        self, photo_messages: Mapping[int, tuple[int, int] | None]
    ) -> None:
        """{photo id: (channel chat id, message id)}, or None once the post is removed."""
        for photo_id, where in photo_messages.items():
            chat_id, message_id = where if where is not None else (None, None)
            await self.session.execute(
                update(Photo)
                .where(Photo.id == photo_id)
                .values(channel_chat_id=chat_id, channel_message_id=message_id)
                .execution_options(synchronize_session=False)
            )

    # -- what one person holds (the limits) ---------------------------------------------------
    async def started_since(self, person_id: int, since: datetime) -> list[datetime]:
        """When this person's submissions kept since `since` were started, oldest first."""
        stmt = (
            select(PhotoSubmission.created_at)
            .where(PhotoSubmission.person_id == person_id, PhotoSubmission.created_at >= since)
            .order_by(PhotoSubmission.created_at)
        )
        return [
            t if t.tzinfo is not None else t.replace(tzinfo=UTC)  # SQLite hands back naive
            for t in (await self.session.execute(stmt)).scalars()
        ]

    async def waiting_of(self, person_id: int) -> int:
        stmt = select(func.count(PhotoSubmission.id)).where(
            PhotoSubmission.person_id == person_id, PhotoSubmission.status == "submitted"
        )
        return int(await self.session.scalar(stmt) or 0)

    async def photos_of(self, person_id: int) -> int:
        stmt = select(func.count(Photo.id)).where(Photo.person_id == person_id)
        return int(await self.session.scalar(stmt) or 0)
