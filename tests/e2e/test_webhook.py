"""Webhook mode: the sandbox posts updates with the secret header; strangers are refused."""

from __future__ import annotations

import asyncio
import contextlib
import socket

import aiohttp

from bot.app import build
from bot.runner import run_webhook
from tests.e2e.harness import settings_for
from tests.e2e.texts import label, shown


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def test_webhook_serves_a_person_and_refuses_strangers(sb, tmp_path):
    port = free_port()
    settings = settings_for(
        sb,
        f"sqlite+aiosqlite:///{tmp_path / 'wh.db'}",
        webhook_url=f"http://127.0.0.1:{port}",
        webhook_listen=f"127.0.0.1:{port}",
        webhook_secret="s3cret-token_value",
    )
    task = asyncio.create_task(run_webhook(build(settings)))
    try:
        async with aiohttp.ClientSession() as http:
            for _ in range(200):
                with contextlib.suppress(aiohttp.ClientError):
                    async with http.get(f"http://127.0.0.1:{port}/healthz") as resp:
                        if resp.status == 200:
                            break
                await asyncio.sleep(0.05)
            async with http.post(
                f"http://127.0.0.1:{port}/webhook", json={"update_id": 1}
            ) as stranger:
                assert stranger.status in (401, 403)
        user = sb.user(3001, "Webhook", language_code="uk")
        await user.command("/start")
        await user.wait_for(lambda u: u.messages, timeout=10)
        assert user.last.text == shown("uk", "language-prompt")
        await user.press("Українська")
        await user.wait_for(lambda u: u.last.text != shown("uk", "language-prompt"), timeout=10)
        assert user.buttons()[0] == [label("uk", "privacy-agree")]
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
