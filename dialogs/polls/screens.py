"""What a person sees of a poll: the question, the results, the list of open polls.

Every number on a results screen is a Fluent argument (NUMBER formats it per language), so the
same poll reads with the same numbers in every language.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from dialogs.menu import back_button
from dialogs.polls.model import PollRecord, as_text, option, question, state
from dialogs.polls.tally import DEFAULT_THRESHOLD, SPLIT_GROUPS, Tally, bar, largest_remainder
from dialogs.profile import message_key
from dialogs.screen import Button, Msg, Screen, msg


def share(percent: int) -> Decimal:
    """A whole percentage as the fraction Fluent's NUMBER(style: "percent") expects."""
    return Decimal(percent) / 100


def joined(items: Sequence[Msg], key: str) -> Msg:
    """Items one after another through a two-part Fluent message (a line break or a " · ")."""
    result = items[-1]
    for item in reversed(items[:-1]):
        result = Msg(key, {"first": item, "rest": result})
    return result


def other_polls_button() -> Button:
    return Button(msg("polls-other"), action="menu:polls")


def question_screen(
    poll: PollRecord,
    language: str,
    fallback: str,
    *,
    now: datetime,
    tz: str,
    ticked: int = 0,
    lead: Msg | None = None,
    edit: bool = False,
    again: bool = False,
) -> Screen:
    parts: list[Msg] = [lead] if lead else []
    parts.append(msg("polls-question", question=question(poll, language, fallback)))
    hints = [msg("polls-hint-multiple" if poll.multiple else "polls-hint-single")]
    hints.append(msg("polls-hint-change" if poll.allow_change else "polls-hint-final"))
    if poll.closes_at is not None and state(poll, now) == "open":
        local = poll.closes_at.astimezone(ZoneInfo(tz))
        naive = local.replace(tzinfo=None)
        hints.append(msg("polls-hint-closes", date=naive, time=local.strftime("%H:%M")))
    parts.append(joined(hints, "polls-join-lines"))
    rows: list[list[Button]] = []
    for i in range(poll.option_count):
        label = option(poll, i, language, fallback)
        if poll.multiple:
            key = "polls-option-ticked" if ticked >> i & 1 else "polls-option-unticked"
            action = f"pt:{poll.id}:{ticked}:{i}"
            rows.append([Button(msg(key, label=label), action=action)])
        else:
            action = f"pv:{poll.id}:{i}" + (":c" if again else "")
            rows.append([Button(as_text(label), action=action)])
    if poll.multiple:
        rows.append([Button(msg("polls-send"), action=f"ps:{poll.id}:{ticked}")])
    rows.append([other_polls_button(), back_button()])
    return Screen(parts=parts, buttons=rows, edit=edit)


def results_parts(
    poll: PollRecord,
    tally: Tally,
    language: str,
    fallback: str,
    *,
    now: datetime,
    mine: int | None = None,
    threshold: int = DEFAULT_THRESHOLD,
) -> list[Msg]:
    closed = state(poll, now) == "closed"
    parts = [
        msg(
            "polls-results-title",
            question=question(poll, language, fallback),
            closed="yes" if closed else "no",
        )
    ]
    counts, percents = tally.counts, tally.percents
    for i in range(poll.option_count):
        parts.append(
            msg(
                "polls-result-line",
                number=i + 1,
                label=option(poll, i, language, fallback),
                bar=bar(percents[i]),
                share=share(percents[i]),
                count=counts[i],
                mine="yes" if mine is not None and mine >> i & 1 else "no",
            )
        )
    parts.append(
        msg("polls-results-total", count=tally.voters, multiple="yes" if poll.multiple else "no")
    )
    parts.extend(split_parts(tally, threshold))
    return parts


def split_parts(tally: Tally, threshold: int) -> list[Msg]:
    """The split by respondent group, without any suppressed column."""
    if tally.voters == 0:
        return []
    shown = tally.shown_groups(threshold)
    parts: list[Msg] = []
    if shown:
        parts.append(msg("polls-split-title"))
    for group in shown:
        cells = tally.cells[group]
        percents = largest_remainder(cells)
        items = [
            msg("polls-split-cell", number=i + 1, share=share(percents[i]), count=cells[i])
            for i in range(tally.option_count)
        ]
        parts.append(
            msg(
                "polls-split-group",
                group=msg(message_key("polls-split", group)),
                count=tally.voters_by_group[group],
                cells=joined(items, "polls-join-cells"),
            )
        )
    if not shown:
        parts.append(msg("polls-split-waiting", threshold=threshold))
    elif tally.hidden_any(threshold):
        parts.append(msg("polls-split-hidden", threshold=threshold))
    return parts


def results_screen(
    poll: PollRecord,
    tally: Tally,
    language: str,
    fallback: str,
    *,
    now: datetime,
    mine: int | None = None,
    threshold: int = DEFAULT_THRESHOLD,
    lead: Msg | None = None,
    edit: bool = False,
) -> Screen:
    parts = [lead] if lead else []
    parts += results_parts(
        poll, tally, language, fallback, now=now, mine=mine, threshold=threshold
    )
    rows: list[list[Button]] = []
    if mine is not None and poll.allow_change and state(poll, now) == "open":
        rows.append([Button(msg("polls-change"), action=f"pc:{poll.id}")])
    rows.append([other_polls_button(), back_button()])
    return Screen(parts=parts, buttons=rows, edit=edit)


def list_screen(
    polls: Sequence[PollRecord],
    language: str,
    fallback: str,
    *,
    lead: Msg | None = None,
    edit: bool = False,
) -> Screen:
    parts = [lead] if lead else []
    parts.append(msg("polls-list-title" if polls else "polls-list-empty"))
    rows = [[Button(as_text(question(p, language, fallback)), action=f"po:{p.id}")] for p in polls]
    rows.append([back_button()])
    return Screen(parts=parts, buttons=rows, edit=edit)


__all__ = [
    "SPLIT_GROUPS",
    "joined",
    "list_screen",
    "question_screen",
    "results_parts",
    "results_screen",
    "share",
]
