"""What a person sees of a poll: the question, the results, the lists of open and closed polls.

Poll texts can be long (an answer of the campaign poll has about 100 characters) and Telegram
cuts long button labels, so every question and answer is shown in full, numbered, in the
message; buttons carry the number and the start of the text.

Every number on a results screen is a Fluent argument (NUMBER formats it per language), so the
same poll reads with the same numbers in every language.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from dialogs.menu import back_button
from dialogs.polls.model import CLOSED_LIST, PollRecord, option, question, state
from dialogs.polls.tally import (
    DEFAULT_STEP,
    DEFAULT_THRESHOLD,
    SPLIT_GROUPS,
    Tally,
    bar,
    largest_remainder,
)
from dialogs.profile import message_key
from dialogs.screen import Button, Msg, Screen, msg
from dialogs.text import shorten


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


def button_text(value: Msg | str) -> Msg | str:
    """A poll text for a button message, which shows it through Fluent's SHORT(): a text staff
    wrote is shortened here already (a long one would reach Fluent as a placeholder)."""
    return value if isinstance(value, Msg) else shorten(value)


def option_lines(
    poll: PollRecord, language: str, fallback: str, *, marked: int | None = None
) -> Msg:
    """Every answer in full, numbered (buttons show only their start); `marked`: the reader's
    current vote, marked ✓."""
    items = [
        msg(
            "polls-option-line",
            number=i + 1,
            label=option(poll, i, language, fallback),
            mine="yes" if marked is not None and marked >> i & 1 else "no",
        )
        for i in range(poll.option_count)
    ]
    return joined(items, "polls-join-lines")


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
    current: int | None = None,
) -> Screen:
    """The question, its answers in full and a short button for each. `current`: the reader's
    vote, on the "change my vote" screen (marked ✓ in the text and on its button)."""
    parts: list[Msg] = [lead] if lead else []
    parts.append(msg("polls-question", question=question(poll, language, fallback)))
    parts.append(option_lines(poll, language, fallback, marked=current))
    hints = [msg("polls-hint-multiple" if poll.multiple else "polls-hint-single")]
    hints.append(msg("polls-hint-change" if poll.allow_change else "polls-hint-final"))
    if poll.closes_at is not None and state(poll, now) == "open":
        local = poll.closes_at.astimezone(ZoneInfo(tz))
        naive = local.replace(tzinfo=None)
        hints.append(msg("polls-hint-closes", date=naive, time=local.strftime("%H:%M")))
    parts.append(joined(hints, "polls-join-lines"))
    rows: list[list[Button]] = []
    for i in range(poll.option_count):
        label = button_text(option(poll, i, language, fallback))
        if poll.multiple:
            key = "polls-option-ticked" if ticked >> i & 1 else "polls-option-unticked"
            action = f"pt:{poll.id}:{ticked}:{i}"
            rows.append([Button(msg(key, number=i + 1, label=label), action=action)])
        else:
            mine = "yes" if current is not None and current >> i & 1 else "no"
            action = f"pv:{poll.id}:{i}" + (":c" if current is not None else "")
            button = msg("polls-option-button", number=i + 1, label=label, mine=mine)
            rows.append([Button(button, action=action)])
    if poll.multiple:
        rows.append([Button(msg("polls-send"), action=f"ps:{poll.id}:{ticked}")])
    rows.append([other_polls_button(), back_button()])
    return Screen(parts=parts, buttons=rows, edit=edit)


def results_parts(
    poll: PollRecord,
    tally: Tally | None,
    language: str,
    fallback: str,
    *,
    now: datetime,
    mine: int | None = None,
    threshold: int = DEFAULT_THRESHOLD,
    step: int = DEFAULT_STEP,
) -> list[Msg]:
    """What a resident sees of the results: `tally` is the poll's last snapshot (None: none
    yet), refreshed only after `step` people voted (see voting.public_tally); the reader's own
    vote is marked from `mine`, which is always current. The split by group comes with the
    final results."""
    closed = state(poll, now) == "closed"
    parts = [
        msg(
            "polls-results-title",
            question=question(poll, language, fallback),
            closed="yes" if closed else "no",
        )
    ]
    if tally is None or tally.voters == 0:
        parts.append(option_lines(poll, language, fallback, marked=mine))
        parts.append(msg("polls-results-waiting", step=step, closed="yes" if closed else "no"))
        return parts
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
    parts.append(msg("polls-results-step", step=step, closed="yes" if closed else "no"))
    # The split by group only once the poll is closed: between two snapshots at least `step`
    # people voted, but within one group there may be only one of them (one EU citizen among
    # ten new votes), whose vote the change of that group's column would show.
    parts.extend(split_parts(tally, threshold) if closed else [msg("polls-split-at-close")])
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
    tally: Tally | None,
    language: str,
    fallback: str,
    *,
    now: datetime,
    mine: int | None = None,
    threshold: int = DEFAULT_THRESHOLD,
    step: int = DEFAULT_STEP,
    lead: Msg | None = None,
    edit: bool = False,
) -> Screen:
    parts = [lead] if lead else []
    parts += results_parts(
        poll, tally, language, fallback, now=now, mine=mine, threshold=threshold, step=step
    )
    rows: list[list[Button]] = []
    if mine is not None and poll.allow_change and state(poll, now) == "open":
        rows.append([Button(msg("polls-change"), action=f"pc:{poll.id}")])
    rows.append([other_polls_button(), back_button()])
    return Screen(parts=parts, buttons=rows, edit=edit)


def _numbered(
    polls: Sequence[PollRecord], language: str, fallback: str
) -> tuple[Msg, list[list[Button]]]:
    """The polls' questions in full, numbered, and a short button for each."""
    questions = [question(p, language, fallback) for p in polls]
    lines = [msg("polls-list-line", number=i + 1, question=q) for i, q in enumerate(questions)]
    rows = [
        [Button(msg("polls-list-button", number=i + 1, question=button_text(q)), f"po:{p.id}")]
        for i, (p, q) in enumerate(zip(polls, questions, strict=True))
    ]
    return joined(lines, "polls-join-lines"), rows


def list_screen(
    polls: Sequence[PollRecord],
    language: str,
    fallback: str,
    *,
    any_closed: bool = False,
    lead: Msg | None = None,
    edit: bool = False,
) -> Screen:
    """The open polls a person may vote in; the way to closed polls' final results."""
    parts = [lead] if lead else []
    parts.append(msg("polls-list-title" if polls else "polls-list-empty"))
    rows: list[list[Button]] = []
    if polls:
        lines, rows = _numbered(polls, language, fallback)
        parts.append(lines)
    if any_closed:
        rows.append([Button(msg("polls-closed-list"), action=CLOSED_LIST)])
    rows.append([back_button()])
    return Screen(parts=parts, buttons=rows, edit=edit)


def closed_list_screen(
    polls: Sequence[PollRecord], language: str, fallback: str, *, edit: bool = False
) -> Screen:
    """Closed polls, newest first: each opens its final results."""
    parts: list[Msg] = [msg("polls-closed-title" if polls else "polls-closed-empty")]
    rows: list[list[Button]] = []
    if polls:
        lines, rows = _numbered(polls, language, fallback)
        parts.append(lines)
    rows.append([Button(msg("polls-open-list"), action="menu:polls"), back_button()])
    return Screen(parts=parts, buttons=rows, edit=edit)


__all__ = [
    "SPLIT_GROUPS",
    "closed_list_screen",
    "joined",
    "list_screen",
    "question_screen",
    "results_parts",
    "results_screen",
    "share",
]
