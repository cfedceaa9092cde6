""" "My data": see what is kept, change the respondent group, delete everything."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence

from aiogram import Bot, F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, TelegramObject

from bot.render import Reply
from dialogs import mydata, onboarding
from dialogs.profile import Profile
from storage.repositories import Repositories

ForgetHook = Callable[[Repositories, Profile, Bot], Awaitable[None]]


async def show(event: TelegramObject, repo: Repositories, profile: Profile) -> Reply:
    edit = isinstance(event, CallbackQuery)
    return Reply(await mydata.overview(repo.profiles, profile, edit=edit))


async def change_group(query: CallbackQuery, profile: Profile) -> Reply:
    return Reply([onboarding.group_question(edit=True, changing=True)])


async def ask_delete(query: CallbackQuery) -> Reply:
    return Reply(mydata.confirm_delete())


async def delete(
    query: CallbackQuery,
    repo: Repositories,
    profile: Profile,
    bot: Bot,
    before_forget: Sequence[ForgetHook] = (),
) -> Reply:
    # features remove what lives outside the database first (photovoice: files, channel posts)
    for hook in before_forget:
        await hook(repo, profile, bot)
    return Reply(await mydata.delete_everything(repo.profiles, profile))


def setup() -> Router:
    """A fresh router each time: a dispatcher can be built more than once (tests, restarts)."""
    router = Router(name="mydata")
    router.message.register(show, Command("mydata"))
    router.callback_query.register(show, F.data.in_({"menu:mydata", "mydata:show"}))
    router.callback_query.register(change_group, F.data == "mydata:group")
    router.callback_query.register(ask_delete, F.data == "mydata:delete")
    router.callback_query.register(delete, F.data == "mydata:delete-yes")
    return router
