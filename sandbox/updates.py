"""The queue of updates waiting for the bot, long polling, and knowing when one was handled.

Telegram keeps an update until the bot confirms it: by calling getUpdates with a higher offset,
or by answering the webhook POST. aiogram (with handle_as_tasks=False) handles an update before
it asks for the next offset, so a confirmation is the moment the bot has finished with an update.
The driver waits on exactly that, which makes end-to-end tests deterministic without sleeps.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import time
from dataclasses import dataclass, field

from sandbox.errors import POLLING_CONFLICT, ApiError
from sandbox.state import Json

# What Telegram delivers when allowed_updates is empty or was never set.
NOT_BY_DEFAULT = frozenset({"chat_member", "message_reaction", "message_reaction_count"})


def update_type(update: Json) -> str:
    return next(key for key in update if key != "update_id")


@dataclass
class _Entry:
    update: Json
    description: str
    handled: asyncio.Event = field(default_factory=asyncio.Event)
    created: float = field(default_factory=time.monotonic)
    dropped: bool = False


class UpdateQueue:
    def __init__(self, first_id: int = 500_000_001) -> None:
        self._ids = itertools.count(first_id)
        self._entries: dict[int, _Entry] = {}
        self.pending: list[Json] = []  # not yet confirmed, oldest first
        self.allowed_updates: list[str] = []
        self.dropped: list[Json] = []  # filtered out by allowed_updates or drop_pending_updates
        self.last_poll: float | None = None
        self.last_offset: int | None = None
        self._changed = asyncio.Event()
        self._generation = 0
        self.closed = False

    # -- producing -------------------------------------------------------------------------
    def push(self, body: Json, description: str) -> int:
        """Queue an update (body without update_id) and return its update_id."""
        update_id = next(self._ids)
        update = {"update_id": update_id, **body}
        self._entries[update_id] = _Entry(update, description)
        self.pending.append(update)
        self._notify()
        return update_id

    def _notify(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    # -- consuming -------------------------------------------------------------------------
    def is_allowed(self, update: Json) -> bool:
        kind = update_type(update)
        if self.allowed_updates:
            return kind in self.allowed_updates
        return kind not in NOT_BY_DEFAULT

    def _filter(self) -> None:
        for update in [u for u in self.pending if not self.is_allowed(u)]:
            self.drop(update["update_id"])

    def confirm_below(self, offset: int) -> None:
        """getUpdates(offset=N) confirms every update with a smaller id: it has been handled."""
        for update in [u for u in self.pending if u["update_id"] < offset]:
            self.mark_handled(update["update_id"])

    def mark_handled(self, update_id: int) -> None:
        self.pending = [u for u in self.pending if u["update_id"] != update_id]
        entry = self._entries.get(update_id)
        if entry is not None:
            entry.handled.set()
        self._notify()

    def drop(self, update_id: int) -> None:
        entry = self._entries.get(update_id)
        if entry is not None:
            entry.dropped = True
            self.dropped.append(entry.update)
        self.mark_handled(update_id)

    def drop_pending(self) -> None:
        for update in list(self.pending):
            self.drop(update["update_id"])

    async def get_updates(
        self, offset: int, limit: int, poll_seconds: float, allowed: list[str] | None
    ) -> list[Json]:
        if allowed is not None:
            self.allowed_updates = list(allowed)  # Telegram remembers the last list given
        self.last_poll, self.last_offset = time.monotonic(), offset
        if offset < 0:
            for update in self.pending[:offset]:
                self.mark_handled(update["update_id"])
        elif offset:
            self.confirm_below(offset)
        self._generation += 1
        generation = self._generation
        self._notify()  # wakes an earlier long poll, which then ends with 409 Conflict
        limit = min(max(limit, 1), 100)
        deadline = time.monotonic() + max(poll_seconds, 0)
        while True:
            self._filter()
            batch = [u for u in self.pending if u["update_id"] >= offset][:limit]
            remaining = deadline - time.monotonic()
            if batch or remaining <= 0 or self.closed:
                return batch
            changed = self._changed
            try:
                await asyncio.wait_for(changed.wait(), remaining)
            except TimeoutError:
                return []
            if generation != self._generation:
                # Environmental, not the bot's fault (often an aborted poll of a stopped bot).
                raise ApiError(409, POLLING_CONFLICT, violation=False)

    async def next_pending(self) -> Json | None:
        """For webhook delivery: the oldest allowed pending update, waiting for one."""
        while not self.closed:
            self._filter()
            if self.pending:
                return self.pending[0]
            await self.wait_change()
        return None

    async def wait_change(self, seconds: float | None = None) -> None:
        changed = self._changed
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(changed.wait(), seconds)

    def close(self) -> None:
        self.closed = True
        self._notify()

    # -- waiting ---------------------------------------------------------------------------
    def describe(self, update_id: int) -> str:
        entry = self._entries.get(update_id)
        return f"update {update_id} ({entry.description})" if entry else f"update {update_id}"

    def is_handled(self, update_id: int) -> bool:
        entry = self._entries.get(update_id)
        return entry is not None and entry.handled.is_set()

    def was_dropped(self, update_id: int) -> bool:
        entry = self._entries.get(update_id)
        return entry is not None and entry.dropped

    async def wait_handled(self, update_id: int, seconds: float, hint: str = "") -> None:
        entry = self._entries.get(update_id)
        if entry is None:
            raise KeyError(f"no update {update_id} was created by the sandbox")
        try:
            await asyncio.wait_for(entry.handled.wait(), seconds)
        except TimeoutError:
            raise TimeoutError(
                f"the bot did not handle {self.describe(update_id)} within {seconds:g}s; "
                f"{hint}{self._poll_hint()}"
            ) from None

    async def idle(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while self.pending:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                waiting = ", ".join(self.describe(u["update_id"]) for u in self.pending[:5])
                raise TimeoutError(
                    f"{len(self.pending)} update(s) still pending after {seconds:g}s: "
                    f"{waiting}; {self._poll_hint()}"
                )
            await self.wait_change(remaining)

    def _poll_hint(self) -> str:
        if self.last_poll is None:
            return "getUpdates was never called (is the bot polling?)"
        ago = time.monotonic() - self.last_poll
        return f"last getUpdates was {ago:.1f}s ago with offset={self.last_offset}"
