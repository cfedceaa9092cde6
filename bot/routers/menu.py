"""/menu, /help, /cancel, and the consent gate in front of every menu entry."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command, Filter
from aiogram.types import CallbackQuery, Message, TelegramObject

from bot.flows import Cancellers
from bot.render import Reply
from dialogs import menu, onboarding
from dialogs.profile import Profile
from dialogs.screen import Screen, msg
from storage.repositories import Repositories

ENTRY_COMMANDS = [e.code for e in menu.ENTRIES if e.code != "language"]


def entry_of(event: TelegramObject) -> str | None:
    if isinstance(event, CallbackQuery) and event.data and event.data.startswith("menu:"):
        return event.data.partition(":")[2]
    if isinstance(event, Message) and event.text and event.text.startswith("/"):
        return event.text[1:].split()[0].split("@")[0].lower()
    return None


class Gated(Filter):
    """The entry needs something the person has not done yet (finish onboarding, consent)."""

    async def __call__(self, event: TelegramObject, profile: Profile | None = None) -> bool:
        code = entry_of(event)
        if profile is None or code not in menu.ENTRY_CODES:
            return False
        return not profile.language_chosen or menu.gate(profile, code) is not None


async def show_menu(event: TelegramObject, profile: Profile) -> Reply:
    step = onboarding.next_step(profile)
    assert step is not None
    if profile.onboarded or (profile.language_chosen and not profile.consented):
        return Reply([menu.main_menu(profile, edit=isinstance(event, CallbackQuery))])
    return Reply([step])


async def help_command(message: Message, profile: Profile) -> Reply:
    return Reply([menu.help_screen(profile)])


async def cancel(
    message: Message, repo: Repositories, profile: Profile, cancellers: Cancellers
) -> Reply:
    lead = await cancellers.cancel(repo, profile) or msg("nothing-to-cancel")
    if not profile.language_chosen:
        return Reply([Screen(parts=[lead]), onboarding.language_picker(profile.language)])
    return Reply([menu.main_menu(profile, lead=lead)])


async def language_entry(query: CallbackQuery, profile: Profile) -> Reply:
    return Reply([onboarding.language_picker(profile.language, edit=True)])


async def gated_entry(event: TelegramObject, profile: Profile) -> Reply:
    if not profile.language_chosen:
        return Reply([onboarding.language_picker(profile.language)])
    code = entry_of(event) or ""
    screen = menu.gate(profile, code)
    assert screen is not None
    return Reply([screen])


def setup() -> Router:
    """A fresh router each time: a dispatcher can be built more than once (tests, restarts)."""
    router = Router(name="menu")
    router.message.register(show_menu, Command("menu"))
    router.callback_query.register(show_menu, F.data == menu.MAIN)
    router.message.register(help_command, Command("help"))
    router.message.register(cancel, Command("cancel"))
    router.callback_query.register(language_entry, F.data == "menu:language")
    router.message.register(gated_entry, Command(*ENTRY_COMMANDS), Gated())
    router.callback_query.register(gated_entry, F.data.startswith("menu:"), Gated())
    return router
