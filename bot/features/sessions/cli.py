"""`integra-bot sessions`: list the information sessions, import a schedule.

  integra-bot sessions list
  integra-bot sessions import FILE.ics|FILE.csv [--capacity N] [--languages ar,fa] [--draft]

An import reports each event or row it could not read (by UID or line) and keeps the others;
it ends with a summary and exit 0 when anything is in the database afterwards, or with one line
and exit 2 when nothing could be imported or the file cannot be read. Importing the same file
again adds nothing twice (the .ics UID, or a CSV row's title, start, venue and address).
"""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.cli_support import CliEnv, UsageError
from dialogs.languages import LANGUAGES
from dialogs.sessions import NO_ANNOUNCER

MAX_FILE = 5 * 1024 * 1024  # bytes: a schedule, not an archive

if TYPE_CHECKING:
    from bot.settings import Settings
    from dialogs.sessions import Announcement, Announcer
    from storage.repositories import Repositories


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sessions = subparsers.add_parser("sessions", help="information sessions: list, import")
    sub = sessions.add_subparsers(dest="action", required=True, parser_class=type(sessions))
    sub.add_parser("list", help="every session with its time, state and registrations")
    imp = sub.add_parser("import", help="add the sessions of an .ics calendar or a CSV table")
    imp.add_argument(
        "file", type=Path, help="an iCalendar (.ics) or CSV file of sessions (columns: README)"
    )
    imp.add_argument(
        "--capacity", type=int, default=30, help="seats when the file does not say (default 30)"
    )
    imp.add_argument(
        "--languages",
        default="",
        help="interpretation languages of .ics events, e.g. ar,fa (CSV has its own column)",
    )
    imp.add_argument("--draft", action="store_true", help="import as drafts, publish in the chat")


def run(args: argparse.Namespace, env: CliEnv) -> int:
    if args.action == "import":
        return cmd_import(args, env)
    return cmd_list(args, env)


def cmd_list(args: argparse.Namespace, env: CliEnv) -> int:
    from zoneinfo import ZoneInfo

    from dialogs.sessions import state
    from storage.models import utcnow

    async def listing(repo: Repositories, settings: Settings) -> list[str]:
        zone, now, rows = ZoneInfo(settings.timezone), utcnow(), []
        for s in await repo.sessions.all_sessions():
            start = s.starts_at.astimezone(zone).strftime("%Y-%m-%d %H:%M") if s.starts_at else "-"
            seats = f"{s.registered}/{s.capacity or 0}"
            venue = s.venue.name if s.venue else "-"
            rows.append(
                f"{s.id:>5}  {state(s, now):<9} {start:<16}  {seats:>9} {s.waiting:>7}  "
                f"{s.title[:40]:<40}  {venue[:30]}"
            )
        return rows

    rows = asyncio.run(env.in_transaction(listing, create=False))
    header = f"{'id':>5}  {'state':<9} {'starts':<16}  {'seats':>9} {'waiting':>7}  {'title':<40}"
    print(f"{header}  venue")
    for row in rows:
        print(row)
    return 0


def _read(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_FILE:
            raise UsageError(f"sessions import: {path} is larger than {MAX_FILE // 2**20} MB")
        return path.read_bytes()
    except OSError as exc:
        raise UsageError(f"sessions import: cannot read {path}: {exc.strerror}") from None


def cmd_import(args: argparse.Namespace, env: CliEnv) -> int:
    from dialogs.sessions import UnreadableFile, read_csv, read_ics, save
    from storage.models import utcnow

    if not 0 < args.capacity <= 10_000:
        raise UsageError("sessions import: --capacity is a whole number from 1 to 10000")
    languages = [c.strip().lower() for c in args.languages.split(",") if c.strip()]
    if any(c not in LANGUAGES for c in languages):
        raise UsageError(f"sessions import: --languages takes codes of {', '.join(LANGUAGES)}")
    data = _read(args.file)
    settings = env.settings()
    now = utcnow()
    is_ics = args.file.suffix.lower() == ".ics" or data.lstrip()[:15].upper() == b"BEGIN:VCALENDAR"
    try:
        if is_ics:
            schedule = read_ics(
                data, tz=settings.timezone, now=now, capacity=args.capacity, languages=languages
            )
        elif args.file.suffix.lower() == ".csv":
            text = data.decode("utf-8")
            schedule = read_csv(text, tz=settings.timezone, now=now, capacity=args.capacity)
        else:
            raise UsageError(f"sessions import: {args.file} is neither an .ics nor a .csv file")
    except UnicodeDecodeError:
        raise UsageError(f"sessions import: {args.file} is not UTF-8 text") from None
    except UnreadableFile as exc:
        raise UsageError(f"sessions import: {args.file}: {exc}") from None
    if not schedule.sessions:
        first = schedule.problems[0] if schedule.problems else None
        detail = f" (first: {first.where}: {first.reason})" if first else ""
        raise UsageError(
            f"sessions import: nothing could be imported from {args.file}: "
            f"{len(schedule.problems)} problem(s){detail}"
        )

    async def store_all(repo: Repositories, settings: Settings) -> Any:
        return await save(
            repo.sessions,
            schedule,
            now=now,
            tz=settings.timezone,
            publish=not args.draft,
            announcer=cli_announcer(repo, settings, env),
        )

    saved = asyncio.run(env.in_transaction(store_all, create=True))
    for problem in schedule.problems:
        print(f"{args.file}: {problem.where}: not imported: {problem.reason}")
    state = "as drafts" if args.draft else "published"
    print(
        f"{len(saved.new)} session(s) imported ({state}), {len(saved.existing)} already there, "
        f"{len(schedule.problems)} not imported"
    )
    return 0


def cli_announcer(repo: Repositories, settings: Settings, env: CliEnv) -> Announcer:
    """Sessions imported as published are announced to the topic "sessions" as publishing one
    in the chat does (the announcements feature writes it; none when it is not running)."""
    if "broadcasts" not in env.feature_names:
        return NO_ANNOUNCER
    from bot.features.broadcasts.listen import tell_about_session
    from bot.l10n import Locales

    locales = Locales(fallback=settings.fallback_locale, default=settings.default_locale)

    async def announce(announcement: Announcement) -> None:
        await tell_about_session(repo, settings, locales, {"announcement": announcement})

    return announce
