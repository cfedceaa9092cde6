"""Staff and polls in the chat: /polllist, /openpoll, /closepoll, /pollresults.

Every action is written to the audit log. The results chart is drawn by bot/ (exports) from the
table this module prepares: counts per option and respondent group, suppressed cells left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from dialogs.admin import AuditStore
from dialogs.polls.model import SLUG_RE, PollRecord, PollStore, link, option, question, state
from dialogs.polls.tally import SPLIT_GROUPS, Tally
from dialogs.profile import Profile
from dialogs.screen import Msg, Screen, msg


class StaffPollStore(PollStore, Protocol):
    async def update_poll(self, poll_id: int, **fields: Any) -> None: ...
    async def has_draft_for(self, poll_id: int) -> bool: ...


async def staff_poll_list(
    store: StaffPollStore, audit: AuditStore, profile: Profile, now: datetime
) -> list[Screen]:
    await audit.record(profile.telegram_id, "polllist", "ok")
    polls = await store.all()
    if not polls:
        return [Screen.of("polls-staff-list-empty")]
    counts = await store.vote_counts()
    lines = [
        msg("polls-staff-line", slug=p.slug, state=state(p, now), count=counts.get(p.id, 0))
        for p in polls
    ]
    return [Screen(parts=[msg("polls-staff-list-title"), *lines])]


async def _find(
    store: StaffPollStore, audit: AuditStore, profile: Profile, action: str, args: str | None
) -> tuple[PollRecord | None, list[Screen]]:
    slug = (args or "").strip().lower()
    if not SLUG_RE.match(slug):
        await audit.record(profile.telegram_id, action, "invalid")
        return None, [Screen.of("polls-staff-usage", command=action)]
    poll = await store.by_slug(slug)
    if poll is None:
        await audit.record(profile.telegram_id, action, "invalid", slug)
        return None, [Screen.of("polls-staff-unknown", slug=slug)]
    return poll, []


async def set_open(
    store: StaffPollStore,
    audit: AuditStore,
    profile: Profile,
    args: str | None,
    *,
    now: datetime,
    opening: bool,
    bot_username: str,
) -> list[Screen]:
    action = "openpoll" if opening else "closepoll"
    poll, errors = await _find(store, audit, profile, action, args)
    if poll is None:
        return errors
    current = state(poll, now)
    if opening and await store.has_draft_for(poll.id):
        await audit.record(profile.telegram_id, action, "refused", poll.slug)
        return [Screen.of("polls-staff-unfinished", slug=poll.slug)]
    if (opening and current == "open") or (not opening and current in ("closed", "draft")):
        await audit.record(profile.telegram_id, action, "noop", poll.slug)
        return [Screen.of("polls-staff-already", slug=poll.slug, state=current)]
    if opening:
        closes = poll.closes_at if poll.closes_at and poll.closes_at > now else None
        await store.update_poll(poll.id, status="open", opens_at=now, closes_at=closes)
    else:
        await store.update_poll(poll.id, status="closed", closes_at=now)
    await audit.record(profile.telegram_id, action, "ok", poll.slug)
    if opening:
        return [
            Screen.of("polls-staff-opened", slug=poll.slug, link=link(bot_username, poll.slug))
        ]
    return [Screen.of("polls-staff-closed", slug=poll.slug)]


@dataclass(frozen=True)
class ChartData:
    """What the results chart shows: option labels × split groups; None = suppressed cell."""

    poll: PollRecord
    tally: Tally
    options: list[Msg | str]
    groups: list[str]
    cells: dict[str, list[int | None]]
    threshold: int


async def results_data(
    store: StaffPollStore,
    audit: AuditStore,
    profile: Profile,
    args: str | None,
    *,
    language: str,
    fallback: str,
    threshold: int,
) -> tuple[ChartData | None, list[Screen]]:
    poll, errors = await _find(store, audit, profile, "pollresults", args)
    if poll is None:
        return None, errors
    await audit.record(profile.telegram_id, "pollresults", "ok", poll.slug)
    tally = Tally.from_rows(poll.option_count, await store.tally_rows(poll.id))
    shown = set(tally.shown_groups(threshold))
    cells: dict[str, list[int | None]] = {
        g: [c if g in shown else None for c in tally.cells[g]] for g in SPLIT_GROUPS
    }
    options = [option(poll, i, language, fallback) for i in range(poll.option_count)]
    return ChartData(poll, tally, options, list(SPLIT_GROUPS), cells, threshold), []


def chart_caption(data: ChartData, language: str, fallback: str, now: datetime) -> Screen:
    return Screen(
        parts=[
            msg(
                "polls-chart-caption",
                question=question(data.poll, language, fallback),
                slug=data.poll.slug,
                state=state(data.poll, now),
                count=data.tally.voters,
                threshold=data.threshold,
            )
        ]
    )
