"""/start with optional deep link, language, privacy notice, respondent group."""

from __future__ import annotations

from functools import partial

from aiogram import F, Router
from aiogram.filters import Command, CommandObject, CommandStart
from aiogram.types import CallbackQuery, Message

from bot.deeplinks import DeepLinks
from bot.flows import Reshowers
from bot.render import Reply
from dialogs import onboarding
from dialogs.languages import LANGUAGES
from dialogs.menu import Menu
from dialogs.profile import GROUPS, Profile
from dialogs.screen import msg
from storage.repositories import Repositories


async def start(
    message: Message,
    command: CommandObject,
    repo: Repositories,
    profile: Profile,
    deep_links: DeepLinks,
    menu: Menu,
) -> Reply:
    payload = onboarding.clean_payload(command.args)
    if profile.onboarded and payload:
        opened = await deep_links.open(payload, repo=repo, profile=profile)
        if opened is not None:
            return opened
    return Reply(await onboarding.start(repo.profiles, profile, command.args, menu))


async def language_command(message: Message, profile: Profile) -> Reply:
    return Reply([onboarding.language_picker(profile.language)])


async def choose_language(
    query: CallbackQuery, repo: Repositories, profile: Profile, reshowers: Reshowers, menu: Menu
) -> Reply:
    code = (query.data or "").partition(":")[2]
    if code not in LANGUAGES:  # an old or forged button
        return Reply(toast=msg("button-expired"))
    screens = await onboarding.choose_language(
        repo.profiles, profile, code, menu, current_step=partial(reshowers.current_step, repo)
    )
    return Reply(screens, language=code)


async def show_notice(query: CallbackQuery) -> Reply:
    return Reply([onboarding.privacy_notice()])


async def agree(query: CallbackQuery, repo: Repositories, profile: Profile, menu: Menu) -> Reply:
    return Reply(await onboarding.agree(repo.profiles, profile, menu))


async def decline(query: CallbackQuery, profile: Profile, menu: Menu) -> Reply:
    return Reply(onboarding.decline(profile, menu))


async def choose_group(
    query: CallbackQuery,
    repo: Repositories,
    profile: Profile,
    deep_links: DeepLinks,
    menu: Menu,
) -> Reply:
    group = (query.data or "").partition(":")[2]
    if group not in GROUPS:  # an old or forged button
        return Reply(toast=msg("button-expired"))
    was_onboarding = not profile.onboarded
    screens = await onboarding.choose_group(repo.profiles, profile, group, menu)
    if was_onboarding and profile.pending_start and profile.consented:
        done = onboarding.replace_profile(profile, group=group)
        await repo.profiles.set_pending_start(profile.person_id, None)
        opened = await deep_links.open(profile.pending_start, repo=repo, profile=done)
        if opened is not None:
            return Reply([*screens[:1], *opened.screens], toast=opened.toast)
    return Reply(screens)


def setup() -> Router:
    """A fresh router each time: a dispatcher can be built more than once (tests, restarts)."""
    router = Router(name="onboarding")
    router.message.register(start, CommandStart())
    router.message.register(language_command, Command("language"))
    router.callback_query.register(choose_language, F.data.startswith("lang:"))
    router.callback_query.register(show_notice, F.data == "consent:show")
    router.callback_query.register(agree, F.data == "consent:yes")
    router.callback_query.register(decline, F.data == "consent:no")
    router.callback_query.register(choose_group, F.data.startswith("group:"))
    return router
