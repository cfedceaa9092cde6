"""Photovoice records as the store hands them out: plain frozen data, detached from any
database session, so a dialog can read them without lazy loading. Both layers use these
classes: storage builds them, dialogs.photovoice reads them (no SQLAlchemy here)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class NewPhoto:
    """A cleaned photo, ready to keep: what the bot layer learnt from storage.media."""

    sha256: str
    image_key: str
    thumb_key: str
    width: int
    height: int
    size: int
    original_format: str
    media_group_id: str | None = None


@dataclass(frozen=True)
class PhotoRow:
    id: int
    position: int
    sha256: str
    image_key: str
    thumb_key: str
    width: int
    height: int
    media_group_id: str | None
    channel_chat_id: int | None
    channel_message_id: int | None


@dataclass(frozen=True)
class SubmissionRow:
    id: int
    person_id: int
    status: str
    step: str
    prompt_index: int
    story_mode: str
    theme: str | None
    story: Mapping[str, str]
    recognisable: bool | None
    people_agreed: bool | None
    display: str | None
    attribution: str | None
    reject_reason: str | None
    reject_note: str | None
    created_at: datetime
    submitted_at: datetime | None
    decided_at: datetime | None
    photos: tuple[PhotoRow, ...]
