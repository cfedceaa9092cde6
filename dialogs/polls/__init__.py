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


# What bot/ uses of this package: its public face (import-linter keeps bot/ to it).
from dialogs.polls.create import Env, cancel, on_draft_button, on_text, start  # noqa: E402
from dialogs.polls.model import CLOSED_LIST, DEEP_LINK_PREFIX, FLOW, PREFIXES, SLUG_RE, link, state  # noqa: E402
from dialogs.polls.staff import chart_caption, results_data, set_open, staff_poll_list  # noqa: E402
from dialogs.polls.tally import DEFAULT_STEP, DEFAULT_THRESHOLD  # noqa: E402
from dialogs.polls.voting import Context, closed_list, on_button, open_by_slug, poll_list  # noqa: E402

__all__ = [
    "CLOSED_LIST",
    "DEEP_LINK_PREFIX",
    "DEFAULT_STEP",
    "DEFAULT_THRESHOLD",
    "FLOW",
    "PREFIXES",
    "SHIPPED",
    "SLUG_RE",
    "Context",
    "Env",
    "ShippedPoll",
    "cancel",
    "chart_caption",
    "closed_list",
    "link",
    "on_button",
    "on_draft_button",
    "on_text",
    "open_by_slug",
    "poll_list",
    "results_data",
    "set_open",
    "staff_poll_list",
    "start",
    "state",
]
