"""What one feature tells the others happened (a poll opened, a session was published), so a
feature can act on it without the first one knowing who listens: `events.emit(name, repo,
**details)` runs every handler registered with `events.on(name, handler)` in the same
transaction (so what they queue is sent only if the update commits). A name nobody listens to
costs nothing: the announcements feature may be left out of a build.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Awaitable, Callable
from typing import Any

from storage.repositories import Repositories

Listener = Callable[[Repositories, dict[str, Any]], Awaitable[None]]

POLL_OPENED = "poll-opened"  # details: now (the opening time)
SESSION_ANNOUNCED = "session-announced"  # details: announcement (dialogs.sessions.Announcement)


class Events:
    """One per dispatcher (`dp["events"]`, `wiring.events`)."""

    def __init__(self) -> None:
        self._listeners: defaultdict[str, list[Listener]] = defaultdict(list)

    def on(self, name: str, listener: Listener) -> None:
        self._listeners[name].append(listener)

    async def emit(self, name: str, repo: Repositories, **details: Any) -> None:
        for listener in self._listeners.get(name, ()):
            await listener(repo, details)
