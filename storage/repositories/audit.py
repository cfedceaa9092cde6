"""The audit log of privileged actions.

Staff acting are named by Telegram id. Refused attempts and the rows of someone who deleted
their data carry a pseudonym instead (`storage.pseudonyms.pseudonym`)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import AuditEntry
from storage.pseudonyms import pseudonym

# actions whose target is a Telegram id (the person a role was granted to or taken from)
PERSON_TARGETS = ("grant", "revoke")


class AuditRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def record(
        self,
        actor: int | None,
        action: str,
        outcome: str,
        target: str | None = None,
        details: dict[str, Any] | None = None,
        *,
        actor_pseudonym: str | None = None,
    ) -> None:
        self.session.add(
            AuditEntry(
                actor_telegram_id=actor,
                actor_pseudonym=actor_pseudonym,
                action=action,
                outcome=outcome,
                target=target,
                details=details,
            )
        )
        await self.session.flush()

    async def recent(self, limit: int = 50) -> list[AuditEntry]:
        result = await self.session.execute(
            select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
        )
        return list(result.scalars())

    async def forget_person(self, telegram_id: int, key: str) -> None:
        """ "Delete my data": the person's rows keep what happened, under their pseudonym only."""
        label = pseudonym(key, telegram_id)
        await self.session.execute(
            update(AuditEntry)
            .where(AuditEntry.actor_telegram_id == telegram_id)
            .values(actor_telegram_id=None, actor_pseudonym=label)
        )
        await self.session.execute(
            update(AuditEntry)
            .where(AuditEntry.action.in_(PERSON_TARGETS), AuditEntry.target == str(telegram_id))
            .values(target=label)
        )
        await self.session.flush()

    async def pseudonymize_refused(self, key: str) -> int:
        """Rows of refused attempts written before pseudonyms (revision 0009) lose their id."""
        rows = await self.session.execute(
            select(AuditEntry.id, AuditEntry.actor_telegram_id).where(
                AuditEntry.outcome == "denied", AuditEntry.actor_telegram_id.is_not(None)
            )
        )
        changed = 0
        for row_id, telegram_id in rows.all():
            assert telegram_id is not None  # selected so
            await self.session.execute(
                update(AuditEntry)
                .where(AuditEntry.id == row_id)
                .values(actor_telegram_id=None, actor_pseudonym=pseudonym(key, telegram_id))
            )
            changed += 1
        await self.session.flush()
        return changed
