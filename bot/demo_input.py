"""The demo's keyboard side: reading what the tester types and telling demo commands from text.

Everything typed goes to the bot as text, except the demo commands listed in HELP (developer
tool texts, printed in English by the demo, never by the bot). A bare number is text too (an
age, a year): buttons are pressed with [N] or /press N.

On a terminal, lines are read with GNU readline: line editing, history, no 4,096-byte limit of
the terminal's own line editing, and bracketed paste (a pasted block of several lines arrives
as one message). Anywhere, a line ending in a backslash continues on the next line; two
backslashes at the end stand for one.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import shlex
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TextIO

HELP = """demo commands (everything else goes to the bot as you type it):
  [N] or /press N     press button N of the newest message with buttons
  any other line      sent as text; end a line with \\ to add another line (a pasted block
                      of lines is sent whole); a long text goes out as Telegram splits it
  /text WORDS         send WORDS exactly, even if they look like a demo command
  photo PATH [PATH…]  send an image (several: an album; not an image: as a file)
  file PATH           send a file
  /user NAME [LANG]   be another simulated person (LANG: their Telegram language_code)
  /as N               be person N again; /as alone lists everyone
  Enter               on an empty line: show what arrived since
  /demo               this help (/help is the bot's own)
  /quit, Ctrl-D       leave (Ctrl-C too)"""
CONTINUE_PROMPT = "… "
_PRESS = re.compile(r"\[\s*([0-9]{1,3})\s*\]")
_NUMBER = re.compile(r"[0-9]{1,3}")
_LANGUAGE_CODE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")


@dataclass(frozen=True)
class Send:
    text: str


@dataclass(frozen=True)
class Press:
    number: int


@dataclass(frozen=True)
class SendFiles:
    paths: tuple[str, ...]
    as_document: bool = False


@dataclass(frozen=True)
class SwitchTo:
    number: int | None  # None: list the people


@dataclass(frozen=True)
class Become:
    name: str
    language: str | None


@dataclass(frozen=True)
class Help:
    pass


@dataclass(frozen=True)
class Refresh:
    pass


@dataclass(frozen=True)
class Quit:
    pass


@dataclass(frozen=True)
class Mistake:
    """A demo command used wrongly: the line tells how to use it."""

    text: str


Action = Send | Press | SendFiles | SwitchTo | Become | Help | Refresh | Quit | Mistake


def parse(line: str) -> Action:
    """What a typed line (possibly several lines) asks the demo to do."""
    text = line.strip()
    if not text:
        return Refresh()
    if match := _PRESS.fullmatch(text):
        return Press(int(match[1]))
    word, *more = text.split(maxsplit=1)
    rest = more[0].strip() if more else ""
    command = word.lower()
    if "\n" in text and command != "/text":  # several lines are a message, never a command
        return Send(text)
    if command in ("/quit", "/exit"):
        return Quit()
    if command == "/demo":
        return Help()
    if command == "/press":
        if _NUMBER.fullmatch(rest):
            return Press(int(rest))
        return Mistake("/press needs a button number, e.g. /press 2 (or type [2])")
    if command == "/text":
        return Send(rest) if rest else Mistake("/text needs the words to send, e.g. /text [2]")
    if command == "/as":
        if not rest:
            return SwitchTo(None)
        if _NUMBER.fullmatch(rest):
            return SwitchTo(int(rest))
        return Mistake("/as needs a person's number, e.g. /as 2 (/as alone lists them)")
    if command == "/user":
        return _become(rest.split())
    if command in ("photo", "file") and rest:
        return SendFiles(_paths(rest), as_document=command == "file")
    return Send(text)


def _become(words: list[str]) -> Action:
    if not 1 <= len(words) <= 2:
        return Mistake("/user needs a name and, if you like, a language code: /user Amira ar")
    language = words[1] if len(words) == 2 else None
    if language is not None and not _LANGUAGE_CODE.fullmatch(language):
        return Mistake(f"{language!r} is not a language code such as ar, fa, en or bg")
    return Become(words[0], language)


def _paths(rest: str) -> tuple[str, ...]:
    """Paths as a shell would split them (a terminal quotes dropped files); one unquoted path
    with spaces works too."""
    try:
        paths = shlex.split(rest)
    except ValueError:
        paths = []
    return tuple(paths) if paths else (rest,)


def continues(line: str) -> bool:
    return line.endswith("\\") and not line.endswith("\\\\")


def is_terminal(stdin: TextIO, out: TextIO) -> bool:
    """Both ends are this process's terminal: then readline serves input()."""
    try:
        return stdin is sys.stdin and out is sys.stdout and stdin.isatty() and out.isatty()
    except (AttributeError, ValueError, OSError):
        return False


class Console:
    """Reads a message at a time; on a terminal with readline, else from any text stream (a
    pipe, a file, a test's StringIO), echoing what it read so a transcript reads like a chat.

    Reading happens in a daemon thread, so the bot keeps running meanwhile and Ctrl-C (which
    cancels the demo's task) never waits for a line; the terminal's settings are put back on
    close, even if readline was interrupted half-way through a line."""

    def __init__(self, stdin: TextIO, out: TextIO) -> None:
        self.stdin = stdin
        self.out = out
        self.interactive = is_terminal(stdin, out)
        self._saved_terminal: Any = None
        if self.interactive:
            self._saved_terminal = _terminal_settings(stdin)
            with contextlib.suppress(ImportError):  # e.g. Windows: plain input() then
                import readline  # noqa: F401  (input() uses it once imported)

    async def read(self, prompt: str) -> str | None:
        """One message (several lines if continued); None at end of input."""
        lines: list[str] = []
        line = await self._line(prompt)
        while line is not None and continues(line):
            lines.append(line[:-1])
            line = await self._line(CONTINUE_PROMPT)
        if line is not None:
            lines.append(line[:-1] if line.endswith("\\\\") else line)
        return "\n".join(lines) if lines else None

    async def _line(self, prompt: str) -> str | None:
        if self.interactive:
            return await in_daemon_thread(_input, prompt)
        raw = await in_daemon_thread(self.stdin.readline)
        if not raw:
            return None
        line = raw.rstrip("\n").removesuffix("\r")
        print(f"{prompt}{line}", file=self.out, flush=True)
        return line

    def close(self) -> None:
        if self._saved_terminal is not None:
            _restore_terminal(self.stdin, self._saved_terminal)


def _input(prompt: str) -> str | None:
    try:
        return input(prompt)
    except EOFError:
        return None


async def in_daemon_thread(function: Callable[..., Any], *args: Any) -> Any:
    """Run a blocking call in a daemon thread: unlike asyncio.to_thread, a call still blocked
    when the demo ends (a prompt nobody answers) never keeps the process alive."""
    loop = asyncio.get_running_loop()
    future: asyncio.Future[Any] = loop.create_future()

    def settle(result: Any, error: BaseException | None) -> None:
        if future.done():
            return
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(result)

    def run() -> None:
        try:
            result, error = function(*args), None
        except BaseException as exc:  # handed to the awaiting task, which decides
            result, error = None, exc
        with contextlib.suppress(RuntimeError):  # the loop has closed: nobody is waiting
            loop.call_soon_threadsafe(settle, result, error)

    threading.Thread(target=run, name="demo-input", daemon=True).start()
    return await future


def _terminal_settings(stdin: TextIO) -> Any:
    try:
        import termios

        return termios.tcgetattr(stdin.fileno())
    except (ImportError, OSError, ValueError, AttributeError):
        return None


def _restore_terminal(stdin: TextIO, saved: Any) -> None:
    try:
        import termios

        termios.tcsetattr(stdin.fileno(), termios.TCSADRAIN, saved)
    except (ImportError, OSError, ValueError, AttributeError):
        pass
