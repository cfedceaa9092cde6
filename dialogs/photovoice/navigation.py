"""Moving back through a draft, and taking a photo out of it before it is sent.

Back goes one step at a time: story question n → n-1 → the photos; people in the photo → the
last story question; agreement → people; who may see it → agreement (or people); the check
before sending → who may see it (or agreement, when only the research team may see it).
Answers already given stay saved and are shown again when the person comes back to them.
"""

from __future__ import annotations

from dialogs.photovoice import screens
from dialogs.photovoice.flow import Context, DeleteFiles, Outcome, stale
from dialogs.photovoice.model import (
    AGREEMENT,
    CONFIRM,
    DISPLAY,
    PHOTOS,
    RECOGNISABLE,
    RESEARCH_ONLY,
    STORY,
    STORY_MODES,
    SubmissionRecord,
)
from dialogs.screen import msg


def _previous(draft: SubmissionRecord) -> dict[str, object] | None:
    """The changes that take the draft one step back, or None at the photos step."""
    last_prompt = len(STORY_MODES[draft.story_mode]) - 1
    if draft.step == STORY:
        if draft.prompt_index > 0:
            return {"prompt_index": min(draft.prompt_index, last_prompt + 1) - 1}
        return {"step": PHOTOS}
    if draft.step == RECOGNISABLE:
        return {"step": STORY, "prompt_index": last_prompt}
    if draft.step == AGREEMENT:
        return {"step": RECOGNISABLE}
    if draft.step == DISPLAY:
        return {"step": AGREEMENT if draft.recognisable else RECOGNISABLE}
    if draft.step == CONFIRM:
        forced = draft.display == RESEARCH_ONLY and draft.people_agreed is False
        return {"step": AGREEMENT if forced else DISPLAY}
    return None


async def back(ctx: Context, step: str, index: int) -> Outcome:
    """Back from `step` (and story question `index`), the screen the button was shown on."""
    draft = await ctx.store.draft_of(ctx.profile.person_id)
    if draft is None or draft.step != step or (step == STORY and draft.prompt_index != index):
        return stale(draft, ctx)
    if step == PHOTOS:  # from the list of photos to remove: nothing to undo
        return Outcome([screens.photos_screen(draft, ctx.settings, edit=True)])
    changes = _previous(draft)
    if changes is None:
        return stale(draft, ctx)
    await ctx.store.update(draft.id, changes)
    fresh = await ctx.store.get(draft.id)
    assert fresh is not None
    if fresh.step == PHOTOS:
        return Outcome([screens.photos_screen(fresh, ctx.settings, edit=True)])
    if fresh.step == STORY:
        return Outcome([screens.story_prompt(fresh, edit=True)])
    if fresh.step == RECOGNISABLE:
        return Outcome([screens.recognisable_question(edit=True)])
    if fresh.step == AGREEMENT:
        return Outcome([screens.agreement_question(edit=True)])
    return Outcome([screens.display_question(ctx.first_name, edit=True)])


async def remove_list(ctx: Context) -> Outcome:
    draft = await ctx.store.draft_of(ctx.profile.person_id)
    if draft is None or draft.step != PHOTOS or not draft.photos:
        return stale(draft, ctx)
    return Outcome([screens.remove_list(draft)])


async def remove_photo(ctx: Context, photo_id: int) -> Outcome:
    """Take one photo out of the draft; its files go when nobody else uses them."""
    draft = await ctx.store.draft_of(ctx.profile.person_id)
    if draft is None or draft.step != PHOTOS:
        return stale(draft, ctx)
    draft = await ctx.store.lock(draft.id)
    keys = await ctx.store.remove_photo(draft.id, photo_id)
    if keys is None:  # not a photo of this draft (an old button, or forged)
        return stale(draft, ctx)
    fresh = await ctx.store.get(draft.id)
    assert fresh is not None
    screen = screens.photos_screen(fresh, ctx.settings, lead=msg("pv-photo-removed"), edit=True)
    return Outcome([screen], effects=[DeleteFiles(tuple(keys))] if keys else [])
