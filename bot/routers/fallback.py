"""Last in line: entries not built yet, unknown commands, input nobody expected, old buttons.

The bot never goes silent: whatever reaches this router gets a translated answer.
"""

from __future__ import annotations

from aiogram import F, Router
from aiogram.types import CallbackQuery, Message

from bot.render import Reply
from bot.roles import unknown_command
from dialogs.menu import Menu, back_button, not_ready
from dialogs.screen import Screen, msg


async def entry_not_ready(query: CallbackQuery, menu: Menu) -> Reply:
    """A menu button no feature answered: an old button of an entry that is gone."""
    code = (query.data or "").partition(":")[2]
    if code not in menu.codes:
        return Reply(toast=msg("button-expired"))
    return Reply([not_ready(code)])


async def unknown(message: Message) -> Reply:
    return unknown_command()


async def not_understood(message: Message) -> Reply:
    return Reply([Screen(parts=[msg("not-understood")], buttons=[[back_button()]])])


async def unsupported(message: Message) -> Reply:
    return Reply([Screen(parts=[msg("unsupported-input")], buttons=[[back_button()]])])


async def stale_button(query: CallbackQuery) -> Reply:
    return Reply(toast=msg("button-expired"))


def setup() -> Router:
    """A fresh router each time: a dispatcher can be built more than once (tests, restarts)."""
    router = Router(name="fallback")
    router.callback_query.register(entry_not_ready, F.data.startswith("menu:"))
    router.message.register(unknown, F.text.startswith("/"))
    router.message.register(not_understood, F.text)
    router.message.register(unsupported)
    router.callback_query.register(stale_button)
    return router
