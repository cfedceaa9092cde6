"""Assembles the bot: settings → engine, locales, dispatcher with the core routers and every
registered feature (bot.features), and the outbox's courier.

Nothing here is module-level state: `build` returns an `App`, and tests, the demo and the
CLI each build their own.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from aiogram import Bot, Dispatcher
from aiogram.fsm.storage.base import BaseStorage
from aiogram.fsm.storage.memory import MemoryStorage
from sqlalchemy.ext.asyncio import AsyncEngine

from bot import logs, notices
from bot.commands import publish
from bot.courier import Courier
from bot.deeplinks import DeepLinks
from bot.events import Events
from bot.feature import Feature, Wiring
from bot.features import features
from bot.flows import Cancellers, Reshowers
from bot.images import DownloadLimits, Images
from bot.l10n import LOCALES_DIR, Locales
from bot.metrics import Metrics
from bot.middlewares import UnitOfWork
from bot.ordering import InOrder
from bot.pacing import Pacer, Pacing
from bot.people_hooks import PersonHooks
from bot.routers import admin, consent_gate, errors, fallback, menu, mydata, onboarding
from bot.settings import Settings
from bot.startup import prepare_database, pseudonym_key
from bot.telegram_session import create_bot
from dialogs.menu import Menu
from storage.db import create_engine, session_factory
from storage.media import FolderMediaStore

# Routers of the bot itself, tried before the features' (the consent gate answers old
# data-giving buttons of someone who withdrew consent); the fallback answers whatever is left.
CORE_ROUTERS = (errors, onboarding, menu, consent_gate, admin, mydata)


@dataclass
class App:
    settings: Settings
    bot: Bot
    dp: Dispatcher
    engine: AsyncEngine
    locales: Locales
    courier: Courier
    metrics: Metrics
    features: tuple[Feature, ...]

    async def start(self) -> None:
        """Upgrade the schema, create the shipped data, find the pseudonym key, publish the
        command lists, do what the features left for a start, and start delivering the
        outbox; call before polling."""
        await prepare_database(self.engine, seeds=seeds_of(self.features))
        self.dp["pseudonym_key"] = await pseudonym_key(self.settings, self.engine)
        await publish(self.bot, self.locales, self.dp["menu"])
        for feature in self.features:
            if feature.on_start is not None:
                await feature.on_start(self)
        if self.settings.outbox_in_bot:
            self.courier.start()

    async def close(self) -> None:
        await self.courier.stop()
        await self.courier.pacer.close()
        await self.bot.session.close()
        await self.dp.storage.close()
        await self.engine.dispose()


def seeds_of(running: Sequence[Feature]) -> list[Callable[[AsyncEngine], Awaitable[None]]]:
    return [f.seed for f in running if f.seed is not None]


def fsm_storage(settings: Settings) -> BaseStorage:
    if settings.redis_url:
        from aiogram.fsm.storage.redis import RedisStorage

        return RedisStorage.from_url(settings.redis_url)
    return MemoryStorage()


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
    """The outbox's courier; features register the handlers of their kinds of rows (the
    couriers of one process share one `pacer`)."""
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
    return courier


def menu_of(running: Sequence[Feature]) -> Menu:
    """The main menu and the command lists, from the features' entries and commands."""
    entries = [f.entry for f in running if f.entry is not None]
    commands = [c for f in running for c in f.commands]
    my_data = [f.my_data for f in running if f.my_data is not None]
    return Menu.of(entries, [*commands, *admin.COMMANDS], my_data)


def build_dispatcher(
    settings: Settings,
    engine: AsyncEngine,
    locales: Locales,
    courier: Courier,
    metrics: Metrics | None = None,
    running: Sequence[Feature] | None = None,
) -> Dispatcher:
    running = tuple(features() if running is None else running)
    dp = Dispatcher(storage=fsm_storage(settings))
    dp["settings"] = settings
    dp["locales"] = locales
    dp["features"] = running
    dp["menu"] = menu_of(running)
    dp["metrics"] = metrics = metrics or Metrics()
    wiring = Wiring(
        dp=dp,
        settings=settings,
        locales=locales,
        courier=courier,
        deep_links=DeepLinks(),
        cancellers=Cancellers(),
        reshowers=Reshowers(),
        in_order=InOrder(),
        images=Images(
            FolderMediaStore(settings.media_dir), DownloadLimits(settings.downloads_at_once)
        ),
        events=Events(),
    )
    names = ("courier", "deep_links", "cancellers", "reshowers", "in_order", "images", "events")
    for name in names:
        wiring.provide(name, getattr(wiring, name))
    dp["person_hooks"] = PersonHooks(running, dp.workflow_data)
    dp.update.outer_middleware(metrics.update_middleware)  # outermost: times everything
    dp.update.outer_middleware(wiring.in_order)  # contended presses in the order they came
    dp.update.outer_middleware(
        UnitOfWork(session_factory(engine), locales, settings, on_commit=courier.wake)
    )
    for core in CORE_ROUTERS:
        dp.include_router(core.setup())
    for feature in running:
        dp.include_router(feature.router())
    dp.include_router(fallback.setup())  # last: answers whatever nobody else did
    for feature in running:
        if feature.setup is not None:
            feature.setup(wiring)
    return dp


def build(
    settings: Settings,
    running: Sequence[Feature] | None = None,
    *,
    locales_root: Path = LOCALES_DIR,
) -> App:
    """The bot with its own features (bot.features), or `running` ones (tests)."""
    logs.install()  # no bot token or other secret in any log line, however logging is set up
    logs.add_secret(settings.token)
    engine = create_engine(settings.database_url)
    locales = Locales(
        locales_root, fallback=settings.fallback_locale, default=settings.default_locale
    )
    metrics = Metrics()
    bot = create_bot(settings)
    bot.session.middleware(metrics.request_middleware)
    courier = build_courier(settings, bot, engine, locales)
    dp = build_dispatcher(settings, engine, locales, courier, metrics, running)
    return App(
        settings=settings,
        bot=bot,
        dp=dp,
        engine=engine,
        locales=locales,
        courier=courier,
        metrics=metrics,
        features=dp["features"],
    )
