"""The moderators' review queue: the oldest submitted item, Approve or Reject with a reason.

A review shows every photo, then a card (text) with the story, the people in the photo, and
who may see it, with the first name that would be shown. Approve carries a token of what the
card showed (the choice and that name): if the person changed it meanwhile, nothing is decided
and the fresh card is shown. A decision is taken only if the submission still waits for one
(two moderators pressing at once: the second is told it was already decided). The card is then
edited to show the outcome, without buttons, and the next item follows.

"Another reason" asks the moderator to write it; the request is stored (a restart loses
nothing), /cancel drops it and leaves the submission undecided.

The person is told the outcome in their own language (a `Notify` effect); an approved
submission with public consent is posted (a `Publish` effect carrying the reviewed name).
"""

from __future__ import annotations

import hashlib

from dialogs.menu import back_button
from dialogs.photovoice import screens
from dialogs.photovoice.display import public_showing
from dialogs.photovoice.flow import Audit, Context, Effect, Notify, Outcome, Publish, RemovePosts
from dialogs.photovoice.mine import posted_ids
from dialogs.photovoice.model import (
    APPROVED,
    REASON_CHARS,
    REASON_FLOW,
    REJECT_REASONS,
    REJECTED,
    SUBMITTED,
    SubmissionRecord,
    key,
)
from dialogs.photovoice.store import PhotovoiceStore
from dialogs.screen import Button, Msg, Photo, Screen, Text, msg
from dialogs.text import clean_text

REVIEW_STORY_CHARS = 400
OTHER = "other"


def review_token(submission: SubmissionRecord) -> str:
    """What a card showed that a person can still change: who may see it, and the name."""
    seen = f"{submission.display}|{submission.attribution or ''}"
    return hashlib.sha256(seen.encode()).hexdigest()[:10]


def card_parts(submission: SubmissionRecord, waiting: int) -> list[Text]:
    return [
        msg("pv-review-title", id=submission.id, waiting=waiting),
        msg("pv-summary-theme", theme=screens.theme_name(submission.theme)),
        *screens.story_parts(submission, REVIEW_STORY_CHARS),
        msg("pv-summary-people", answer=screens.recognisable_answer(submission)),
        msg("pv-summary-display", display=screens.display_name(submission, moderator=True)),
    ]


def card(submission: SubmissionRecord, waiting: int, *, edit: bool = False) -> Screen:
    sid = submission.id
    buttons = [
        [
            Button(msg("pv-review-approve"), action=f"phm:ok:{sid}:{review_token(submission)}"),
            Button(msg("pv-review-reject"), action=f"phm:no:{sid}"),
        ],
        [Button(msg("pv-review-next"), action=f"phm:next:{sid}")],
    ]
    return Screen(parts=card_parts(submission, waiting), buttons=buttons, edit=edit)


def review_screens(submission: SubmissionRecord, waiting: int) -> list[Screen]:
    """Every photo (full size, so faces and number plates can be seen), then the card."""
    total = len(submission.photos)
    shown: list[Screen] = [
        Screen(parts=[msg("pv-review-photo", n=i + 1, total=total)], photo=Photo(p.image_key))
        for i, p in enumerate(submission.photos)
    ]
    return [*shown, card(submission, waiting)]


def decided_card(submission: SubmissionRecord, outcome: Msg) -> Screen:
    """The card once decided: the outcome, what was decided on, no buttons."""
    parts: list[Text] = [
        outcome,
        msg("pv-summary-theme", theme=screens.theme_name(submission.theme)),
        msg("pv-summary-display", display=screens.display_name(submission, moderator=True)),
    ]
    return Screen(parts=parts, edit=True)


async def review(store: PhotovoiceStore, after_id: int | None = None) -> Outcome:
    submission = await store.next_for_review(after_id)
    if submission is None:
        return Outcome([Screen(parts=[msg("pv-review-empty")], buttons=[[back_button()]])])
    return Outcome(review_screens(submission, await store.waiting_for_review()))


async def _waiting(store: PhotovoiceStore, sid: int) -> SubmissionRecord | None:
    """The submission under its write lock, if it still waits for a decision."""
    try:
        submission = await store.lock(sid)
    except LookupError:
        return None
    return submission if submission.status == SUBMITTED else None


async def _already_decided(store: PhotovoiceStore) -> Outcome:
    following = await review(store)
    return Outcome(following.screens, toast=msg("pv-review-already-decided"))


async def ask_reason(store: PhotovoiceStore, sid: int) -> Outcome:
    """Reject: the card, now with the reasons to choose from."""
    submission = await store.get(sid)
    if submission is None or submission.status != SUBMITTED:
        return await _already_decided(store)
    rows = [[Button(msg(key("pv-reject", r)), action=f"phm:r:{sid}:{r}")] for r in REJECT_REASONS]
    rows.append([Button(msg("pv-review-back"), action=f"phm:show:{sid}")])
    parts = [*card_parts(submission, await store.waiting_for_review())]
    parts.append(msg("pv-reject-prompt", id=sid))
    return Outcome([Screen(parts=parts, buttons=rows, edit=True)])


async def show(store: PhotovoiceStore, sid: int) -> Outcome:
    """Back to the card (from the reasons, or from writing one)."""
    submission = await store.get(sid)
    if submission is None or submission.status != SUBMITTED:
        return await review(store)
    return Outcome([card(submission, await store.waiting_for_review(), edit=True)])


def outcome_note(submission: SubmissionRecord, public_channel: bool) -> Screen:
    """What the person is told about the decision on their submission: what really happens."""
    theme = screens.theme_name(submission.theme)
    if submission.status == REJECTED:
        parts: list[Text] = [msg("pv-note-rejected-intro", theme=theme)]
        if submission.reject_note:
            parts.append(msg("pv-note-rejected-note", reason=submission.reject_note))
        else:
            reason = msg(key("pv-reject", submission.reject_reason or OTHER))
            parts.append(msg("pv-note-rejected-reason", reason=reason))
        parts.append(msg("pv-note-rejected-after"))
        return Screen(parts=parts)
    if public_showing(submission) is None:
        return Screen(parts=[msg("pv-note-approved", theme=theme)])
    if public_channel:
        return Screen(parts=[msg("pv-note-approved-public", theme=theme)])
    return Screen(parts=[msg("pv-note-approved-waiting", theme=theme)])


async def waiting_for_channel(store: PhotovoiceStore, sid: int) -> Publish | None:
    """An approved public submission that has no post yet (no channel was set up when it was
    approved): the post, with the reviewed name, and the note its author gets once it is up."""
    try:
        submission = await store.lock(sid)
    except LookupError:
        return None
    if submission.status != APPROVED or public_showing(submission) is None:
        return None
    if posted_ids(submission):
        return None
    theme = screens.theme_name(submission.theme)
    note = Screen(parts=[msg("pv-note-now-public", theme=theme)])
    return Publish(
        sid, attribution=submission.attribution, then=Notify.of(submission.person_id, note)
    )


async def _unpost(store: PhotovoiceStore, submission: SubmissionRecord) -> list[Effect]:
    """Posts from an earlier approval (the person widened their choice since): they go."""
    posts = posted_ids(submission)
    if not posts:
        return []
    await store.set_channel_messages({p.id: None for p in submission.photos})
    return [RemovePosts(posts, submission.id)]


async def approve(ctx: Context, sid: int, token: str) -> Outcome:
    store = ctx.store
    submission = await _waiting(store, sid)
    if submission is None:
        return await _already_decided(store)
    if review_token(submission) != token:  # the person changed who may see it, or the name
        waiting = await store.waiting_for_review()
        return Outcome(review_screens(submission, waiting), toast=msg("pv-review-changed"))
    await store.decide(sid, APPROVED, None)
    decided = await store.get(sid)
    assert decided is not None
    effects = await _unpost(store, submission)
    if public_showing(decided) is not None:
        effects.append(Publish(sid, attribution=decided.attribution))
    effects.append(Notify.of(decided.person_id, outcome_note(decided, ctx.public_channel)))
    details = {"display": decided.display, "named": bool(decided.attribution)}
    effects.append(Audit("photovoice-approve", f"submission:{sid}", details))
    following = await review(store)
    done = decided_card(decided, msg("pv-review-done-approved", id=sid))
    return Outcome([done, *following.screens], effects, toast=msg("pv-review-approved"))


async def reject(ctx: Context, sid: int, reason: str) -> Outcome:
    """Reject with a listed reason; "Another reason" asks the moderator to write it."""
    if reason not in REJECT_REASONS:
        return Outcome(toast=msg("button-expired"))
    submission = await _waiting(ctx.store, sid)
    if submission is None:
        return await _already_decided(ctx.store)
    if reason == OTHER:
        await ctx.store.request_reason(ctx.profile.person_id, sid)
        await ctx.flows.set_active_flow(ctx.profile.person_id, REASON_FLOW)
        return Outcome([reason_prompt(sid, edit=True)])
    return await _reject(ctx, submission, reason, None)


def reason_prompt(sid: int, *, lead: Msg | None = None, edit: bool = False) -> Screen:
    parts = [msg("pv-reason-write", id=sid, max=REASON_CHARS)]
    buttons = [[Button(msg("pv-review-back"), action=f"phm:show:{sid}")]]
    return Screen(parts=[lead, *parts] if lead else parts, buttons=buttons, edit=edit)


async def _reject(
    ctx: Context, submission: SubmissionRecord, reason: str, note: str | None
) -> Outcome:
    store, sid = ctx.store, submission.id
    await store.decide(sid, REJECTED, reason, note)
    decided = await store.get(sid)
    assert decided is not None
    effects = await _unpost(store, submission)
    effects.append(Notify.of(decided.person_id, outcome_note(decided, ctx.public_channel)))
    effects.append(Audit("photovoice-reject", f"submission:{sid}", {"reason": reason}))
    shown_reason: Msg | str = note if note else msg(key("pv-reject", reason))
    done = decided_card(decided, msg("pv-review-done-rejected", id=sid, reason=shown_reason))
    following = await review(store)
    return Outcome([done, *following.screens], effects, toast=msg("pv-review-rejected"))


async def forget_reason(ctx: Context) -> None:
    """Drop a reason the moderator was asked to write (another button, /review, /cancel)."""
    await ctx.store.drop_reason_request(ctx.profile.person_id)
    if ctx.profile.active_flow == REASON_FLOW:
        await ctx.flows.set_active_flow(ctx.profile.person_id, None)


async def reason_text(ctx: Context, text: str) -> Outcome:
    """The reason the moderator wrote: cleaned, length-checked, then the rejection."""
    sid = await ctx.store.reason_request(ctx.profile.person_id)
    if sid is None:
        await ctx.flows.set_active_flow(ctx.profile.person_id, None)
        return await review(ctx.store)
    note = clean_text(text)
    if not note:
        return Outcome([reason_prompt(sid, lead=msg("pv-reason-empty"))])
    if len(note) > REASON_CHARS:
        lead = msg("pv-reason-too-long", max=REASON_CHARS, length=len(note))
        return Outcome([reason_prompt(sid, lead=lead)])
    await forget_reason(ctx)
    submission = await _waiting(ctx.store, sid)
    if submission is None:
        following = await review(ctx.store)
        return Outcome([Screen(parts=[msg("pv-review-already-decided")]), *following.screens])
    return await _reject(ctx, submission, OTHER, note)


async def reason_wrong_input(ctx: Context) -> Outcome:
    """A photo or a sticker while a reason is awaited: ask for words."""
    sid = await ctx.store.reason_request(ctx.profile.person_id)
    if sid is None:
        await ctx.flows.set_active_flow(ctx.profile.person_id, None)
        return await review(ctx.store)
    return Outcome([reason_prompt(sid, lead=msg("pv-reason-text-please"))])
