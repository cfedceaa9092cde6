"""Per-update plumbing: one unit of work, the person's profile and language, reply delivery."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any

from aiogram import BaseMiddleware, Bot
from aiogram.exceptions import (
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.types import Chat, Message, TelegramObject, Update, User
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.l10n import Locales
from bot.render import Reply, ShownMessages, extra_sends, send_screen
from bot.settings import Settings
from dialogs.languages import pick_language
from dialogs.profile import Profile
from storage.repositories import Repositories
from storage.repositories.outbox import ENQUEUED

log = logging.getLogger(__name__)
Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]
RETRY_PAUSE = 0.5  # seconds before trying a failed send again (then 1 s)


class UnitOfWork(BaseMiddleware):
    """Opens one database transaction per update, commits when the handler returns, and only
    then delivers the reply: a person never sees "saved" for something that was not."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        locales: Locales,
        settings: Settings,
        *,
        on_commit: Callable[[], None] | None = None,
    ) -> None:
        self.sessions = sessions
        self.on_commit = on_commit  # the outbox has rows from this update: wake the courier
        self.locales = locales
        self.settings = settings
        self.shown = ShownMessages()

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        user: User | None = data.get("event_from_user")
        assert isinstance(event, Update)
        if user is None or user.is_bot:
            return await handler(event, data)
        chat: Chat | None = data.get("event_chat")
        if chat is not None and chat.type != "private":
            # Answers are personal (a group, a consent, answers): never in a group or channel.
            if event.callback_query is not None:
                await _answer_callback(data["bot"], event.callback_query.id, None)
            return None
        async with self.sessions() as session, session.begin():
            repo = Repositories(session)
            data["repo"] = repo
            profile = await self._profile(repo, user)
            data["profile"] = profile
            data["l10n"] = self.locales.for_language(profile.language)
            result = await handler(event, data)
        if session.info.pop(ENQUEUED, False) and self.on_commit is not None:
            self.on_commit()
        if isinstance(result, Reply):
            data["callback_answered"] = event.callback_query is not None  # deliver answers first
            await deliver(data["bot"], event, result, self.locales, profile.language, self.shown)
        elif event.callback_query is not None:
            await _answer_callback(data["bot"], event.callback_query.id, None)
        return result

    async def _profile(self, repo: Repositories, user: User) -> Profile:
        record = await repo.profiles.load(user.id)
        roles = await repo.roles.roles_of(user.id)
        if user.id in self.settings.admin_id_set:
            roles = roles | {"admin"}
        language = record.language or pick_language(user.language_code)
        return Profile(
            person_id=record.person_id,
            telegram_id=user.id,
            language=language or self.settings.default_locale,
            language_chosen=record.language is not None,
            group=record.group,
            consented=record.consented,
            roles=frozenset(roles),
            pending_start=record.pending_start,
            active_flow=record.active_flow,
        )


async def deliver(
    bot: Bot,
    update: Update,
    reply: Reply,
    locales: Locales,
    language: str,
    memory: ShownMessages | None = None,
    *,
    answer_callback: bool = True,
) -> None:
    l10n = locales.for_language(reply.language or language)
    chat_id, edit_id = _target(update)
    if update.callback_query is not None and answer_callback:
        toast = l10n.plain(reply.toast.key, reply.toast.args) if reply.toast else None
        await _answer_callback(bot, update.callback_query.id, toast, reply.alert)
    if chat_id is None:
        return
    query = update.callback_query
    shown = query.message if query is not None and isinstance(query.message, Message) else None
    for screen in reply.screens:
        await _with_retry(
            partial(
                send_screen,
                bot,
                chat_id,
                screen,
                l10n,
                edit_message_id=edit_id,
                photos=reply.photos,
                shown=shown,
                memory=memory,
            )
        )
        edit_id = None  # only the first screen may replace the pressed message
    for send in extra_sends(bot, chat_id, reply):  # documents, venues
        await _with_retry(send)


def _target(update: Update) -> tuple[int | None, int | None]:
    if update.message is not None:
        return update.message.chat.id, None
    query = update.callback_query
    if query is not None:
        if query.message is not None:
            return query.message.chat.id, query.message.message_id
        return query.from_user.id, None
    return None, None


async def _answer_callback(bot: Bot, query_id: str, text: str | None, alert: bool = False) -> None:
    try:
        await bot.answer_callback_query(query_id, text=text, show_alert=alert or None)
    except Exception as exc:  # an old query: Telegram refuses, the person sees nothing wrong
        log.debug("answerCallbackQuery failed: %s", type(exc).__name__)


async def _with_retry(send: Callable[[], Awaitable[Any]], attempts: int = 3) -> None:
    """Telegram's flood limit (429) is waited out as it asks; a server error or a dropped
    connection is tried again shortly; a person who blocked the bot is simply not answered."""
    for attempt in range(attempts):
        last = attempt == attempts - 1
        try:
            await send()
            return
        except TelegramRetryAfter as exc:
            if last:
                raise
            await asyncio.sleep(exc.retry_after)
        except (TelegramServerError, TelegramNetworkError):
            if last:
                raise
            await asyncio.sleep(RETRY_PAUSE * (attempt + 1))
        except TelegramForbiddenError:
            log.info("a person has blocked the bot; reply dropped")
            return
