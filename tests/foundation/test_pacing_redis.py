"""The send rate shared through Redis: two pacers (as in two processes) on one key space keep
Telegram's pace together, per chat too, and a 429 seen by one pauses the other."""

from __future__ import annotations

import itertools
import uuid

import pytest
from redis.asyncio import Redis

from bot.pacing_redis import RedisPacer

pytestmark = pytest.mark.redis


@pytest.fixture
async def two_pacers(redis_url):
    prefix = f"test:pace:{uuid.uuid4().hex[:8]}"
    clients = [Redis.from_url(redis_url), Redis.from_url(redis_url)]
    pacers = [RedisPacer(c, rate=30, chat_interval=1.0, prefix=prefix) for c in clients]
    yield pacers
    keys = [k async for k in clients[0].scan_iter(f"{prefix}:*")]
    if keys:
        await clients[0].delete(*keys)
    for pacer in pacers:
        await pacer.close()


async def _slots(pacer: RedisPacer, chat: int) -> float:
    """When the booked send goes, on Redis's clock (the chat's next free slot minus its gap)."""
    await pacer.reserve(chat)
    free = int(await pacer.client.get(pacer._keys(chat)[1]))
    gap = 3.0 if chat < 0 else pacer.chat_interval
    return free / 1_000_000 - gap


async def test_two_processes_share_thirty_a_second(two_pacers) -> None:
    a, b = two_pacers
    slots = [await _slots((a, b)[i % 2], 1000 + i) for i in range(60)]
    ordered = sorted(slots)
    gaps = [later - earlier for earlier, later in itertools.pairwise(ordered)]
    assert min(gaps) > 1 / 30 - 1e-5  # never two sends closer than the overall pace
    assert sorted(slots)[-1] - sorted(slots)[0] > 59 / 30 - 0.01  # sixty take two seconds


async def test_one_chat_gets_one_a_second_whoever_sends(two_pacers) -> None:
    a, b = two_pacers
    first = await _slots(a, 77)
    second = await _slots(b, 77)
    other = await _slots(a, 78)
    assert second - first > 1 - 1e-5
    assert other - first < 0.5  # another chat only waits for the overall pace


async def test_a_429_seen_by_one_process_pauses_the_other(two_pacers) -> None:
    a, b = two_pacers
    await a.hold(3)
    assert await b.reserve(5) > 2.9
    assert await b.paused_for() > 2.9


async def test_a_group_gets_twenty_a_minute(two_pacers) -> None:
    a, b = two_pacers
    first = await _slots(a, -100123)
    second = await _slots(b, -100123)
    assert second - first > 3 - 1e-5


async def test_a_slow_answer_in_one_process_holds_back_the_other(two_pacers) -> None:
    a, b = two_pacers
    a.per_second = b.per_second = 3  # three a second, to keep the test short
    start = await _slots(a, 1)
    for chat in (2, 3):
        await _slots((a, b)[chat % 2], chat)
    await a.sent()  # the first send's answer, late: now
    answered = int(await a.client.lindex(a._keys(0)[3], 0)) / 1_000_000
    for _ in range(2):
        await b.sent()
    fourth = await _slots(b, 4)
    assert answered > start
    assert fourth >= answered + 1 - 1e-5  # a second after that answer, whoever sends
