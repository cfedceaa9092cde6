"""`integra-bot demo` options. Light on imports: bot.cli builds its parser from here without
loading the bot or the sandbox."""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass

from bot.settings import Settings

DEMO_DB = "sqlite+aiosqlite:///data/demo.db"
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_LANGUAGE_CODE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")


@dataclass(frozen=True)
class DemoOptions:
    database: str | None = None  # None: DATABASE_URL if set, else data/demo.db
    admin: bool = False  # person #1 is an admin (staff and moderator commands)
    language: str | None = None  # person #1's Telegram language_code

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> DemoOptions:
        return cls(args.demo_database, args.demo_admin, args.demo_language)


def demo_database(settings: Settings, given: str | None) -> str:
    """--database, else DATABASE_URL when set to something of its own, else data/demo.db: the
    demo never writes to the bot's real database by accident."""
    if given:
        return given
    default = Settings.model_fields["database_url"].default
    return settings.database_url if settings.database_url != default else DEMO_DB


def _database(value: str) -> str:
    """A SQLAlchemy URL, or the path of a SQLite file."""
    if not value.strip():
        raise argparse.ArgumentTypeError("empty; give a database URL or a SQLite file path")
    if _URL.match(value):
        return value
    return f"sqlite+aiosqlite:///{value}"


def _language(value: str) -> str:
    if not _LANGUAGE_CODE.fullmatch(value):
        raise argparse.ArgumentTypeError(f"{value!r} is not a language code such as ar, fa, en")
    return value


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.description = (
        "Chat with the real bot in this terminal, on a local Telegram sandbox.\n\n"
        "Inside the demo:\n"
        "  [N] or /press N     press button N of the newest message\n"
        "  any other line      sent as text (end a line with \\ to add another line)\n"
        "  photo PATH          send an image (file PATH: send a file)\n"
        "  /user NAME [LANG]   be another simulated person; /as N: be person N again\n"
        "  /demo               all demo commands; /quit or Ctrl-D leaves"
    )
    parser.add_argument(
        "--database",
        dest="demo_database",
        metavar="URL",
        type=_database,
        default=None,
        help="database URL or SQLite file (default: DATABASE_URL if set, else data/demo.db)",
    )
    parser.add_argument(
        "--admin",
        dest="demo_admin",
        action="store_true",
        help="make person #1 an admin, to try /newpoll, /polllist, /pollresults, /review, /roles",
    )
    parser.add_argument(
        "--language",
        dest="demo_language",
        metavar="CODE",
        type=_language,
        default=None,
        help="person #1's Telegram language_code, e.g. ar (default: none, as some apps send)",
    )
