"""Logging set-up, and the one place secrets are taken out of every log line.

A bot token in a log line gives away the bot: aiohttp puts it in the URL of a failed file
download (`…/file/bot<TOKEN>/…`), and a traceback repeats it. `redact` replaces anything
shaped like a bot token, and every secret registered with `add_secret` (the webhook secret,
the pseudonym key), in a record's message, arguments, exception text and stack.

It runs twice over: a record factory redacts each record as it is made, so every handler sees
it clean (pytest's caplog too, handlers added later, third-party loggers), and `RedactSecrets`
on the root handlers catches records made some other way (`logging.makeLogRecord`).
"""

from __future__ import annotations

import logging
import re
import sys
import threading
from typing import Any

MARK = "[redacted]"
# a bot token: the bot id, a colon, 30+ url-safe characters (see bot.settings.TOKEN_RE)
TOKEN_SHAPE = re.compile(r"\d{5,12}:[A-Za-z0-9_-]{30,}")
_secrets: set[str] = set()
_lock = threading.Lock()
_formatter = logging.Formatter()


def add_secret(value: str | None) -> None:
    """Never log this value (only values of 8 characters or more: short ones are words)."""
    if value and len(value) >= 8:
        with _lock:
            _secrets.add(value)


def redact(text: str) -> str:
    text = TOKEN_SHAPE.sub(MARK, text)
    for secret in sorted(_secrets, key=len, reverse=True):
        if secret in text:
            text = text.replace(secret, MARK)
    return text


def clean(record: logging.LogRecord) -> logging.LogRecord:
    """Redact the record in place: message with its arguments, exception text, stack.
    Idempotent: the record factory and the handlers' filter may both run it."""
    try:
        message = record.getMessage()
    except Exception:  # a broken format string: keep what we can, never raise from logging
        message = f"{record.msg!s} {record.args!r}"
    record.msg, record.args = redact(message), None
    if record.exc_info and record.exc_info != (None, None, None):
        record.exc_text = redact(_formatter.formatException(record.exc_info))
    elif record.exc_text:
        record.exc_text = redact(record.exc_text)
    record.exc_info = None  # a handler formatting exc_info itself would see the raw text
    if record.stack_info:
        record.stack_info = redact(record.stack_info)
    return record


class RedactSecrets(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        clean(record)
        return True


_FILTER = RedactSecrets()


def install() -> None:
    """Redact every record from now on (idempotent): the record factory and the root handlers."""
    with _lock:
        factory = logging.getLogRecordFactory()
        if not getattr(factory, "redacts", False):

            def redacting_factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
                return clean(factory(*args, **kwargs))

            redacting_factory.redacts = True  # type: ignore[attr-defined]
            logging.setLogRecordFactory(redacting_factory)
        for handler in logging.getLogger().handlers:
            if _FILTER not in handler.filters:
                handler.addFilter(_FILTER)


def setup_logging(level: str) -> None:
    """Logging for `run`, `webhook`, `demo` and the other commands: stderr, redacted."""
    logging.basicConfig(
        level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )
    if level != "DEBUG":
        # aiogram logs update and bot ids at INFO; people's ids never reach our INFO logs
        logging.getLogger("aiogram.event").setLevel(logging.WARNING)
    install()
