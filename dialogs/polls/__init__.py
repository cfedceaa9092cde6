"""Opinion polls: voting with live results, staff writing and running polls in the chat.

- model: what a poll is, the stored parts dialogs need (Protocols), button actions
- tally: counting, percentages (largest remainder), bars, suppression of small groups
- screens: the question, the results, the list
- voting: a person and the polls; create: staff writing a poll; staff: open, close, results
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from dialogs.polls.model import SHIPPED, ShippedPoll


class ShippedStore(Protocol):
    async def ensure_shipped(
        self,
        slug: str,
        option_count: int,
        *,
        multiple: bool = False,
        allow_change: bool = True,
        audience: Sequence[str] | None = None,
    ) -> bool: ...


async def seed(store: ShippedStore, shipped: Sequence[ShippedPoll] = SHIPPED) -> list[str]:
    """Create the polls that ship with the bot, open, unless they exist (idempotent: a poll
    staff closed stays closed). Returns the slugs created now."""
    created = []
    for poll in shipped:
        if await store.ensure_shipped(
            poll.slug,
            poll.option_count,
            multiple=poll.multiple,
            allow_change=poll.allow_change,
            audience=poll.audience,
        ):
            created.append(poll.slug)
    return created
