"""Schema upgrades with Alembic, from the app at start or from `integra-bot db upgrade`."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(url: str | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if url:
        config.set_main_option("sqlalchemy.url", url)
    return config


async def upgrade(engine: AsyncEngine, revision: str = "heads") -> None:
    """Bring the schema to `revision` on the engine's database, in one transaction.

    Each feature's migrations form their own branch off the foundation, so "heads" (all of
    them) is the default target.
    """

    def _upgrade(connection: Connection) -> None:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, revision)

    async with engine.begin() as connection:
        await connection.run_sync(_upgrade)


async def current_revision(engine: AsyncEngine) -> str | None:
    """The applied revisions, sorted and comma-joined (one per feature branch)."""

    def _current(connection: Connection) -> str | None:
        heads = MigrationContext.configure(connection).get_current_heads()
        return ",".join(sorted(heads)) or None

    async with engine.connect() as connection:
        return await connection.run_sync(_current)


def head_revision() -> str | None:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    return ",".join(sorted(heads)) or None
