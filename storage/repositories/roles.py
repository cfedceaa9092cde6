"""Staff roles granted in the chat (ADMIN_IDS are admins by configuration, not by row)."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import RoleGrant


class RoleRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def roles_of(self, telegram_id: int) -> frozenset[str]:
        result = await self.session.execute(
            select(RoleGrant.role).where(RoleGrant.telegram_id == telegram_id)
        )
        return frozenset(result.scalars())

    async def grant(self, telegram_id: int, role: str, granted_by: int | None) -> bool:
        """Grant a role; False when it was already held."""
        if role in await self.roles_of(telegram_id):
            return False
        self.session.add(RoleGrant(telegram_id=telegram_id, role=role, granted_by=granted_by))
        await self.session.flush()
        return True

    async def revoke(self, telegram_id: int, role: str) -> bool:
        result = await self.session.execute(
            delete(RoleGrant).where(RoleGrant.telegram_id == telegram_id, RoleGrant.role == role)
        )
        await self.session.flush()
        return bool(getattr(result, "rowcount", 0))

    async def holders(self) -> list[tuple[int, str]]:
        result = await self.session.execute(
            select(RoleGrant.telegram_id, RoleGrant.role).order_by(
                RoleGrant.role, RoleGrant.telegram_id
            )
        )
        return [(row.telegram_id, row.role) for row in result]

    async def holders_of(self, role: str) -> list[int]:
        result = await self.session.execute(
            select(RoleGrant.telegram_id).where(RoleGrant.role == role)
        )
        return list(result.scalars())
