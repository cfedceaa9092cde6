"""What a poll is to the dialogs, what they need stored, and the buttons' actions.

Actions (callback data, at most 64 bytes; every part is checked, so an old or forged press can
never store a vote for an option or poll that does not take it, and a number the database
cannot hold never reaches a query: <poll> goes through `dialogs.ids.parse_key`):
  pv:<poll>:<option>[:c]    vote for one option (single choice; ":c" on the change screen)
  pt:<poll>:<mask>:<option> tick or untick an option (multiple choice; the ticks so far travel
                            in the button, nothing is stored before "send")
  ps:<poll>:<mask>          send the ticked options
  po:<poll>                 open a poll (from the list)    pc:<poll>  change my vote
  pl:closed                 the list of closed polls (their final results)
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from dialogs.ids import parse_key
from dialogs.screen import Msg, Plain, Text

MAX_OPTIONS = 10
SLUG_RE = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$")
DEEP_LINK_PREFIX = "poll"
FLOW = "poll-create"
CLOSED_LIST = "pl:closed"


@dataclass(frozen=True)
class ShippedPoll:
    """A poll that comes with the bot: its texts are Fluent messages poll-<slug>-…"""

    slug: str
    option_count: int
    multiple: bool = False
    allow_change: bool = True
    audience: tuple[str, ...] | None = None


# The campaign's question (seed: "Кое виждане за икономическите мигранти споделяте?").
SHIPPED: tuple[ShippedPoll, ...] = (ShippedPoll("economic-migrants", option_count=2),)


class PollRecord(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def slug(self) -> str: ...
    @property
    def source(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def multiple(self) -> bool: ...
    @property
    def allow_change(self) -> bool: ...
    @property
    def option_count(self) -> int: ...
    @property
    def audience(self) -> frozenset[str] | None: ...
    @property
    def opens_at(self) -> datetime | None: ...
    @property
    def closes_at(self) -> datetime | None: ...
    @property
    def texts(self) -> Mapping[str, tuple[str, tuple[str, ...]]]: ...


class PollStore(Protocol):
    async def by_id(self, poll_id: int) -> PollRecord | None: ...
    async def by_slug(self, slug: str) -> PollRecord | None: ...
    async def all(self, statuses: Sequence[str] | None = None) -> Sequence[PollRecord]: ...
    async def cast(
        self, poll_id: int, person_id: int, choices: int, group: str | None, *, allow_change: bool
    ) -> str: ...
    async def ballot(self, poll_id: int, person_id: int) -> int | None: ...
    async def tally_rows(self, poll_id: int) -> list[tuple[str | None, int, int]]: ...
    async def vote_counts(self) -> dict[int, int]: ...
    async def snapshot(
        self, poll_id: int
    ) -> tuple[int, list[tuple[str | None, int, int]]] | None: ...
    async def changed_since(self, poll_id: int, generation: int) -> int: ...
    async def save_snapshot(
        self, poll_id: int, generation: int, rows: Sequence[tuple[str | None, int, int]]
    ) -> None: ...


def state(poll: PollRecord, now: datetime) -> str:
    """ "draft", "scheduled" (open from a later time), "open" or "closed"."""
    if poll.status != "open":
        return poll.status
    if poll.closes_at is not None and now >= poll.closes_at:
        return "closed"
    if poll.opens_at is not None and now < poll.opens_at:
        return "scheduled"
    return "open"


def may_vote(poll: PollRecord, group: str | None) -> bool:
    return poll.audience is None or (group is not None and group in poll.audience)


def _texts(poll: PollRecord, language: str, fallback: str) -> tuple[str, tuple[str, ...]] | None:
    for code in (language, fallback, *sorted(poll.texts)):
        found = poll.texts.get(code)
        if found is not None and found[0] and len(found[1]) == poll.option_count:
            return found
    return None


def question(poll: PollRecord, language: str, fallback: str) -> Msg | str:
    """The question in the reader's language: Fluent for shipped polls, else staff's text in
    that language, else in the fallback language."""
    if poll.source == "shipped":
        return Msg(f"poll-{poll.slug}-question")
    found = _texts(poll, language, fallback)
    return found[0] if found else poll.slug


def option(poll: PollRecord, index: int, language: str, fallback: str) -> Msg | str:
    if poll.source == "shipped":
        return Msg(f"poll-{poll.slug}-option-{index + 1}")
    found = _texts(poll, language, fallback)
    return found[1][index] if found else str(index + 1)


def as_text(value: Msg | str) -> Text:
    """A poll text for a screen: Fluent for shipped polls, staff's words as written."""
    return value if isinstance(value, Msg) else Plain(value)


@dataclass(frozen=True)
class Press:
    kind: str  # "vote", "tick", "send", "open", "change"
    poll_id: int
    mask: int = 0
    option: int = -1
    again: bool = False  # pressed on the "change my vote" screen


_KINDS = {"pv": "vote", "pt": "tick", "ps": "send", "po": "open", "pc": "change"}
# what follows the poll's key in each kind of button: an option number, a mask of ticks
_SHAPES = {
    "vote": ("option",),
    "tick": ("mask", "option"),
    "send": ("mask",),
    "open": (),
    "change": (),
}
_MOST = {"option": MAX_OPTIONS - 1, "mask": (1 << MAX_OPTIONS) - 1}
PREFIXES = tuple(f"{p}:" for p in _KINDS)


def _small(text: str, most: int) -> int | None:
    """An option number or a mask: ASCII digits, no leading zero, from 0 to `most`."""
    if not text or len(text) > len(str(most)) or not (text.isascii() and text.isdigit()):
        return None
    if len(text) > 1 and text[0] == "0":
        return None
    value = int(text)
    return value if value <= most else None


def parse_press(data: str | None) -> Press | None:
    """The press a callback carries, or None when it is not well formed (an old or forged
    button). The poll's key goes through `parse_key`: a number the database cannot hold never
    reaches a query."""
    prefix, _, rest = (data or "").partition(":")
    kind = _KINDS.get(prefix)
    if kind is None:
        return None
    key, *tail = rest.split(":")
    poll_id = parse_key(key)
    again = kind == "vote" and tail[-1:] == ["c"]
    if again:
        tail = tail[:-1]
    shape = _SHAPES[kind]
    if poll_id is None or str(poll_id) != key or len(tail) != len(shape):
        return None
    parsed = [_small(text, _MOST[name]) for name, text in zip(shape, tail, strict=True)]
    numbers = [value for value in parsed if value is not None]
    if len(numbers) != len(shape):
        return None
    found = dict(zip(shape, numbers, strict=True))
    return Press(kind, poll_id, found.get("mask", 0), found.get("option", -1), again)


def valid_press(press: Press, poll: PollRecord) -> bool:
    """Does this press fit the poll as it is now (kind of poll, option range)?"""
    full = (1 << poll.option_count) - 1
    if press.kind == "vote":
        return not poll.multiple and 0 <= press.option < poll.option_count
    if press.kind == "tick":
        return poll.multiple and 0 <= press.option < poll.option_count and press.mask <= full
    if press.kind == "send":
        return poll.multiple and 0 < press.mask <= full
    return True


def link(bot_username: str, slug: str) -> str:
    return f"https://t.me/{bot_username}?start={DEEP_LINK_PREFIX}_{slug}"
