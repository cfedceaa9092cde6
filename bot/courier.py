"""The courier: delivers the outbox (storage.models_outbox) after the deciding commit.

Every process that serves the bot runs one (and `integra-bot worker` can run more); couriers
on PostgreSQL share the rows with SKIP LOCKED. A courier claims a second's worth of due rows,
then sends them one at a time: it marks a row `sending` and commits *before* the Bot API call.
So a crash can leave at most one row per courier whose fate is unknown; that row is never
sent again (nobody gets a second copy).

One commit per message: the outcome of a row (sent, failed, to try again later) is written in
the same transaction that marks the next row `sending`, and at the end of a pass. Until then the
finished row still reads `sending`, but it is the only one, so the guarantee above holds: after
a crash at most one row is `sending`, and it becomes `unknown`.

Each kind of row has a handler (a notice to a person, a channel post, a broadcast…),
registered by the feature that makes such rows. A handler sends through `Post.call`, which
keeps Telegram's pace (bot.pacing; shared through Redis with REDIS_URL), waits out a 429 for
every send, and tries a server error or a dropped connection again; a 403 (the person blocked
the bot) runs the `on_blocked` hooks and ends the row as failed, as a 400 does.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import secrets
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, TypeVar

from aiogram import Bot
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.l10n import Locales
from bot.pacing import Pacing
from storage.models import utcnow
from storage.repositories.outbox import Job, OutboxRepository

log = logging.getLogger(__name__)
T = TypeVar("T")
MAX_ATTEMPTS = 8  # rows whose every try met a server error or a dropped connection
CALL_TRIES = 3  # one Bot API call: first try and retries within the row
RECOVER_EVERY = 10.0  # seconds between looks for rows of couriers that died


class Undeliverable(Exception):
    """A handler's way to end a row without sending: `status` failed or cancelled."""

    def __init__(self, reason: str, status: str = "failed") -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status


class Partial(Exception):
    """Part of a row went out and the rest could not: it is not tried again (no copies)."""


JobHandler = Callable[[Job, "Post"], Awaitable[None]]


@dataclass(frozen=True)
class Outcome:
    """How a row ended (`later`: seconds until it is tried again, if it is)."""

    job_id: int
    status: str
    error: str | None
    later: float | None = None


BlockedHook = Callable[[AsyncSession, int], Awaitable[None]]


@dataclass
class Post:
    """What a handler sends with: the bot, a pace-keeping `call`, fresh database sessions."""

    bot: Bot
    sessions: async_sessionmaker[AsyncSession]
    locales: Locales
    pacer: Pacing
    sent: int = 0  # Bot API calls that went through for the current row
    services: dict[str, Any] = field(default_factory=dict)

    async def call(self, chat_id: int, make: Callable[[], Awaitable[T]]) -> T:
        """One Bot API call into `chat_id`, at Telegram's pace; a 429 pauses every send."""
        for attempt in range(CALL_TRIES):
            await self.pacer.wait(chat_id)
            try:
                try:
                    result = await make()
                finally:
                    await self.pacer.sent()  # counted from its answer (bot.pacing)
            except TelegramRetryAfter as exc:
                await self.pacer.hold(exc.retry_after)
                if attempt == CALL_TRIES - 1:
                    raise
                continue
            except (TelegramServerError, TelegramNetworkError):
                if attempt == CALL_TRIES - 1:
                    raise
                await asyncio.sleep(0.5 * 2**attempt)
                continue
            self.sent += 1
            return result
        raise AssertionError("unreachable")


def worker_name() -> str:
    return f"{socket.gethostname()[:32]}:{os.getpid()}:{secrets.token_hex(3)}"


class Courier:
    def __init__(
        self,
        bot: Bot,
        sessions: async_sessionmaker[AsyncSession],
        locales: Locales,
        pacer: Pacing,
        *,
        lease: float = 60.0,
        poll: float = 1.0,
        batch: int = 30,
    ) -> None:
        self.bot = bot
        self.sessions = sessions
        self.locales = locales
        self.pacer = pacer
        self.lease = timedelta(seconds=lease)
        self.poll = poll
        self.batch = max(1, batch)
        self.name = worker_name()
        self.handlers: dict[str, JobHandler] = {}
        self.on_blocked: list[BlockedHook] = []
        self.services: dict[str, Any] = {}
        # what "now" is when due rows are claimed (a test moves it forward to a reminder's time)
        self.clock: Callable[[], datetime] = utcnow
        self._wake = asyncio.Event()
        self._stopping = False
        self._task: asyncio.Task[None] | None = None
        self._passes = 0
        self._last_empty = -1
        self._last_recover = -RECOVER_EVERY
        self._recover_every = min(RECOVER_EVERY, max(0.5, lease))
        # the outcome of the last row sent, written with the next row's start (one commit)
        self._outcome: Outcome | None = None

    def twin(self) -> Courier:
        """Another courier of this process: the same handlers, services and pace (so several
        rows can be in flight at once; each crash may then leave one per courier unsure)."""
        other = Courier(
            self.bot,
            self.sessions,
            self.locales,
            self.pacer,
            lease=self.lease.total_seconds(),
            poll=self.poll,
            batch=self.batch,
        )
        other.handlers, other.on_blocked, other.services = (
            self.handlers,
            self.on_blocked,
            self.services,
        )
        other.clock = self.clock
        return other

    def register(self, kind: str, handler: JobHandler) -> None:
        self.handlers[kind] = handler

    def wake(self) -> None:
        """Something was enqueued and committed: look now rather than at the next poll."""
        self._wake.set()

    # -- running ---------------------------------------------------------------------------
    def start(self) -> None:
        if self._task is None:
            self._stopping = False
            self._task = asyncio.get_running_loop().create_task(self.run(), name="courier")

    async def stop(self) -> None:
        """Finish the row in hand, give back the rest of the claim, and stop."""
        task, self._task = self._task, None
        if task is None:
            return
        self._stopping = True
        self._wake.set()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        async with self.sessions() as session, session.begin():
            repo = OutboxRepository(session)
            await self._write_outcome(repo)
            await repo.release(self.name)
        self._outcome = None

    async def run(self) -> None:
        while not self._stopping:
            try:
                done = await self.deliver_due()
            except Exception as exc:  # the database away for a moment: try again later
                log.error("courier pass failed: %s", type(exc).__name__, exc_info=exc)
                done = 0
            if done or self._stopping:
                continue
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self.poll)

    async def deliver_due(self) -> int:
        """One pass: recover dead couriers' rows now and then, claim due rows, send them."""
        self._passes += 1
        this_pass = self._passes
        self._wake.clear()
        loop = asyncio.get_running_loop()
        if loop.time() - self._last_recover >= self._recover_every:
            self._last_recover = loop.time()
            await self._recover()
        async with self.sessions() as session, session.begin():
            repo = OutboxRepository(session)
            await self._write_outcome(repo)
            jobs = await repo.claim(self.name, self.batch, self.lease, now=self.clock())
        self._outcome = None
        if jobs:
            async with self._pass_session() as session:
                for job in jobs:
                    if self._stopping:
                        break  # the rest is released by stop()
                    await self.deliver(job, session)
                if self._outcome is not None:  # nothing left: the last outcome on its own
                    async with session.begin():
                        await self._write_outcome(OutboxRepository(session))
                    self._outcome = None
        if not jobs:
            self._last_empty = this_pass
        return len(jobs)

    async def _recover(self) -> None:
        async with self.sessions() as session, session.begin():
            back, lost = await OutboxRepository(session).recover()
        if back or lost:
            log.warning("outbox: %d rows back to pending, %d of unknown fate", back, lost)

    async def _write_outcome(self, repo: OutboxRepository) -> None:
        outcome = self._outcome
        if outcome is None:
            return
        if outcome.later is not None:
            later = utcnow() + timedelta(seconds=outcome.later)
            await repo.retry(outcome.job_id, later, outcome.error)
        else:
            await repo.finish(outcome.job_id, outcome.status, outcome.error)

    @contextlib.asynccontextmanager
    async def _pass_session(self) -> AsyncIterator[AsyncSession]:
        """One connection for a pass's transactions (no pool checkout and ping per message)."""
        engine = self.sessions.kw.get("bind")
        if engine is None:
            async with self.sessions() as session:
                yield session
            return
        async with engine.connect() as connection, self.sessions(bind=connection) as session:
            yield session

    async def deliver(self, job: Job, session: AsyncSession | None = None) -> None:
        if session is None:
            async with self.sessions() as own:
                return await self.deliver(job, own)
        # one transaction: the previous row's outcome, and this row marked `sending`
        async with session.begin():
            repo = OutboxRepository(session)
            await self._write_outcome(repo)
            started = await repo.start(job.id, self.name, self.lease)
        self._outcome = None
        if not started:
            return  # the lease ran out meanwhile, or the row was cancelled
        self._outcome = await self._send(job)

    async def _send(self, job: Job) -> Outcome:
        handler = self.handlers.get(job.kind)
        post = Post(self.bot, self.sessions, self.locales, self.pacer, services=self.services)
        status, error, later = "sent", None, None
        try:
            if handler is None:
                raise Undeliverable("no handler")
            await handler(job, post)
        except Undeliverable as exc:
            status, error = exc.status, exc.reason
        except TelegramForbiddenError:
            status, error = "failed", "blocked"
            await self._blocked(job)
        except TelegramBadRequest as exc:
            status, error = "failed", "refused"
            log.warning("outbox %s row %d refused: %s", job.kind, job.id, exc.message)
        except TelegramRetryAfter as exc:
            later, error = float(exc.retry_after), "flood"
        except (TelegramServerError, TelegramNetworkError, TimeoutError) as exc:
            later, error = min(2.0 ** (job.attempts + 1), 300.0), type(exc).__name__[:64]
        except Exception as exc:
            status, error = "failed", "error"
            log.error("outbox %s row %d failed", job.kind, job.id, exc_info=exc)
        if later is not None and (post.sent or job.attempts + 1 >= MAX_ATTEMPTS):
            status, later = "failed", None  # no second copy of what already went out
            error = "partial" if post.sent else "gave up"
        return Outcome(job.id, status, error, later)

    async def _blocked(self, job: Job) -> None:
        if job.person_id is None or not self.on_blocked:
            return
        try:
            async with self.sessions() as session, session.begin():
                for hook in self.on_blocked:
                    await hook(session, job.person_id)
        except Exception as exc:  # the row's outcome is written all the same
            log.error("outbox on_blocked hook failed: %s", type(exc).__name__, exc_info=exc)

    # -- for tests and the harness -----------------------------------------------------------
    async def settle(self, timeout: float = 15.0) -> None:  # noqa: ASYNC109
        """Return once a whole pass that started after this call found nothing due."""
        if self._task is None or self._task.done():
            return
        start = self._passes
        self.wake()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while self._last_empty <= start:
            if loop.time() > deadline:
                raise TimeoutError("the outbox did not settle")
            if self._task is None or self._task.done():
                return
            await asyncio.sleep(0.005)
