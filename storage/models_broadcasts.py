"""Announcements: who asked for which topic, and the broadcasts staff send to them.

- `subscriptions`: one row per person and topic they asked for (information sessions, audit
  results, new polls). Nobody gets a broadcast for a topic without a row here; a person who
  blocks the bot loses all their rows; deleting one's data deletes them (cascade).
- `broadcasts`: an announcement (a text per language, maybe a photo) and its audience. Its
  deliveries are outbox rows (`deliveries.broadcast_id`), one per recipient, written in one go
  when it is queued; the counts of their statuses are its progress.
- `broadcast_drafts`: where a staff member is in writing one (survives a restart).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, CheckConstraint, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base, utcnow

TOPICS = ("sessions", "results", "polls")
BROADCAST_STATUSES = ("draft", "queued", "cancelled")
AUDIENCES = ("topic", "session")


class Subscription(Base):
    __tablename__ = "subscriptions"
    __table_args__ = (
        CheckConstraint("topic IN (" + ", ".join(f"'{t}'" for t in TOPICS) + ")", name="topic"),
    )

    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    topic: Mapped[str] = mapped_column(String(16), primary_key=True, index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Broadcast(Base):
    __tablename__ = "broadcasts"
    __table_args__ = (
        CheckConstraint(
            "status IN (" + ", ".join(f"'{s}'" for s in BROADCAST_STATUSES) + ")", name="status"
        ),
        CheckConstraint(
            "audience IN (" + ", ".join(f"'{a}'" for a in AUDIENCES) + ")", name="audience"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    status: Mapped[str] = mapped_column(String(16), default="draft")
    audience: Mapped[str] = mapped_column(String(16), default="topic")
    topic: Mapped[str | None] = mapped_column(String(16))
    language: Mapped[str | None] = mapped_column(String(8))  # only people reading this one
    respondent_group: Mapped[str | None] = mapped_column(String(32))  # only this group
    session_id: Mapped[int | None] = mapped_column(Integer)  # the people registered for it
    texts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # language -> text
    photo_key: Mapped[str | None] = mapped_column(String(128))  # a cleaned photo (storage.media)
    # what made it, when not a person (e.g. "poll:12"): one announcement per source
    source: Mapped[str | None] = mapped_column(String(64), unique=True)
    created_by: Mapped[int | None] = mapped_column(BigInteger)  # Telegram id, for the audit
    recipients: Mapped[int] = mapped_column(Integer, default=0)
    # where its author follows the progress (a chat and the message that is edited)
    report_chat: Mapped[int | None] = mapped_column(BigInteger)
    report_message: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    queued_at: Mapped[datetime | None]
    cancelled_at: Mapped[datetime | None]


class BroadcastDraft(Base):
    """The one announcement a staff member is writing, and the step they are at."""

    __tablename__ = "broadcast_drafts"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    broadcast_id: Mapped[int] = mapped_column(ForeignKey("broadcasts.id", ondelete="CASCADE"))
    step: Mapped[str] = mapped_column(String(16))
    language: Mapped[str | None] = mapped_column(String(8))  # the text being written
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
