"""Delivering broadcasts from the outbox: each recipient's copy, and the author's progress.

- `broadcast` rows (bulk): the announcement in the recipient's language (chosen when it was
  queued), with its photo. The photo is uploaded once per process; later copies send
  Telegram's file_id of it.
- `broadcast-report` rows: the author's progress message, sent once and then edited every
  `REPORT_EVERY` seconds through the courier's pace (each update queues the next one first,
  so a crash does not end the updates), and a final report when nothing is left to send.
- A person who blocked the bot is unsubscribed from every topic (`courier.on_blocked`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import timedelta
from functools import partial

from aiogram.exceptions import TelegramBadRequest
from aiogram.types import BufferedInputFile, InlineKeyboardMarkup, Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.courier import Courier, Post, Undeliverable
from bot.images import Images
from bot.l10n import Translator
from bot.render import MAX_CAPTION, keyboard, split_text, text_of
from dialogs.broadcasts import Content, Tally, announcement, content_of, report_screen
from storage.models import utcnow
from storage.repositories.broadcasts import DELIVERY_KIND, REPORT_KIND, BroadcastRepository
from storage.repositories.outbox import Job
from storage.repositories.people import PeopleRepository
from storage.repositories.subscriptions import SubscriptionRepository

log = logging.getLogger(__name__)
REPORT_EVERY = 3.0  # seconds between two updates of the progress message


@dataclass
class Contents:
    """What each broadcast says (it does not change once queued), read once per process."""

    images: Images | None
    by_id: dict[int, Content] = field(default_factory=dict)
    photo_ids: dict[str, str] = field(default_factory=dict)  # media key -> Telegram file_id
    texts: dict[tuple[int, str], tuple[str, InlineKeyboardMarkup | None]] = field(
        default_factory=dict
    )

    async def get(self, post: Post, broadcast_id: int) -> Content | None:
        found = self.by_id.get(broadcast_id)
        if found is None:
            async with post.sessions() as session:
                record = await BroadcastRepository(session).get(broadcast_id)
            if record is None:
                return None
            found = self.by_id[broadcast_id] = content_of(record)
            while len(self.by_id) > 256:
                self.by_id.pop(next(iter(self.by_id)))
        return found

    def rendered(
        self, post: Post, broadcast_id: int, content: Content, language: str
    ) -> tuple[str, InlineKeyboardMarkup | None]:
        """The message in one language (the same for every reader of it: made once)."""
        key = (broadcast_id, language)
        found = self.texts.get(key)
        if found is None:
            locales = post.locales
            screen = announcement(content, language, locales.fallback, locales.default)
            l10n = locales.for_language(language)
            found = self.texts[key] = (text_of(screen, l10n), keyboard(screen, l10n))
            while len(self.texts) > 2048:
                self.texts.pop(next(iter(self.texts)))
        return found


async def deliver_broadcast(job: Job, post: Post) -> None:
    contents: Contents = post.services["broadcasts"]
    content = await contents.get(post, job.broadcast_id) if job.broadcast_id else None
    if content is None:
        raise Undeliverable("gone", status="cancelled")
    chat_id, language = int(job.payload["chat"]), str(job.payload["lang"])
    text, markup = contents.rendered(post, job.broadcast_id or 0, content, language)
    if content.photo_key:
        photo = await _photo(contents, content.photo_key)
        if photo is not None:
            await _send_photo(post, contents, chat_id, content.photo_key, photo, text, markup)
            return
    await _send_text(post, chat_id, text, markup)


async def _photo(contents: Contents, key: str) -> str | bytes | None:
    if key in contents.photo_ids:
        return contents.photo_ids[key]
    return await contents.images.for_telegram(key) if contents.images is not None else None


async def _send_photo(
    post: Post,
    contents: Contents,
    chat_id: int,
    key: str,
    photo: str | bytes,
    text: str,
    markup: InlineKeyboardMarkup | None,
) -> None:
    caption = text if len(text) <= MAX_CAPTION else None
    file = photo if isinstance(photo, str) else BufferedInputFile(photo, filename="photo.jpg")
    sent: Message = await post.call(
        chat_id,
        lambda: post.bot.send_photo(
            chat_id, file, caption=caption, reply_markup=markup if caption else None
        ),
    )
    if sent.photo and key not in contents.photo_ids:
        contents.photo_ids[key] = sent.photo[-1].file_id  # later copies: no upload
    if caption is None:
        await _send_text(post, chat_id, text, markup)


async def _send_text(
    post: Post, chat_id: int, text: str, markup: InlineKeyboardMarkup | None
) -> None:
    chunks = split_text(text)
    for i, chunk in enumerate(chunks):
        last = i == len(chunks) - 1
        send = partial(
            post.bot.send_message, chat_id, chunk, reply_markup=markup if last else None
        )
        await post.call(chat_id, send)


# -- the author's progress message ---------------------------------------------------------
async def deliver_report(job: Job, post: Post) -> None:
    broadcast_id, seq = int(job.payload["b"]), int(job.payload.get("seq", 0))
    async with post.sessions() as session, session.begin():
        repo = BroadcastRepository(session)
        record = await repo.get(broadcast_id)
        if record is None or record.report_chat is None:
            raise Undeliverable("gone", status="cancelled")
        tally = Tally.of(await repo.progress(broadcast_id))
        if not tally.finished:  # the next update first: a crash now does not end them
            later = utcnow() + timedelta(seconds=REPORT_EVERY)
            await repo.enqueue_report(broadcast_id, seq + 1, not_before=later)
        author = await PeopleRepository(session).by_telegram_id(record.report_chat)
        language = author.language if author is not None else None
    screen = report_screen(broadcast_id, record.recipients, tally, record.status == "cancelled")
    l10n: Translator = post.locales.for_language(language)
    text, markup = text_of(screen, l10n), keyboard(screen, l10n)
    chat_id = record.report_chat
    if record.report_message is not None:
        try:
            await post.call(
                chat_id,
                lambda: post.bot.edit_message_text(
                    text=text,
                    chat_id=chat_id,
                    message_id=record.report_message,
                    reply_markup=markup,
                ),
            )
            return
        except TelegramBadRequest as exc:
            if "not modified" in exc.message:
                return
            log.info("progress message not editable (%s); sending a new one", exc.message)
    sent: Message = await post.call(
        chat_id, lambda: post.bot.send_message(chat_id, text, reply_markup=markup)
    )
    async with post.sessions() as session, session.begin():
        await BroadcastRepository(session).update(broadcast_id, report_message=sent.message_id)


async def unsubscribe_blocked(session: AsyncSession, person_id: int) -> None:
    """403 "bot was blocked by the user": no topic sends them anything any more."""
    await SubscriptionRepository(session).unsubscribe_all(person_id)


def register(courier: Courier, images: Images | None) -> None:
    courier.services["broadcasts"] = Contents(images)
    courier.register(DELIVERY_KIND, deliver_broadcast)
    courier.register(REPORT_KIND, deliver_report)
    courier.on_blocked.append(unsubscribe_blocked)
