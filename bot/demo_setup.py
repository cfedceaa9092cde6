"""Setting the demo up: its own database, media folder, channel and settings; the banner that
says where its data is; a terminal that never fails to print and stays free of INFO logs."""

from __future__ import annotations

import contextlib
import logging
import shlex
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from sqlalchemy.engine import make_url

from bot.cli_support import UsageError, check_database
from bot.demo_options import DemoOptions
from bot.settings import Settings
from sandbox import Sandbox

DEMO_USER_ID = 777000111
DEMO_CHANNEL_ID = -1001000000777
DEMO_MEDIA = Path("data/demo-media")


def never_fail_to_print(out: TextIO) -> None:
    """A terminal that cannot show Arabic or Cyrillic (an ASCII or Latin-1 locale) gets "?"
    instead of a UnicodeEncodeError."""
    reconfigure = getattr(out, "reconfigure", None)
    if reconfigure is not None:
        with contextlib.suppress(ValueError, OSError, TypeError):
            reconfigure(errors="replace")


@contextlib.contextmanager
def quiet_logs() -> Iterator[None]:
    """INFO logs (`make run` sets them) would interleave with the chat: warnings only, unless
    DEBUG was asked for."""
    root = logging.getLogger()
    level = root.level
    if level == logging.INFO:
        root.setLevel(logging.WARNING)
    try:
        yield
    finally:
        root.setLevel(level)


async def check_database_of(database: str, *, given: bool) -> None:
    try:
        await check_database(database)
    except UsageError as exc:
        if not given:
            raise
        reason = str(exc).split(": ", 1)[-1]
        raise UsageError(f"demo --database: {reason}") from None


def demo_settings(
    settings: Settings, sb: Sandbox, database: str, options: DemoOptions
) -> Settings:
    admins = [settings.admin_ids, str(DEMO_USER_ID) if options.admin else ""]
    channel = settings.public_channel_id or DEMO_CHANNEL_ID
    sb.add_channel(channel, "Photovoice (demo channel)")
    media = settings.media_dir
    if media == Settings.model_fields["media_dir"].default:
        media = DEMO_MEDIA
    values = {
        **settings.model_dump(),
        "bot_token": sb.token,
        "telegram_api_base": sb.base_url,
        "database_url": database,
        "admin_ids": ",".join(filter(None, admins)),
        "public_channel_id": channel,
        "media_dir": media,
        "webhook_url": None,
        "redis_url": None,  # conversation state in memory: the demo shares nothing
    }
    return Settings.model_validate(values)


def banner(database: str, cli_database: str, *, admin: bool) -> str:
    """Where the demo keeps its data and how to look at it with the CLI; how to press."""
    shown = make_url(database).render_as_string(hide_password=True)
    name = make_url(database).database if shown.startswith("sqlite") else shown
    if database == cli_database:
        where = f"Database: {name}, the one DATABASE_URL names: integra-bot commands read it too."
    else:
        cli_name = make_url(cli_database).database or "its DATABASE_URL"
        where = (
            f"Database: {name}. integra-bot commands read {cli_name}; to read this one:\n"
            f"  DATABASE_URL={shlex.quote(shown)} integra-bot polls list"
        )
    role = "an admin: staff and moderator commands work" if admin else "not an admin"
    return (
        "integra-bot demo: the real bot on a local Telegram sandbox; nothing reaches Telegram.\n"
        f"{where}\n"
        f"You are person #1, {role} (integra-bot demo --help tells how to change that).\n"
        "Type a message and Enter to send it. Press a button: [N] or /press N. "
        "/demo lists all demo commands."
    )
