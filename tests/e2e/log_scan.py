"""Every end-to-end test's logs are read for what must never be there: the bot token (at any
level), and — at INFO and above — a person's Telegram id or anything a person wrote."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager

from sandbox import Sandbox

MIN_TEXT = 8  # shorter texts ("yes", "35") could be anything in a log line


class Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[tuple[int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            text += "\n" + record.exc_text
        self.lines.append((record.levelno, text))


@contextmanager
def scanned(sb: Sandbox) -> Iterator[Collect]:
    """Collect log records (root at INFO) while the test runs, then check them."""
    root = logging.getLogger()
    handler, level = Collect(), root.level
    root.addHandler(handler)
    root.setLevel(min(level, logging.INFO) if level else logging.INFO)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
    problems = leaks(sb, handler.lines)
    assert not problems, "the logs carry what they must not:\n" + "\n".join(problems[:10])


def leaks(sb: Sandbox, lines: list[tuple[int, str]]) -> list[str]:
    people = {str(uid) for uid in sb.users}
    words = {
        text
        for record in sb.records.values()
        if not record.outgoing
        for text in [record.data.get("text") or record.data.get("caption") or ""]
        if len(text) >= MIN_TEXT
        and not text.startswith("/")
        and (sb.bot.username or "") not in text  # the bot's own public name, typed back
    }
    # an id, not a part of a longer number nor a duration ("Duration 5027 ms" is aiogram's)
    id_re = re.compile(
        r"(?<![\d.])(" + "|".join(map(re.escape, people)) + r")(?![\d.])(?!\s*ms\b)"
    )
    found = []
    for level, line in lines:
        if sb.token in line:
            found.append(f"token: {line[:200]}")
        if level < logging.INFO:
            continue
        if people and (match := id_re.search(line)):
            found.append(f"Telegram id {match.group(1)}: {line[:200]}")
        found += [f"a person's words: {line[:200]}" for w in words if w in line]
    return found
