"""Deep links `t.me/<bot>?start=<prefix>_<arg>`: features register an opener per prefix.

A link opened before onboarding is finished is kept on the person (pending_start) and opened
once the respondent group is chosen.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from bot.render import Reply
from dialogs.profile import Profile
from storage.repositories import Repositories

log = logging.getLogger(__name__)
Opener = Callable[[str, Repositories, Profile], Awaitable[Reply | None]]


class DeepLinks:
    def __init__(self) -> None:
        self._openers: dict[str, Opener] = {}

    def register(self, prefix: str, opener: Opener) -> None:
        self._openers[prefix] = opener

    async def open(self, payload: str, *, repo: Repositories, profile: Profile) -> Reply | None:
        prefix, _, arg = payload.partition("_")
        opener = self._openers.get(prefix)
        if opener is None or not arg:
            log.debug("deep link with unknown prefix ignored")
            return None
        return await opener(arg, repo, profile)
