"""Webhook mode: WEBHOOK_URL is registered as given and its path served; the sandbox posts
updates there with the secret header; strangers are refused; /metrics counts real work."""

from __future__ import annotations

import asyncio
import contextlib
import re
import socket

import aiohttp
import pytest

from bot.app import build
from bot.runner import run_webhook
from bot.settings import Settings
from tests.e2e.harness import settings_for
from tests.e2e.texts import label, shown


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def sample(metrics: str, name: str, **labels: str) -> float:
    """The value of one sample in Prometheus' text format (0 when absent)."""
    wanted = ",".join(f'{k}="{v}"' for k, v in sorted(labels.items()))
    for line in metrics.splitlines():
        match = re.fullmatch(r"([a-z_]+)(?:\{(.*)\})? (\S+)", line)
        if match and match[1] == name:
            got = ",".join(sorted(filter(None, (match[2] or "").split(","))))
            if got == wanted:
                return float(match[3])
    return 0.0


async def until_healthy(http: aiohttp.ClientSession, port: int) -> None:
    for _ in range(200):
        with contextlib.suppress(aiohttp.ClientError):
            async with http.get(f"http://127.0.0.1:{port}/healthz") as resp:
                if resp.status == 200:
                    return
        await asyncio.sleep(0.05)
    raise TimeoutError("the webhook server did not come up")


async def test_webhook_url_path_is_served_and_registered_as_given(sb, tmp_path):
    port = free_port()
    url = f"http://127.0.0.1:{port}/tg/integra"  # as behind a proxy forwarding the path
    settings = settings_for(
        sb,
        f"sqlite+aiosqlite:///{tmp_path / 'wh.db'}",
        media_dir=str(tmp_path / "media"),
        webhook_url=url,
        webhook_listen=f"127.0.0.1:{port}",
        webhook_secret="s3cret-token_value",
    )
    task = asyncio.create_task(run_webhook(build(settings)))
    try:
        async with aiohttp.ClientSession() as http:
            await until_healthy(http, port)
            for _ in range(200):
                if sb.webhook.active:
                    break
                await asyncio.sleep(0.05)
            assert sb.webhook.info()["url"] == url  # registered exactly as given
            async with http.post(url, json={"update_id": 1}) as stranger:
                assert stranger.status in (401, 403)  # no secret header
            async with http.post(
                f"http://127.0.0.1:{port}/webhook",
                json={"update_id": 1},
                headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret-token_value"},
            ) as old_path:
                assert old_path.status == 404  # only the path WEBHOOK_URL names

            user = sb.user(3001, "Webhook", language_code="uk")
            await user.command("/start")
            await user.wait_for(lambda u: u.messages, timeout=10)
            assert user.last.text == shown("uk", "language-prompt")
            await user.press("Українська")
            await user.wait_for(lambda u: u.last.text != shown("uk", "language-prompt"), 10)
            assert user.buttons()[0] == [label("uk", "privacy-agree")]

            # a reply Telegram refuses: the handler fails, the person gets the apology
            sb.fail_next("sendMessage", error_code=400, description="Bad Request: injected")
            before = len(user.messages)
            await user.send("/help")
            await user.wait_for(lambda u: len(u.messages) > before, timeout=10)
            apology = re.escape(shown("uk", "error-generic", ref="REF")).replace(
                "REF", "[0-9a-f]{8}"
            )
            assert re.fullmatch(apology, user.last.text or "")

            async with http.get(f"http://127.0.0.1:{port}/metrics") as resp:
                assert resp.status == 200
                assert resp.headers["Content-Type"].startswith("text/plain")
                metrics = await resp.text()
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task

    assert "integra_bot_up 1" not in metrics
    assert sample(metrics, "integra_bot_updates_total", type="message") >= 2
    assert sample(metrics, "integra_bot_updates_total", type="callback_query") >= 1
    assert sample(metrics, "integra_bot_update_seconds_count", type="message") >= 2
    assert sample(metrics, "integra_bot_update_seconds_bucket", type="message", le="+Inf") >= 2
    assert (
        sample(
            metrics, "integra_bot_update_errors_total", type="message", error="TelegramBadRequest"
        )
        == 1
    )
    assert sample(metrics, "integra_bot_api_calls_total", method="setWebhook") == 1
    assert sample(metrics, "integra_bot_api_calls_total", method="sendMessage") >= 3
    assert (
        sample(
            metrics,
            "integra_bot_api_errors_total",
            method="sendMessage",
            error="TelegramBadRequest",
        )
        == 1
    )


async def test_two_apps_in_one_process_have_their_own_metrics(sb, tmp_path):
    one = build(settings_for(sb, f"sqlite+aiosqlite:///{tmp_path / 'a.db'}"))
    two = build(settings_for(sb, f"sqlite+aiosqlite:///{tmp_path / 'b.db'}"))
    try:
        one.metrics.updates.labels("message").inc()
        assert b'integra_bot_updates_total{type="message"} 1.0' in one.metrics.render()
        assert b"integra_bot_updates_total{" not in two.metrics.render()
    finally:
        await one.close()
        await two.close()


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://example.org/tg", "https"),
        ("https://example.org:8080/tg", "ports"),
        ("https://example.org/metrics", "path"),
        ("https://example.org/tg?x=1", "query"),
        ("example.org/tg", "full URL"),
    ],
)
def test_unusable_webhook_urls_are_refused_at_start(url, reason):
    with pytest.raises(ValueError, match=reason):
        Settings(_env_file=None, webhook_url=url)  # type: ignore[call-arg]


@pytest.mark.parametrize(
    "url", ["https://example.org/tg/integra", "http://127.0.0.1:8080/x", "http://localhost/"]
)
def test_usable_webhook_urls(url):
    assert Settings(_env_file=None, webhook_url=url).webhook_url == url  # type: ignore[call-arg]
