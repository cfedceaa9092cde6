"""Big audiences for the broadcast tests and benchmark: subscribers written straight into the
database (bulk), the broadcast queued as `integra-bot broadcast send` does, real
`integra-bot worker` processes against the sandbox's HTTP URL, and counts per chat."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
import uuid
from collections import Counter
from collections.abc import AsyncIterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select, text

from dialogs.broadcasts import TopicAudience, announce
from sandbox import Sandbox
from storage.db import create_engine, session_factory
from storage.migrate import upgrade
from storage.models import Consent, Person, utcnow
from storage.models_broadcasts import Subscription
from storage.models_outbox import Delivery
from storage.repositories import Repositories

ROOT = Path(__file__).resolve().parents[2]
FOUR = ("ar", "fa", "uk", "bg")
TEXTS = {
    "ar": "صدرت نتائج التقييم.",
    "fa": "نتایج ارزیابی منتشر شد.",
    "uk": "Результати аудиту опубліковано.",
    "bg": "Резултатите от одита са публикувани.",
}
PG_ADMIN = "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"


async def seed_subscribers(
    database_url: str,
    count: int,
    *,
    first_id: int = 8_000_000,
    languages: Sequence[str] = FOUR,
    topic: str = "results",
    sb: Sandbox | None = None,
) -> dict[int, str]:
    """`count` people who agreed and subscribed to `topic`: telegram id -> language. Each
    has a started chat in the sandbox when `sb` is given."""
    people = {first_id + i: languages[i % len(languages)] for i in range(count)}
    engine = create_engine(database_url)
    try:
        await upgrade(engine)
        now = utcnow()
        async with engine.begin() as conn:
            rows = [
                {
                    "telegram_id": t,
                    "language": lang,
                    "respondent_group": "foreign_national",
                    "created_at": now,
                    "updated_at": now,
                }
                for t, lang in people.items()
            ]
            for start in range(0, len(rows), 1000):
                await conn.execute(insert(Person), rows[start : start + 1000])
            ids = (
                await conn.execute(select(Person.id).where(Person.telegram_id.in_(list(people))))
            ).scalars()
            ids = list(ids)
            consents = [
                {
                    "person_id": i,
                    "kind": "privacy",
                    "version": "v1",
                    "language": "en",
                    "granted_at": now,
                }
                for i in ids
            ]
            subs = [{"person_id": i, "topic": topic, "created_at": now} for i in ids]
            for start in range(0, len(ids), 1000):
                await conn.execute(insert(Consent), consents[start : start + 1000])
                await conn.execute(insert(Subscription), subs[start : start + 1000])
    finally:
        await engine.dispose()
    if sb is not None:
        for telegram_id, language in people.items():
            sb.user(telegram_id, f"P{telegram_id}", language_code=language, started=True)
    return people


async def queue_broadcast(
    database_url: str, texts: Mapping[str, str] = TEXTS, topic: str = "results"
) -> tuple[int, int]:
    engine = create_engine(database_url)
    try:
        async with session_factory(engine)() as session, session.begin():
            broadcast_id, count = await announce(
                Repositories(session).broadcasts, TopicAudience(topic), texts, "bg"
            )
    finally:
        await engine.dispose()
    assert broadcast_id is not None
    return broadcast_id, count


async def statuses(database_url: str, broadcast_id: int) -> Counter[str]:
    engine = create_engine(database_url)
    try:
        async with engine.connect() as conn:
            rows = await conn.execute(
                select(Delivery.status, func.count())
                .where(Delivery.broadcast_id == broadcast_id)
                .group_by(Delivery.status)
            )
            return Counter({s: int(n) for s, n in rows.all()})
    finally:
        await engine.dispose()


async def rows_of(database_url: str, broadcast_id: int) -> list[tuple[int, str, str | None]]:
    """(chat, status, claimed_by) of each delivery of the broadcast."""
    engine = create_engine(database_url)
    try:
        async with engine.connect() as conn:
            rows = await conn.execute(
                select(Delivery.payload, Delivery.status, Delivery.claimed_by).where(
                    Delivery.broadcast_id == broadcast_id
                )
            )
            return [(int(p["chat"]), s, c) for p, s, c in rows.all()]
    finally:
        await engine.dispose()


async def until_done(database_url: str, broadcast_id: int, timeout: float = 60) -> None:  # noqa: ASYNC109
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        counts = await statuses(database_url, broadcast_id)
        if not any(counts.get(s) for s in ("pending", "claimed", "sending")):
            return
        if loop.time() > deadline:
            raise TimeoutError(f"broadcast {broadcast_id} not finished: {dict(counts)}")
        await asyncio.sleep(0.2)


async def until_sent(sb: Sandbox, count: int, timeout: float = 60) -> None:  # noqa: ASYNC109
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while len(sb.stats.send_times("sendMessage")) < count:
        if loop.time() > deadline:
            raise TimeoutError(f"only {len(sb.stats.send_times('sendMessage'))} sent")
        await asyncio.sleep(0.05)


def per_chat(sb: Sandbox, people: Mapping[int, str]) -> dict[int, int]:
    """How many messages the bot sent into each person's chat (one pass over the sandbox)."""
    sent = Counter(chat for (chat, _), record in sb.records.items() if record.outgoing)
    return {t: sent.get(t, 0) for t in people}


def worker_env(sb: Sandbox, database_url: str, tmp: Path, **settings: Any) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "DATABASE_"))}
    env.update(
        BOT_TOKEN=sb.token,
        TELEGRAM_API_BASE=sb.base_url,
        DATABASE_URL=database_url,
        MEDIA_DIR=str(tmp / "media"),
        LOG_LEVEL="WARNING",
        REDIS_URL="",
    )
    env.update({k.upper(): str(v) for k, v in settings.items()})
    return env


async def start_worker(
    env: Mapping[str, str], log: Path, *args: str
) -> asyncio.subprocess.Process:
    """`integra-bot worker [args]` in its own process (its output goes to `log`)."""
    with log.open("ab") as out:
        return await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot.cli",
            "worker",
            *args,
            cwd=ROOT,
            env=dict(env),
            stdout=out,
            stderr=out,
        )


async def kill(process: asyncio.subprocess.Process, sig: int = signal.SIGKILL) -> None:
    with contextlib.suppress(ProcessLookupError):
        process.send_signal(sig)
    await asyncio.wait_for(process.wait(), timeout=30)


@contextlib.asynccontextmanager
async def fresh_pg_database() -> AsyncIterator[str]:
    """A new PostgreSQL database (its URL), dropped afterwards."""
    name = f"bc_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    async with admin.connect() as conn:
        await conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield f"postgresql+asyncpg://postgres@127.0.0.1:5432/{name}"
    finally:
        async with admin.connect() as conn:
            await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        await admin.dispose()
