"""Turns dialogs' Screens into Telegram messages: Fluent text, HTML-safe, inline keyboards."""

from __future__ import annotations

import html
import json
import logging
import re
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from typing import Any

from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest
from aiogram.types import (
    BufferedInputFile,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
)
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.l10n import Translator
from dialogs.screen import Document, Msg, Plain, Screen

log = logging.getLogger(__name__)

MAX_TEXT = 4096
MAX_CAPTION = 1024
TAG_RE = re.compile(r"</?[a-zA-Z][^>]*>")


@dataclass(frozen=True)
class Venue:
    """A place on a map (sendVenue)."""

    latitude: float
    longitude: float
    title: str
    address: str


@dataclass
class Reply:
    """What a handler returns; delivered after the unit of work has committed.

    `language` renders in a language other than the one the update started with (after the
    person just changed it). `toast` is the short answer to a pressed button. `documents`
    (file name, bytes) and `venues` are sent after the screens, in order.
    """

    screens: Sequence[Screen] = ()
    language: str | None = None
    toast: Msg | None = None
    alert: bool = False
    photos: dict[str, bytes] = field(default_factory=dict)
    documents: list[tuple[str, bytes]] = field(default_factory=list)
    venues: list[Venue] = field(default_factory=list)


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


def _hard_cut(text: str, limit: int) -> int:
    """Where to cut a line longer than the limit: before a space if there is one near, and
    never inside an HTML entity (`&amp;`) or tag, which Telegram would refuse to parse."""
    cut = limit
    for opener, closer in (("&", ";"), ("<", ">")):
        start = text.rfind(opener, 0, cut)
        if start > text.rfind(closer, 0, cut) and start > 0:
            cut = start
    space = text.rfind(" ", max(0, cut - 200), cut)
    return space if space > 0 else cut


def split_text(text: str, limit: int = MAX_TEXT) -> list[str]:
    """Cut a long text at paragraph, then line, then word boundaries. A cut inside a tag's
    content would leave the tag open: texts that may be long keep tags within a paragraph."""
    chunks: list[str] = []
    while len(text) > limit:
        cut = text.rfind("\n\n", 0, limit)
        if cut <= 0:
            cut = text.rfind("\n", 0, limit)
        if cut <= 0:
            cut = _hard_cut(text, limit)
        chunks.append(text[:cut].rstrip())
        text = text[cut:].lstrip("\n")
    chunks.append(text)
    return [c for c in chunks if c]


def _translated(value: Any, l10n: Translator) -> Any:
    if isinstance(value, Msg | Plain):
        return l10n.render(value, markup=False)
    if isinstance(value, Mapping):
        return {str(k): _translated(v, l10n) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_translated(v, l10n) for v in value]
    if isinstance(value, date):  # datetimes too
        return value.isoformat()
    return value


def document_bytes(document: Document, l10n: Translator) -> bytes:
    """The file's bytes: as given, or the JSON tree with its texts in the reader's language."""
    if isinstance(document.content, bytes):
        return document.content
    tree = _translated(document.content, l10n)
    return json.dumps(tree, ensure_ascii=False, indent=2).encode("utf-8")


def plain_text(html_text: str) -> str:
    """What Telegram shows of our HTML: tags parsed away, entities decoded."""
    return html.unescape(TAG_RE.sub("", html_text))


def buttons_of(
    markup: InlineKeyboardMarkup | None,
) -> list[list[tuple[str, str | None, str | None]]]:
    if markup is None:
        return []
    return [[(b.text, b.callback_data, b.url) for b in row] for row in markup.inline_keyboard]


def unchanged(shown: Message | None, text: str, markup: InlineKeyboardMarkup | None) -> bool:
    """The pressed message already shows this text and these buttons (a double tap): Telegram
    refuses such an edit with "message is not modified", so none is sent."""
    if shown is None or shown.text is None:
        return False
    return shown.text == plain_text(text) and buttons_of(shown.reply_markup) == buttons_of(markup)


def already_shown(
    shown: Message | None,
    memory: ShownMessages | None,
    chat_id: int,
    message_id: int,
    text: str,
    markup: InlineKeyboardMarkup | None,
) -> bool:
    """The edit would change nothing: the pressed message, or our last edit of it, is this."""
    if unchanged(shown, text, markup):
        return True
    fingerprint = ShownMessages.fingerprint(text, markup)
    return memory is not None and memory.same(chat_id, message_id, fingerprint)


class ShownMessages:
    """What each recent message of ours shows now (text and buttons), per process.

    A double tap delivers two presses that both carry the message as it was before the first
    one redrew it; the second would repeat the same edit, which Telegram refuses ("message is
    not modified"). Remembering the last edit of each message lets the bot skip it. Bounded:
    only the newest `size` messages are remembered.
    """

    def __init__(self, size: int = 20_000) -> None:
        self.size = size
        self._shown: OrderedDict[tuple[int, int], int] = OrderedDict()

    @staticmethod
    def fingerprint(text: str, markup: InlineKeyboardMarkup | None) -> int:
        return hash((text, repr(buttons_of(markup))))

    def same(self, chat_id: int, message_id: int, fingerprint: int) -> bool:
        return self._shown.get((chat_id, message_id)) == fingerprint

    def remember(self, chat_id: int, message_id: int, fingerprint: int) -> None:
        self._shown[(chat_id, message_id)] = fingerprint
        self._shown.move_to_end((chat_id, message_id))
        while len(self._shown) > self.size:
            self._shown.popitem(last=False)


async def send_screen(
    bot: Bot,
    chat_id: int,
    screen: Screen,
    l10n: Translator,
    *,
    edit_message_id: int | None = None,
    photos: dict[str, bytes] | None = None,
    shown: Message | None = None,
    memory: ShownMessages | None = None,
) -> None:
    """Send one screen, editing the pressed message when the screen asks and it is possible."""
    text = text_of(screen, l10n)
    markup = keyboard(screen, l10n)
    fingerprint = ShownMessages.fingerprint(text, markup)
    if (
        screen.edit
        and edit_message_id is not None
        and already_shown(shown, memory, chat_id, edit_message_id, text, markup)
    ):
        return
    if screen.document is not None:
        data = BufferedInputFile(document_bytes(screen.document, l10n), screen.document.file_name)
        caption = text if len(text) <= MAX_CAPTION else None
        await bot.send_document(chat_id, data, caption=caption, reply_markup=markup)
        if caption is None:
            await _send_text(bot, chat_id, text, None)
        return
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
            if memory is not None:
                memory.remember(chat_id, edit_message_id, fingerprint)
            return
        except TelegramBadRequest as exc:
            if "not modified" in exc.message:
                return
            log.debug("edit failed (%s); sending a new message", exc.message)
    sent_id = await _send_text(bot, chat_id, text, markup)
    if memory is not None and sent_id is not None:
        memory.remember(chat_id, sent_id, fingerprint)


def extra_sends(bot: Bot, chat_id: int, reply: Reply) -> list[Callable[[], Awaitable[Any]]]:
    """The sends of a reply's documents and venues, one callable each (to retry one alone)."""
    sends: list[Callable[[], Awaitable[Any]]] = []
    for name, data in reply.documents:
        document = BufferedInputFile(data, filename=name)
        sends.append(partial(bot.send_document, chat_id, document))
    for venue in reply.venues:
        sends.append(
            partial(
                bot.send_venue,
                chat_id,
                latitude=venue.latitude,
                longitude=venue.longitude,
                title=venue.title,
                address=venue.address,
            )
        )
    return sends


async def _send_text(
    bot: Bot, chat_id: int, text: str, markup: InlineKeyboardMarkup | None
) -> int | None:
    """Send `text` (split when over Telegram's limit); the id of the message with the buttons."""
    chunks = split_text(text)
    sent_id = None
    for i, chunk in enumerate(chunks):
        last = i == len(chunks) - 1
        sent = await bot.send_message(chat_id, chunk, reply_markup=markup if last else None)
        sent_id = sent.message_id
    return sent_id
