"""Prometheus metrics of one App, served at /metrics by the webhook server.

Each App has its own registry (never prometheus_client's global one), so tests and benchmarks
that build several apps in one process do not clash. Labels are update types, Bot API method
names and exception class names: never a person, a chat or a text.
"""

from __future__ import annotations

import time
from typing import Any

from aiogram import BaseMiddleware, Bot
from aiogram.client.session.middlewares.base import (
    BaseRequestMiddleware,
    NextRequestMiddlewareType,
)
from aiogram.methods import Response, TelegramMethod
from aiogram.methods.base import TelegramType
from aiogram.types import TelegramObject, Update
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram
from prometheus_client.exposition import generate_latest

from bot.middlewares import Handler

PREFIX = "integra_bot"


class Metrics:
    content_type = CONTENT_TYPE_LATEST

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.updates = Counter(
            f"{PREFIX}_updates",
            "Updates handled, by type",
            ["type"],
            registry=self.registry,
        )
        self.update_seconds = Histogram(
            f"{PREFIX}_update_seconds",
            "Time to handle an update (database work and replies included), by type",
            ["type"],
            registry=self.registry,
        )
        self.update_errors = Counter(
            f"{PREFIX}_update_errors",
            "Updates whose handler failed (the person got the apology), by type and exception",
            ["type", "error"],
            registry=self.registry,
        )
        self.api_calls = Counter(
            f"{PREFIX}_api_calls",
            "Bot API calls, by method",
            ["method"],
            registry=self.registry,
        )
        self.api_errors = Counter(
            f"{PREFIX}_api_errors",
            "Bot API calls that failed, by method and exception",
            ["method", "error"],
            registry=self.registry,
        )
        self.update_middleware = UpdateMetrics(self)
        self.request_middleware = RequestMetrics(self)

    def render(self) -> bytes:
        return generate_latest(self.registry)


class UpdateMetrics(BaseMiddleware):
    """Outer middleware on every update: counts, times and notes failures."""

    def __init__(self, metrics: Metrics) -> None:
        self.metrics = metrics

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        kind = event.event_type if isinstance(event, Update) else type(event).__name__
        started = time.perf_counter()
        try:
            return await handler(event, data)
        except Exception as exc:
            self.metrics.update_errors.labels(kind, type(exc).__name__).inc()
            raise
        finally:
            self.metrics.updates.labels(kind).inc()
            self.metrics.update_seconds.labels(kind).observe(time.perf_counter() - started)


class RequestMetrics(BaseRequestMiddleware):
    """Bot session middleware: every Bot API call by method, and the ones that failed."""

    def __init__(self, metrics: Metrics) -> None:
        self.metrics = metrics

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        name = method.__api_method__
        self.metrics.api_calls.labels(name).inc()
        try:
            return await make_request(bot, method)
        except Exception as exc:
            self.metrics.api_errors.labels(name, type(exc).__name__).inc()
            raise
