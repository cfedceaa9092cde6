"""With REDIS_URL, conversation state lives in Redis and is shared by every bot process."""

from __future__ import annotations

import uuid

from aiogram.fsm.storage.base import StorageKey
from aiogram.fsm.storage.redis import RedisStorage

from bot.app import fsm_storage
from bot.settings import Settings


async def test_state_written_by_one_process_is_read_by_another(redis_url):
    settings = Settings(_env_file=None, redis_url=redis_url)  # type: ignore[call-arg]
    first, second = fsm_storage(settings), fsm_storage(settings)
    assert isinstance(first, RedisStorage)
    key = StorageKey(bot_id=1, chat_id=uuid.uuid4().int % 10**9, user_id=42)
    try:
        await first.set_state(key, "poll-create:options")
        await first.set_data(key, {"slug": "transport"})
        assert await second.get_state(key) == "poll-create:options"
        assert await second.get_data(key) == {"slug": "transport"}
    finally:
        await first.set_state(key, None)
        await first.set_data(key, {})
        await first.close()
        await second.close()
