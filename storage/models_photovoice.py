"""Photovoice tables: a submission (draft until sent) and its photos' metadata.

The images themselves live in the media store (storage.media) under content-hash keys; rows
keep only the keys, sizes and hashes. Both tables reference people with ON DELETE CASCADE, so
deleting a person deletes their submissions and photo rows (the bot removes the files first).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from storage.models import Base, utcnow

REJECT_NOTE_CHARS = 500


class PhotoSubmission(Base):
    __tablename__ = "photo_submissions"
    __table_args__ = (
        Index("ix_photo_submissions_status_submitted", "status", "submitted_at"),
        # one draft per person at a time, enforced by the database (two taps on /photo)
        Index(
            "uq_photo_submissions_draft",
            "person_id",
            unique=True,
            sqlite_where=text("status = 'draft'"),
            postgresql_where=text("status = 'draft'"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    # draft / submitted / approved / rejected / withdrawn
    status: Mapped[str] = mapped_column(String(16), default="draft")
    # where a draft stands: theme / photos / story / recognisable / agreement / display / confirm
    step: Mapped[str] = mapped_column(String(16), default="theme")
    prompt_index: Mapped[int] = mapped_column(Integer, default=0)
    story_mode: Mapped[str] = mapped_column(String(16), default="showed")
    theme: Mapped[str | None] = mapped_column(String(32))
    story: Mapped[dict[str, Any]] = mapped_column(default=dict)
    recognisable: Mapped[bool | None] = mapped_column(Boolean)
    people_agreed: Mapped[bool | None] = mapped_column(Boolean)
    # named / anonymous / research
    display: Mapped[str | None] = mapped_column(String(16))
    # the first name shown with a "named" post; kept only while that is the choice
    attribution: Mapped[str | None] = mapped_column(String(64))
    reject_reason: Mapped[str | None] = mapped_column(String(32))
    # the reason a moderator wrote in their own words ("Another reason"), cleaned
    reject_note: Mapped[str | None] = mapped_column(String(REJECT_NOTE_CHARS))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    submitted_at: Mapped[datetime | None]
    decided_at: Mapped[datetime | None]
    withdrawn_at: Mapped[datetime | None]

    photos: Mapped[list[Photo]] = relationship(
        back_populates="submission",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Photo.position",
    )


class Photo(Base):
    __tablename__ = "photos"
    # one person never keeps the same picture twice (sha256 of the decoded pixels)
    __table_args__ = (UniqueConstraint("person_id", "sha256"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    submission_id: Mapped[int] = mapped_column(
        ForeignKey("photo_submissions.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    image_key: Mapped[str] = mapped_column(String(255))
    thumb_key: Mapped[str] = mapped_column(String(255))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    size: Mapped[int] = mapped_column(Integer)
    original_format: Mapped[str] = mapped_column(String(8))
    media_group_id: Mapped[str | None] = mapped_column(String(64))
    # where the photo is posted in public, while it is
    channel_chat_id: Mapped[int | None] = mapped_column(BigInteger)
    channel_message_id: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    submission: Mapped[PhotoSubmission] = relationship(back_populates="photos")


class ReasonRequest(Base):
    """A moderator pressed "Another reason" and has still to write it: the decision waits here,
    so a restart between the press and the typed reason loses nothing."""

    __tablename__ = "photo_reason_requests"

    moderator_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    submission_id: Mapped[int] = mapped_column(
        ForeignKey("photo_submissions.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
