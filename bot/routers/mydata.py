""" "My data": see what is kept and one's own answers, download it all as a file, change the
respondent group, withdraw consent (keeping or deleting what was given), delete everything.

What a person gave is shown only to them, in their private chat (the unit of work answers
nothing in groups), and none of it is logged.
"""

from __future__ import annotations

from datetime import UTC, datetime

from aiogram import Bot, F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, TelegramObject

from bot.people_hooks import PersonHooks
from bot.render import Reply
from bot.settings import Settings
from dialogs import mydata, onboarding
from dialogs.menu import Menu
from dialogs.mydata import (
    ANSWERS,
    DELETE,
    DELETE_YES,
    EXPORT,
    GROUP,
    SHOW,
    WITHDRAW,
    WITHDRAW_KEEP,
)
from dialogs.profile import Profile
from dialogs.screen import msg
from dialogs.survey import FormCatalog
from storage.repositories import Repositories


def sources(
    repo: Repositories, forms: FormCatalog, settings: Settings, menu: Menu
) -> mydata.Sources:
    return mydata.Sources(
        records=repo.personal,
        forms=forms,
        polls=repo.polls,
        photovoice=repo.photovoice,
        fallback=settings.fallback_locale,
        extra=menu.my_data,
    )


async def show(
    event: TelegramObject,
    repo: Repositories,
    profile: Profile,
    forms: FormCatalog,
    settings: Settings,
    menu: Menu,
) -> Reply:
    edit = isinstance(event, CallbackQuery)
    return Reply(await mydata.overview(sources(repo, forms, settings, menu), profile, edit=edit))


async def answers(
    query: CallbackQuery,
    repo: Repositories,
    profile: Profile,
    forms: FormCatalog,
    settings: Settings,
    menu: Menu,
) -> Reply:
    page = mydata.page_of(query.data)
    if page is None:  # a forged page number
        return Reply(toast=msg("button-expired"))
    records = await mydata.gather(sources(repo, forms, settings, menu), profile.person_id)
    fallback = settings.fallback_locale
    return Reply([mydata.answers_page(records, page, profile.language, fallback)])


async def export(
    query: CallbackQuery,
    repo: Repositories,
    profile: Profile,
    forms: FormCatalog,
    settings: Settings,
    menu: Menu,
) -> Reply:
    records = await mydata.gather(sources(repo, forms, settings, menu), profile.person_id)
    now = datetime.now(UTC)
    return Reply([mydata.export_screen(profile, records, now, settings.fallback_locale)])


async def change_group(query: CallbackQuery, profile: Profile) -> Reply:
    if not profile.consented:  # an old button: the group is asked after agreeing again
        return Reply(toast=msg("button-expired"))
    screen = onboarding.group_question(edit=True, changing=True, current=profile.group)
    return Reply([screen])


async def ask_withdraw(query: CallbackQuery) -> Reply:
    return Reply(mydata.confirm_withdraw())


async def withdraw(
    query: CallbackQuery,
    repo: Repositories,
    profile: Profile,
    bot: Bot,
    forms: FormCatalog,
    settings: Settings,
    menu: Menu,
    person_hooks: PersonHooks,
) -> Reply:
    if profile.consented:
        await person_hooks.withdraw(repo, profile, bot)
    _, shown = await mydata.withdraw_keeping_answers(
        repo.profiles, sources(repo, forms, settings, menu), profile
    )
    return Reply(shown)


async def ask_delete(query: CallbackQuery) -> Reply:
    return Reply(mydata.confirm_delete())


async def delete(
    query: CallbackQuery,
    repo: Repositories,
    profile: Profile,
    bot: Bot,
    person_hooks: PersonHooks,
) -> Reply:
    await person_hooks.forget(repo, profile, bot)
    return Reply(await mydata.delete_everything(repo.profiles, profile))


def setup() -> Router:
    """A fresh router each time: a dispatcher can be built more than once (tests, restarts)."""
    router = Router(name="mydata")
    router.message.register(show, Command("mydata"))
    router.callback_query.register(show, F.data.in_({"menu:mydata", SHOW}))
    router.callback_query.register(answers, F.data.startswith(ANSWERS))
    router.callback_query.register(export, F.data == EXPORT)
    router.callback_query.register(change_group, F.data == GROUP)
    router.callback_query.register(ask_withdraw, F.data == WITHDRAW)
    router.callback_query.register(withdraw, F.data == WITHDRAW_KEEP)
    router.callback_query.register(ask_delete, F.data == DELETE)
    router.callback_query.register(delete, F.data == DELETE_YES)
    return router
