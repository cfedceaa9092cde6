"""The main menu and the entries it leads to."""

from __future__ import annotations

from dataclasses import dataclass

from dialogs.profile import Profile
from dialogs.screen import Button, Msg, Screen, msg


@dataclass(frozen=True)
class Entry:
    code: str  # also the command name: /survey, /polls ...
    needs_consent: bool


ENTRIES: tuple[Entry, ...] = (
    Entry("survey", needs_consent=True),
    Entry("polls", needs_consent=True),
    Entry("photo", needs_consent=True),
    Entry("sessions", needs_consent=False),
    Entry("learn", needs_consent=False),
    Entry("language", needs_consent=False),
    Entry("mydata", needs_consent=False),
)
ENTRY_CODES = frozenset(e.code for e in ENTRIES)
MAIN = "menu:main"


def action(code: str) -> str:
    return f"menu:{code}"


def back_button() -> Button:
    return Button(msg("menu-back"), action=MAIN)


def main_menu(profile: Profile, *, lead: Msg | None = None, edit: bool = False) -> Screen:
    """The menu; entries that need consent are still shown and explain themselves when pressed."""
    rows = [
        [Button(msg("menu-survey"), action=action("survey"))],
        [
            Button(msg("menu-polls"), action=action("polls")),
            Button(msg("menu-photo"), action=action("photo")),
        ],
        [
            Button(msg("menu-sessions"), action=action("sessions")),
            Button(msg("menu-learn"), action=action("learn")),
        ],
        [
            Button(msg("menu-language"), action=action("language")),
            Button(msg("menu-mydata"), action=action("mydata")),
        ],
    ]
    parts = [lead] if lead else []
    title = "menu-title" if profile.consented else "menu-title-limited"
    parts.append(msg(title))
    return Screen(parts=parts, buttons=rows, edit=edit)


def needs_consent() -> Screen:
    return Screen(
        parts=[msg("needs-consent")],
        buttons=[[Button(msg("privacy-read"), action="consent:show")], [back_button()]],
    )


def not_ready(feature: str) -> Screen:
    """A polite word for an entry whose feature is not built yet: never a dead button."""
    return Screen(parts=[msg("not-ready", feature=feature)], buttons=[[back_button()]])


def gate(profile: Profile, code: str) -> Screen | None:
    """The screen to show instead of an entry the person may not open yet, if any."""
    entry = next((e for e in ENTRIES if e.code == code), None)
    if entry is not None and entry.needs_consent and not profile.consented:
        return needs_consent()
    return None


def help_screen(profile: Profile) -> Screen:
    """The commands everyone has, then a section per role the person holds."""
    parts = [msg("help")]
    if profile.has_role("staff"):
        parts.append(msg("help-staff"))
    if profile.has_role("moderator"):
        parts.append(msg("help-moderator"))
    if "admin" in profile.roles:
        parts.append(msg("help-admin"))
    return Screen(parts=parts, buttons=[[back_button()]])
