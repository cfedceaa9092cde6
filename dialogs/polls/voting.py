"""A person and the polls: the lists, opening one (also by deep link), voting, changing a vote.

Rules: only open polls take votes; a closed poll says so and shows its final results; a poll for
some respondent groups politely refuses everyone else; a vote can be changed only while the poll
is open and only if the poll allows it. The database keeps one vote per person and poll.

Privacy of the results: a resident sees results only after their own vote (or once the poll is
closed), and the counts they see are a snapshot that is refreshed only after `step` different
people voted or changed their vote (`public_tally`). So someone who looks before and after a
known person votes sees no change, or a change made by at least `step` people together; one's
own repeated changes count once. Staff's /pollresults stays exact.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from dialogs import learn
from dialogs.menu import back_button
from dialogs.polls.model import (
    PollRecord,
    PollStore,
    Press,
    may_vote,
    parse_press,
    state,
    valid_press,
)
from dialogs.polls.screens import (
    closed_list_screen,
    list_screen,
    other_polls_button,
    question_screen,
    results_screen,
)
from dialogs.polls.tally import DEFAULT_STEP, DEFAULT_THRESHOLD, Tally
from dialogs.profile import Profile
from dialogs.screen import Msg, Screen, msg


@dataclass(frozen=True)
class Context:
    """What the dialogs need besides the person: the time and the bot's settings."""

    now: datetime
    fallback: str = "en"
    tz: str = "Europe/Sofia"
    threshold: int = DEFAULT_THRESHOLD
    step: int = DEFAULT_STEP


@dataclass
class Outcome:
    screens: list[Screen] = field(default_factory=list)
    toast: Msg | None = None
    stored: str | None = None  # "new", "changed", "same", "locked" when a vote was cast


MAX_CLOSED_LISTED = 20


async def visible_polls(store: PollStore, profile: Profile, ctx: Context) -> list[PollRecord]:
    polls = await store.all(["open"])
    return [p for p in polls if state(p, ctx.now) == "open" and may_vote(p, profile.group)]


async def closed_polls(store: PollStore, ctx: Context) -> list[PollRecord]:
    """Closed polls (also those past their closing time), the most recently closed first.
    Their final results are for everyone, as a link to a closed poll shows them too."""
    polls = [p for p in await store.all(["open", "closed"]) if state(p, ctx.now) == "closed"]
    far_past = datetime.min.replace(tzinfo=ctx.now.tzinfo)
    polls.sort(key=lambda p: p.closes_at or far_past, reverse=True)
    return polls[:MAX_CLOSED_LISTED]


async def poll_list(
    store: PollStore,
    profile: Profile,
    ctx: Context,
    *,
    lead: Msg | None = None,
    edit: bool = False,
) -> Screen:
    polls = await visible_polls(store, profile, ctx)
    any_closed = bool(await closed_polls(store, ctx))
    return list_screen(
        polls, profile.language, ctx.fallback, any_closed=any_closed, lead=lead, edit=edit
    )


async def closed_list(store: PollStore, profile: Profile, ctx: Context, *, edit: bool) -> Screen:
    polls = await closed_polls(store, ctx)
    return closed_list_screen(polls, profile.language, ctx.fallback, edit=edit)


async def public_tally(store: PollStore, poll: PollRecord, step: int) -> Tally | None:
    """The counts residents see: the poll's last snapshot, taken anew only once at least
    `step` people voted or changed their vote since the one before (None: not yet `step`
    votes). Two people looking at once both see the snapshot that was stored."""
    shown = await store.snapshot(poll.id)
    generation = shown[0] if shown is not None else 0
    if await store.changed_since(poll.id, generation) >= step:
        await store.save_snapshot(poll.id, generation + 1, await store.tally_rows(poll.id))
        shown = await store.snapshot(poll.id)
    return Tally.from_rows(poll.option_count, shown[1]) if shown is not None else None


async def results(
    store: PollStore,
    poll: PollRecord,
    profile: Profile,
    ctx: Context,
    *,
    lead: Msg | None = None,
    edit: bool = False,
) -> Screen:
    tally = await public_tally(store, poll, ctx.step)
    mine = await store.ballot(poll.id, profile.person_id)
    return results_screen(
        poll,
        tally,
        profile.language,
        ctx.fallback,
        now=ctx.now,
        mine=mine,
        threshold=ctx.threshold,
        step=ctx.step,
        lead=lead,
        edit=edit,
    )


def refusal(key: str, *, edit: bool = False) -> Screen:
    return Screen(parts=[msg(key)], buttons=[[other_polls_button(), back_button()]], edit=edit)


async def show(
    store: PollStore, poll: PollRecord | None, profile: Profile, ctx: Context, *, edit: bool
) -> Screen:
    """A poll opened from the list or a link: the question, or the results once voted."""
    if poll is None or state(poll, ctx.now) in ("draft", "scheduled"):
        return await poll_list(store, profile, ctx, lead=msg("polls-not-found"), edit=edit)
    if state(poll, ctx.now) == "closed":
        return await results(store, poll, profile, ctx, lead=msg("polls-closed"), edit=edit)
    if not may_vote(poll, profile.group):
        return refusal("polls-audience", edit=edit)
    if await store.ballot(poll.id, profile.person_id) is not None:
        return await results(store, poll, profile, ctx, edit=edit)
    return question_screen(poll, profile.language, ctx.fallback, now=ctx.now, tz=ctx.tz, edit=edit)


async def open_by_slug(store: PollStore, slug: str, profile: Profile, ctx: Context) -> Screen:
    """A deep link t.me/<bot>?start=poll_<slug>: a new message with the poll."""
    return await show(store, await store.by_slug(slug), profile, ctx, edit=False)


async def on_button(store: PollStore, profile: Profile, data: str | None, ctx: Context) -> Outcome:
    """A poll button as it came from the person's client: anything not well formed (an old
    layout, a forged press, a key the database cannot hold) is "no longer active"."""
    pressed = parse_press(data)
    if pressed is None:
        return Outcome(toast=msg("button-expired"))
    return await press(store, profile, pressed, ctx)


async def press(store: PollStore, profile: Profile, pressed: Press, ctx: Context) -> Outcome:
    """Any poll button. A press for a poll or option that does not exist (an old or forged
    button) changes nothing and says the button is no longer active."""
    poll = await store.by_id(pressed.poll_id)
    if poll is None or state(poll, ctx.now) in ("draft", "scheduled"):
        return Outcome(toast=msg("button-expired"))
    if pressed.kind == "open":
        return Outcome([await show(store, poll, profile, ctx, edit=True)])
    if not valid_press(pressed, poll):
        return Outcome(toast=msg("button-expired"))
    if state(poll, ctx.now) == "closed":
        screen = await results(store, poll, profile, ctx, lead=msg("polls-closed"), edit=True)
        return Outcome([screen], toast=msg("polls-closed-toast"))
    if not may_vote(poll, profile.group):
        return Outcome([refusal("polls-audience", edit=True)])
    if pressed.kind == "tick":
        ticked = pressed.mask ^ (1 << pressed.option)
        screen = question_screen(
            poll, profile.language, ctx.fallback, now=ctx.now, tz=ctx.tz, ticked=ticked, edit=True
        )
        return Outcome([screen])
    if pressed.kind == "change":
        return await _change(store, poll, profile, ctx)
    choices = 1 << pressed.option if pressed.kind == "vote" else pressed.mask
    return await _cast(store, poll, profile, ctx, choices, redraw=pressed.again or poll.multiple)


async def _change(store: PollStore, poll: PollRecord, profile: Profile, ctx: Context) -> Outcome:
    mine = await store.ballot(poll.id, profile.person_id)
    if not poll.allow_change and mine is not None:
        screen = await results(store, poll, profile, ctx, lead=msg("polls-locked"), edit=True)
        return Outcome([screen])
    ticked = (mine or 0) if poll.multiple else 0
    lead = msg("polls-change-lead", multiple=poll.multiple) if mine is not None else None
    screen = question_screen(
        poll,
        profile.language,
        ctx.fallback,
        now=ctx.now,
        tz=ctx.tz,
        ticked=ticked,
        lead=lead,
        edit=True,
        current=mine,
    )
    return Outcome([screen])


async def _cast(
    store: PollStore, poll: PollRecord, profile: Profile, ctx: Context, choices: int, redraw: bool
) -> Outcome:
    stored = await store.cast(
        poll.id, profile.person_id, choices, profile.group, allow_change=poll.allow_change
    )
    if stored == "same" and not redraw:
        # a second press on the question (e.g. a double tap): the first press already turned
        # the message into the results, so only say so
        return Outcome(toast=msg("polls-same"), stored=stored)
    if stored == "same":  # the same answer chosen again on the "change my vote" screen
        screen = await results(store, poll, profile, ctx, edit=True)
        return Outcome([screen], toast=msg("polls-same"), stored=stored)
    if stored == "locked":
        screen = await results(store, poll, profile, ctx, lead=msg("polls-locked"), edit=True)
        return Outcome([screen], toast=msg("polls-locked-toast"), stored=stored)
    toast = msg("polls-saved" if stored == "new" else "polls-changed")
    outcome = Outcome([await results(store, poll, profile, ctx, edit=True)], toast, stored)
    if stored == "new":
        extra = learn.after_vote(poll.slug, profile.person_id)
        if extra is not None:
            outcome.screens.append(extra)
    return outcome
