"""Failures tests arrange: injected errors, 429 with retry_after, blocked users, rate limits."""

from __future__ import annotations

import pytest
from aiogram import Bot
from aiogram.exceptions import TelegramForbiddenError, TelegramRetryAfter, TelegramServerError

from sandbox import Sandbox
from tests.sandbox.conftest import Api


async def test_fail_next_429_raises_retry_after(sb: Sandbox, bot: Bot) -> None:
    sb.user(1001, started=True)
    sb.fail_next("sendMessage", 429, retry_after=3)
    with pytest.raises(TelegramRetryAfter) as caught:
        await bot.send_message(1001, "hi")
    assert caught.value.retry_after == 3
    assert "Too Many Requests: retry after 3" in str(caught.value)
    assert (await bot.send_message(1001, "again")).text == "again"
    assert sb.violations == [] and sb.stats.injected_failures == 1


async def test_fail_next_envelope_and_count(sb: Sandbox, api: Api, bot: Bot) -> None:
    sb.user(1001, started=True)
    sb.fail_next("sendMessage", 502, count=2)
    for _ in range(2):
        status, body = await api.json("sendMessage", chat_id=1001, text="x")
        assert status == 502 and body == {
            "ok": False,
            "error_code": 502,
            "description": "Bad Gateway",
        }
    await api.ok("sendMessage", chat_id=1001, text="x")
    sb.fail_next("getMe", 500)
    with pytest.raises(TelegramServerError):
        await bot.get_me()


async def test_invalid_call_does_not_consume_injected_failure(sb: Sandbox, api: Api) -> None:
    sb.user(1001, started=True)
    sb.fail_next("sendMessage", 429, retry_after=1)
    status, _ = await api.json("sendMessage", chat_id=1001, text="")
    assert status == 400
    status, body = await api.json("sendMessage", chat_id=1001, text="ok")
    assert status == 429 and body["parameters"] == {"retry_after": 1}


async def test_blocked_user(sb: Sandbox, bot: Bot) -> None:
    amal = sb.user(1001, started=True)
    amal.block()
    with pytest.raises(TelegramForbiddenError, match="bot was blocked by the user"):
        await bot.send_message(1001, "hi")
    sb.unblock(1001)
    await bot.send_message(1001, "hi")
    assert sb.violations == []


async def test_cannot_initiate_conversation(sb: Sandbox, bot: Bot) -> None:
    sb.user(1001)
    with pytest.raises(TelegramForbiddenError, match="can't initiate conversation"):
        await bot.send_message(1001, "hi")
    assert len(sb.violations) == 1


async def test_rate_limit_per_chat_and_stats(sb: Sandbox, api: Api) -> None:
    for uid in (1001, 1002, 1003):
        sb.user(uid, started=True)
    sb.rate_limit(per_second=2, per_chat_per_second=1)
    await api.ok("sendMessage", chat_id=1001, text="1")
    status, body = await api.json("sendMessage", chat_id=1001, text="2")
    assert status == 429 and body["parameters"]["retry_after"] >= 1
    await api.ok("sendMessage", chat_id=1002, text="3")
    status, _ = await api.json("sendMessage", chat_id=1003, text="4")  # over 2 per second overall
    assert status == 429
    assert sb.stats.rate_limited == 2
    assert len(sb.stats.send_times("sendMessage")) == 2
    assert sb.stats.calls["sendMessage"] == 4
    assert sb.violations == []
