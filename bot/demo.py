"""The demo: the real bot against the local sandbox, with a chat in this terminal.

Type text to send it; a number presses that button of the newest message; `photo PATH` sends
an image; `/quit` (or Ctrl-D) leaves. Nothing reaches Telegram; the demo keeps its own
database (data/demo.db unless DATABASE_URL is set) so real data is never touched.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
from pathlib import Path
from typing import TextIO

from bot.app import build
from bot.runner import run_polling
from bot.settings import Settings
from sandbox import Sandbox, SentMessage, SimUser

DEMO_USER_ID = 777000111
DEFAULT_DB = "sqlite+aiosqlite:///data/integra.db"
DEMO_DB = "sqlite+aiosqlite:///data/demo.db"
HELP = "[number] press a button · text: send it · photo PATH: send an image · /quit: leave"


class Terminal:
    """Prints what the bot shows, once per version of each message."""

    def __init__(self, user: SimUser, out: TextIO) -> None:
        self.user = user
        self.out = out
        self.seen: dict[int, tuple[int, bool]] = {}

    def show_new(self) -> None:
        for message in self.user.messages:
            version = (message.edited, message.deleted)
            if self.seen.get(message.message_id) == version:
                continue
            self.seen[message.message_id] = version
            self._print(message)

    def _print(self, message: SentMessage) -> None:
        if message.deleted:
            return
        mark = " (edited)" if message.edited else ""
        body = message.text or message.caption or ""
        if message.photo:
            body = "[photo] " + body
        print(f"\n── bot{mark} ──\n{body}", file=self.out)
        for n, label in enumerate(self.labels(message), start=1):
            print(f"  [{n}] {label}", file=self.out)
        self.out.flush()

    @staticmethod
    def labels(message: SentMessage) -> list[str]:
        return [label for row in message.buttons for label in row]


async def run_demo(
    settings: Settings, stdin: TextIO | None = None, out: TextIO | None = None
) -> int:
    stdin = stdin or sys.stdin
    out = out or sys.stdout
    async with Sandbox() as sb:
        database = settings.database_url if settings.database_url != DEFAULT_DB else DEMO_DB
        demo = settings.model_copy(
            update={
                "bot_token": None,
                "telegram_api_base": sb.base_url,
                "database_url": database,
                "admin_ids": ",".join(filter(None, [settings.admin_ids, str(DEMO_USER_ID)])),
            }
        )
        demo = Settings.model_validate({**demo.model_dump(), "bot_token": sb.token})
        app = build(demo)
        polling = asyncio.create_task(
            run_polling(app, handle_signals=False, handle_as_tasks=False, polling_timeout=1)
        )
        user = sb.user(DEMO_USER_ID, "Demo", language_code=None)
        terminal = Terminal(user, out)
        print(f"integra-bot demo on the local sandbox. {HELP}", file=out)
        try:
            await user.command("/start")
            terminal.show_new()
            while True:
                line = await asyncio.to_thread(stdin.readline)
                if not line or line.strip() in {"/quit", "/exit"}:
                    break
                await _act(user, line.strip(), out)
                terminal.show_new()
        finally:
            with contextlib.suppress(RuntimeError):
                await app.dp.stop_polling()
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.wait_for(polling, timeout=15)
        violations = list(sb.violations)
    for violation in violations:
        print(f"sandbox refused a call: {violation}", file=sys.stderr)
    return 1 if violations else 0


async def _act(user: SimUser, line: str, out: TextIO) -> None:
    if not line:
        return
    if line.isascii() and line.isdigit():
        messages = [m for m in user.messages if m.buttons and not m.deleted]
        labels = Terminal.labels(messages[-1]) if messages else []
        index = int(line) - 1
        if not 0 <= index < len(labels):
            print(f"(no button {line}; {HELP})", file=out)
            return
        await user.press(labels[index], message=messages[-1])
        return
    if line.startswith("photo "):
        path = line[6:].strip()
        try:
            data = await asyncio.to_thread(lambda: Path(path).expanduser().read_bytes())
        except OSError:
            print(f"(cannot read {path})", file=out)
            return
        await user.send_photo(data)
        return
    await user.send(line)
