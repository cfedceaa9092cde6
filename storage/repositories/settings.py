"""Values the bot generates once and keeps in the database."""

from __future__ import annotations

import secrets

from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import KeyValue


class KeyValueRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, key: str) -> str | None:
        row = await self.session.get(KeyValue, key)
        return row.value if row else None

    async def get_or_generate_secret(self, key: str) -> str:
        """A random secret made on first use and kept. Not for the pseudonym key: that one
        lives outside the database (storage.pseudonyms)."""
        value = await self.get(key)
        if value is None:
            value = secrets.token_hex(32)
            self.session.add(KeyValue(key=key, value=value))
            await self.session.flush()
        return value

    async def delete(self, key: str) -> None:
        row = await self.session.get(KeyValue, key)
        if row is not None:
            await self.session.delete(row)
            await self.session.flush()
