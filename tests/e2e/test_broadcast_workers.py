"""`integra-bot worker` as real processes against the sandbox's HTTP URL: killed with SIGKILL
in the middle of a broadcast and started again, nobody gets a second copy (only a row that was
in flight at a kill may be lost, and it says so: `unknown`); two workers on PostgreSQL share
one broadcast without a duplicate."""

from __future__ import annotations

import asyncio
import signal

import pytest

from tests.conftest import require_service
from tests.e2e.broadcast_helpers import (
    fresh_pg_database,
    kill,
    per_chat,
    queue_broadcast,
    rows_of,
    seed_subscribers,
    start_worker,
    until_done,
    until_sent,
    worker_env,
)

pytestmark = pytest.mark.timeout(240)


async def test_kill_9_in_the_middle_and_a_restart_finish_it_without_a_second_copy(sb, tmp_path):
    rate = 100
    sb.rate_limit(per_second=rate, per_chat_per_second=1)
    database_url = f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}"
    people = await seed_subscribers(database_url, 600, sb=sb)
    broadcast_id, _ = await queue_broadcast(database_url)
    env = worker_env(sb, database_url, tmp_path, send_rate=rate, outbox_lease_seconds=2)
    log = tmp_path / "worker.log"
    kills = 0
    for stop_at in (150, 350):  # two kills, mid-way
        worker = await start_worker(env, log)
        await until_sent(sb, stop_at, timeout=60)
        await kill(worker, signal.SIGKILL)
        kills += 1
    worker = await start_worker(env, log)
    try:
        await until_done(database_url, broadcast_id, timeout=90)
    finally:
        await kill(worker, signal.SIGTERM)
    rows = await rows_of(database_url, broadcast_id)
    received = per_chat(sb, people)
    unknown = [chat for chat, status, _ in rows if status == "unknown"]
    assert len(unknown) <= kills, log.read_text()  # at most the one row in flight per kill
    assert all(received[chat] in (0, 1) for chat in unknown)
    assert {status for _, status, _ in rows} <= {"sent", "unknown"}
    assert all(n == 1 for chat, n in received.items() if chat not in unknown)  # no duplicate
    assert sb.stats.rate_limited == 0


async def test_two_workers_on_postgresql_share_one_broadcast_without_a_duplicate(
    sb, tmp_path, redis_url
):
    require_service("PostgreSQL", "127.0.0.1", 5432)
    rate = 100
    sb.rate_limit(per_second=rate, per_chat_per_second=1)
    async with fresh_pg_database() as database_url:
        people = await seed_subscribers(database_url, 800, sb=sb)
        broadcast_id, _ = await queue_broadcast(database_url)
        env = worker_env(
            sb, database_url, tmp_path, send_rate=rate, redis_url=redis_url.replace("/15", "/14")
        )
        log = tmp_path / "workers.log"
        workers = [await start_worker(env, log) for _ in range(2)]
        try:
            await until_done(database_url, broadcast_id, timeout=90)
        finally:
            await asyncio.gather(*(kill(w, signal.SIGTERM) for w in workers))
        rows = await rows_of(database_url, broadcast_id)
    assert set(per_chat(sb, people).values()) == {1}, log.read_text()
    assert {status for _, status, _ in rows} == {"sent"}
    by_worker = {claimed.rsplit(":", 1)[0] for _, _, claimed in rows if claimed}
    assert len(by_worker) == 2  # both took part
    assert sb.stats.rate_limited == 0  # one pace for both, through Redis


async def test_a_worker_with_three_couriers_shares_the_pace_and_sends_each_once(sb, tmp_path):
    rate = 60
    sb.rate_limit(per_second=rate, per_chat_per_second=1)
    database_url = f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}"
    people = await seed_subscribers(database_url, 240, sb=sb)
    broadcast_id, _ = await queue_broadcast(database_url)
    env = worker_env(sb, database_url, tmp_path, send_rate=rate)
    log = tmp_path / "worker.log"
    worker = await start_worker(env, log, "--couriers", "3", "--exit-when-idle")
    assert await asyncio.wait_for(worker.wait(), timeout=60) == 0, log.read_text()
    rows = await rows_of(database_url, broadcast_id)
    assert set(per_chat(sb, people).values()) == {1}
    assert {status for _, status, _ in rows} == {"sent"}
    assert len({claimed for _, _, claimed in rows}) == 3  # three couriers took part
    assert sb.stats.rate_limited == 0  # one pace for the three
