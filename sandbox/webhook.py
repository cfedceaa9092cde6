"""Webhook delivery: POST each pending update to the bot, in order, retrying failures.

Telegram keeps an update until the webhook answers 2xx, retrying with growing pauses and
reporting the last failure in getWebhookInfo; the bot may answer with a method call in the
response body, which Telegram executes. The answer to the POST is our "handled" signal.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import aiohttp

from sandbox.request import Files, decode_json_reply, read_multipart
from sandbox.state import Json, now
from sandbox.updates import UpdateQueue

ReplyExecutor = Callable[[str, dict[str, Any], Files], Awaitable[None]]
MAX_BACKOFF = 1.0


@dataclass
class WebhookConfig:
    url: str
    secret_token: str | None = None
    max_connections: int = 40
    allowed_updates: list[str] | None = None


class WebhookDelivery:
    def __init__(self, queue: UpdateQueue, execute_reply: ReplyExecutor) -> None:
        self.queue = queue
        self.config: WebhookConfig | None = None
        self.last_error_date: int | None = None
        self.last_error_message: str | None = None
        self.delivered = 0
        self._execute_reply = execute_reply
        self._task: asyncio.Task[None] | None = None
        self._session: aiohttp.ClientSession | None = None

    @property
    def active(self) -> bool:
        return self.config is not None

    async def set(self, config: WebhookConfig) -> None:
        await self.stop()
        self.config = config
        self.last_error_date = self.last_error_message = None
        self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60))
        self._task = asyncio.create_task(self._run(config), name="sandbox-webhook")

    async def stop(self) -> None:
        self.config = None
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        if self._session is not None:
            await self._session.close()
            self._session = None

    def info(self) -> Json:
        config = self.config
        data: Json = {
            "url": config.url if config else "",
            "has_custom_certificate": False,
            "pending_update_count": len(self.queue.pending),
        }
        if config:
            data["max_connections"] = config.max_connections
            data["ip_address"] = "127.0.0.1"
            if config.allowed_updates:
                data["allowed_updates"] = config.allowed_updates
        if self.last_error_date is not None:
            data["last_error_date"] = self.last_error_date
            data["last_error_message"] = self.last_error_message
        return data

    async def _run(self, config: WebhookConfig) -> None:
        backoff = 0.05
        while True:
            update = await self.queue.next_pending()
            if update is None:
                return
            error = await self._deliver(config, update)
            if error is None:
                backoff = 0.05
                self.delivered += 1
                continue
            self.last_error_date, self.last_error_message = now(), error
            await asyncio.sleep(backoff)
            backoff = min(backoff * 2, MAX_BACKOFF)

    async def _deliver(self, config: WebhookConfig, update: Json) -> str | None:
        """POST one update; None on success (update confirmed), else the error to report."""
        assert self._session is not None
        headers = {"Content-Type": "application/json"}
        if config.secret_token:
            headers["X-Telegram-Bot-Api-Secret-Token"] = config.secret_token
        started = time.monotonic()
        reply: tuple[dict[str, Any], Files] | None = None
        try:
            async with self._session.post(
                config.url, data=json.dumps(update), headers=headers
            ) as response:
                if not 200 <= response.status < 300:
                    return f"Wrong response from the webhook: {response.status} {response.reason}"
                if response.content_type.startswith("multipart/"):
                    reader = aiohttp.MultipartReader(response.headers, response.content)
                    reply = await read_multipart(reader)
                else:
                    payload = decode_json_reply(await response.read())
                    reply = (payload, {}) if payload else None
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            elapsed = time.monotonic() - started
            return f"Connection error: {type(exc).__name__} after {elapsed:.1f}s: {exc}"
        if reply is not None and isinstance(reply[0].get("method"), str):
            params, files = reply
            # Telegram runs a method returned in the webhook answer; its result goes nowhere.
            await self._execute_reply(params.pop("method"), params, files)
        self.queue.mark_handled(update["update_id"])
        return None
