"""Filters and hooks shared by feature routers: who is in which flow, /cancel, and showing a
flow's current step again."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from aiogram.filters import Filter
from aiogram.types import TelegramObject

from dialogs.profile import Profile
from dialogs.screen import Msg, Screen, msg
from storage.repositories import Repositories

# How a flow is left on /cancel. It returns what to tell the person: its own message when the
# generic "cancelled" ("everything you already answered is saved") is not true for it (a draft
# that is discarded), else True or False.
Canceller = Callable[[Repositories, Profile], Awaitable[bool | Msg]]
Reshower = Callable[[Repositories, Profile], Awaitable[list[Screen]]]


class InFlow(Filter):
    """Matches when the person's stored active flow is this one (it survives restarts)."""

    def __init__(self, flow: str) -> None:
        self.flow = flow

    async def __call__(self, event: TelegramObject, profile: Profile | None = None) -> bool:
        return profile is not None and profile.active_flow == self.flow


class Cancellers:
    """Each feature with a multi-step flow registers how to leave it on /cancel."""

    def __init__(self) -> None:
        self._by_flow: dict[str, Canceller] = {}

    def register(self, flow: str, canceller: Canceller) -> None:
        self._by_flow[flow] = canceller

    async def cancel(self, repo: Repositories, profile: Profile) -> Msg | None:
        """Leave the person's flow: what to tell them, or None when there was nothing to stop."""
        if profile.active_flow is None:
            return None
        said: bool | Msg = True
        canceller = self._by_flow.get(profile.active_flow)
        if canceller is not None:
            said = await canceller(repo, profile)
        await repo.profiles.set_active_flow(profile.person_id, None)
        return said if isinstance(said, Msg) else msg("cancelled")


class Reshowers:
    """Each feature with a multi-step flow may register how to show its current step again,
    e.g. right after a language change, so the person is not dropped at the main menu."""

    def __init__(self) -> None:
        self._by_flow: dict[str, Reshower] = {}

    def register(self, flow: str, reshower: Reshower) -> None:
        self._by_flow[flow] = reshower

    async def current_step(self, repo: Repositories, profile: Profile) -> list[Screen]:
        """The screens of the person's active flow's current step; [] when there is none."""
        reshower = self._by_flow.get(profile.active_flow or "")
        return [] if reshower is None else await reshower(repo, profile)
