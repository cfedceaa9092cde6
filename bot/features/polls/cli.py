"""`integra-bot polls`: list the polls, write a campaign QR code for a poll's deep link, and show
or set the suppression threshold of the results split and the step of residents' results.

  integra-bot polls list
  integra-bot polls qr <slug> --out DIR [--bot-username NAME]
  integra-bot polls threshold [N]
  integra-bot polls step [N]
"""

from __future__ import annotations

import argparse
import asyncio
import re
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING

from bot.cli_support import CliEnv, UsageError, load_settings
from dialogs.polls import DEFAULT_STEP, DEFAULT_THRESHOLD, SHIPPED, SLUG_RE, link, state

USERNAME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_]{3,31}$")

if TYPE_CHECKING:
    from bot.settings import Settings
    from storage.repositories import Repositories


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    polls = subparsers.add_parser("polls", help="opinion polls: list, campaign QR codes")
    sub = polls.add_subparsers(dest="action", required=True, parser_class=type(polls))
    sub.add_parser("list", help="the polls with slug, state and number of votes")
    qr = sub.add_parser("qr", help="PNG and SVG QR code of a poll's link t.me/<bot>?start=poll_…")
    qr.add_argument("slug", help="the poll's slug, as `integra-bot polls list` shows it")
    qr.add_argument("--out", required=True, type=Path, help="folder for the two files")
    qr.add_argument("--bot-username", default=None, help="needed when BOT_TOKEN is not set")
    qr.add_argument("--scale", type=int, default=12, help="pixels per module in the PNG")
    th = sub.add_parser("threshold", help="smallest group shown in the results split")
    th.add_argument(
        "value",
        nargs="?",
        type=int,
        default=None,
        help="new threshold, a whole number from 2 to 1000 (without it: show the current one)",
    )
    st = sub.add_parser(
        "step", help="residents see new counts only after this many more people voted"
    )
    st.add_argument(
        "value",
        nargs="?",
        type=int,
        default=None,
        help="new step, a whole number from 2 to 1000 (without it: show the current one)",
    )


def run(args: argparse.Namespace, env: CliEnv) -> int:
    if args.action == "qr":
        return cmd_qr(args, env)
    if args.action == "threshold":
        return cmd_threshold(args, env)
    if args.action == "step":
        return cmd_step(args, env)
    return cmd_list(args, env)


def cmd_list(args: argparse.Namespace, env: CliEnv) -> int:
    from storage.models import utcnow

    async def listing(repo: Repositories, settings: Settings) -> list[str]:
        counts = await repo.polls.vote_counts()
        now = utcnow()
        rows = []
        for poll in sorted(await repo.polls.all(), key=lambda p: p.slug):
            kind = "multiple" if poll.multiple else "single"
            closes = poll.closes_at.strftime("%Y-%m-%d %H:%M UTC") if poll.closes_at else "-"
            rows.append(
                f"{poll.slug:<32} {state(poll, now):<9} {counts.get(poll.id, 0):>7}  "
                f"{kind:<8} {closes}"
            )
        return rows

    rows = asyncio.run(env.in_transaction(listing, create=True))
    print(f"{'slug':<32} {'state':<9} {'votes':>7}  {'choice':<8} closes")
    for row in rows:
        print(row)
    return 0


def _number_setting(
    args: argparse.Namespace,
    env: CliEnv,
    name: str,
    read: Callable[[Repositories], Awaitable[int]],
    write: Callable[[Repositories, int], Awaitable[None]],
) -> int:
    """Show a stored number of the polls, or set it first (a whole number from 2 to 1000)."""
    if args.value is not None and not 2 <= args.value <= 1000:
        raise UsageError(f"{name}: a whole number from 2 to 1000")

    async def show_or_set(repo: Repositories, settings: Settings) -> int:
        if args.value is not None:
            await write(repo, args.value)
        return int(await read(repo))

    return asyncio.run(env.in_transaction(show_or_set, create=True))


def cmd_threshold(args: argparse.Namespace, env: CliEnv) -> int:
    value = _number_setting(
        args,
        env,
        "threshold",
        lambda repo: repo.polls.threshold(DEFAULT_THRESHOLD),
        lambda repo, n: repo.polls.set_threshold(n),
    )
    print(f"results split: groups with fewer than {value} votes are not shown")
    return 0


def cmd_step(args: argparse.Namespace, env: CliEnv) -> int:
    value = _number_setting(
        args,
        env,
        "step",
        lambda repo: repo.polls.results_step(DEFAULT_STEP),
        lambda repo, n: repo.polls.set_results_step(n),
    )
    print(f"results residents see change only after {value} more people voted or changed a vote")
    return 0


def cmd_qr(args: argparse.Namespace, env: CliEnv) -> int:
    import segno

    if not 1 <= args.scale <= 100:
        raise UsageError("polls qr: --scale is a whole number from 1 to 100")
    slug = args.slug.strip().lower()
    if not SLUG_RE.match(slug):
        raise UsageError(f"polls qr: {args.slug!r} is not a poll slug (a-z, 0-9 and -)")
    username = (args.bot_username or "").lstrip("@") or _username_from_token()
    if not USERNAME_RE.match(username):
        raise UsageError(f"polls qr: {username!r} is not a Telegram bot username")
    if slug not in {p.slug for p in SHIPPED} and not asyncio.run(_poll_exists(slug, env)):
        raise UsageError(f"polls qr: there is no poll {slug!r} (see `integra-bot polls list`)")
    out: Path = args.out
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"polls qr: cannot write to {out}: {exc.strerror}") from None
    url = link(username, slug)
    code = segno.make(url, error="m", micro=False)
    png, svg = out / f"poll-{slug}.png", out / f"poll-{slug}.svg"
    try:
        code.save(str(png), scale=args.scale, border=4)
        code.save(str(svg), scale=args.scale, border=4, title=url)
    except OSError as exc:
        raise UsageError(f"polls qr: cannot write to {out}: {exc.strerror}") from None
    print(f"{url}\n{png}\n{svg}")
    return 0


async def _poll_exists(slug: str, env: CliEnv) -> bool:
    async def exists(repo: Repositories, settings: Settings) -> bool:
        return await repo.polls.by_slug(slug) is not None

    return bool(await env.in_transaction(exists, create=False))


def _username_from_token() -> str:
    """The bot's username from getMe (BOT_TOKEN and TELEGRAM_API_BASE from the settings)."""

    settings = load_settings()
    if settings.token is None:
        raise UsageError("polls qr: --bot-username NAME is needed when BOT_TOKEN is not set")

    async def get_me() -> str:
        from aiogram.exceptions import TelegramAPIError

        from bot.telegram_session import create_bot

        bot = create_bot(settings)
        try:
            me = await bot.get_me()
        except (TelegramAPIError, OSError) as exc:
            raise UsageError(f"polls qr: getMe failed ({type(exc).__name__})") from None
        finally:
            await bot.session.close()
        return me.username or ""

    return asyncio.run(get_me())
