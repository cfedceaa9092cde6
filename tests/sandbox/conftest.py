"""Fixtures for the sandbox's own tests: a started Sandbox, a raw HTTP client, an aiogram Bot."""

from __future__ import annotations

import asyncio
import contextlib
import io
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from aiogram import Bot, Dispatcher
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from PIL import Image

from sandbox import Sandbox


@pytest.fixture
async def sb() -> AsyncIterator[Sandbox]:
    async with Sandbox() as sandbox:
        yield sandbox


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


@pytest.fixture
async def bot(sb: Sandbox) -> AsyncIterator[Bot]:
    session = AiohttpSession(api=TelegramAPIServer.from_base(sb.base_url))
    tg_bot = Bot(sb.token, session=session, default=DefaultBotProperties(parse_mode="HTML"))
    yield tg_bot
    await session.close()


class Api:
    """Raw calls over HTTP, to test the sandbox without aiogram in between."""

    def __init__(self, http: aiohttp.ClientSession, sb: Sandbox) -> None:
        self.http = http
        self.sb = sb

    async def json(self, method: str, **params: Any) -> tuple[int, dict[str, Any]]:
        async with self.http.post(f"{self.sb.api_url}/{method}", json=params) as resp:
            return resp.status, await resp.json()

    async def form(self, method: str, **params: Any) -> tuple[int, dict[str, Any]]:
        data = {k: str(v) for k, v in params.items()}
        async with self.http.post(f"{self.sb.api_url}/{method}", data=data) as resp:
            return resp.status, await resp.json()

    async def ok(self, method: str, **params: Any) -> Any:
        status, body = await self.json(method, **params)
        assert status == 200 and body["ok"], body
        return body["result"]


@pytest.fixture
def api(http: aiohttp.ClientSession, sb: Sandbox) -> Api:
    return Api(http, sb)


def make_image(width: int = 640, height: int = 480, fmt: str = "JPEG") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 30)).save(buffer, format=fmt)
    return buffer.getvalue()


@contextlib.asynccontextmanager
async def polling(dp: Dispatcher, bot: Bot, **kwargs: Any) -> AsyncIterator[asyncio.Task[None]]:
    """Run the dispatcher's long polling as a task for the duration of the block."""
    options = {"handle_as_tasks": False, "polling_timeout": 1, "handle_signals": False}
    options.update(kwargs)
    task = asyncio.create_task(dp.start_polling(bot, close_bot_session=False, **options))
    try:
        yield task
    finally:
        await dp.stop_polling()
        await asyncio.wait_for(task, 5)
