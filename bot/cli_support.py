"""What every `integra-bot` subcommand shares: the one error type, settings, logging, the
database check. Its own module, so feature subcommands (bot/cli_<feature>.py, imported by
bot/cli.py) use it without importing bot.cli: no import cycle, one UsageError class."""

from __future__ import annotations

import logging
import sys

from pydantic import ValidationError

from bot.settings import Settings

ENV_NAMES = {name: name.upper() for name in Settings.model_fields}


class UsageError(Exception):
    """One line for the person at the terminal; exit code 2."""


def load_settings() -> Settings:
    try:
        return Settings()
    except ValidationError as exc:
        first = exc.errors()[0]
        field = str(first["loc"][0]) if first["loc"] else "?"
        message = str(first["msg"]).removeprefix("Value error, ")
        raise UsageError(f"setting {ENV_NAMES.get(field, field.upper())}: {message}") from None


def setup_logging(level: str) -> None:
    logging.basicConfig(
        level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )
    if level != "DEBUG":
        # aiogram logs update and bot ids at INFO; people's ids never reach our INFO logs
        logging.getLogger("aiogram.event").setLevel(logging.WARNING)


async def check_database(url: str) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import ArgumentError, SQLAlchemyError

    from storage.db import create_engine

    try:
        engine = create_engine(url)
    except (ArgumentError, ValueError, ImportError) as exc:
        raise UsageError(f"setting DATABASE_URL: not a usable database URL ({exc})") from None
    try:
        async with engine.connect() as conn:
            await conn.execute(text("SELECT 1"))
    except (SQLAlchemyError, OSError) as exc:
        reason = str(getattr(exc, "orig", exc)).splitlines()[0][:160]
        raise UsageError(f"setting DATABASE_URL: cannot connect ({reason})") from None
    finally:
        await engine.dispose()
