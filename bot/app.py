"""Assembles the bot: settings → engine, locales, dispatcher with every feature router.

Nothing here is module-level state: `build` returns an `App`, and tests, the demo and the
CLI each build their own.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import partial
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.client.default import DefaultBotProperties
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ParseMode
from aiogram.fsm.storage.base import BaseStorage
from aiogram.fsm.storage.memory import MemoryStorage
from sqlalchemy.ext.asyncio import AsyncEngine

from bot import consent_gate, errors, logs, notices
from bot.commands import publish
from bot.courier import Courier
from bot.deeplinks import DeepLinks
from bot.download_limits import DownloadLimits
from bot.flows import Cancellers, Reshowers
from bot.l10n import Locales
from bot.metrics import Metrics
from bot.middlewares import UnitOfWork
from bot.ordering import InOrder
from bot.pacing import Pacer
from bot.routers import (
    admin,
    fallback,
    learn,
    menu,
    mydata,
    onboarding,
    photovoice,
    polls,
    sessions,
    survey,
)
from bot.settings import Settings
from bot.telegram_session import PinnedResponseSession
from dialogs.profile import Profile
from storage.db import create_engine, session_factory
from storage.media import FolderMediaStore
from storage.migrate import current_revision, head_revision, upgrade
from storage.pseudonym_key import key_file_for, resolve_key
from storage.repositories import Repositories

log = logging.getLogger(__name__)

# Feature modules: each has setup() -> Router and may have register(dp) for deep links and
# /cancel hooks. The menu's consent gate runs before them, the fallback after.
FEATURES: tuple[Any, ...] = (polls, learn, photovoice, survey, sessions)


@dataclass
class App:
    settings: Settings
    bot: Bot
    dp: Dispatcher
    engine: AsyncEngine
    locales: Locales
    courier: Courier
    metrics: Metrics

    async def start(self) -> None:
        """Upgrade the schema, create the shipped data, find the pseudonym key, publish the
        command lists and start delivering the outbox; call before polling."""
        await prepare_database(self.engine)
        self.dp["pseudonym_key"] = await pseudonym_key(self.settings, self.engine)
        await publish(self.bot, self.locales)
        for feature in FEATURES:  # work left from before (e.g. posts waiting for a channel)
            if hasattr(feature, "on_start"):
                await feature.on_start(self)
        if self.settings.outbox_in_bot:
            self.courier.start()

    async def close(self) -> None:
        await self.courier.stop()
        await self.bot.session.close()
        await self.dp.storage.close()
        await self.engine.dispose()


async def prepare_database(engine: AsyncEngine, revision: str = "heads") -> str | None:
    """Bring the schema to `revision` and, once it is the newest, create the data shipped with
    the bot (features' idempotent `seed`, e.g. the economic-migrants poll). App.start and every
    command that needs the database run this. Returns the revision reached."""
    await upgrade(engine, revision)
    reached = await current_revision(engine)
    if reached == head_revision():
        for feature in FEATURES:
            if hasattr(feature, "seed"):
                await feature.seed(engine)
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


async def _forget_in_audit(
    repo: Repositories, profile: Profile, bot: Bot, *, dp: Dispatcher
) -> None:
    """ "Delete my data": audit rows naming the person keep only their pseudonym."""
    await repo.audit.forget_person(profile.telegram_id, dp["pseudonym_key"])


def fsm_storage(settings: Settings) -> BaseStorage:
    if settings.redis_url:
        from aiogram.fsm.storage.redis import RedisStorage

        return RedisStorage.from_url(settings.redis_url)
    return MemoryStorage()


def create_bot(settings: Settings) -> Bot:
    token = settings.token
    if token is None:
        raise ValueError("BOT_TOKEN is not set")
    api = TelegramAPIServer.from_base(settings.telegram_api_base.rstrip("/"))
    return Bot(
        token=token,
        session=PinnedResponseSession(api=api),
        default=DefaultBotProperties(parse_mode=ParseMode.HTML),
    )


def build_courier(settings: Settings, bot: Bot, engine: AsyncEngine, locales: Locales) -> Courier:
    """The outbox's courier with the handlers of every kind of row the features make."""
    courier = Courier(
        bot,
        session_factory(engine),
        locales,
        Pacer(settings.send_rate, settings.send_chat_interval),
        lease=settings.outbox_lease_seconds,
        poll=settings.outbox_poll_seconds,
        batch=max(1, round(settings.send_rate)),
    )
    notices.register(courier)
    return courier


def build_dispatcher(
    settings: Settings,
    engine: AsyncEngine,
    locales: Locales,
    courier: Courier,
    metrics: Metrics | None = None,
) -> Dispatcher:
    dp = Dispatcher(storage=fsm_storage(settings))
    dp["courier"] = courier
    dp["settings"] = settings
    dp["locales"] = locales
    dp["deep_links"] = DeepLinks()
    dp["cancellers"] = Cancellers()
    dp["reshowers"] = Reshowers()
    dp["media"] = FolderMediaStore(settings.media_dir)  # photos of every feature, one store
    dp["downloads"] = DownloadLimits(settings.downloads_at_once)  # shared by photo features
    dp["metrics"] = metrics = metrics or Metrics()
    dp.update.outer_middleware(metrics.update_middleware)  # outermost: times everything
    dp["in_order"] = in_order = InOrder()  # contended presses in the order they came
    dp.update.outer_middleware(in_order)
    dp.update.outer_middleware(
        UnitOfWork(session_factory(engine), locales, settings, on_commit=courier.wake)
    )
    for feature in (errors, onboarding, menu, consent_gate, admin, mydata, *FEATURES):
        dp.include_router(feature.setup())
    dp.include_router(fallback.setup())  # last: answers whatever nobody else did
    for feature in FEATURES:
        if hasattr(feature, "register"):
            feature.register(dp)
    # last: rows the features' own hooks audit while removing (e.g. channel posts) are covered
    dp.workflow_data.setdefault("before_forget", []).append(partial(_forget_in_audit, dp=dp))
    return dp


def build(settings: Settings) -> App:
    logs.install()  # no bot token or other secret in any log line, however logging is set up
    logs.add_secret(settings.token)
    engine = create_engine(settings.database_url)
    locales = Locales(fallback=settings.fallback_locale, default=settings.default_locale)
    metrics = Metrics()
    bot = create_bot(settings)
    bot.session.middleware(metrics.request_middleware)
    courier = build_courier(settings, bot, engine, locales)
    return App(
        settings=settings,
        bot=bot,
        dp=build_dispatcher(settings, engine, locales, courier, metrics),
        engine=engine,
        locales=locales,
        courier=courier,
        metrics=metrics,
    )
