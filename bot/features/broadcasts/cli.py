"""`integra-bot broadcast`: scheduled announcements from the command line.

  integra-bot broadcast send --topic sessions|results|polls [--language L] [--group G]
                             (--text TEXT | --file FILE.yaml) [--photo IMAGE]
  integra-bot broadcast status [ID]
  integra-bot broadcast cancel ID

`send` writes the broadcast and one outbox row per recipient, then exits: the running bot (its
courier, with OUTBOX_IN_BOT) or `integra-bot worker` delivers it. FILE.yaml maps a language to
its text (`en: ...`, `ar: ...`); people whose language has none get the FALLBACK_LOCALE text,
else the DEFAULT_LOCALE one. A single --text is everyone's.
"""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from bot.settings import Settings

from bot.cli_support import CliEnv, UsageError
from dialogs.broadcasts import MAX_TEXT, TOPICS, Tally
from dialogs.languages import LANGUAGES
from dialogs.profile import GROUPS
from dialogs.text import clean_text

T = TypeVar("T")
MAX_FILE = 1024 * 1024


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser("broadcast", help="announcements: queue, follow, cancel")
    sub = parser.add_subparsers(dest="action", required=True, parser_class=type(parser))
    send = sub.add_parser("send", help="queue an announcement to a topic's subscribers")
    send.add_argument("--topic", required=True, choices=TOPICS, help="whose subscribers")
    send.add_argument("--language", choices=LANGUAGES, help="only people who read this one")
    send.add_argument("--group", choices=GROUPS, help="only this respondent group")
    text = send.add_mutually_exclusive_group(required=True)
    text.add_argument("--text", help="one text for everyone")
    text.add_argument("--file", type=Path, help="YAML: a text per language (en: ..., ar: ...)")
    send.add_argument("--photo", type=Path, help="a picture to send with it (cleaned first)")
    status = sub.add_parser("status", help="the latest broadcasts, or one, with progress")
    status.add_argument("id", nargs="?", type=int, help="one broadcast (default: the latest)")
    cancel = sub.add_parser("cancel", help="stop what has not been sent yet")
    cancel.add_argument("id", type=int, help="the broadcast's number, as `status` shows it")


def run(args: argparse.Namespace, env: CliEnv) -> int:
    if args.action == "send":
        return cmd_send(args, env)
    if args.action == "cancel":
        return cmd_cancel(args, env)
    return cmd_status(args, env)


# -- send ----------------------------------------------------------------------------------
def read_texts(args: argparse.Namespace, default: str) -> dict[str, str]:
    texts = {default: args.text} if args.text is not None else _texts_file(args.file)
    cleaned = {}
    for language, text in texts.items():
        value = clean_text(text)
        if not value:
            raise UsageError(f"broadcast send: the {language} text is empty")
        if len(value) > MAX_TEXT:
            raise UsageError(
                f"broadcast send: the {language} text has {len(value)} characters; "
                f"at most {MAX_TEXT}"
            )
        cleaned[language] = value
    return cleaned


def _texts_file(path: Path) -> dict[str, str]:
    import yaml

    try:
        if path.stat().st_size > MAX_FILE:
            raise UsageError(f"broadcast send: {path} is over {MAX_FILE // 1024} KB")
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError(f"broadcast send: cannot read {path}: {exc.strerror}") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise UsageError(f"broadcast send: {path} is not YAML ({type(exc).__name__})") from None
    if not isinstance(data, dict) or not data:
        raise UsageError(f"broadcast send: {path} must map languages to texts (en: ...)")
    texts: dict[str, str] = {}
    for language, text in data.items():
        if language not in LANGUAGES:
            raise UsageError(
                f"broadcast send: {path}: {language!r} is not one of {', '.join(LANGUAGES)}"
            )
        if not isinstance(text, str):
            raise UsageError(f"broadcast send: {path}: the {language} text must be a text")
        texts[language] = text
    return texts


async def _keep_photo(path: Path, media_dir: Path) -> str:
    from storage.media import FolderMediaStore, ImageRejected, keep_image, sanitize_image

    try:
        data = await asyncio.to_thread(path.read_bytes)
    except OSError as exc:
        raise UsageError(f"broadcast send: cannot read {path}: {exc.strerror}") from None
    try:
        image = await asyncio.to_thread(sanitize_image, data)
    except ImageRejected as exc:
        raise UsageError(f"broadcast send: {path} is not a usable picture ({exc})") from None
    return (await keep_image(FolderMediaStore(media_dir), image)).image_key


def cmd_send(args: argparse.Namespace, env: CliEnv) -> int:
    from dialogs.broadcasts import TopicAudience, announce

    settings = env.settings()
    texts = read_texts(args, settings.default_locale)
    photo_key = asyncio.run(_keep_photo(args.photo, settings.media_dir)) if args.photo else None
    audience = TopicAudience(args.topic, args.language, args.group)

    async def queue(repo: Any, settings: Settings) -> tuple[int | None, int]:
        return await announce(
            repo.broadcasts, audience, texts, settings.default_locale, photo_key=photo_key
        )

    broadcast_id, count = asyncio.run(env.in_transaction(queue, create=True))
    narrowed = ", ".join(
        f"{k} {v}" for k, v in (("language", args.language), ("group", args.group)) if v
    )
    print(
        f"broadcast #{broadcast_id} queued for {count} people (topic {args.topic}"
        f"{', ' + narrowed if narrowed else ''}); the running bot or `integra-bot worker` "
        "delivers it"
    )
    return 0


# -- status and cancel -----------------------------------------------------------------------
def _line(record: Any, counts: dict[str, int]) -> str:
    tally = Tally.of(counts)
    state = (
        record.status if record.status != "queued" else ("done" if tally.finished else "sending")
    )
    audience = record.topic if record.audience == "topic" else f"session {record.session_id}"
    narrowed = "/".join(x for x in (record.language, record.group) if x) or "-"
    return (
        f"#{record.id:<6} {audience:<12} {narrowed:<24} {state:<10} {record.recipients:>7} "
        f"{tally.sent:>7} {tally.failed:>7} {tally.blocked:>7} {tally.waiting:>7} "
        f"{tally.cancelled:>9} {tally.unknown:>7}"
    )


HEADER = (
    f"{'id':<7} {'audience':<12} {'only':<24} {'state':<10} {'people':>7} {'sent':>7} "
    f"{'failed':>7} {'blocked':>7} {'waiting':>7} {'cancelled':>9} {'unknown':>7}"
)


def cmd_status(args: argparse.Namespace, env: CliEnv) -> int:
    async def status(repo: Any, settings: Settings) -> list[str]:
        if args.id is not None:
            record = await repo.broadcasts.get(args.id)
            if record is None or record.status == "draft":
                raise UsageError(f"broadcast status: there is no broadcast #{args.id}")
            records = [record]
        else:
            records = await repo.broadcasts.recent(10)
        return [_line(r, await repo.broadcasts.progress(r.id)) for r in records]

    lines = asyncio.run(env.in_transaction(status, create=True))
    if not lines:
        print("no broadcast yet")
        return 0
    print(HEADER)
    for line in lines:
        print(line)
    return 0


def cmd_cancel(args: argparse.Namespace, env: CliEnv) -> int:
    async def cancel(repo: Any, settings: Settings) -> str:
        record = await repo.broadcasts.get(args.id)
        if record is None or record.status == "draft":
            raise UsageError(f"broadcast cancel: there is no broadcast #{args.id}")
        if record.status == "cancelled":
            return f"broadcast #{args.id} was already cancelled"
        stopped = await repo.broadcasts.cancel(args.id)
        await repo.audit.record(None, "broadcast-cancel", "ok", str(args.id), {"by": "cli"})
        return f"broadcast #{args.id} cancelled: {stopped} messages will not be sent"

    print(asyncio.run(env.in_transaction(cancel, create=True)))
    return 0
