"""The main menu, /help and the gate in front of menu entries, from the registered features.

The bot builds one `Menu` from the features it runs (bot.features) and hands it to dialogs
that end at the main menu; nothing here lists the features by name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from dialogs.profile import Profile
from dialogs.screen import Button, Lines, Msg, Screen, Text, msg

MAIN = "menu:main"


@dataclass(frozen=True)
class Entry:
    """A main-menu entry: button `menu:<code>` labelled `menu-<code>`, and command /<code>."""

    code: str
    needs_consent: bool = False
    wide: bool = False  # a row of its own (the questionnaire); the others go two to a row


@dataclass(frozen=True)
class Command:
    """A slash command: described by `cmd-<name>` in every language (Telegram's command list
    and /help); `args` is shown after it in /help (e.g. "SLUG"); `roles` limits who sees it."""

    name: str
    roles: tuple[str, ...] = ()
    args: str = ""


# Entries and commands of the bot itself, around the features' own.
CORE_ENTRIES = (Entry("language"), Entry("mydata"))
FIRST_COMMANDS = (Command("start"), Command("menu"))
LAST_COMMANDS = (Command("mydata"), Command("language"), Command("help"), Command("cancel"))
ROLE_ORDER = ("staff", "moderator", "analyst", "admin")


def action(code: str) -> str:
    return f"menu:{code}"


def back_button() -> Button:
    return Button(msg("menu-back"), action=MAIN)


def needs_consent() -> Screen:
    return Screen(
        parts=[msg("needs-consent")],
        buttons=[[Button(msg("privacy-read"), action="consent:show")], [back_button()]],
    )


def not_ready(feature: str) -> Screen:
    """A polite word for an entry whose feature is not running: never a dead button."""
    return Screen(parts=[msg("not-ready", feature=feature)], buttons=[[back_button()]])


@dataclass(frozen=True)
class Menu:
    """The features' entries (in their order) and commands, then the bot's own."""

    entries: tuple[Entry, ...] = CORE_ENTRIES
    commands: tuple[Command, ...] = FIRST_COMMANDS + LAST_COMMANDS
    my_data: tuple[Button, ...] = ()  # features' buttons on "My data" (for who agreed)

    @classmethod
    def of(
        cls,
        entries: Sequence[Entry],
        commands: Sequence[Command],
        my_data: Sequence[Button] = (),
    ) -> Menu:
        entry_commands = tuple(Command(e.code) for e in entries)
        return cls(
            entries=(*entries, *CORE_ENTRIES),
            commands=(*FIRST_COMMANDS, *entry_commands, *commands, *LAST_COMMANDS),
            my_data=tuple(my_data),
        )

    @property
    def codes(self) -> frozenset[str]:
        return frozenset(e.code for e in self.entries)

    def public_commands(self) -> tuple[Command, ...]:
        return tuple(c for c in self.commands if not c.roles)

    def main(self, profile: Profile, *, lead: Msg | None = None, edit: bool = False) -> Screen:
        """Entries that need consent are shown too, and explain themselves when pressed."""
        rows: list[list[Button]] = []
        pending: list[Button] = []
        for entry in self.entries:
            button = Button(msg(f"menu-{entry.code}"), action=action(entry.code))
            if entry.wide:
                rows.append([button])
                continue
            pending.append(button)
            if len(pending) == 2:
                rows.append(pending)
                pending = []
        if pending:
            rows.append(pending)
        parts: list[Text] = [lead] if lead else []
        parts.append(msg("menu-title" if profile.consented else "menu-title-limited"))
        return Screen(parts=parts, buttons=rows, edit=edit)

    def gate(self, profile: Profile, code: str) -> Screen | None:
        """The screen to show instead of an entry the person may not open yet, if any."""
        entry = next((e for e in self.entries if e.code == code), None)
        if entry is not None and entry.needs_consent and not profile.consented:
            return needs_consent()
        return None

    def help(self, profile: Profile) -> Screen:
        """The commands everyone has, then a section per role the person holds."""
        parts: list[Text] = [_section("help-title", self.public_commands())]
        for role in ROLE_ORDER:
            if role == "admin" and "admin" not in profile.roles:
                continue
            if not profile.has_role(role):
                continue
            mine = [c for c in self.commands if role in c.roles]
            if mine:
                parts.append(_section(f"help-{role}-title", mine))
        return Screen(parts=parts, buttons=[[back_button()]])


def _section(title: str, commands: Sequence[Command]) -> Msg:
    """A bold title, then "/command ARGS – what it does" on a line each."""
    lines = tuple(
        msg(
            "help-line",
            command=f"/{c.name}" + (f" {c.args}" if c.args else ""),
            what=msg(f"cmd-{c.name}"),
        )
        for c in commands
    )
    return msg("help-section", title=msg(title), lines=Lines(lines))
