"""What a poll is to the dialogs, what they need stored, and the buttons' actions.

Actions (callback data, at most 64 bytes; every part is checked, so an old or forged press can
never store a vote for an option or poll that does not take it):
  pv:<poll>:<option>[:c]    vote for one option (single choice; ":c" on the change screen)
  pt:<poll>:<mask>:<option> tick or untick an option (multiple choice; the ticks so far travel
                            in the button, nothing is stored before "send")
  ps:<poll>:<mask>          send the ticked options
  po:<poll>                 open a poll (from the list)    pc:<poll>  change my vote
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from dialogs.screen import Msg, Plain, Text

MAX_OPTIONS = 10
SLUG_RE = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$")
DEEP_LINK_PREFIX = "poll"
FLOW = "poll-create"


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
    return value if isinstance(value, Msg) else Plain(value)


@dataclass(frozen=True)
class Press:
    kind: str  # "vote", "tick", "send", "open", "change"
    poll_id: int
    mask: int = 0
    option: int = -1
    again: bool = False  # pressed on the "change my vote" screen


_INT = r"(0|[1-9][0-9]{0,9})"
_PATTERNS = {
    "pv": (re.compile(rf"^pv:{_INT}:{_INT}(?::(c))?$"), "vote"),
    "pt": (re.compile(rf"^pt:{_INT}:{_INT}:{_INT}$"), "tick"),
    "ps": (re.compile(rf"^ps:{_INT}:{_INT}$"), "send"),
    "po": (re.compile(rf"^po:{_INT}$"), "open"),
    "pc": (re.compile(rf"^pc:{_INT}$"), "change"),
}
PREFIXES = tuple(f"{p}:" for p in _PATTERNS)


def parse_press(data: str | None) -> Press | None:
    """The press a callback carries, or None when it is not well formed."""
    entry = _PATTERNS.get((data or "")[:2])
    match = entry[0].match(data or "") if entry else None
    if entry is None or match is None:
        return None
    numbers = [int(x) for x in match.groups() if x is not None and x.isdigit()]
    kind = entry[1]
    if kind == "vote":
        return Press(kind, numbers[0], option=numbers[1], again=match.group(3) == "c")
    if kind == "tick":
        return Press(kind, numbers[0], mask=numbers[1], option=numbers[2])
    if kind == "send":
        return Press(kind, numbers[0], mask=numbers[1])
    return Press(kind, numbers[0])


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
