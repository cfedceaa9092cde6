"""Messages to people other than the one whose update is handled: a moderator's decision told
to the submitter, later reminders and announcements.

A dialog returns a `Notify` among its effects; the bot writes it to the outbox in the same
transaction as the decision, and the courier delivers it after the commit, in the recipient's
own language. Nobody is told about a decision that was not saved, and a notice survives a
restart between the decision and its delivery.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from dialogs.screen import Screen
from dialogs.screen_codec import dump_screens

NOTICE = "notice"  # the outbox kind of a Notify


@dataclass(frozen=True)
class Notify:
    """Tell a person (in their own chat and language) something that was just decided."""

    person_id: int
    screens: tuple[Screen, ...]

    @classmethod
    def of(cls, person_id: int, *screens: Screen) -> Notify:
        return cls(person_id, tuple(screens))

    @property
    def screen(self) -> Screen:
        """The first (usually the only) screen of the notice."""
        return self.screens[0]


class OutboxStore(Protocol):
    async def enqueue(
        self,
        kind: str,
        payload: dict[str, object],
        *,
        person_id: int | None = None,
        lane: str | None = None,
        dedupe_key: str | None = None,
    ) -> int | None: ...


async def send_later(store: OutboxStore, notices: Sequence[Notify]) -> None:
    """Write the notices to the outbox; they go out once the transaction has committed."""
    for notice in notices:
        await store.enqueue(
            NOTICE, {"screens": dump_screens(notice.screens)}, person_id=notice.person_id
        )
