"""Assembles the bot: settings → engine, locales, dispatcher with every feature router.

Nothing here is module-level state: `build` returns an `App`, and tests, the demo and the
CLI each build their own.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.client.default import DefaultBotProperties
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ParseMode
from aiogram.fsm.storage.base import BaseStorage
from aiogram.fsm.storage.memory import MemoryStorage
from sqlalchemy.ext.asyncio import AsyncEngine

from bot import broadcast_delivery, errors, notices
from bot.commands import publish
from bot.courier import Courier
from bot.deeplinks import DeepLinks
from bot.flows import Cancellers
from bot.l10n import Locales
from bot.middlewares import UnitOfWork
from bot.pacing import Pacer, Pacing
from bot.routers import (
    admin,
    broadcasts,
    fallback,
    learn,
    menu,
    mydata,
    onboarding,
    photovoice,
    polls,
    survey,
)
from bot.settings import Settings
from bot.telegram_session import PinnedResponseSession
from storage.db import create_engine, session_factory
from storage.media import FolderMediaStore
from storage.migrate import upgrade

log = logging.getLogger(__name__)

# Feature modules: each has setup() -> Router and may have register(dp) for deep links and
# /cancel hooks. The menu's consent gate runs before them, the fallback after.
FEATURES: tuple[Any, ...] = (polls, learn, photovoice, survey, broadcasts)


@dataclass
class App:
    settings: Settings
    bot: Bot
    dp: Dispatcher
    engine: AsyncEngine
    locales: Locales
    courier: Courier

    async def start(self) -> None:
        """Upgrade the schema, publish the command lists and start delivering the outbox;
        call before polling."""
        await upgrade(self.engine)
        for feature in FEATURES:  # features' idempotent data seeds (e.g. shipped polls)
            if hasattr(feature, "seed"):
                await feature.seed(self.engine)
        await publish(self.bot, self.locales)
        if self.settings.outbox_in_bot:
            self.courier.start()

    async def close(self) -> None:
        await self.courier.stop()
        await self.courier.pacer.close()
        await self.bot.session.close()
        await self.dp.storage.close()
        await self.engine.dispose()


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


def build_pacer(settings: Settings) -> Pacing:
    """Telegram's pace: shared by every process through Redis when REDIS_URL is set."""
    if settings.redis_url:
        from bot.pacing_redis import RedisPacer

        bot_id = (settings.token or "").partition(":")[0]
        return RedisPacer.from_url(
            settings.redis_url, settings.send_rate, settings.send_chat_interval, bot_id
        )
    return Pacer(settings.send_rate, settings.send_chat_interval)


def build_courier(
    settings: Settings,
    bot: Bot,
    engine: AsyncEngine,
    locales: Locales,
    pacer: Pacing | None = None,
) -> Courier:
    """The outbox's courier with the handlers of every kind of row the features make
    (couriers of one process share one `pacer`)."""
    courier = Courier(
        bot,
        session_factory(engine),
        locales,
        pacer or build_pacer(settings),
        lease=settings.outbox_lease_seconds,
        poll=settings.outbox_poll_seconds,
        batch=max(1, round(settings.send_rate)),
    )
    notices.register(courier)
    broadcast_delivery.register(courier, FolderMediaStore(settings.media_dir))
    return courier


def build_dispatcher(
    settings: Settings, engine: AsyncEngine, locales: Locales, courier: Courier
) -> Dispatcher:
    dp = Dispatcher(storage=fsm_storage(settings))
    dp["courier"] = courier
    dp["settings"] = settings
    dp["locales"] = locales
    dp["deep_links"] = DeepLinks()
    dp["cancellers"] = Cancellers()
    dp["media"] = FolderMediaStore(settings.media_dir)  # photos of every feature, one store
    dp.update.outer_middleware(
        UnitOfWork(session_factory(engine), locales, settings, on_commit=courier.wake)
    )
    for feature in (errors, onboarding, menu, admin, mydata, *FEATURES):
        dp.include_router(feature.setup())
    dp.include_router(fallback.setup())  # last: answers whatever nobody else did
    for feature in FEATURES:
        if hasattr(feature, "register"):
            feature.register(dp)
    return dp


def build(settings: Settings) -> App:
    engine = create_engine(settings.database_url)
    locales = Locales(fallback=settings.fallback_locale, default=settings.default_locale)
    bot = create_bot(settings)
    courier = build_courier(settings, bot, engine, locales)
    return App(
        settings=settings,
        bot=bot,
        dp=build_dispatcher(settings, engine, locales, courier),
        engine=engine,
        locales=locales,
        courier=courier,
    )
