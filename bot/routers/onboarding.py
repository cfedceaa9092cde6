"""/start with optional deep link, language, privacy notice, respondent group."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command, CommandObject, CommandStart
from aiogram.types import CallbackQuery, Message

from bot.deeplinks import DeepLinks
from bot.render import Reply
from dialogs import onboarding
from dialogs.profile import Profile
from storage.repositories import Repositories

router = Router(name="onboarding")


@router.message(CommandStart())
async def start(
    message: Message,
    command: CommandObject,
    repo: Repositories,
    profile: Profile,
    deep_links: DeepLinks,
) -> Reply:
    payload = onboarding.clean_payload(command.args)
    if profile.onboarded and payload:
        opened = await deep_links.open(payload, repo=repo, profile=profile)
        if opened is not None:
            return opened
    return Reply(await onboarding.start(repo.profiles, profile, command.args))


@router.message(Command("language"))
async def language_command(message: Message, profile: Profile) -> Reply:
    return Reply([onboarding.language_picker(profile.language)])


@router.callback_query(F.data.startswith("lang:"))
async def choose_language(query: CallbackQuery, repo: Repositories, profile: Profile) -> Reply:
    code = (query.data or "").partition(":")[2]
    screens = await onboarding.choose_language(repo.profiles, profile, code)
    return Reply(screens, language=code)


@router.callback_query(F.data == "consent:show")
async def show_notice(query: CallbackQuery) -> Reply:
    return Reply([onboarding.privacy_notice()])


@router.callback_query(F.data == "consent:yes")
async def agree(
    query: CallbackQuery, repo: Repositories, profile: Profile, deep_links: DeepLinks
) -> Reply:
    screens = await onboarding.agree(repo.profiles, profile)
    return Reply(screens)


@router.callback_query(F.data == "consent:no")
async def decline(query: CallbackQuery, profile: Profile) -> Reply:
    return Reply(onboarding.decline(profile))


@router.callback_query(F.data.startswith("group:"))
async def choose_group(
    query: CallbackQuery, repo: Repositories, profile: Profile, deep_links: DeepLinks
) -> Reply:
    group = (query.data or "").partition(":")[2]
    was_onboarding = not profile.onboarded
    screens = await onboarding.choose_group(repo.profiles, profile, group)
    if was_onboarding and profile.pending_start and profile.consented:
        done = onboarding.replace_profile(profile, group=group)
        await repo.profiles.set_pending_start(profile.person_id, None)
        opened = await deep_links.open(profile.pending_start, repo=repo, profile=done)
        if opened is not None:
            return Reply([*screens[:1], *opened.screens], toast=opened.toast)
    return Reply(screens)
