"""Messages to someone other than the person whose update is handled (a moderator's decision
told to the submitter), rendered in the recipient's language, sent once the transaction has
committed: nobody is told about a decision that was not saved.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence

from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest, TelegramForbiddenError
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from bot.l10n import Locales
from bot.render import send_screen
from dialogs.screen import Screen

log = logging.getLogger(__name__)


async def send_to(
    bot: Bot,
    locales: Locales,
    chat_id: int,
    language: str | None,
    screens: Sequence[Screen],
    photos: dict[str, bytes] | None = None,
) -> bool:
    """Render and send screens to a chat in `language`; False if they could not be delivered."""
    l10n = locales.for_language(language)
    try:
        for screen in screens:
            await send_screen(bot, chat_id, screen, l10n, photos=photos)
    except TelegramForbiddenError:
        log.info("a person has blocked the bot; notice dropped")
        return False
    except TelegramBadRequest as exc:
        log.warning("notice not delivered: %s", exc.message)
        return False
    return True


def _spawn(tasks: set[asyncio.Task[None]], make: Callable[[], Awaitable[None]]) -> None:
    async def run() -> None:
        try:
            await make()
        except Exception as exc:  # a notice is best effort; the decision is saved
            log.error("after-commit task failed: %s", type(exc).__name__, exc_info=exc)

    task = asyncio.get_running_loop().create_task(run())
    tasks.add(task)
    task.add_done_callback(tasks.discard)


def after_commit(
    session: AsyncSession, tasks: set[asyncio.Task[None]], make: Callable[[], Awaitable[None]]
) -> None:
    """Run `make()` once the update's transaction has committed (never if it rolls back)."""

    def fire(_: Session) -> None:
        _spawn(tasks, make)

    event.listen(session.sync_session, "after_commit", fire, once=True)


def after_rollback(
    session: AsyncSession, tasks: set[asyncio.Task[None]], make: Callable[[], Awaitable[None]]
) -> None:
    """Run `make()` if the update's transaction rolls back (to undo something done outside)."""

    def fire(_: Session) -> None:
        _spawn(tasks, make)

    event.listen(session.sync_session, "after_rollback", fire, once=True)
