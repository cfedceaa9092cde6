"""What every `integra-bot` subcommand shares: the one error type, settings, logging, the
database. Its own module, so feature subcommands (bot/cli_<feature>.py, imported by
bot/cli.py) use it without importing bot.cli: no import cycle, one UsageError class.

Commands that need the database open it with `open_database`: `create=True` brings the schema
up to date and creates the shipped data (as the bot does at start), so a command works on a
fresh machine; `create=False` (read-only commands) never creates anything and says so when the
database does not exist.
"""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.logs import setup_logging
from bot.settings import Settings

if TYPE_CHECKING:
    from storage.repositories import Repositories

T = TypeVar("T")
Seed = Callable[[AsyncEngine], Awaitable[None]]

ENV_NAMES = {name: name.upper() for name in Settings.model_fields}
# settings given on the command line (`integra-bot --database URL ...`); they win over the
# environment and .env
OVERRIDES: dict[str, Any] = {}

__all__ = [
    "CliEnv",
    "UsageError",
    "check_database",
    "check_writable_folder",
    "load_settings",
    "open_database",
    "setup_logging",
]


class UsageError(Exception):
    """One line for the person at the terminal; exit code 2."""


def load_settings() -> Settings:
    try:
        return Settings(**OVERRIDES)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = str(first["loc"][0]) if first["loc"] else "?"
        message = str(first["msg"]).removeprefix("Value error, ")
        raise UsageError(f"setting {ENV_NAMES.get(field, field.upper())}: {message}") from None


def check_writable_folder(path: Path, setting: str) -> None:
    """The folder exists or can be made, and a file can be written in it (checked by writing
    one: permission bits say nothing when running as root, or on a read-only mount)."""
    try:
        path.mkdir(parents=True, exist_ok=True)
        probe = path / f".write-test-{secrets.token_hex(4)}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise UsageError(f"setting {setting}: cannot write to {path} ({reason})") from None


def _database_source() -> str:
    """How the person named the database, for error lines."""
    return "--database" if "database_url" in OVERRIDES else "setting DATABASE_URL"


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL (None for other databases and in-memory SQLite)."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def _parse_url(url: str) -> None:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        make_url(url)
    except (ArgumentError, ValueError) as exc:
        raise UsageError(f"{_database_source()}: not a usable database URL ({exc})") from None


async def check_database(url: str, *, create: bool = True) -> None:
    """The database answers. With create=False a missing SQLite file is an error, not made."""
    from sqlalchemy import text
    from sqlalchemy.exc import ArgumentError, SQLAlchemyError

    from storage.db import create_engine

    _parse_url(url)
    if not create:
        path = sqlite_file(url)
        if path is not None and not path.is_file():
            raise UsageError(f"database {path} does not exist (nothing was created)")
    try:
        engine = create_engine(url)
    except (ArgumentError, ValueError, ImportError) as exc:
        raise UsageError(f"{_database_source()}: not a usable database URL ({exc})") from None
    except OSError as exc:  # the SQLite file's folder cannot be made
        raise UsageError(f"{_database_source()}: cannot create its folder ({exc})") from None
    try:
        async with engine.connect() as conn:
            await conn.execute(text("SELECT 1"))
    except (SQLAlchemyError, OSError) as exc:
        reason = str(getattr(exc, "orig", exc)).splitlines()[0][:160]
        raise UsageError(f"{_database_source()}: cannot connect ({reason})") from None
    finally:
        await engine.dispose()


@asynccontextmanager
async def open_database(
    settings: Settings, *, create: bool, revision: str = "heads", seeds: Sequence[Seed] = ()
) -> AsyncIterator[AsyncEngine]:
    """An engine on DATABASE_URL. create=True: the schema upgraded to `revision` and the shipped
    data created (`seeds`, what the bot does at start). create=False: the database as it is."""
    from alembic.util.exc import CommandError
    from sqlalchemy.exc import SQLAlchemyError

    from storage.db import create_engine

    await check_database(settings.database_url, create=create)
    engine = create_engine(settings.database_url)
    try:
        if create:
            from bot.startup import prepare_database

            try:
                await prepare_database(engine, revision, seeds)
            except CommandError as exc:  # e.g. an unknown revision
                raise UsageError(f"db upgrade: {exc}") from None
            except SQLAlchemyError as exc:
                reason = str(getattr(exc, "orig", exc)).splitlines()[0][:160]
                raise UsageError(f"database: cannot upgrade the schema ({reason})") from None
        yield engine
    finally:
        await engine.dispose()


@dataclass(frozen=True)
class CliEnv:
    """What a feature's subcommand gets besides its arguments (bot.feature.CliCommand.run):
    the database as the bot would have it, without importing the features themselves."""

    seeds: Sequence[Seed] = ()
    feature_names: frozenset[str] = frozenset()  # the features this bot runs

    def settings(self) -> Settings:
        return load_settings()

    def database(
        self, *, create: bool, revision: str = "heads"
    ) -> AbstractAsyncContextManager[AsyncEngine]:
        return open_database(self.settings(), create=create, revision=revision, seeds=self.seeds)

    async def in_transaction(
        self, action: Callable[[Repositories, Settings], Awaitable[T]], *, create: bool
    ) -> T:
        """`action(repo, settings)` in one transaction. create=True: the database is made and
        brought up to date first, as at start; create=False: read-only, never made."""
        from sqlalchemy.exc import SQLAlchemyError

        from storage.db import session_factory
        from storage.repositories import Repositories

        settings = self.settings()
        async with open_database(settings, create=create, seeds=self.seeds) as engine:
            try:
                async with session_factory(engine)() as session, session.begin():
                    return await action(Repositories(session), settings)
            except SQLAlchemyError as exc:
                reason = str(getattr(exc, "orig", exc)).splitlines()[0][:120]
                raise UsageError(
                    f"database: {reason} (has `integra-bot db upgrade` run?)"
                ) from None
