"""The screens of the photovoice conversation (texts in locales/<lang>/photovoice.ftl)."""

from __future__ import annotations

from collections.abc import Sequence

from dialogs.menu import back_button
from dialogs.photovoice.model import (
    AGREEMENT,
    CONFIRM,
    DISPLAY,
    DISPLAYS,
    PHOTOS,
    PUBLIC_DISPLAYS,
    PUBLIC_NAMED,
    RECOGNISABLE,
    STORY,
    STORY_MODES,
    THEME,
    THEMES,
    FormSettings,
    SubmissionRecord,
    key,
)
from dialogs.screen import Button, Msg, Photo, Plain, Screen, Text, msg
from dialogs.text import clean_text

SUMMARY_ANSWER_CHARS = 120


def cancel_button() -> Button:
    return Button(msg("pv-stop"), action="ph:stop")


def next_button() -> Button:
    return Button(msg("pv-next"), action="ph:next")


def step_back_button(step: str, index: int = 0) -> Button:
    """Back one step; the step (and story prompt) it was shown on travels along, so a Back
    pressed on an old message does not move the draft."""
    return Button(msg("pv-back"), action=f"ph:back:{step}:{index}")


def theme_name(code: str | None) -> Msg:
    return msg(key("pv-theme", code or "other"))


def excerpt(text: str, limit: int) -> str:
    text = " ".join(clean_text(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def theme_picker(*, lead: Text | None = None, edit: bool = False) -> Screen:
    rows = [[Button(theme_name(code), action=f"ph:theme:{code}")] for code in THEMES]
    rows.append([cancel_button()])
    parts = [p for p in (lead, msg("pv-intro"), msg("pv-theme-prompt")) if p is not None]
    return Screen(parts=parts, buttons=rows, edit=edit)


def photos_prompt(
    settings: FormSettings, *, lead: Text | None = None, edit: bool = False
) -> Screen:
    parts = [msg("pv-photos-prompt", max=settings.max_photos)]
    return Screen(parts=[lead, *parts] if lead else parts, buttons=[[cancel_button()]], edit=edit)


def photos_buttons() -> list[list[Button]]:
    """Once a photo is kept: go on, take one out, or stop."""
    remove = Button(msg("pv-remove-button"), action="ph:rml")
    return [[next_button()], [remove], [cancel_button()]]


def photo_received(count: int, settings: FormSettings, *, album: bool) -> Screen:
    if album:
        text = msg("pv-album-received", max=settings.max_photos)
    elif count >= settings.max_photos:  # the last one: no invitation to send more
        text = msg("pv-photo-received-last", count=count)
    else:
        text = msg("pv-photo-received", count=count, max=settings.max_photos)
    return Screen(parts=[text], buttons=photos_buttons())


def photos_screen(
    draft: SubmissionRecord,
    settings: FormSettings,
    *,
    lead: Text | None = None,
    edit: bool = False,
) -> Screen:
    """The photos step as it stands (after Back, a removal, a restart)."""
    count = len(draft.photos)
    if not count:
        return photos_prompt(settings, lead=lead, edit=edit)
    parts: list[Text] = [lead] if lead else []
    parts.append(msg("pv-photos-so-far", count=count, max=settings.max_photos))
    parts.append(msg("pv-photos-more" if count < settings.max_photos else "pv-photos-next"))
    return Screen(parts=parts, buttons=photos_buttons(), edit=edit)


def remove_list(draft: SubmissionRecord) -> Screen:
    """Which photo to take out, numbered in the order they were sent."""
    row = [
        Button(msg("pv-remove-photo", n=i + 1), action=f"ph:rm:{p.id}")
        for i, p in enumerate(draft.photos)
    ]
    buttons = [row, [step_back_button(PHOTOS)]]
    return Screen(parts=[msg("pv-remove-prompt")], buttons=buttons, edit=True)


def story_prompt(
    draft: SubmissionRecord, *, lead: Text | None = None, edit: bool = False
) -> Screen:
    prompts = STORY_MODES[draft.story_mode]
    index = min(draft.prompt_index, len(prompts) - 1)
    parts: list[Text] = [lead] if lead else []
    parts += [
        msg("pv-story-progress", n=index + 1, total=len(prompts)),
        msg(key("pv-story", prompts[index])),
        msg("pv-story-hint"),
    ]
    buttons = [
        [Button(msg("pv-skip"), action=f"ph:skip:{index}")],
        [step_back_button(STORY, index), cancel_button()],
    ]
    return Screen(parts=parts, buttons=buttons, edit=edit)


def recognisable_question(*, lead: Text | None = None, edit: bool = False) -> Screen:
    buttons = [
        [Button(msg("pv-recognisable-yes"), action="ph:rec:yes")],
        [Button(msg("pv-recognisable-no"), action="ph:rec:no")],
        [Button(msg("pv-recognisable-unsure"), action="ph:rec:unsure")],
        [step_back_button(RECOGNISABLE), cancel_button()],
    ]
    parts = [msg("pv-recognisable-question")]
    return Screen(parts=[lead, *parts] if lead else parts, buttons=buttons, edit=edit)


def agreement_question(*, edit: bool = False) -> Screen:
    buttons = [
        [Button(msg("pv-agreement-yes"), action="ph:agree:yes")],
        [Button(msg("pv-agreement-no"), action="ph:agree:no")],
        [step_back_button(AGREEMENT), cancel_button()],
    ]
    return Screen(parts=[msg("pv-agreement-question")], buttons=buttons, edit=edit)


def attribution_of(first_name: str | None) -> str | None:
    """The first word of the Telegram first name, cleaned: what "with my first name" shows.
    It is stored when chosen, and that stored name is what a moderator reviews."""
    words = clean_text(first_name or "").split()
    return words[0][:32] if words else None


def display_buttons(
    first_name: str | None,
    allowed: Sequence[str],
    action: str,
    current: str | None = None,
    *,
    current_name: str | None = None,
) -> list[list[Button]]:
    """The choices; the current one (marked) shows the name stored with it, the others the
    name that choosing them now would store."""
    rows = []
    for code in DISPLAYS:
        if code not in allowed:
            continue
        name = attribution_of(first_name)
        if code == current and current_name:
            name = current_name
        if code == PUBLIC_NAMED and name is None:
            continue
        label = msg(key("pv-display", code), name=name or "")
        if code == current:
            label = msg("pv-current-choice", choice=label)
        rows.append([Button(label, action=f"{action}:{code}")])
    return rows


def display_question(first_name: str | None, *, edit: bool = False) -> Screen:
    rows = display_buttons(first_name, DISPLAYS, "ph:show")
    rows.append([step_back_button(DISPLAY), cancel_button()])
    return Screen(parts=[msg("pv-display-question")], buttons=rows, edit=edit)


def recognisable_answer(draft: SubmissionRecord) -> Msg:
    if draft.recognisable is None:
        return msg("pv-summary-unanswered")
    if not draft.recognisable:
        return msg("pv-summary-people-none")
    return msg(
        "pv-summary-people-agreed" if draft.people_agreed else "pv-summary-people-no-agreement"
    )


def display_name(draft: SubmissionRecord, *, moderator: bool = False) -> Msg:
    """The choice in words: to the person ("your first name") or to a moderator, who sees
    the stored first name that would be shown."""
    code = draft.display or "research"
    prefix = "pv-review-display" if moderator else "pv-display-short"
    return msg(key(prefix, code), name=clean_text(draft.attribution or ""))


def story_parts(draft: SubmissionRecord, limit: int) -> list[Text]:
    parts: list[Text] = []
    for prompt in STORY_MODES[draft.story_mode]:
        answer = draft.story.get(prompt)
        if answer:
            parts.append(msg(key("pv-story-label", prompt)))
            parts.append(Plain(excerpt(answer, limit)))
    return parts or [msg("pv-summary-no-story")]


def summary_parts(draft: SubmissionRecord) -> list[Text]:
    return [
        msg("pv-summary-theme", theme=theme_name(draft.theme)),
        msg("pv-summary-photos", count=len(draft.photos)),
        *story_parts(draft, SUMMARY_ANSWER_CHARS),
        msg("pv-summary-people", answer=recognisable_answer(draft)),
        msg("pv-summary-display", display=display_name(draft)),
    ]


def thumbnail(draft: SubmissionRecord) -> Photo | None:
    return Photo(draft.photos[0].thumb_key) if draft.photos else None


def confirmation(draft: SubmissionRecord, *, lead: Text | None = None) -> Screen:
    parts: list[Text] = [lead] if lead else []
    parts += [msg("pv-confirm-title"), *summary_parts(draft)]
    if draft.display in PUBLIC_DISPLAYS:
        parts.append(msg("pv-confirm-moderation"))
    buttons = [
        [Button(msg("pv-send"), action="ph:send")],
        [step_back_button(CONFIRM), cancel_button()],
    ]
    return Screen(parts=parts, buttons=buttons, photo=thumbnail(draft))


def submitted() -> Screen:
    return Screen(parts=[msg("pv-submitted")], buttons=[[back_button()]])


def discarded(*, edit: bool = False) -> Screen:
    return Screen(parts=[msg("pv-discarded")], buttons=[[back_button()]], edit=edit)


def step_screen(
    draft: SubmissionRecord,
    settings: FormSettings,
    first_name: str | None,
    *,
    lead: Text | None = None,
) -> Screen:
    """The screen for wherever the draft stands (after a restart, a stale button...)."""
    if draft.step == THEME:
        return theme_picker(lead=lead)
    if draft.step == PHOTOS:
        return photos_screen(draft, settings, lead=lead)
    if draft.step == STORY:
        return story_prompt(draft, lead=lead)
    if draft.step == RECOGNISABLE:
        return recognisable_question(lead=lead)
    if draft.step == AGREEMENT:
        screen = agreement_question()
    elif draft.step == DISPLAY:
        screen = display_question(first_name)
    else:
        assert draft.step == CONFIRM
        return confirmation(draft, lead=lead)
    return Screen(parts=[lead, *screen.parts] if lead else screen.parts, buttons=screen.buttons)


def notice(key_: str, *, buttons: bool = True, **args: object) -> Screen:
    """A one-line answer inside the flow (a refusal, a hint), with the way out."""
    rows = [[cancel_button()]] if buttons else []
    return Screen(parts=[msg(key_, **args)], buttons=rows)


def photos_step_notice(key_: str, count: int, **args: object) -> Screen:
    """A refusal during the photos step: Next stays available once a photo is kept."""
    rows = photos_buttons() if count else [[cancel_button()]]
    return Screen(parts=[msg(key_, **args)], buttons=rows)
