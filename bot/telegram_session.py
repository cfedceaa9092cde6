"""aiogram's HTTP session, with the parsed-response classes kept alive.

aiogram validates every Bot API answer with `Response[method.__returning__]`, a pydantic generic
class. Pydantic caches those classes in a weak dictionary, so whenever the garbage collector
runs they vanish and the next call rebuilds one (tens of milliseconds each), which made every
update pay for class construction under load. Holding one strong reference per return type
(a dozen or so) keeps them cached for the life of the bot.
"""

from __future__ import annotations

from typing import Any

from aiogram import Bot
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ParseMode
from aiogram.methods import Response, TelegramMethod

from bot.settings import Settings


class PinnedResponseSession(AiohttpSession):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._response_types: dict[Any, Any] = {}

    async def make_request(
        self,
        bot: Bot,
        method: TelegramMethod[Any],
        timeout: int | None = None,  # noqa: ASYNC109 (aiogram's signature)
    ) -> Any:
        returning = method.__returning__
        if returning not in self._response_types:
            self._response_types[returning] = Response[returning]  # type: ignore[valid-type]
        return await super().make_request(bot, method, timeout)


def create_bot(settings: Settings) -> Bot:
    token = settings.token
    if token is None:
        raise ValueError("BOT_TOKEN is not set")
    api = TelegramAPIServer.from_base(settings.telegram_api_base.rstrip("/"))
    return Bot(
        token=token,
        session=PinnedResponseSession(api=api),
        default=DefaultBotProperties(parse_mode=ParseMode.HTML),
    )
