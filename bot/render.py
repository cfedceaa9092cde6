"""Turns dialogs' Screens into Telegram messages: Fluent text, HTML-safe, inline keyboards."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest
from aiogram.types import BufferedInputFile, InlineKeyboardButton, InlineKeyboardMarkup
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.l10n import Translator
from dialogs.screen import Msg, Screen

log = logging.getLogger(__name__)

MAX_TEXT = 4096
MAX_CAPTION = 1024


@dataclass
class Reply:
    """What a handler returns; delivered after the unit of work has committed.

    `language` renders in a language other than the one the update started with (after the
    person just changed it). `toast` is the short answer to a pressed button.
    """

    screens: Sequence[Screen] = ()
    language: str | None = None
    toast: Msg | None = None
    alert: bool = False
    photos: dict[str, bytes] = field(default_factory=dict)


def keyboard(screen: Screen, l10n: Translator) -> InlineKeyboardMarkup | None:
    if not screen.buttons:
        return None
    builder = InlineKeyboardBuilder()
    for row in screen.buttons:
        builder.row(
            *(
                InlineKeyboardButton(
                    text=l10n.render(button.label, markup=False),
                    callback_data=button.action,
                    url=button.url,
                )
                for button in row
            )
        )
    return builder.as_markup()


def text_of(screen: Screen, l10n: Translator) -> str:
    return "\n\n".join(l10n.render(part) for part in screen.parts)


def split_text(text: str, limit: int = MAX_TEXT) -> list[str]:
    """Cut a long text at paragraph, then line, then hard boundaries (never mid-tag aware)."""
    chunks: list[str] = []
    while len(text) > limit:
        cut = text.rfind("\n\n", 0, limit)
        if cut <= 0:
            cut = text.rfind("\n", 0, limit)
        if cut <= 0:
            cut = limit
        chunks.append(text[:cut].rstrip())
        text = text[cut:].lstrip("\n")
    chunks.append(text)
    return [c for c in chunks if c]


async def send_screen(
    bot: Bot,
    chat_id: int,
    screen: Screen,
    l10n: Translator,
    *,
    edit_message_id: int | None = None,
    photos: dict[str, bytes] | None = None,
) -> None:
    """Send one screen, editing the pressed message when the screen asks and it is possible."""
    text = text_of(screen, l10n)
    markup = keyboard(screen, l10n)
    if screen.photo is not None and photos and screen.photo.media_key in photos:
        image = BufferedInputFile(photos[screen.photo.media_key], filename="photo.jpg")
        caption = text if len(text) <= MAX_CAPTION else None
        await bot.send_photo(chat_id, image, caption=caption, reply_markup=markup)
        if caption is None:
            await _send_text(bot, chat_id, text, None)
        return
    if screen.edit and edit_message_id is not None and len(text) <= MAX_TEXT:
        try:
            await bot.edit_message_text(
                text=text, chat_id=chat_id, message_id=edit_message_id, reply_markup=markup
            )
            return
        except TelegramBadRequest as exc:
            if "not modified" in exc.message:
                return
            log.debug("edit failed (%s); sending a new message", exc.message)
    await _send_text(bot, chat_id, text, markup)


async def _send_text(
    bot: Bot, chat_id: int, text: str, markup: InlineKeyboardMarkup | None
) -> None:
    chunks = split_text(text)
    for i, chunk in enumerate(chunks):
        last = i == len(chunks) - 1
        await bot.send_message(chat_id, chunk, reply_markup=markup if last else None)
