"""Last in line: entries not built yet, unknown commands, input nobody expected, old buttons.

The bot never goes silent: whatever reaches this router gets a translated answer.
"""

from __future__ import annotations

from aiogram import F, Router
from aiogram.types import CallbackQuery, Message

from bot.render import Reply
from bot.roles import unknown_command
from dialogs import menu
from dialogs.screen import Screen, msg

router = Router(name="fallback")


@router.callback_query(F.data.startswith("menu:"))
async def entry_not_ready(query: CallbackQuery) -> Reply:
    code = (query.data or "").partition(":")[2]
    if code not in menu.ENTRY_CODES:
        return Reply(toast=msg("button-expired"))
    return Reply([menu.not_ready(code)])


@router.message(F.text.regexp(r"^/(survey|polls|photo|sessions|learn)(@\w+)?(\s|$)"))
async def command_not_ready(message: Message) -> Reply:
    code = (message.text or "/").split()[0][1:].split("@")[0]
    return Reply([menu.not_ready(code)])


@router.message(F.text.startswith("/"))
async def unknown(message: Message) -> Reply:
    return unknown_command()


@router.message(F.text)
async def not_understood(message: Message) -> Reply:
    return Reply([Screen(parts=[msg("not-understood")], buttons=[[menu.back_button()]])])


@router.message()
async def unsupported(message: Message) -> Reply:
    return Reply([Screen(parts=[msg("unsupported-input")], buttons=[[menu.back_button()]])])


@router.callback_query()
async def stale_button(query: CallbackQuery) -> Reply:
    return Reply(toast=msg("button-expired"))
