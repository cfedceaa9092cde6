"""`integra-bot`: the one command-line entry. Bad input gets one clear line and exit code 2."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from alembic.util.exc import CommandError

from bot import cli_broadcast, cli_forms, cli_polls
from bot.cli_support import UsageError, check_database, load_settings, setup_logging


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see --help)\n")


def cmd_run(args: argparse.Namespace) -> int:
    settings = load_settings()
    setup_logging(settings.log_level)
    asyncio.run(check_database(settings.database_url))
    if settings.token is None:
        from bot.demo import run_demo

        print("No BOT_TOKEN set: starting the demo on the local sandbox.", file=sys.stderr)
        return asyncio.run(run_demo(settings))
    from bot.app import build
    from bot.runner import run_polling

    asyncio.run(run_polling(build(settings)))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    settings = load_settings()
    setup_logging("WARNING" if settings.log_level == "INFO" else settings.log_level)
    from bot.demo import run_demo

    return asyncio.run(run_demo(settings))


def cmd_webhook(args: argparse.Namespace) -> int:
    settings = load_settings()
    setup_logging(settings.log_level)
    if settings.token is None:
        raise UsageError("setting BOT_TOKEN: needed to serve a webhook")
    if not settings.webhook_url:
        raise UsageError("setting WEBHOOK_URL: needed to serve a webhook")
    asyncio.run(check_database(settings.database_url))
    from bot.app import build
    from bot.runner import run_webhook

    asyncio.run(run_webhook(build(settings)))
    return 0


def cmd_db(args: argparse.Namespace) -> int:
    settings = load_settings()
    asyncio.run(check_database(settings.database_url))
    from storage.db import create_engine
    from storage.migrate import current_revision, head_revision, upgrade

    async def run() -> str | None:
        engine = create_engine(settings.database_url)
        try:
            if args.action == "upgrade":
                try:
                    await upgrade(engine, args.revision)
                except CommandError as exc:  # e.g. an unknown revision
                    raise UsageError(f"db upgrade: {exc}") from None
            return await current_revision(engine)
        finally:
            await engine.dispose()

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


def not_built(name: str) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        print(f"integra-bot {name}: not built yet; it comes with a later release.")
        return 2

    return run


def build_parser() -> Parser:
    parser = Parser(prog="integra-bot", description="Sofia integration audit bot")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=Parser)
    sub.add_parser("run", help="start the bot (long polling; the demo without BOT_TOKEN)")
    sub.add_parser("webhook", help="serve the webhook at WEBHOOK_LISTEN and set WEBHOOK_URL")
    sub.add_parser("demo", help="chat with the bot in this terminal, on the local sandbox")
    db = sub.add_parser("db", help="database schema")
    db_sub = db.add_subparsers(dest="action", required=True, parser_class=Parser)
    up = db_sub.add_parser("upgrade", help="upgrade the schema (default: to the newest)")
    up.add_argument("revision", nargs="?", default="heads")
    db_sub.add_parser("current", help="print the schema revision")
    loc = sub.add_parser("locales", help="translations")
    loc_sub = loc.add_subparsers(dest="action", required=True, parser_class=Parser)
    chk = loc_sub.add_parser("check", help="every message in every language, parsed, same vars")
    chk.add_argument("--dir", type=_existing_dir, default=None)
    for add, _run in PLUGINS.values():
        add(sub)
    for name in ("worker", "export", "forms", "polls", "sessions", "admin"):
        if name not in PLUGINS:
            sub.add_parser(name, help="not built yet").add_argument("rest", nargs="*")
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


# Feature subcommands: name -> (add_parser(subparsers), run(args) -> exit code), each from a
# module bot/cli_<feature>.py imported here; raise UsageError for bad input (one line, exit 2).
PLUGINS: dict[str, tuple[Callable[[Any], None], Callable[[argparse.Namespace], int]]] = {
    "polls": (cli_polls.add_parser, cli_polls.run),
    "forms": (cli_forms.add_parser, cli_forms.run),
    "broadcast": (cli_broadcast.add_parser, cli_broadcast.run),
    "worker": (cli_broadcast.add_worker_parser, cli_broadcast.run_worker),
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    plugin = PLUGINS.get(args.command)
    handler = plugin[1] if plugin else COMMANDS.get(args.command) or not_built(args.command)
    try:
        return handler(args)
    except UsageError as exc:
        print(f"integra-bot: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
