"""INSERT … ON CONFLICT for SQLite and PostgreSQL alike: race-safe writes under concurrency."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession


def insert_for(session: AsyncSession) -> Any:
    dialect = session.bind.dialect.name if session.bind is not None else "sqlite"
    return pg_insert if dialect == "postgresql" else sqlite_insert


async def upsert(
    session: AsyncSession,
    model: Any,
    values: Mapping[str, Any],
    conflict: Sequence[str],
    update: Sequence[str] = (),
) -> None:
    """Insert a row; on a conflict over `conflict` columns, update `update` (or do nothing)."""
    stmt = insert_for(session)(model).values(**values)
    if update:
        stmt = stmt.on_conflict_do_update(
            index_elements=list(conflict), set_={c: stmt.excluded[c] for c in update}
        )
    else:
        stmt = stmt.on_conflict_do_nothing(index_elements=list(conflict))
    await session.execute(stmt)
