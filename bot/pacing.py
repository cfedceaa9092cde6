"""Telegram's sending limits, kept by every process that sends on the bot's behalf.

About 30 messages a second overall, one a second into one chat (20 a minute into a group or
channel), and a 429 "retry after N" stops *every* send for N seconds, not only the one into the
chat that provoked it.

Slots 1/rate apart are not enough on their own: Telegram counts a message when it arrives, and
a request that took a little longer than the next one lets two arrivals come closer than the
slots were, so a full second could hold one message too many. So a send also waits until a
second has passed since the answer to the send `rate` sends before it (`sent()` notes each
answer): a message arrives before its answer, so no second ever holds more than `rate`.

The courier paces each Bot API call through one `Pacing`: a `Pacer` in the process, or with
REDIS_URL a `bot.pacing_redis.RedisPacer` that every process shares.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from typing import Protocol

GROUP_INTERVAL = 3.0  # seconds between messages into one group or channel (20 a minute)
CATCH_UP = 0.25  # seconds of lateness the next sends may make up
REORDER = 0.015  # seconds: how far answers of sends made at once may come out of order


class Pacing(Protocol):
    async def wait(self, chat_id: int) -> None:
        """Return when a message into `chat_id` may go."""

    async def hold(self, seconds: float) -> None:
        """Telegram answered 429 "retry after `seconds`": nobody sends meanwhile."""

    async def sent(self) -> None:
        """A send's answer arrived (the message reached Telegram before this)."""

    async def close(self) -> None: ...


def chat_gap(chat_id: int, chat_interval: float) -> float:
    """Seconds between two messages into one chat (groups and channels: 20 a minute)."""
    return max(chat_interval, GROUP_INTERVAL) if chat_id < 0 else chat_interval


class Pacer:
    def __init__(
        self,
        rate: float = 30.0,
        chat_interval: float = 1.0,
        *,
        clock: Callable[[], float] = time.monotonic,
        remember: int = 50_000,
    ) -> None:
        self.interval = 1.0 / rate if rate > 0 else 0.0
        self.chat_interval = chat_interval
        self.clock = clock
        self.remember = remember
        self._next = 0.0  # when the next message may go, overall
        self._paused_until = 0.0
        self._chats: OrderedDict[int, float] = OrderedDict()
        self._per_second = max(1, math.floor(rate))
        self._answers: deque[float] = deque(maxlen=self._per_second)  # the latest answers
        self._flying = 0  # sends booked and not answered yet (several couriers at once)
        self._lock = asyncio.Lock()

    def pause(self, seconds: float) -> None:
        """Telegram said 429: nobody sends for `seconds`."""
        self._paused_until = max(self._paused_until, self.clock() + seconds)

    async def hold(self, seconds: float) -> None:
        self.pause(seconds)

    async def close(self) -> None:
        return None

    async def sent(self) -> None:
        self.answered()

    def answered(self) -> None:
        self._flying = max(0, self._flying - 1)
        self._answers.append(self.clock())

    def reserve(self, chat_id: int) -> float:
        """Book the next slot for a message into `chat_id`; returns how long to wait for it."""
        now = self.clock()
        # a send that came a little late (up to CATCH_UP seconds) does not lose its time for
        # good: the next sends make it up (the window below still keeps any second under
        # rate); after a longer gap the pace simply starts again
        virtual = max(self._next, self._paused_until)
        if now - virtual > CATCH_UP:
            virtual = now
        slot = max(virtual, now)
        # never `rate` arrivals in a second: the send `rate` before this one is the k-th
        # newest answer, k = rate - the sends booked and not answered yet (with sends on their
        # way, answers may come out of order: a little more room)
        k = self._per_second - self._flying
        if 0 < k <= len(self._answers):
            reorder = REORDER if self._flying else 0.0
            slot = max(slot, self._answers[-k] + 1.0 + reorder)
        self._flying += 1
        self._next = virtual + self.interval  # held back by its chat, it keeps no one else
        start = max(slot, self._chats.get(chat_id, 0.0))
        self._chats[chat_id] = start + chat_gap(chat_id, self.chat_interval)
        self._chats.move_to_end(chat_id)
        while len(self._chats) > self.remember:
            self._chats.popitem(last=False)
        return start - now

    async def wait(self, chat_id: int) -> None:
        async with self._lock:
            delay = self.reserve(chat_id)
        try:
            if delay > 0:
                await asyncio.sleep(delay)
            pause = self._paused_until - self.clock()
            if pause > 0:  # a 429 arrived while this call waited its turn
                await asyncio.sleep(pause)
        except BaseException:  # it will not be sent (the courier is stopping)
            self._flying = max(0, self._flying - 1)
            raise
