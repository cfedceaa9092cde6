"""Helpers for the information-session end-to-end tests: a database of either kind, a published
session made directly in it, and reading rows back."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select, text

from storage.db import create_engine, session_factory
from storage.migrate import upgrade
from storage.models import utcnow
from storage.repositories import Repositories
from tests.conftest import PG_URL, require_service

TITLE = "Rights at work"


@contextlib.asynccontextmanager
async def database(kind: str, tmp_path: Path) -> AsyncIterator[str]:
    """A fresh, empty database URL: a SQLite file or a new PostgreSQL database."""
    if kind == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}"
        return
    require_service("PostgreSQL", "127.0.0.1", 5432)
    name = f"sessions_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    async with admin.connect() as conn:
        await conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield PG_URL.rsplit("/", 1)[0] + f"/{name}"
    finally:
        async with admin.connect() as conn:
            await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        await admin.dispose()


async def make_session(
    url: str,
    *,
    capacity: int = 10,
    start: datetime | None = None,
    title: str = TITLE,
    titles: dict[str, str] | None = None,
    languages: tuple[str, ...] = ("ar", "fa"),
    coords: tuple[float, float] | None = (42.6977, 23.3219),
) -> int:
    """A published session (the schema is brought up to date first)."""
    engine = create_engine(url)
    try:
        await upgrade(engine)
        async with session_factory(engine)() as session, session.begin():
            repo = Repositories(session).sessions
            lat, lon = coords if coords else (None, None)
            venue = await repo.venue_for("St. Anna Centre", "1 Example St., Sofia", lat, lon)
            start = start or utcnow() + timedelta(days=3)
            session_id = await repo.create(
                title,
                None,
                titles=titles or {},
                starts_at=start,
                ends_at=start + timedelta(hours=2),
                venue_id=venue,
                languages=list(languages),
                capacity=capacity,
            )
            await repo.set_status(session_id, "published", utcnow())
            return session_id
    finally:
        await engine.dispose()


async def rows(url: str, model: Any, *order: Any, **where: Any) -> list[Any]:
    engine = create_engine(url)
    try:
        async with session_factory(engine)() as session:
            stmt = select(model).filter_by(**where)
            if order:
                stmt = stmt.order_by(*order)
            return list((await session.execute(stmt)).scalars())
    finally:
        await engine.dispose()
