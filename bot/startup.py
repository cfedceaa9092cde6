"""What a process does with the database before it serves anyone: bring the schema up to date,
create the data shipped with the features, find the pseudonym key. The bot at start and every
command that needs the database run this; it imports neither aiogram nor the features, so the
command line stays quick and nothing here depends back on them.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence

from sqlalchemy.ext.asyncio import AsyncEngine

from bot import logs
from bot.settings import Settings
from storage.db import session_factory
from storage.migrate import current_revision, head_revision, upgrade
from storage.pseudonym_key import key_file_for, resolve_key
from storage.repositories import Repositories

log = logging.getLogger(__name__)


async def prepare_database(
    engine: AsyncEngine,
    revision: str = "heads",
    seeds: Sequence[Callable[[AsyncEngine], Awaitable[None]]] = (),
) -> str | None:
    """Bring the schema to `revision` and, once it is the newest, create the data shipped with
    the bot (the features' idempotent `seeds`, e.g. the economic-migrants poll). App.start and
    every command that needs the database run this. Returns the revision reached."""
    await upgrade(engine, revision)
    reached = await current_revision(engine)
    if reached == head_revision():
        for seed in seeds:
            await seed(engine)
    return reached


def production(settings: Settings) -> bool:
    """A real bot on a database server: possibly several processes on several machines."""
    return settings.token is not None and not settings.database_url.startswith("sqlite")


async def pseudonym_key(settings: Settings, engine: AsyncEngine) -> str:
    """PSEUDONYM_KEY, or the key file beside the data (storage.pseudonym_key); older refused
    attempts in the audit log lose their Telegram ids to pseudonyms made with it."""
    setting = settings.pseudonym_key.get_secret_value() if settings.pseudonym_key else None
    key_file = key_file_for(settings.database_url, settings.media_dir)
    if setting is None and production(settings):
        log.warning(
            "PSEUDONYM_KEY is not set: pseudonyms use the key in %s on this machine only; "
            "several processes or machines would label the same person differently, and "
            "losing this file loses the link between old and new pseudonyms. Set PSEUDONYM_KEY.",
            key_file,
        )
    key = await resolve_key(engine, setting, key_file)
    logs.add_secret(key)
    async with session_factory(engine)() as session, session.begin():
        changed = await Repositories(session).audit.pseudonymize_refused(key)
    if changed:
        log.info("audit log: %d refused attempts now carry a pseudonym", changed)
    return key
