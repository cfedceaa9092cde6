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

SUMMARY_ANSWER_CHARS = 120


def cancel_button() -> Button:
    return Button(msg("pv-stop"), action="ph:stop")


def next_button() -> Button:
    return Button(msg("pv-next"), action="ph:next")


def theme_name(code: str | None) -> Msg:
    return msg(key("pv-theme", code or "other"))


def excerpt(text: str, limit: int) -> str:
    text = " ".join(text.split())
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


def photo_received(count: int, settings: FormSettings, *, album: bool) -> Screen:
    text = (
        msg("pv-album-received", max=settings.max_photos)
        if album
        else msg("pv-photo-received", count=count, max=settings.max_photos)
    )
    return Screen(parts=[text], buttons=[[next_button()], [cancel_button()]])


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
    buttons = [[Button(msg("pv-skip"), action="ph:skip")], [cancel_button()]]
    return Screen(parts=parts, buttons=buttons, edit=edit)


def recognisable_question(*, lead: Text | None = None, edit: bool = False) -> Screen:
    buttons = [
        [Button(msg("pv-recognisable-yes"), action="ph:rec:yes")],
        [Button(msg("pv-recognisable-no"), action="ph:rec:no")],
        [Button(msg("pv-recognisable-unsure"), action="ph:rec:unsure")],
        [cancel_button()],
    ]
    parts = [msg("pv-recognisable-question")]
    return Screen(parts=[lead, *parts] if lead else parts, buttons=buttons, edit=edit)


def agreement_question(*, edit: bool = False) -> Screen:
    buttons = [
        [Button(msg("pv-agreement-yes"), action="ph:agree:yes")],
        [Button(msg("pv-agreement-no"), action="ph:agree:no")],
        [cancel_button()],
    ]
    return Screen(parts=[msg("pv-agreement-question")], buttons=buttons, edit=edit)


def attribution_of(first_name: str | None) -> str | None:
    """The first word of the Telegram first name: what "with my first name" shows."""
    words = (first_name or "").split()
    return words[0][:32] if words else None


def display_buttons(
    first_name: str | None, allowed: Sequence[str], action: str, current: str | None = None
) -> list[list[Button]]:
    rows = []
    for code in DISPLAYS:
        if code not in allowed:
            continue
        name = attribution_of(first_name)
        if code == PUBLIC_NAMED and name is None:
            continue
        label = msg(key("pv-display", code), name=name or "")
        if code == current:
            label = msg("pv-current-choice", choice=label)
        rows.append([Button(label, action=f"{action}:{code}")])
    return rows


def display_question(first_name: str | None, *, edit: bool = False) -> Screen:
    rows = display_buttons(first_name, DISPLAYS, "ph:show")
    rows.append([cancel_button()])
    return Screen(parts=[msg("pv-display-question")], buttons=rows, edit=edit)


def recognisable_answer(draft: SubmissionRecord) -> Msg:
    if draft.recognisable is None:
        return msg("pv-summary-unanswered")
    if not draft.recognisable:
        return msg("pv-summary-people-none")
    return msg(
        "pv-summary-people-agreed" if draft.people_agreed else "pv-summary-people-no-agreement"
    )


def display_name(draft: SubmissionRecord) -> Msg:
    code = draft.display or "research"
    return msg(key("pv-display-short", code), name=draft.attribution or "")


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
    buttons = [[Button(msg("pv-send"), action="ph:send")], [cancel_button()]]
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
        if draft.photos:
            received = photo_received(len(draft.photos), settings, album=False)
            parts = [lead, *received.parts] if lead else list(received.parts)
            return Screen(parts=parts, buttons=received.buttons)
        return photos_prompt(settings, lead=lead)
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
    rows = [[next_button()], [cancel_button()]] if count else [[cancel_button()]]
    return Screen(parts=[msg(key_, **args)], buttons=rows)
