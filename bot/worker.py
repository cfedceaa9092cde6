"""`integra-bot worker`: a process that only delivers the outbox (announcements, reminders,
notices, channel posts), beside the bot or on another machine; on PostgreSQL several share the
rows (SKIP LOCKED), and with REDIS_URL they share Telegram's pace.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
from typing import Any

from bot.cli_support import CliEnv, UsageError, load_settings, setup_logging
from bot.settings import Settings


def add_parser(subparsers: Any) -> None:
    worker = subparsers.add_parser("worker", help="deliver the outbox (broadcasts, notices)")
    worker.add_argument(
        "--exit-when-idle", action="store_true", help="stop once nothing is left to send now"
    )
    worker.add_argument(
        "--couriers",
        type=int,
        default=1,
        choices=range(1, 9),
        metavar="N",
        help="rows in flight at once (1-8; default 1): faster when Telegram is far away, but a "
        "crash may leave up to N messages of unknown fate instead of one",
    )


def run(args: argparse.Namespace, env: CliEnv) -> int:
    settings = load_settings()
    setup_logging(settings.log_level)
    if settings.token is None:
        raise UsageError("setting BOT_TOKEN: the worker sends as the bot, it needs the token")
    asyncio.run(work(settings, env, exit_when_idle=args.exit_when_idle, couriers=args.couriers))
    return 0


async def work(
    settings: Settings, env: CliEnv, *, exit_when_idle: bool = False, couriers: int = 1
) -> None:
    """Deliver the outbox until SIGTERM or SIGINT (or, if asked, until nothing is due).

    The worker builds the bot as `run` does, so every feature's kinds of rows have their
    handler, but serves no updates. Each courier has one row in flight; `couriers` of them
    share one pace. Against the real Telegram a send takes a round trip (tens of
    milliseconds), so one courier may stay under 30 a second; a few, or a few workers with
    REDIS_URL, reach it."""
    from bot.app import build
    from bot.startup import prepare_database

    async with env.database(create=True):  # the schema as the bot would have it
        pass
    app = build(settings)
    await prepare_database(app.engine, seeds=env.seeds)
    team = [app.courier, *(app.courier.twin() for _ in range(couriers - 1))]
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    try:
        if exit_when_idle:
            while not stop.is_set():
                done: list[int] = await asyncio.gather(*(c.deliver_due() for c in team))
                if not any(done):
                    break
        else:
            for courier in team:
                courier.start()
            await stop.wait()
    finally:
        await asyncio.gather(*(c.stop() for c in team[1:]))
        await app.close()
