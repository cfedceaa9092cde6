"""Runs the real bot (aiogram dispatcher, real SQLite) against the sandbox over real HTTP."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bot.app import App, build
from bot.feature import Feature
from bot.runner import run_polling
from bot.settings import Settings
from sandbox import Sandbox


def settings_for(sb: Sandbox, database_url: str, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "bot_token": sb.token,
        "telegram_api_base": sb.base_url,
        "database_url": database_url,
        "default_locale": "bg",
        "fallback_locale": "en",
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


class RunningBot:
    """The bot in long polling as a task; `restart()` stops it and starts a fresh process-like
    App on the same database, as after a crash or a deploy."""

    def __init__(
        self,
        sb: Sandbox,
        tmp_path: Path,
        *,
        concurrent: bool = False,
        features: Sequence[Feature] | None = None,
        locales_root: Path | None = None,
        **overrides: Any,
    ):
        self.sb = sb
        self.concurrent = concurrent
        self.features = features  # None: the bot's own (bot.features)
        self.locales_root = locales_root
        self.database_url = overrides.pop(
            "database_url", f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}"
        )
        overrides.setdefault("media_dir", str(tmp_path / "media"))
        self.media_dir = Path(overrides["media_dir"])
        self.overrides = overrides
        self.app: App | None = None
        self._task: asyncio.Task[None] | None = None

    @property
    def settings(self) -> Settings:
        return settings_for(self.sb, self.database_url, **self.overrides)

    async def start(self) -> App:
        extra = {"locales_root": self.locales_root} if self.locales_root else {}
        self.app = build(self.settings, self.features, **extra)
        self._task = asyncio.create_task(
            run_polling(
                self.app,
                handle_signals=False,
                handle_as_tasks=self.concurrent,
                polling_timeout=1,
            )
        )
        await self._until_polling()
        self.sb.settlers.append(self.app.courier.settle)  # actions wait for the outbox too
        await self.app.courier.settle()  # and what the start queued (e.g. posts left waiting)
        return self.app

    async def _until_polling(self, timeout: float = 20) -> None:  # noqa: ASYNC109
        """Wait until this bot's first getUpdates: the schema is upgraded and commands set."""
        before = self.sb.stats.calls["getUpdates"]
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while self.sb.stats.calls["getUpdates"] <= before:
            if self._task is not None and self._task.done():
                self._task.result()  # raises what stopped the bot
            if loop.time() > deadline:
                raise TimeoutError("the bot did not start polling")
            await asyncio.sleep(0.02)

    async def stop(self) -> None:
        if self.app is not None and self.app.courier.settle in self.sb.settlers:
            self.sb.settlers.remove(self.app.courier.settle)
        if self.app is not None and self._task is not None:
            with contextlib.suppress(RuntimeError):
                await self.app.dp.stop_polling()
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.wait_for(self._task, timeout=15)
        self.app, self._task = None, None

    async def restart(self) -> App:
        await self.stop()
        return await self.start()
