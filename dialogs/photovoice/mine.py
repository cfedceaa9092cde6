""" "My data" → my photovoice submissions: see them, change or withdraw the consent to show,
delete one.

Changing who may see a submission that was already sent:
- narrower (public → only the research team, with my first name → without my name) takes
  effect at once: channel posts are removed (and made again without the name); an approved
  submission taken back to the research team becomes `withdrawn`;
- wider (research team → public, without my name → with my first name) goes back to the
  moderators: an approved or withdrawn submission is `submitted` again, and the channel is left
  as it is until a moderator approves the new choice. The first name is stored when it is
  chosen, cleaned, and that stored name is the one a moderator sees and the channel shows;
- pressing the current choice changes nothing (the stored name is kept).
When people in the photo can be recognised without their agreement, only "research" is offered.
"""

from __future__ import annotations

from dialogs.menu import back_button
from dialogs.photovoice import screens
from dialogs.photovoice.display import public_showing
from dialogs.photovoice.flow import (
    Context,
    DeleteFiles,
    Effect,
    Outcome,
    Publish,
    RemovePosts,
)
from dialogs.photovoice.model import (
    APPROVED,
    DISPLAYS,
    DRAFT,
    PUBLIC_NAMED,
    REACH,
    RESEARCH_ONLY,
    SUBMITTED,
    WITHDRAWN,
    SubmissionRecord,
    key,
)
from dialogs.photovoice.store import PhotovoiceStore
from dialogs.profile import Profile
from dialogs.screen import Button, Msg, Screen, Text, msg

MY_LIST = "mydata:photos"


def posted_ids(submission: SubmissionRecord) -> tuple[tuple[int, int], ...]:
    return tuple(
        (p.channel_chat_id, p.channel_message_id)
        for p in submission.photos
        if p.channel_chat_id is not None and p.channel_message_id is not None
    )


def allowed_displays(submission: SubmissionRecord) -> tuple[str, ...]:
    if submission.recognisable is not False and submission.people_agreed is not True:
        return (RESEARCH_ONLY,)
    return DISPLAYS


async def _own(store: PhotovoiceStore, profile: Profile, sid: int) -> SubmissionRecord | None:
    submission = await store.get(sid)
    if submission is None or submission.person_id != profile.person_id:
        return None
    if submission.status == DRAFT:
        return None
    return submission


async def _own_locked(
    store: PhotovoiceStore, profile: Profile, sid: int
) -> SubmissionRecord | None:
    """The person's submission, read again under its write lock. A moderator approving it at
    the same moment commits first or waits for us: either way we see the approval (and its
    channel post) before withdrawing or deleting, so nothing stays public by accident."""
    if await _own(store, profile, sid) is None:
        return None
    try:
        return await store.lock(sid)
    except LookupError:
        return None


def status_text(submission: SubmissionRecord, public_channel: bool) -> Msg:
    """The status in words; an approved public submission says whether it is in public yet."""
    if submission.status == APPROVED and public_showing(submission) is not None:
        if posted_ids(submission):
            return msg("pv-status-public")
        if not public_channel:
            return msg("pv-status-approved-waiting")
    return msg(key("pv-status", submission.status))


async def my_list(ctx: Context, *, edit: bool = True) -> Outcome:
    mine = [s for s in await ctx.store.of_person(ctx.profile.person_id) if s.status != DRAFT]
    parts: list[Text] = [msg("pv-my-title")]
    rows = []
    if not mine:
        parts.append(msg("pv-my-empty"))
    for s in mine:
        label = msg(
            "pv-my-item",
            theme=screens.theme_name(s.theme),
            date=s.submitted_at or s.created_at,
            status=status_text(s, ctx.public_channel),
        )
        rows.append([Button(label, action=f"ph:my:{s.id}")])
    rows.append([Button(msg("pv-my-back"), action="mydata:show")])
    return Outcome([Screen(parts=parts, buttons=rows, edit=edit)])


def detail_screen(submission: SubmissionRecord, ctx: Context, lead: Text | None = None) -> Screen:
    sid = submission.id
    parts: list[Text] = [lead] if lead else []
    parts += [
        msg("pv-my-status", status=status_text(submission, ctx.public_channel)),
        *screens.summary_parts(submission),
    ]
    if submission.reject_note:
        parts.append(msg("pv-my-reason", reason=submission.reject_note))
    elif submission.reject_reason:
        parts.append(msg("pv-my-reason", reason=msg(key("pv-reject", submission.reject_reason))))
    allowed = allowed_displays(submission)
    if allowed == (RESEARCH_ONLY,):
        parts.append(msg("pv-my-research-only"))
    else:
        parts.append(msg("pv-my-change-prompt"))
    rows = screens.display_buttons(
        ctx.first_name,
        allowed,
        f"ph:mys:{sid}",
        submission.display,
        current_name=submission.attribution,
    )
    rows.append([Button(msg("pv-my-delete"), action=f"ph:myd:{sid}")])
    rows.append([Button(msg("pv-my-back-list"), action=MY_LIST)])
    return Screen(parts=parts, buttons=rows, photo=screens.thumbnail(submission))


async def my_item(ctx: Context, sid: int) -> Outcome:
    submission = await _own(ctx.store, ctx.profile, sid)
    if submission is None:
        return Outcome(toast=msg("button-expired"))
    return Outcome([detail_screen(submission, ctx)])


async def change_display(ctx: Context, sid: int, code: str) -> Outcome:
    store = ctx.store
    submission = await _own_locked(store, ctx.profile, sid)
    if submission is None or code not in allowed_displays(submission):
        return Outcome(toast=msg("button-expired"))
    if code == submission.display:
        return Outcome(toast=msg("pv-my-unchanged"))
    name = screens.attribution_of(ctx.first_name) if code == PUBLIC_NAMED else None
    if code == PUBLIC_NAMED and name is None:
        return Outcome(toast=msg("button-expired"))
    changes: dict[str, object] = {"display": code, "attribution": name}
    effects: list[Effect] = []
    posts = posted_ids(submission)
    wider = REACH[code] > REACH[submission.display or RESEARCH_ONLY]
    if wider:
        if submission.status in (APPROVED, WITHDRAWN):
            changes["status"] = SUBMITTED  # the channel stays as it is until a new approval
        lead = msg("pv-my-changed")
        if changes.get("status") == SUBMITTED or submission.status == SUBMITTED:
            lead = msg("pv-my-review-name" if posts else "pv-my-back-to-review")
    else:
        unpost = code == RESEARCH_ONLY or submission.status == APPROVED
        if posts and unpost:
            effects.append(RemovePosts(posts, sid))
            await store.set_channel_messages({p.id: None for p in submission.photos})
        if code == RESEARCH_ONLY and submission.status == APPROVED:
            changes["status"] = WITHDRAWN
        elif submission.status == APPROVED:  # with my name → without: the same post, no name
            effects.append(Publish(sid, attribution=None))
        lead = (
            msg("pv-my-withdrawn") if changes.get("status") == WITHDRAWN else msg("pv-my-changed")
        )
    await store.update(sid, changes)
    fresh = await store.get(sid)
    assert fresh is not None
    return Outcome([detail_screen(fresh, ctx, lead)], effects=effects)


def confirm_delete(sid: int) -> Outcome:
    return Outcome(
        [
            Screen(
                parts=[msg("pv-my-delete-confirm")],
                buttons=[
                    [Button(msg("pv-my-delete-yes"), action=f"ph:mydy:{sid}")],
                    [Button(msg("pv-my-delete-no"), action=f"ph:my:{sid}")],
                ],
            )
        ]
    )


async def delete_one(store: PhotovoiceStore, profile: Profile, sid: int) -> Outcome:
    submission = await _own_locked(store, profile, sid)
    if submission is None:
        return Outcome(toast=msg("button-expired"))
    posts = posted_ids(submission)
    keys = await store.delete(sid)
    effects: list[Effect] = []
    if posts:
        effects.append(RemovePosts(posts, sid))
    if keys:
        effects.append(DeleteFiles(tuple(keys)))
    screen = Screen(
        parts=[msg("pv-my-deleted")],
        buttons=[[Button(msg("pv-my-back-list"), action=MY_LIST)], [back_button()]],
    )
    return Outcome([screen], effects=effects)


async def forget_everything(store: PhotovoiceStore, person_id: int) -> list[Effect]:
    """Before a person's data is deleted (cascade): what to remove outside the database."""
    effects: list[Effect] = []
    for submission in await store.of_person(person_id):  # wait out any approval under way
        await store.lock(submission.id)
    posts = tuple(mid for s in await store.of_person(person_id) for mid in posted_ids(s))
    if posts:
        effects.append(RemovePosts(posts))
    keys = await store.files_only_of(person_id)
    if keys:
        effects.append(DeleteFiles(tuple(keys)))
    return effects
