from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from sandbox import Sandbox
from tests.e2e.harness import RunningBot
from tests.e2e.log_scan import scanned

ADMIN_ID = 900001


@pytest.fixture
async def sb() -> AsyncIterator[Sandbox]:
    async with Sandbox() as sandbox:
        with scanned(sandbox):  # no token, Telegram id or person's words in the logs
            yield sandbox
        assert sandbox.violations == [], sandbox.violations


@pytest.fixture
async def running(sb, tmp_path) -> AsyncIterator[RunningBot]:
    bot = RunningBot(sb, tmp_path, admin_ids=str(ADMIN_ID))
    await bot.start()
    yield bot
    await bot.stop()
