"""/menu, /help, /cancel, and the consent gate in front of every menu entry.

The entries and commands come from the registered features (`menu`: dialogs.menu.Menu).
"""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command, Filter
from aiogram.types import CallbackQuery, Message, TelegramObject

from bot.flows import Cancellers
from bot.render import Reply
from dialogs import onboarding
from dialogs.menu import MAIN, Menu
from dialogs.profile import Profile
from dialogs.screen import Screen, msg
from storage.repositories import Repositories


def entry_of(event: TelegramObject) -> str | None:
    if isinstance(event, CallbackQuery) and event.data and event.data.startswith("menu:"):
        return event.data.partition(":")[2]
    if isinstance(event, Message) and event.text and event.text.startswith("/"):
        words = event.text[1:].split()
        return words[0].split("@")[0].lower() if words else None  # a lone "/" is no command
    return None


class Gated(Filter):
    """The entry needs something the person has not done yet (finish onboarding, consent)."""

    async def __call__(
        self, event: TelegramObject, profile: Profile | None = None, menu: Menu | None = None
    ) -> bool:
        code = entry_of(event)
        if profile is None or menu is None or code not in menu.codes or code == "language":
            return False
        return not profile.language_chosen or menu.gate(profile, code) is not None


async def show_menu(event: TelegramObject, profile: Profile, menu: Menu) -> Reply:
    step = onboarding.next_step(profile)
    if step is None or (profile.language_chosen and not profile.consented):
        return Reply([menu.main(profile, edit=isinstance(event, CallbackQuery))])
    return Reply([step])


async def help_command(message: Message, profile: Profile, menu: Menu) -> Reply:
    return Reply([menu.help(profile)])


async def cancel(
    message: Message,
    repo: Repositories,
    profile: Profile,
    cancellers: Cancellers,
    menu: Menu,
) -> Reply:
    lead = await cancellers.cancel(repo, profile) or msg("nothing-to-cancel")
    if not profile.language_chosen:
        return Reply([Screen(parts=[lead]), onboarding.language_picker(profile.language)])
    return Reply([menu.main(profile, lead=lead)])


async def language_entry(query: CallbackQuery, profile: Profile) -> Reply:
    return Reply([onboarding.language_picker(profile.language, edit=True)])


async def gated_entry(event: TelegramObject, profile: Profile, menu: Menu) -> Reply:
    if not profile.language_chosen:
        return Reply([onboarding.language_picker(profile.language)])
    screen = menu.gate(profile, entry_of(event) or "")
    assert screen is not None
    return Reply([screen])


def setup() -> Router:
    """A fresh router each time: a dispatcher can be built more than once (tests, restarts)."""
    router = Router(name="menu")
    router.message.register(show_menu, Command("menu"))
    router.callback_query.register(show_menu, F.data == MAIN)
    router.message.register(help_command, Command("help"))
    router.message.register(cancel, Command("cancel"))
    router.callback_query.register(language_entry, F.data == "menu:language")
    router.message.register(gated_entry, F.text.startswith("/"), Gated())
    router.callback_query.register(gated_entry, F.data.startswith("menu:"), Gated())
    return router
