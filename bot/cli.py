"""`integra-bot`: the one command-line entry. Bad input gets one clear line and exit code 2."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Callable, Coroutine, Sequence
from typing import Any, NoReturn

from bot import demo_options, worker
from bot.cli_support import (
    OVERRIDES,
    CliEnv,
    UsageError,
    check_database,
    check_writable_folder,
    load_settings,
    open_database,
    setup_logging,
)
from bot.feature import CliCommand
from bot.features import features
from bot.settings import Settings


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see --help)\n")


def check_start(settings: Settings) -> None:
    """Before the bot starts: the folders it writes to can be written, the database answers."""
    check_writable_folder(settings.media_dir, "MEDIA_DIR")
    if settings.pseudonym_key is None:
        from storage.pseudonym_key import key_file_for

        key_file = key_file_for(settings.database_url, settings.media_dir)
        check_writable_folder(key_file.parent, "PSEUDONYM_KEY (not set; its key file)")
    asyncio.run(check_database(settings.database_url))


def serve(
    settings: Settings, start: Callable[[], Coroutine[Any, Any, Any]], *, webhook: bool = False
) -> int:
    """Run the bot; what stops it at start (Telegram refusing the token or the webhook URL, an
    unreachable API, a taken port) is one line naming the setting."""
    import errno

    from aiogram.exceptions import (
        TelegramBadRequest,
        TelegramNetworkError,
        TelegramUnauthorizedError,
    )

    try:
        asyncio.run(start())
    except TelegramUnauthorizedError:
        raise UsageError("setting BOT_TOKEN: Telegram does not know this token") from None
    except TelegramNetworkError as exc:
        raise UsageError(
            f"setting TELEGRAM_API_BASE: cannot reach {settings.telegram_api_base} ({exc.message})"
        ) from None
    except TelegramBadRequest as exc:
        if not webhook or "webhook" not in exc.message.lower():
            raise
        raise UsageError(f"setting WEBHOOK_URL: Telegram refused it ({exc.message})") from None
    except OSError as exc:
        if not webhook or exc.errno not in {errno.EADDRINUSE, errno.EADDRNOTAVAIL, errno.EACCES}:
            raise
        raise UsageError(
            f"setting WEBHOOK_LISTEN: cannot listen on {settings.webhook_listen} ({exc.strerror})"
        ) from None
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    settings = load_settings()
    setup_logging(settings.log_level)
    if settings.token is None:  # the demo, on its own database (bot.demo)
        check_writable_folder(settings.media_dir, "MEDIA_DIR")
        from bot.demo import run_demo

        print("No BOT_TOKEN set: starting the demo on the local sandbox.", file=sys.stderr)
        return asyncio.run(run_demo(settings))
    check_start(settings)
    from bot.app import build
    from bot.runner import run_polling

    return serve(settings, lambda: run_polling(build(settings)))


def cmd_demo(args: argparse.Namespace) -> int:
    settings = load_settings()
    setup_logging("WARNING" if settings.log_level == "INFO" else settings.log_level)
    check_writable_folder(settings.media_dir, "MEDIA_DIR")
    from bot.demo import DemoOptions, run_demo

    return asyncio.run(run_demo(settings, options=DemoOptions.from_args(args)))


def cmd_webhook(args: argparse.Namespace) -> int:
    settings = load_settings()
    setup_logging(settings.log_level)
    if settings.token is None:
        raise UsageError("setting BOT_TOKEN: needed to serve a webhook")
    if not settings.webhook_url:
        raise UsageError("setting WEBHOOK_URL: needed to serve a webhook")
    check_start(settings)
    from bot.app import build
    from bot.runner import run_webhook

    return serve(settings, lambda: run_webhook(build(settings)), webhook=True)


def cmd_db(args: argparse.Namespace) -> int:
    settings = load_settings()
    from storage.migrate import current_revision, head_revision

    async def run() -> str | None:
        upgrading = args.action == "upgrade"
        revision = args.revision if upgrading else "heads"
        seeds = [f.seed for f in features() if f.seed is not None]
        async with open_database(
            settings, create=upgrading, revision=revision, seeds=seeds
        ) as engine:
            return await current_revision(engine)

    revision = asyncio.run(run())
    print(f"database at revision {revision} (newest: {head_revision()})")
    return 0


def cmd_locales(args: argparse.Namespace) -> int:
    from bot.l10n import LOCALES_DIR
    from bot.l10n.check import check

    problems = check(args.dir or LOCALES_DIR)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) in locales", file=sys.stderr)
        return 1
    print("locales: every message present in every language, same variables, safe markup")
    return 0


def build_parser() -> Parser:
    parser = Parser(prog="integra-bot", description="Sofia integration audit bot")
    parser.add_argument(
        "--database",
        metavar="URL",
        default=None,
        help="database for this command (SQLAlchemy URL, e.g. sqlite+aiosqlite:///data/demo.db);"
        " default: DATABASE_URL",
    )
    sub = parser.add_subparsers(dest="command", required=True, parser_class=Parser)
    sub.add_parser("run", help="start the bot (long polling; the demo without BOT_TOKEN)")
    sub.add_parser("webhook", help="serve WEBHOOK_URL's path at WEBHOOK_LISTEN and register it")
    worker.add_parser(sub)
    demo_options.add_arguments(
        sub.add_parser("demo", help="chat with the bot in this terminal, on the local sandbox")
    )
    db = sub.add_parser("db", help="database schema")
    db_sub = db.add_subparsers(dest="action", required=True, parser_class=Parser)
    up = db_sub.add_parser(
        "upgrade", help="create the database if needed, upgrade the schema, add shipped data"
    )
    up.add_argument(
        "revision",
        nargs="?",
        default="heads",
        help="Alembic revision to upgrade to (default: heads, the newest of every feature)",
    )
    db_sub.add_parser("current", help="print the schema revision (never creates a database)")
    loc = sub.add_parser("locales", help="translations")
    loc_sub = loc.add_subparsers(dest="action", required=True, parser_class=Parser)
    chk = loc_sub.add_parser("check", help="every message in every language, parsed, same vars")
    chk.add_argument(
        "--dir", type=_existing_dir, default=None, help="locales folder (default: locales/)"
    )
    for command in feature_commands().values():
        command.add_parser(sub)
    return parser


def _existing_dir(value: str) -> object:
    from pathlib import Path

    path = Path(value)
    if not path.is_dir():
        raise argparse.ArgumentTypeError(f"no such folder: {value}")
    return path


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "run": cmd_run,
    "webhook": cmd_webhook,
    "demo": cmd_demo,
    "db": cmd_db,
    "locales": cmd_locales,
}


def feature_commands() -> dict[str, CliCommand]:
    """The registered features' subcommands (bot.feature.Feature.cli), by name."""
    return {command.name: command for feature in features() for command in feature.cli}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    OVERRIDES.clear()
    if args.database is not None:
        OVERRIDES["database_url"] = args.database
    plugin = feature_commands().get(args.command)
    if args.command == "worker":
        plugin = CliCommand("worker", worker.add_parser, worker.run)
    running = features()
    env = CliEnv(
        seeds=tuple(f.seed for f in running if f.seed is not None),
        feature_names=frozenset(f.name for f in running),
    )
    try:
        return plugin.run(args, env) if plugin else COMMANDS[args.command](args)
    except UsageError as exc:
        print(f"integra-bot: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
