"""The real bot on the sandbox: onboarding throughput (SQLite vs PostgreSQL), and the runtime
comparison (aiogram vs python-telegram-bot) on the same echo workload, same machine, same run."""

from __future__ import annotations

import asyncio
import contextlib
import time
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from benchmarks.common import Result
from bot.app import build
from bot.l10n import Locales
from bot.runner import run_polling
from bot.settings import Settings
from sandbox import Sandbox, SimUser

LANGS = ("bg", "en", "ar", "fa", "uk", "ru")
PG_ADMIN = "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
LOCALES = Locales()


def shows(user: SimUser, label: str) -> bool:
    return any(label in row for m in user.visible[-2:] for row in m.buttons)


async def until(user: SimUser, label: str, timeout: float = 60) -> None:  # noqa: ASYNC109
    await user.wait_for(lambda u: shows(u, label), timeout=timeout)


async def onboard(user: SimUser, lang: str) -> None:
    l10n = LOCALES.for_language(lang)
    name = l10n.plain(f"language-name-{lang}")
    await user.command("/start", wait=False)
    await until(user, l10n.plain("language-current", name=name))
    await user.press(l10n.plain("language-current", name=name), wait=False)
    await until(user, l10n.plain("privacy-agree"))
    await user.press(l10n.plain("privacy-agree"), wait=False)
    await until(user, l10n.plain("group-foreign-national"))
    await user.press(l10n.plain("group-foreign-national"), wait=False)
    await until(user, l10n.plain("menu-survey"))


async def onboarding_round(database_url: str, people: int, media: Path) -> float:
    """Updates handled per second while `people` onboard at once (4 updates each)."""
    async with Sandbox() as sb:
        settings = Settings(  # type: ignore[call-arg]
            _env_file=None,
            bot_token=sb.token,
            telegram_api_base=sb.base_url,
            database_url=database_url,
            media_dir=media,
        )
        app = build(settings)
        task = asyncio.create_task(run_polling(app, handle_signals=False, polling_timeout=1))
        users = [sb.user(50_000 + i, f"P{i}", LANGS[i % len(LANGS)]) for i in range(people)]
        while sb.stats.calls["getUpdates"] == 0:  # noqa: ASYNC110 (no event to wait on)
            await asyncio.sleep(0.01)
        start = time.perf_counter()
        await asyncio.gather(*(onboard(u, u.info.language_code or "bg") for u in users))
        elapsed = time.perf_counter() - start
        with contextlib.suppress(RuntimeError):
            await app.dp.stop_polling()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        assert not sb.violations, sb.violations
    return 4 * people / elapsed


async def throughput(rounds: int, people: int, tmp: Path) -> list[Result]:
    sqlite = Result(f"onboarding, {people} people at once, SQLite", "updates/s")
    postgres = Result(f"onboarding, {people} people at once, PostgreSQL", "updates/s")
    for i in range(rounds):
        sqlite.samples.append(
            await onboarding_round(f"sqlite+aiosqlite:///{tmp / f'b{i}.db'}", people, tmp)
        )
        async with fresh_pg_database() as url:
            if url is not None:
                postgres.samples.append(await onboarding_round(url, people, tmp))
    return [r for r in (sqlite, postgres) if r.samples]


@contextlib.asynccontextmanager
async def fresh_pg_database() -> Any:
    from sqlalchemy import text

    from storage.db import create_engine

    name = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    try:
        async with admin.connect() as conn:
            await conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception:
        await admin.dispose()
        yield None
        return
    try:
        yield f"postgresql+asyncpg://postgres@127.0.0.1:5432/{name}"
    finally:
        async with admin.connect() as conn:
            await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        await admin.dispose()


# -- runtime comparison: the same echo bot on aiogram and on python-telegram-bot -----------


async def echo_aiogram(sb: Sandbox) -> Callable[[], Awaitable[None]]:
    from aiogram import Bot, Dispatcher
    from aiogram.client.session.aiohttp import AiohttpSession
    from aiogram.client.telegram import TelegramAPIServer
    from aiogram.types import Message

    bot = Bot(sb.token, session=AiohttpSession(api=TelegramAPIServer.from_base(sb.base_url)))
    dp = Dispatcher()

    @dp.message()
    async def echo(message: Message) -> None:
        await message.answer(message.text or "-")

    task = asyncio.create_task(
        dp.start_polling(bot, handle_signals=False, polling_timeout=1, close_bot_session=True)
    )

    async def stop() -> None:
        with contextlib.suppress(RuntimeError):
            await dp.stop_polling()
        with contextlib.suppress(asyncio.CancelledError):
            await task

    return stop


async def echo_ptb(sb: Sandbox) -> Callable[[], Awaitable[None]]:
    from telegram import Update
    from telegram.ext import ApplicationBuilder, ContextTypes, MessageHandler, filters

    async def echo(update: Update, _: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.message is not None
        await update.message.reply_text(update.message.text or "-")

    app = (
        ApplicationBuilder()
        .token(sb.token)
        .base_url(f"{sb.base_url}/bot")
        .base_file_url(f"{sb.base_url}/file/bot")
        .concurrent_updates(True)
        .build()
    )
    app.add_handler(MessageHandler(filters.TEXT, echo))
    await app.initialize()
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0, timeout=1)

    async def stop() -> None:
        assert app.updater is not None
        await app.updater.stop()
        await app.stop()
        await app.shutdown()

    return stop


async def echo_round(runtime: Callable[[Sandbox], Awaitable[Any]], messages: int) -> float:
    """Messages echoed per second: 20 people write at once, each several messages."""
    async with Sandbox() as sb:
        stop = await runtime(sb)
        users = [sb.user(70_000 + i, f"E{i}", "en") for i in range(20)]
        per_user = messages // len(users)
        start = time.perf_counter()

        async def chat(user: SimUser) -> None:
            for n in range(per_user):
                await user.send(f"hello {n}", wait=False)
            await user.wait_for(lambda u: len(u.messages) >= per_user, timeout=120)

        await asyncio.gather(*(chat(u) for u in users))
        elapsed = time.perf_counter() - start
        await stop()
        assert not sb.violations, sb.violations
    return per_user * len(users) / elapsed


async def runtimes(rounds: int, messages: int) -> list[Result]:
    aiogram = Result(f"echo bot, {messages} messages, aiogram", "messages/s")
    ptb = Result(f"echo bot, {messages} messages, python-telegram-bot", "messages/s")
    for _ in range(rounds):  # interleaved, so both see the same machine load
        aiogram.samples.append(await echo_round(echo_aiogram, messages))
        ptb.samples.append(await echo_round(echo_ptb, messages))
    return [aiogram, ptb]
