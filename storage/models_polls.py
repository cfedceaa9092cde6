"""Opinion polls: the polls, their texts per language (for polls written by staff), the votes,
and staff members' unfinished poll drafts.

One vote per person and poll is a database rule: `votes` has UNIQUE(poll_id, person_id), and a
person's choices are one bit mask in that one row (bit i = option i; a single-choice vote has
exactly one bit). Changing a vote replaces the row's mask in one INSERT … ON CONFLICT statement.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base, utcnow

MAX_OPTIONS = 10


class Poll(Base):
    __tablename__ = "polls"
    __table_args__ = (
        CheckConstraint("option_count BETWEEN 2 AND 10", name="option_count"),
        CheckConstraint("status IN ('draft', 'open', 'closed')", name="status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slug: Mapped[str] = mapped_column(String(40), unique=True)
    # "shipped": texts in Fluent (poll-<slug>-question ...); "staff": texts in poll_texts
    source: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    multiple: Mapped[bool] = mapped_column(Boolean, default=False)
    allow_change: Mapped[bool] = mapped_column(Boolean, default=True)
    option_count: Mapped[int] = mapped_column(Integer)
    # respondent group codes allowed to vote; NULL: everyone
    audience: Mapped[list[str] | None] = mapped_column(JSON)
    opens_at: Mapped[datetime | None]
    closes_at: Mapped[datetime | None]
    created_by: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class PollText(Base):
    """A staff poll's question and options in one language."""

    __tablename__ = "poll_texts"
    __table_args__ = (UniqueConstraint("poll_id", "language"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    poll_id: Mapped[int] = mapped_column(ForeignKey("polls.id", ondelete="CASCADE"))
    language: Mapped[str] = mapped_column(String(8))
    question: Mapped[str] = mapped_column(Text)
    options: Mapped[list[str]] = mapped_column(JSON)


class Vote(Base):
    """A person's one vote in one poll: the chosen options as a bit mask."""

    __tablename__ = "votes"
    __table_args__ = (
        UniqueConstraint("poll_id", "person_id"),
        CheckConstraint("choices > 0 AND choices < 1024", name="choices"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    poll_id: Mapped[int] = mapped_column(ForeignKey("polls.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    choices: Mapped[int] = mapped_column(Integer)
    # the person's respondent group when they voted (the split shows who they were then)
    respondent_group: Mapped[str | None] = mapped_column(String(32))
    changes: Mapped[int] = mapped_column(Integer, default=0)
    voted_at: Mapped[datetime] = mapped_column(default=utcnow)
    # the poll's results snapshot generation when this vote was last cast or changed (see
    # PollSnapshot): votes with the current generation are the ones residents do not see yet
    generation: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class PollSnapshot(Base):
    """The counts residents see of a poll, refreshed only once enough different people have
    voted or changed their vote since the last snapshot (privacy: one new vote can never be
    seen alone by comparing two views). Aggregates only: (group, choices, people) rows."""

    __tablename__ = "poll_snapshots"

    poll_id: Mapped[int] = mapped_column(
        ForeignKey("polls.id", ondelete="CASCADE"), primary_key=True
    )
    generation: Mapped[int] = mapped_column(Integer)
    rows: Mapped[list[list[Any]]] = mapped_column(JSON)
    taken_at: Mapped[datetime] = mapped_column(default=utcnow)


class PollDraft(Base):
    """Where a staff member is in writing a poll in the chat (survives restarts)."""

    __tablename__ = "poll_drafts"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    poll_id: Mapped[int | None] = mapped_column(ForeignKey("polls.id", ondelete="CASCADE"))
    step: Mapped[str] = mapped_column(String(16))
    language: Mapped[str | None] = mapped_column(String(8))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


__all__ = ["MAX_OPTIONS", "Poll", "PollDraft", "PollSnapshot", "PollText", "Vote"]
