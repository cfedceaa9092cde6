"""First contact: language, privacy notice, respondent group, then the menu.

Progress is never held in memory: it is read from the person's stored profile, so a restart
between two steps continues where the person was.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import Protocol

from dialogs.languages import LANGUAGES
from dialogs.menu import Menu, back_button
from dialogs.profile import GROUPS, PRIVACY_NOTICE_VERSION, Profile, message_key
from dialogs.screen import Button, Screen, msg

# Deep-link payloads: what t.me/<bot>?start=<payload> may carry (Telegram allows A-Z a-z 0-9 _ -).
PAYLOAD_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


class ProfileStore(Protocol):
    async def set_language(self, person_id: int, language: str) -> None: ...
    async def grant_privacy(self, person_id: int, version: str, language: str) -> None: ...
    async def set_group(self, person_id: int, group: str) -> None: ...
    async def set_pending_start(self, person_id: int, payload: str | None) -> None: ...


def language_picker(current: str | None, *, edit: bool = False) -> Screen:
    """Each language in its own script; the current (or guessed) one marked and first."""
    ordered = sorted(LANGUAGES, key=lambda code: code != current)
    buttons = [
        Button(
            msg("language-current", name=msg(f"language-name-{code}"))
            if code == current
            else msg(f"language-name-{code}"),
            action=f"lang:{code}",
        )
        for code in ordered
    ]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    return Screen(parts=[msg("language-prompt")], buttons=rows, edit=edit)


def privacy_notice(*, edit: bool = False) -> Screen:
    return Screen(
        parts=[msg("privacy-notice", version=PRIVACY_NOTICE_VERSION)],
        buttons=[
            [Button(msg("privacy-agree"), action="consent:yes")],
            [Button(msg("privacy-decline"), action="consent:no")],
        ],
        edit=edit,
    )


def group_question(
    *, edit: bool = False, changing: bool = False, current: str | None = None
) -> Screen:
    """Which group describes the person; when changing it, their present answer is marked."""
    buttons = [
        [
            Button(
                msg("group-current", name=msg(message_key("group", g)))
                if g == current
                else msg(message_key("group", g)),
                action=f"group:{g}",
            )
        ]
        for g in GROUPS
    ]
    if changing:
        buttons.append([back_button()])
    return Screen(parts=[msg("group-prompt")], buttons=buttons, edit=edit)


def declined() -> Screen:
    return Screen(
        parts=[msg("privacy-declined")],
        buttons=[
            [Button(msg("menu-learn"), action="menu:learn")],
            [Button(msg("menu-sessions"), action="menu:sessions")],
            [Button(msg("privacy-read"), action="consent:show")],
        ],
    )


def next_step(profile: Profile) -> Screen | None:
    """The onboarding screen this person still has to see, or None when done."""
    if not profile.language_chosen:
        return language_picker(profile.language)
    if not profile.consented:
        return privacy_notice()
    if profile.group is None:
        return group_question()
    return None


def clean_payload(payload: str | None) -> str | None:
    if payload and PAYLOAD_RE.match(payload):
        return payload
    return None


async def start(
    store: ProfileStore, profile: Profile, payload: str | None, menu: Menu
) -> list[Screen]:
    """/start: remember a deep-link payload for after onboarding, then the next step."""
    payload = clean_payload(payload)
    if payload and payload != profile.pending_start:
        await store.set_pending_start(profile.person_id, payload)
    if not profile.language_chosen:
        return [language_picker(profile.language)]
    return [next_step(profile) or menu.main(profile)]


async def choose_language(
    store: ProfileStore,
    profile: Profile,
    code: str,
    menu: Menu,
    *,
    current_step: Callable[[Profile], Awaitable[list[Screen]]] | None = None,
) -> list[Screen]:
    """Save the language; then the next onboarding step, or, for someone in the middle of a
    flow (a questionnaire...), that flow's current step again in the new language (from
    `current_step`, given by the bot), else the main menu."""
    if code not in LANGUAGES:
        return [language_picker(profile.language, edit=True)]
    first_time = not profile.language_chosen
    await store.set_language(profile.person_id, code)
    profile = replace(profile, language=code, language_chosen=True)
    if first_time or not profile.consented:
        return [privacy_notice(edit=True)]
    if profile.group is None:
        return [group_question(edit=True)]
    lead = msg("language-saved", name=msg(f"language-name-{code}"))
    if profile.active_flow is not None and current_step is not None:
        step = await current_step(profile)
        if step:
            return [Screen(parts=[lead], edit=True), *step]
    return [menu.main(profile, lead=lead, edit=True)]


async def agree(store: ProfileStore, profile: Profile, menu: Menu) -> list[Screen]:
    if not profile.consented:
        await store.grant_privacy(profile.person_id, PRIVACY_NOTICE_VERSION, profile.language)
        profile = replace(profile, consented=True)
    if profile.group is None:
        return [Screen(parts=[msg("privacy-thanks")], edit=True), group_question()]
    return [menu.main(profile, lead=msg("privacy-thanks"), edit=True)]


def decline(profile: Profile, menu: Menu) -> list[Screen]:
    """Nothing but the language is stored; say what the bot can still offer."""
    if profile.consented:
        return [menu.main(profile, edit=True)]
    return [declined()]


async def choose_group(
    store: ProfileStore, profile: Profile, group: str, menu: Menu
) -> list[Screen]:
    if group not in GROUPS:
        return [group_question(edit=True)]
    if not profile.consented:
        return [privacy_notice(edit=True)]
    was_onboarding = profile.group is None
    await store.set_group(profile.person_id, group)
    profile = replace(profile, group=group)
    lead = msg("welcome") if was_onboarding else msg("group-saved")
    return [menu.main(profile, lead=lead, edit=True)]


def replace_profile(profile: Profile, **changes: object) -> Profile:
    return replace(profile, **changes)  # type: ignore[arg-type]
