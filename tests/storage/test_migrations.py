"""The Alembic migrations and the models describe the same schema, on every database."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from storage.migrate import current_revision, head_revision, upgrade
from storage.schema import metadata


async def test_migrations_match_models(engine):
    async with engine.connect() as conn:
        diff = await conn.run_sync(
            lambda sync: compare_metadata(MigrationContext.configure(sync), metadata)
        )
    assert diff == []
    assert await current_revision(engine) == head_revision()


async def test_upgrade_twice_is_harmless(engine):
    await upgrade(engine)
    assert await current_revision(engine) == head_revision()
