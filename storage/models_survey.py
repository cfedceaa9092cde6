"""Questionnaire responses and their answers, written the moment each answer is given."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base, utcnow

IN_PROGRESS = "in_progress"
COMPLETED = "completed"


class Response(Base):
    """One person's pass through one version of a questionnaire."""

    __tablename__ = "responses"
    __table_args__ = (
        # at most one open response per person, form and version, enforced by the database
        Index(
            "uq_responses_open",
            "person_id",
            "form_id",
            "form_version",
            unique=True,
            sqlite_where=text("status = 'in_progress'"),
            postgresql_where=text("status = 'in_progress'"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    form_id: Mapped[str] = mapped_column(String(64))
    form_version: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), default=IN_PROGRESS)
    respondent_group: Mapped[str | None] = mapped_column(String(32))
    language: Mapped[str] = mapped_column(String(8))
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    completed_at: Mapped[datetime | None]


class Answer(Base):
    """An answer, a skip (value empty, skipped true), or a multiple-choice draft in progress."""

    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("response_id", "question", "is_draft"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    response_id: Mapped[int] = mapped_column(
        ForeignKey("responses.id", ondelete="CASCADE"), index=True
    )
    question: Mapped[str] = mapped_column(String(64))
    is_draft: Mapped[bool] = mapped_column(Boolean, default=False)
    skipped: Mapped[bool] = mapped_column(Boolean, default=False)
    value: Mapped[Any | None] = mapped_column(JSON)
    answered_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
