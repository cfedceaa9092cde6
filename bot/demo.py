"""The demo: the real bot against the local sandbox, with a chat in this terminal.

Nothing reaches Telegram. The demo keeps its own database (data/demo.db unless --database or
DATABASE_URL says otherwise) and its own media folder, so real data is never touched. Several
simulated people can take turns (/user, /as); photovoice posts go to a sandbox channel. What
can be typed is in bot.demo_input; how messages are printed, in bot.demo_view; its settings and
banner, in bot.demo_setup. The demo never
ends with a traceback: a demo command used wrongly gets one line, a failing action is reported
and the chat goes on, and Ctrl-C or Ctrl-D leave cleanly.
"""

from __future__ import annotations

import asyncio
import contextlib
import mimetypes
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from bot.app import build
from bot.demo_input import (
    HELP,
    Action,
    Become,
    Console,
    Help,
    Mistake,
    Press,
    Quit,
    Refresh,
    Send,
    SendFiles,
    SwitchTo,
    parse,
)
from bot.demo_options import DEMO_DB, DemoOptions, demo_database
from bot.demo_setup import (
    DEMO_USER_ID,
    banner,
    check_database_of,
    demo_settings,
    never_fail_to_print,
    quiet_logs,
)
from bot.demo_view import ChatView, buttons, press_elsewhere
from bot.runner import run_polling
from bot.settings import Settings
from sandbox import Sandbox, SentMessage, SimUser
from sandbox.files import image_size

ANSWER_TIMEOUT = 60.0  # seconds the demo waits for the bot (a first chart takes a while)

__all__ = ["DEMO_DB", "DEMO_USER_ID", "DemoOptions", "banner", "run_demo"]


@dataclass
class Person:
    number: int
    name: str
    user: SimUser
    admin: bool

    @property
    def language(self) -> str | None:
        return self.user.info.language_code

    def who(self) -> str:
        roles = ", admin" if self.admin else ""
        return f"#{self.number} {self.name} (lang {self.language or '–'}{roles})"

    def prompt(self) -> str:
        return f"{self.who()} › "


async def run_demo(
    settings: Settings,
    stdin: TextIO | None = None,
    out: TextIO | None = None,
    options: DemoOptions | None = None,
) -> int:
    """Chat with the bot until /quit, Ctrl-D or Ctrl-C; 1 if the sandbox refused a call."""
    options = options or DemoOptions()
    out = out or sys.stdout
    never_fail_to_print(out)
    database = demo_database(settings, options.database)
    await check_database_of(database, given=options.database is not None)
    console = Console(stdin or sys.stdin, out)
    try:
        with quiet_logs():
            async with Sandbox(handle_timeout=ANSWER_TIMEOUT) as sb:
                adapted = demo_settings(settings, sb, database, options)
                demo = Demo(sb, adapted, console, out, cli_database=settings.database_url)
                code = await demo.run(options)
                violations = list(sb.violations)
    finally:
        console.close()
    if violations:
        print(f"the sandbox refused {len(violations)} call(s) (shown above)", file=sys.stderr)
    return code or (1 if violations else 0)


class Demo:
    def __init__(
        self, sb: Sandbox, settings: Settings, console: Console, out: TextIO, cli_database: str
    ) -> None:
        self.sb = sb
        self.settings = settings
        self.console = console
        self.out = out
        self.view = ChatView(sb, out)
        self.people: list[Person] = []
        self.current: Person | None = None
        self.polling: asyncio.Task[None] | None = None
        self.cli_database = cli_database  # what `integra-bot polls …` reads

    def say(self, text: str) -> None:
        self.view.line(text)

    async def run(self, options: DemoOptions) -> int:
        app = build(self.settings)
        self.polling = asyncio.create_task(
            run_polling(app, handle_signals=False, handle_as_tasks=False, polling_timeout=1)
        )
        code = 0
        try:
            if not await self._started():
                return 2
            # what an action queues for later (a channel post, a notice to someone) is shown
            # right after it, as the sandbox's tests see it
            self.sb.settlers.append(app.courier.settle)
            self.say(banner(self.settings.database_url, self.cli_database, admin=options.admin))
            await self.become("Demo", options.language, admin=options.admin)
            code = await self.loop()
        except asyncio.CancelledError:  # Ctrl-C: leave cleanly
            task = asyncio.current_task()
            if task is not None:
                task.uncancel()
            self.say("\n(interrupted: leaving the demo)")
            code = 130
        finally:
            with contextlib.suppress(RuntimeError):
                await app.dp.stop_polling()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await asyncio.wait_for(self.polling, timeout=15)
        return code

    async def _started(self) -> bool:
        """Wait for the bot's first getUpdates; say why in one line if it stopped before."""
        assert self.polling is not None
        while self.sb.stats.calls["getUpdates"] == 0:
            if self.polling.done():
                error = self.polling.exception() if not self.polling.cancelled() else None
                reason = f"{type(error).__name__}: {error}" if error else "it stopped"
                self.say(f"the bot did not start on the sandbox ({reason})")
                return False
            await asyncio.sleep(0.02)
        return True

    async def loop(self) -> int:
        assert self.current is not None
        while True:
            line = await self.console.read(self.current.prompt())
            if line is None:
                self.say("(end of input: leaving the demo)")
                return 0
            action = parse(line)
            if isinstance(action, Quit):
                return 0
            await self.act(action)
            if self.polling is not None and self.polling.done():
                self.say("(the bot stopped; leaving the demo)")
                return 1

    async def act(self, action: Action) -> None:
        """Do one thing and show what came of it; a failure is told in one line and the chat
        goes on."""
        try:
            await self._do(action)
            await self.settle()
            assert self.current is not None
            self.view.show_new(self.current.user.id)
        except TimeoutError:
            self.say(f"(the bot did not answer within {ANSWER_TIMEOUT:g} s; Enter shows more)")
        except Exception as exc:  # the demo never dies of one action
            self.say(f"(demo problem: {type(exc).__name__}: {exc})")

    async def _do(self, action: Action) -> None:
        person = self.current
        assert person is not None
        if isinstance(action, Send):
            hint = self._number_hint(action.text)
            await person.user.send(action.text)
            if hint:
                self.say(hint)
        elif isinstance(action, Press):
            await self.press(person, action.number)
        elif isinstance(action, SendFiles):
            await self.send_files(person, action)
        elif isinstance(action, Become):
            await self.become(action.name, action.language)
        elif isinstance(action, SwitchTo):
            self.switch(action.number)
        elif isinstance(action, Help):
            self.say(HELP)
        elif isinstance(action, Mistake):
            self.say(f"({action.text})")
        elif isinstance(action, Refresh):
            await self.settle(limit=2.0)

    async def press(self, person: Person, number: int) -> None:
        message = _newest_with_buttons(person.user)
        numbered = buttons(message.record if message else None)
        if message is None or not numbered:
            self.say("(no message with buttons to press)")
            return
        if not 1 <= number <= len(numbered):
            has = "one button, [1]" if len(numbered) == 1 else f"buttons [1] to [{len(numbered)}]"
            self.say(f"(no button {number}: the newest message has {has})")
            return
        button = numbered[number - 1]
        if "callback_data" not in button:
            self.say(press_elsewhere(button))
            return
        await person.user.press_button(message, button)

    async def send_files(self, person: Person, action: SendFiles) -> None:
        files: list[tuple[str, bytes]] = []
        for name in action.paths:
            try:
                files.append(await asyncio.to_thread(_read, name))
            except OSError as exc:
                reason = exc.strerror or type(exc).__name__
                self.say(f"(cannot read {name}: {reason}; /text sends words starting with photo)")
                return
        images = [data for _, data in files if not action.as_document and _is_image(data)]
        if len(images) == len(files) > 1:
            await person.user.send_album(images)
        elif len(images) == len(files) == 1:
            await person.user.send_photo(images[0])
        else:  # a Telegram app sends what is not an image as a file
            for file_name, data in files:
                mime = mimetypes.guess_type(file_name)[0] or "application/octet-stream"
                await person.user.send_document(data, file_name, mime)

    async def become(self, name: str, language: str | None, *, admin: bool = False) -> None:
        """Be the person with this name, making them (and their /start) on first use."""
        known = next((p for p in self.people if p.name.lower() == name.lower()), None)
        if known is not None:
            if language and language != known.language:
                self.say(f"({known.name} keeps the language_code they started with)")
            self.switch(known.number)
            return
        number = len(self.people) + 1
        user = self.sb.user(DEMO_USER_ID + number - 1, name, language_code=language)
        person = Person(number, name, user, admin)
        self.people.append(person)
        self.view.watch(user.id, name)
        self.current = person
        if number > 1:
            self.say(f"(you are now #{number} {name}, new here: they open the bot with /start)")
        await user.command("/start")
        await self.settle()
        self.view.show_new(user.id)

    def switch(self, number: int | None) -> None:
        if number is None or not 1 <= number <= len(self.people):
            listed = "; ".join(f"{p.who()}, Telegram id {p.user.id}" for p in self.people)
            self.say(f"(people: {listed}. /as N switches, /user NAME [LANG] adds one)")
            return
        self.current = self.people[number - 1]
        self.say(f"(you are now {self.current.who()})")

    async def settle(self, quiet: float = 0.03, limit: float = 1.0) -> None:
        """Let what the bot sends right after an answer (a notice to someone else) arrive:
        wait until no Bot API call came for `quiet` seconds, `limit` at most."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + limit
        last, since = self._calls(), loop.time()
        while loop.time() < deadline:
            await asyncio.sleep(0.01)
            calls = self._calls()
            if calls != last:
                last, since = calls, loop.time()
            elif loop.time() - since >= quiet:
                return

    def _calls(self) -> int:
        calls = self.sb.stats.calls
        return sum(calls.values()) - calls["getUpdates"]

    def _number_hint(self, text: str) -> str | None:
        """A bare number is text now; say so when it could have meant a button."""
        assert self.current is not None
        if not (text.isascii() and text.isdigit()):
            return None
        message = _newest_with_buttons(self.current.user)
        count = len(buttons(message.record if message else None))
        if 1 <= int(text) <= count:
            return f"(sent “{text}” as text; to press button {text} type [{text}])"
        return None


def _newest_with_buttons(user: SimUser) -> SentMessage | None:
    for message in reversed(user.visible):
        if message.inline_keyboard:
            return message
    return None


def _read(name: str) -> tuple[str, bytes]:
    path = Path(name).expanduser()
    return path.name, path.read_bytes()


def _is_image(data: bytes) -> bool:
    try:
        image_size(data, strict=True)
    except Exception:
        return False
    return True
