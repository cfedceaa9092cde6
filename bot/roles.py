"""The one place privileged commands check roles.

A router of privileged handlers gets `RequireRole(...)` as inner middleware. A person without
the role gets exactly the answer an unknown command gets, and the attempt is written to the
audit log under the person's pseudonym (storage.pseudonyms): a stranger's Telegram id is
never kept.
"""

from __future__ import annotations

import logging
from typing import Any

from aiogram import BaseMiddleware, Router
from aiogram.types import CallbackQuery, Message, TelegramObject

from bot.middlewares import Handler
from bot.render import Reply
from dialogs.profile import Profile
from dialogs.screen import Screen, msg
from storage.pseudonyms import pseudonym
from storage.repositories import Repositories

log = logging.getLogger(__name__)


def unknown_command() -> Reply:
    return Reply([Screen.of("unknown-command")])


class RequireRole(BaseMiddleware):
    def __init__(self, *roles: str) -> None:
        self.roles = roles

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        profile: Profile = data["profile"]
        if profile.has_role(*self.roles):
            return await handler(event, data)
        repo: Repositories = data["repo"]
        action = _action_name(event)
        label = pseudonym(data["pseudonym_key"], profile.telegram_id)
        await repo.audit.record(None, action, "denied", actor_pseudonym=label)
        log.info("privileged action %s refused for lack of role", action)
        if isinstance(event, CallbackQuery):
            return Reply(toast=msg("button-expired"))
        return unknown_command()


def _action_name(event: TelegramObject) -> str:
    if isinstance(event, Message) and event.text and event.text.startswith("/"):
        return event.text.split()[0].lstrip("/").split("@")[0][:64]
    if isinstance(event, Message):
        return "message"  # typed words are never logged or audited
    if isinstance(event, CallbackQuery) and event.data:
        return event.data.split(":")[0][:64]
    return type(event).__name__


def privileged_router(name: str, *roles: str) -> Router:
    router = Router(name=name)
    guard = RequireRole(*roles)
    router.message.middleware(guard)
    router.callback_query.middleware(guard)
    return router
