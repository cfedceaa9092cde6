"""Webhook mode: updates are POSTed to the bot with the secret header, failures are retried."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiogram import Bot, Dispatcher, Router
from aiogram.types import Message
from aiogram.webhook.aiohttp_server import SimpleRequestHandler
from aiohttp import web

from sandbox import Sandbox
from tests.sandbox.conftest import Api


class Receiver:
    """A tiny webhook endpoint on 127.0.0.1 that records what it gets."""

    def __init__(self) -> None:
        self.received: list[tuple[dict[str, Any], str | None]] = []
        self.fail_first = 0
        self.app = web.Application()
        self.app.router.add_post("/hook", self.handle)
        self.runner = web.AppRunner(self.app)
        self.url = ""

    async def handle(self, request: web.Request) -> web.Response:
        if self.fail_first > 0:
            self.fail_first -= 1
            return web.Response(status=500)
        secret = request.headers.get("X-Telegram-Bot-Api-Secret-Token")
        self.received.append((await request.json(), secret))
        return web.json_response({})

    async def start(self) -> None:
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}/hook"


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    recv = Receiver()
    await recv.start()
    yield recv
    await recv.runner.cleanup()


async def test_delivery_with_secret_and_conflict(
    sb: Sandbox, api: Api, receiver: Receiver
) -> None:
    await api.ok("setWebhook", url=receiver.url, secret_token="s3cr3t_token")
    amal = sb.user(1001, "Amal")
    await amal.send("hello")  # returns once the receiver answered the POST
    update, secret = receiver.received[0]
    assert secret == "s3cr3t_token"
    assert update["message"]["text"] == "hello" and update["message"]["from"]["id"] == 1001
    status, body = await api.json("getUpdates")
    assert status == 409 and body["description"].startswith("Conflict: can't use getUpdates")
    info = await api.ok("getWebhookInfo")
    assert info["url"] == receiver.url and info["pending_update_count"] == 0
    await api.ok("deleteWebhook")
    assert (await api.ok("getWebhookInfo"))["url"] == ""
    assert [v.method for v in sb.violations] == ["getUpdates"]


async def test_failed_delivery_is_retried_and_reported(
    sb: Sandbox, api: Api, receiver: Receiver
) -> None:
    receiver.fail_first = 2
    await api.ok("setWebhook", url=receiver.url)
    await sb.user(1001).send("retry me")
    assert [u["message"]["text"] for u, _ in receiver.received] == ["retry me"]
    info = await api.ok("getWebhookInfo")
    assert "500" in info["last_error_message"] and info["last_error_date"] > 0


async def test_webhook_url_must_be_https_or_loopback(sb: Sandbox, api: Api) -> None:
    status, body = await api.json("setWebhook", url="http://example.com/hook")
    assert status == 400 and "HTTPS URL" in body["description"]
    status, _ = await api.json("setWebhook", url="https://example.com/h", secret_token="bad token")
    assert status == 400
    assert len(sb.violations) == 2


async def test_aiogram_webhook_reply_method_is_executed(sb: Sandbox, bot: Bot) -> None:
    router = Router()

    @router.message()
    async def echo(message: Message) -> Any:
        return message.answer(f"echo: {message.text}")  # returned, so sent in the HTTP reply

    dp = Dispatcher()
    dp.include_router(router)
    app = web.Application()
    SimpleRequestHandler(dp, bot, handle_in_background=False, secret_token="tok").register(
        app, path="/wh"
    )
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        await bot.set_webhook(f"http://127.0.0.1:{port}/wh", secret_token="tok")
        amal = sb.user(1001, "Amal")
        replies = await amal.send("salam")
        assert [m.text for m in replies] == ["echo: salam"]
        await bot.delete_webhook()
    finally:
        await runner.cleanup()
    await asyncio.sleep(0)
    assert sb.violations == []
