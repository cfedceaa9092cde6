"""Failures the tests arrange: the next N calls of a method fail, or calls over a rate get 429.

Real Telegram answers 429 with retry_after under load and 5xx now and then; a bot must cope.
These refusals are not the bot's fault, so they are not recorded as violations.
"""

from __future__ import annotations

import math
import time
from collections import defaultdict, deque
from dataclasses import dataclass

from sandbox.errors import ApiError, too_many_requests

DEFAULT_DESCRIPTIONS = {
    400: "Bad Request: injected failure",
    403: "Forbidden: bot was blocked by the user",
    429: "Too Many Requests: retry after {retry_after}",
    500: "Internal Server Error",
    502: "Bad Gateway",
}


@dataclass
class _Planned:
    error_code: int
    description: str
    retry_after: int | None
    remaining: int


class FaultPlan:
    def __init__(self) -> None:
        self._planned: dict[str, deque[_Planned]] = defaultdict(deque)

    def add(
        self,
        method: str,
        error_code: int,
        description: str | None,
        count: int,
        retry_after: int | None,
    ) -> None:
        if error_code == 429 and retry_after is None:
            retry_after = 1
        text = description or DEFAULT_DESCRIPTIONS.get(error_code, f"Error {error_code}")
        text = text.format(retry_after=retry_after)
        self._planned[method.lower()].append(_Planned(error_code, text, retry_after, count))

    def take(self, method: str) -> ApiError | None:
        queue = self._planned.get(method.lower())
        if not queue:
            return None
        planned = queue[0]
        planned.remaining -= 1
        if planned.remaining <= 0:
            queue.popleft()
        return ApiError(
            planned.error_code,
            planned.description,
            f"injected by fail_next({method!r})",
            retry_after=planned.retry_after,
            violation=False,
        )

    def clear(self) -> None:
        self._planned.clear()


class RateLimiter:
    """Sliding one-second windows: overall, per chat, and per group/channel per minute."""

    def __init__(
        self, per_second: float, per_chat_per_second: float, per_group_per_minute: float
    ) -> None:
        self.per_second = per_second
        self.per_chat_per_second = per_chat_per_second
        self.per_group_per_minute = per_group_per_minute
        self._all: deque[float] = deque()
        self._chats: dict[object, deque[float]] = defaultdict(deque)

    def check(self, chat_id: object, is_group: bool) -> None:
        now = time.monotonic()
        _expire(self._all, now, 1.0)
        window = 60.0 if is_group else 1.0
        limit = self.per_group_per_minute if is_group else self.per_chat_per_second
        chat = self._chats[chat_id]
        _expire(chat, now, window)
        for times, cap, span in ((self._all, self.per_second, 1.0), (chat, limit, window)):
            if len(times) >= cap:
                wait = times[0] + span - now
                retry_after = max(1, math.ceil(wait))
                raise ApiError(
                    429,
                    too_many_requests(retry_after),
                    f"over the sandbox rate limit ({cap:g} per {span:g}s)",
                    retry_after=retry_after,
                    violation=False,
                )
        self._all.append(now)
        chat.append(now)


def _expire(times: deque[float], now: float, span: float) -> None:
    while times and times[0] <= now - span:
        times.popleft()
