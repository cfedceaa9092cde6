"""Tables of the foundation: people, their consents, staff roles, the audit log, settings.

Feature tables live in their own modules (storage/models_*.py) on the same `Base`.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: DateTime(timezone=True), dict[str, Any]: JSON}


class Person(Base):
    """Someone who wrote to the bot. Only the language is kept until they agree to more."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    telegram_id: Mapped[int] = mapped_column(BigInteger, unique=True)
    language: Mapped[str | None] = mapped_column(String(8))
    respondent_group: Mapped[str | None] = mapped_column(String(32))
    pending_start: Mapped[str | None] = mapped_column(String(64))
    # which feature receives free text and photos now ("survey", "photovoice"...), if any
    active_flow: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    consents: Mapped[list[Consent]] = relationship(
        back_populates="person", cascade="all, delete-orphan", passive_deletes=True
    )


class Consent(Base):
    """An agreement to a notice, with the version of the text that was agreed to."""

    __tablename__ = "consents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    version: Mapped[str] = mapped_column(String(32))
    language: Mapped[str] = mapped_column(String(8))
    granted_at: Mapped[datetime] = mapped_column(default=utcnow)
    withdrawn_at: Mapped[datetime | None]

    person: Mapped[Person] = relationship(back_populates="consents")


class RoleGrant(Base):
    """A staff role held by a Telegram user (who may not have written to the bot yet)."""

    __tablename__ = "role_grants"
    __table_args__ = (UniqueConstraint("telegram_id", "role"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    telegram_id: Mapped[int] = mapped_column(BigInteger, index=True)
    role: Mapped[str] = mapped_column(String(16))
    granted_by: Mapped[int | None] = mapped_column(BigInteger)
    granted_at: Mapped[datetime] = mapped_column(default=utcnow)


class AuditEntry(Base):
    """Every privileged action, allowed or refused.

    Staff and admins acting are named by Telegram id (who did what). A refused attempt, by
    anyone, and the rows of someone who deleted their data carry only `actor_pseudonym`
    (storage.pseudonyms), so a stranger's Telegram id is not kept."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor_telegram_id: Mapped[int | None] = mapped_column(BigInteger)
    actor_pseudonym: Mapped[str | None] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(64))
    outcome: Mapped[str] = mapped_column(String(16))
    target: Mapped[str | None] = mapped_column(String(128))
    details: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class KeyValue(Base):
    """Small settings the bot generates once and keeps (e.g. the pseudonym key)."""

    __tablename__ = "key_values"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
