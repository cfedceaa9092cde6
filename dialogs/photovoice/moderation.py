"""The moderators' review queue: the oldest submitted item, Approve or Reject with a reason.

A decision is taken only if the submission still waits for one (two moderators pressing at
once: the second is told it was already decided). The person is told the outcome in their own
language (a `Notify` effect), and an approved submission with public consent is posted
(a `Publish` effect; the bot checks `display.public_showing` again before posting).
"""

from __future__ import annotations

from dialogs.menu import back_button
from dialogs.photovoice import screens
from dialogs.photovoice.display import public_showing
from dialogs.photovoice.flow import Notify, Outcome, Publish
from dialogs.photovoice.model import APPROVED, REJECT_REASONS, REJECTED, SubmissionRecord, key
from dialogs.photovoice.store import PhotovoiceStore
from dialogs.screen import Button, Photo, Screen, Text, msg

REVIEW_STORY_CHARS = 400


def review_screens(submission: SubmissionRecord, waiting: int) -> list[Screen]:
    """Every photo (full size, so faces and number plates can be seen), then the details."""
    total = len(submission.photos)
    shown: list[Screen] = [
        Screen(
            parts=[msg("pv-review-photo", n=i + 1, total=total)],
            photo=Photo(photo.image_key),
        )
        for i, photo in enumerate(submission.photos[:-1])
    ]
    parts: list[Text] = [
        msg("pv-review-title", id=submission.id, waiting=waiting),
        msg("pv-summary-theme", theme=screens.theme_name(submission.theme)),
        *screens.story_parts(submission, REVIEW_STORY_CHARS),
        msg("pv-summary-people", answer=screens.recognisable_answer(submission)),
        msg("pv-summary-display", display=screens.display_name(submission)),
    ]
    sid = submission.id
    buttons = [
        [
            Button(msg("pv-review-approve"), action=f"phm:ok:{sid}"),
            Button(msg("pv-review-reject"), action=f"phm:no:{sid}"),
        ],
        [Button(msg("pv-review-next"), action=f"phm:next:{sid}")],
    ]
    last = submission.photos[-1] if submission.photos else None
    shown.append(
        Screen(parts=parts, buttons=buttons, photo=Photo(last.image_key) if last else None)
    )
    return shown


async def review(store: PhotovoiceStore, after_id: int | None = None) -> Outcome:
    submission = await store.next_for_review(after_id)
    if submission is None:
        return Outcome([Screen(parts=[msg("pv-review-empty")], buttons=[[back_button()]])])
    return Outcome(review_screens(submission, await store.waiting_for_review()))


async def ask_reason(store: PhotovoiceStore, submission_id: int) -> Outcome:
    submission = await store.get(submission_id)
    if submission is None or submission.status != "submitted":
        return Outcome(toast=msg("pv-review-already-decided"))
    rows = [
        [Button(msg(key("pv-reject", r)), action=f"phm:r:{submission_id}:{r}")]
        for r in REJECT_REASONS
    ]
    rows.append([Button(msg("pv-review-back"), action=f"phm:show:{submission_id}")])
    return Outcome([Screen(parts=[msg("pv-reject-prompt", id=submission_id)], buttons=rows)])


async def show(store: PhotovoiceStore, submission_id: int) -> Outcome:
    submission = await store.get(submission_id)
    if submission is None or submission.status != "submitted":
        return await review(store)
    return Outcome(review_screens(submission, await store.waiting_for_review()))


def outcome_note(submission: SubmissionRecord, posted: bool) -> Screen:
    """What the person is told about the decision on their submission."""
    theme = screens.theme_name(submission.theme)
    if submission.status == REJECTED:
        reason = msg(key("pv-reject", submission.reject_reason or "other"))
        return Screen(parts=[msg("pv-note-rejected", theme=theme, reason=reason)])
    if posted:
        return Screen(parts=[msg("pv-note-approved-public", theme=theme)])
    return Screen(parts=[msg("pv-note-approved", theme=theme)])


async def approve(
    store: PhotovoiceStore, submission_id: int
) -> tuple[Outcome, SubmissionRecord | None]:
    """Approve; returns the moderator's answer and the decided submission (None if it was
    already decided). The bot posts (the `Publish` effect) and then tells the person with
    `outcome_note`, which depends on whether the post went out."""
    if not await store.decide(submission_id, APPROVED, None):
        return Outcome(toast=msg("pv-review-already-decided")), None
    submission = await store.get(submission_id)
    assert submission is not None
    effects = [Publish(submission_id)] if public_showing(submission) is not None else []
    return Outcome(effects=effects, toast=msg("pv-review-approved")), submission


async def reject(
    store: PhotovoiceStore, submission_id: int, reason: str
) -> tuple[Outcome, SubmissionRecord | None]:
    if reason not in REJECT_REASONS:
        return Outcome(toast=msg("button-expired")), None
    if not await store.decide(submission_id, REJECTED, reason):
        return Outcome(toast=msg("pv-review-already-decided")), None
    submission = await store.get(submission_id)
    assert submission is not None
    note = Notify(submission.person_id, outcome_note(submission, posted=False))
    return Outcome(effects=[note], toast=msg("pv-review-rejected")), submission
