"""When a handler fails: roll back (the unit of work did), log a correlation id, and tell the
person in their language, with the same id, that it was our fault. Never a traceback."""

from __future__ import annotations

import logging
import secrets
from typing import Any

from aiogram import Bot, Router
from aiogram.types import ErrorEvent

from bot.l10n import Locales
from bot.middlewares import deliver
from bot.render import Reply
from dialogs.screen import Screen, msg

log = logging.getLogger(__name__)


async def on_error(event: ErrorEvent, bot: Bot, locales: Locales, **data: Any) -> bool:
    ref = secrets.token_hex(4)
    log.error(
        "update %s failed, ref %s: %s",
        event.update.update_id,
        ref,
        type(event.exception).__name__,
        exc_info=event.exception,
    )
    profile = data.get("profile")
    language = profile.language if profile is not None else locales.default
    reply = Reply([Screen(parts=[msg("error-generic", ref=ref)])], toast=msg("error-toast"))
    try:
        answered = bool(data.get("callback_answered"))
        await deliver(bot, event.update, reply, locales, language, answer_callback=not answered)
    except Exception as exc:
        log.error("could not tell the person about ref %s: %s", ref, type(exc).__name__)
    return True


def setup() -> Router:
    """A fresh router each time: a dispatcher can be built more than once (tests, restarts)."""
    router = Router(name="errors")
    router.errors.register(on_error)
    return router
