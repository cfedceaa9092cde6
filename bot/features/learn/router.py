""" "Learn more": /learn and the menu entry, the campaign's videos and the fact cards."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, TelegramObject

from bot.render import Reply
from dialogs import learn
from dialogs.screen import msg


async def show_menu(event: TelegramObject) -> Reply:
    return Reply([learn.menu_screen(edit=isinstance(event, CallbackQuery))])


async def show_fact(query: CallbackQuery) -> Reply:
    index = learn.parse_action(query.data)
    if index is None:
        return Reply(toast=msg("button-expired"))
    return Reply([learn.fact_screen(index)])


def setup() -> Router:
    """A fresh router each time: a dispatcher can be built more than once (tests, restarts)."""
    router = Router(name="learn")
    router.message.register(show_menu, Command("learn"))
    router.callback_query.register(show_menu, F.data.in_({"menu:learn", learn.VIDEOS}))
    router.callback_query.register(show_fact, F.data.startswith("learn:fact:"))
    return router
