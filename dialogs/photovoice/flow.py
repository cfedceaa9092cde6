"""The photovoice conversation as a step function over a stored draft submission.

theme → photos (1 to max) → story prompts (SHOWeD or short, each skippable) → can people be
recognised? → (if so) did they agree? → consent to show → confirm. Every step is written to the
draft row when it is taken, so a restart continues where the person was. The bot layer turns
the returned `Outcome` into messages and carries out its effects (keeping or deleting files).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from dialogs.notify import Notify
from dialogs.photovoice import limits, screens
from dialogs.photovoice.context import Context
from dialogs.photovoice.model import (
    AGREEMENT,
    CONFIRM,
    DISPLAY,
    DISPLAYS,
    DRAFT,
    FLOW,
    PHOTOS,
    PUBLIC_NAMED,
    RECOGNISABLE,
    RESEARCH_ONLY,
    STORY,
    STORY_MODES,
    SUBMITTED,
    THEME,
    THEMES,
    FormSettings,
    IncomingPhoto,
    SubmissionRecord,
)
from dialogs.screen import Msg, Screen, msg
from dialogs.text import clean_text


@dataclass(frozen=True)
class KeepFiles:
    """Write the sanitised picture and its thumbnail to the media store."""

    photo: IncomingPhoto


@dataclass(frozen=True)
class DeleteFiles:
    keys: tuple[str, ...]


@dataclass(frozen=True)
class RemovePosts:
    """Delete these (chat id, message id) posts from the public channel (after the commit, in
    order with the submission's other channel work when `submission_id` is known)."""

    posts: tuple[tuple[int, int], ...]
    submission_id: int | None = None


@dataclass(frozen=True)
class Publish:
    """Post the submission to the public channel if `display.public_showing` allows it.

    `attribution` is the first name a moderator reviewed (None: no name). The post carries a
    name only while the submission still shows that same name, so a name nobody reviewed is
    never posted, however late the post is made."""

    submission_id: int
    attribution: str | None = None
    then: Notify | None = None  # told to the author once the post is up


@dataclass(frozen=True)
class Audit:
    """Write a line to the audit log (who did it is the person whose update this is)."""

    action: str
    target: str
    details: Mapping[str, Any] = field(default_factory=dict)


Effect = KeepFiles | DeleteFiles | RemovePosts | Publish | Notify | Audit


@dataclass(frozen=True)
class Outcome:
    screens: Sequence[Screen] = ()
    effects: Sequence[Effect] = ()
    toast: Msg | None = None


def stale(draft: SubmissionRecord | None, ctx: Context) -> Outcome:
    """A button from an earlier step (or an old message): show where the person really is."""
    if draft is None:
        return Outcome(toast=msg("button-expired"))
    return Outcome(
        [screens.step_screen(draft, ctx.settings, ctx.first_name)], toast=msg("button-expired")
    )


async def _reload(ctx: Context, submission_id: int) -> SubmissionRecord:
    fresh = await ctx.store.get(submission_id)
    assert fresh is not None
    return fresh


async def open_flow(ctx: Context) -> Outcome:
    """/photo or the menu entry: continue a draft, or start a new one at the theme (if the
    person's limits allow one)."""
    draft = await ctx.store.draft_of(ctx.profile.person_id)
    if draft is not None:
        await ctx.flows.set_active_flow(ctx.profile.person_id, FLOW)
        screen = screens.step_screen(draft, ctx.settings, ctx.first_name, lead=msg("pv-resume"))
        return Outcome([screen])
    refusal = await limits.before_new_submission(ctx)
    if refusal is not None:
        return Outcome([refusal])
    await ctx.flows.set_active_flow(ctx.profile.person_id, FLOW)
    await ctx.store.start_draft(ctx.profile.person_id, ctx.settings.story_mode)
    return Outcome([screens.theme_picker()])


async def choose_theme(ctx: Context, code: str) -> Outcome:
    draft = await ctx.store.draft_of(ctx.profile.person_id)
    if draft is None or draft.step != THEME or code not in THEMES:
        return stale(draft, ctx)
    await ctx.store.update(draft.id, {"theme": code, "step": PHOTOS})
    lead = msg("pv-theme-chosen", theme=screens.theme_name(code))
    return Outcome([screens.photos_prompt(ctx.settings, lead=lead, edit=True)])


def photo_precheck(draft: SubmissionRecord | None, settings: FormSettings) -> Outcome | None:
    """Is a photo welcome in this draft now? None when it is."""
    if draft is None:
        return Outcome([screens.notice("pv-no-draft", buttons=False)])
    if draft.step != PHOTOS:
        return Outcome([screens.notice("pv-photo-not-now")])
    if len(draft.photos) >= settings.max_photos:
        return Outcome(
            [
                screens.photos_step_notice(
                    "pv-photos-full", len(draft.photos), max=settings.max_photos
                )
            ]
        )
    return None


async def before_download(ctx: Context) -> Outcome | None:
    """Before downloading anything: is a photo welcome now, within the person's limits?"""
    draft = await ctx.store.draft_of(ctx.profile.person_id)
    refusal = photo_precheck(draft, ctx.settings)
    if refusal is not None or draft is None:
        return refusal
    full = await limits.photos_refusal(ctx, len(draft.photos))
    return Outcome([full]) if full is not None else None


async def photo_refused(ctx: Context, reason: str) -> Outcome:
    """An upload that is not an acceptable picture, with the translated reason."""
    draft = await ctx.store.draft_of(ctx.profile.person_id)
    count = len(draft.photos) if draft is not None else 0
    return Outcome([screens.photos_step_notice(f"pv-refused-{reason.replace('_', '-')}", count)])


async def add_photo(ctx: Context, incoming: IncomingPhoto) -> Outcome:
    """Keep a sanitised photo in the draft, or say why not.

    The draft row is write-locked first, so photos of one album handled at the same time are
    counted one after another. An album gets one acknowledgement: from the first of its photos
    that is kept (the others find a kept photo with the same media_group_id and stay silent).
    """
    draft = await ctx.store.draft_of(ctx.profile.person_id)
    if draft is None:
        return Outcome([screens.notice("pv-no-draft", buttons=False)])
    draft = await ctx.store.lock(draft.id)
    refusal = photo_precheck(draft, ctx.settings)
    if refusal is not None:
        return refusal
    count = len(draft.photos)
    full = await limits.photos_refusal(ctx, count)
    if full is not None:
        return Outcome([full])
    duplicate = screens.photos_step_notice("pv-duplicate", count)
    if await ctx.store.has_photo(ctx.profile.person_id, incoming.sha256):
        return Outcome([duplicate])
    position = max((p.position for p in draft.photos), default=0) + 1
    if not await ctx.store.add_photo(draft.id, ctx.profile.person_id, incoming, position):
        return Outcome([duplicate])
    group = incoming.media_group_id
    album = group is not None
    already_acknowledged = album and any(p.media_group_id == group for p in draft.photos)
    shown = (
        []
        if already_acknowledged
        else [screens.photo_received(count + 1, ctx.settings, album=album)]
    )
    return Outcome(shown, effects=[KeepFiles(incoming)])


async def photos_done(ctx: Context) -> Outcome:
    draft = await ctx.store.draft_of(ctx.profile.person_id)
    if draft is None or draft.step != PHOTOS or not draft.photos:
        return stale(draft, ctx)
    await ctx.store.update(draft.id, {"step": STORY, "prompt_index": 0})
    draft = await _reload(ctx, draft.id)
    lead = msg("pv-photos-kept", count=len(draft.photos))
    return Outcome([screens.story_prompt(draft, lead=lead, edit=True)])


async def _advance_story(ctx: Context, draft: SubmissionRecord, story: dict[str, str]) -> Outcome:
    prompts = STORY_MODES[draft.story_mode]
    index = draft.prompt_index + 1
    if index < len(prompts):
        await ctx.store.update(draft.id, {"story": story, "prompt_index": index})
        fresh = await _reload(ctx, draft.id)
        return Outcome([screens.story_prompt(fresh)])
    await ctx.store.update(draft.id, {"story": story, "prompt_index": index, "step": RECOGNISABLE})
    return Outcome([screens.recognisable_question(lead=msg("pv-story-thanks"))])


async def answer_text(ctx: Context, text: str) -> Outcome:
    """Free text inside the flow: a story answer, or a hint about what is expected."""
    draft = await ctx.store.draft_of(ctx.profile.person_id)
    if draft is None:
        return Outcome([screens.notice("pv-no-draft", buttons=False)])
    if draft.step == PHOTOS:
        return Outcome([screens.photos_step_notice("pv-send-photo", len(draft.photos))])
    if draft.step != STORY:
        return Outcome(
            [screens.step_screen(draft, ctx.settings, ctx.first_name, lead=msg("pv-use-buttons"))]
        )
    text = clean_text(text)
    if len(text) > ctx.settings.max_answer_chars:
        error = msg("pv-story-too-long", max=ctx.settings.max_answer_chars)
        return Outcome([screens.story_prompt(draft, lead=error)])  # the question, once more
    prompts = STORY_MODES[draft.story_mode]
    story = dict(draft.story)
    if text:
        story[prompts[min(draft.prompt_index, len(prompts) - 1)]] = text
    return await _advance_story(ctx, draft, story)


async def skip(ctx: Context, index: int) -> Outcome:
    """Skip the story prompt `index` (the one the pressed button was shown with)."""
    draft = await ctx.store.draft_of(ctx.profile.person_id)
    if draft is None or draft.step != STORY or draft.prompt_index != index:
        return stale(draft, ctx)
    return await _advance_story(ctx, draft, dict(draft.story))


async def recognisable(ctx: Context, answer: str) -> Outcome:
    """ "Can people in this photo be recognised?" Not sure counts as yes: safety first."""
    draft = await ctx.store.draft_of(ctx.profile.person_id)
    if draft is None or draft.step != RECOGNISABLE or answer not in {"yes", "no", "unsure"}:
        return stale(draft, ctx)
    if answer == "no":
        await ctx.store.update(
            draft.id, {"recognisable": False, "people_agreed": None, "step": DISPLAY}
        )
        return Outcome([screens.display_question(ctx.first_name, edit=True)])
    await ctx.store.update(draft.id, {"recognisable": True, "step": AGREEMENT})
    return Outcome([screens.agreement_question(edit=True)])


async def agreement(ctx: Context, answer: str) -> Outcome:
    """ "Did they agree to be photographed and shown?" Without it: research only, no question."""
    draft = await ctx.store.draft_of(ctx.profile.person_id)
    if draft is None or draft.step != AGREEMENT or answer not in {"yes", "no"}:
        return stale(draft, ctx)
    if answer == "yes":
        await ctx.store.update(draft.id, {"people_agreed": True, "step": DISPLAY})
        return Outcome([screens.display_question(ctx.first_name, edit=True)])
    changes = {
        "people_agreed": False,
        "display": RESEARCH_ONLY,
        "attribution": None,
        "step": CONFIRM,
    }
    await ctx.store.update(draft.id, changes)
    fresh = await _reload(ctx, draft.id)
    return Outcome([screens.confirmation(fresh, lead=msg("pv-research-only-note"))])


async def choose_display(ctx: Context, code: str) -> Outcome:
    draft = await ctx.store.draft_of(ctx.profile.person_id)
    if draft is None or draft.step != DISPLAY or code not in DISPLAYS:
        return stale(draft, ctx)
    name = screens.attribution_of(ctx.first_name) if code == PUBLIC_NAMED else None
    if code == PUBLIC_NAMED and name is None:
        return stale(draft, ctx)
    await ctx.store.update(draft.id, {"display": code, "attribution": name, "step": CONFIRM})
    fresh = await _reload(ctx, draft.id)
    return Outcome([screens.confirmation(fresh)])


async def send(ctx: Context) -> Outcome:
    draft = await ctx.store.draft_of(ctx.profile.person_id)
    if draft is None or draft.step != CONFIRM:
        return stale(draft, ctx)
    await ctx.store.update(draft.id, {"status": SUBMITTED})
    await ctx.flows.set_active_flow(ctx.profile.person_id, None)
    return Outcome([screens.submitted()])


async def discard(ctx: Context) -> Outcome:
    """Cancel: the draft, its photos' rows and files nobody else uses are deleted."""
    draft = await ctx.store.draft_of(ctx.profile.person_id)
    await ctx.flows.set_active_flow(ctx.profile.person_id, None)
    if draft is None or draft.status != DRAFT:
        return Outcome([screens.discarded(edit=True)])
    keys = await ctx.store.delete(draft.id)
    return Outcome(
        [screens.discarded(edit=True)], effects=[DeleteFiles(tuple(keys))] if keys else []
    )


async def wrong_input(ctx: Context) -> Outcome:
    """A sticker, voice, video... inside the flow: say what this step expects."""
    draft = await ctx.store.draft_of(ctx.profile.person_id)
    if draft is None:
        return Outcome([screens.notice("pv-no-draft", buttons=False)])
    if draft.step == PHOTOS:
        return Outcome([screens.photos_step_notice("pv-send-photo", len(draft.photos))])
    if draft.step == STORY:
        return Outcome([screens.notice("pv-story-text-please")])
    lead = msg("pv-use-buttons")
    return Outcome([screens.step_screen(draft, ctx.settings, ctx.first_name, lead=lead)])
