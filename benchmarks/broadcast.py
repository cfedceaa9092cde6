"""A broadcast to 20,000 subscribers through real `integra-bot worker` processes and the
sandbox with its rate limiter matched to SEND_RATE: the send rate achieved as a fraction of the
configured limit (first to last message), one worker on SQLite, one and two on PostgreSQL (two
share the pace through Redis), with the time to queue the rows and a duplicate count."""

from __future__ import annotations

import asyncio
import signal
import time
from pathlib import Path

from benchmarks.common import Result
from sandbox import Sandbox
from tests.e2e.broadcast_helpers import (
    fresh_pg_database,
    kill,
    per_chat,
    queue_broadcast,
    seed_subscribers,
    start_worker,
    until_done,
    worker_env,
)

RATE = 200.0  # SEND_RATE for the run (Telegram's is 30); the sandbox refuses more than this
REDIS = "redis://127.0.0.1:6379/14"


async def one_run(
    database_url: str, people: int, workers: int, tmp: Path
) -> tuple[float, float, int, int]:
    """(achieved / configured rate, seconds to queue, duplicates, 429s)."""
    async with Sandbox() as sb:
        sb.rate_limit(per_second=RATE, per_chat_per_second=1)
        audience = await seed_subscribers(database_url, people, sb=sb)
        start = time.perf_counter()
        broadcast_id, count = await queue_broadcast(database_url)
        queued = time.perf_counter() - start
        assert count == people
        extra = {"redis_url": REDIS} if workers > 1 else {}
        env = worker_env(sb, database_url, tmp, send_rate=RATE, **extra)
        log = tmp / "bench-workers.log"
        processes = [await start_worker(env, log) for _ in range(workers)]
        try:
            await until_done(database_url, broadcast_id, timeout=people / RATE * 3 + 60)
        finally:
            await asyncio.gather(*(kill(p, signal.SIGTERM) for p in processes))
        times = sb.stats.send_times("sendMessage")
        received = per_chat(sb, audience)
        duplicates = sum(n - 1 for n in received.values() if n > 1)
        missing = sum(1 for n in received.values() if n == 0)
        assert missing == 0, f"{missing} people got nothing; see {log}"
        achieved = (len(times) - 1) / (times[-1] - times[0])
        return achieved / RATE, queued, duplicates, sb.stats.rate_limited


async def broadcast(people: int, tmp: Path) -> list[Result]:
    results: list[Result] = []
    setups: list[tuple[str, int]] = [("SQLite", 1), ("PostgreSQL", 1), ("PostgreSQL", 2)]
    for database, workers in setups:
        name = f"broadcast {people:,}, {database}, {workers} worker{'s' * (workers > 1)}"
        fraction = Result(f"{name}: rate / limit ({RATE:g}/s)", "of the limit")
        queue = Result(f"{name}: queueing the rows", "s")
        if database == "SQLite":
            url = f"sqlite+aiosqlite:///{tmp / f'broadcast-{workers}.db'}"
            outcome = await one_run(url, people, workers, tmp)
        else:
            async with fresh_pg_database() as url:
                outcome = await one_run(url, people, workers, tmp)
        ratio, queued, duplicates, refused = outcome
        fraction.samples.append(ratio)
        queue.samples.append(queued)
        results += [fraction, queue]
        print(f"{name}: {duplicates} duplicates, {refused} refused with 429", flush=True)
    return results
