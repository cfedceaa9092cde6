""" "My data": see what is kept, change the respondent group, delete everything."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, TelegramObject

from bot.render import Reply
from dialogs import mydata, onboarding
from dialogs.profile import Profile
from storage.repositories import Repositories

router = Router(name="mydata")


@router.message(Command("mydata"))
@router.callback_query(F.data.in_({"menu:mydata", "mydata:show"}))
async def show(event: TelegramObject, repo: Repositories, profile: Profile) -> Reply:
    edit = isinstance(event, CallbackQuery)
    return Reply(await mydata.overview(repo.profiles, profile, edit=edit))


@router.callback_query(F.data == "mydata:group")
async def change_group(query: CallbackQuery, profile: Profile) -> Reply:
    return Reply([onboarding.group_question(edit=True, changing=True)])


@router.callback_query(F.data == "mydata:delete")
async def ask_delete(query: CallbackQuery) -> Reply:
    return Reply(mydata.confirm_delete())


@router.callback_query(F.data == "mydata:delete-yes")
async def delete(query: CallbackQuery, repo: Repositories, profile: Profile) -> Reply:
    return Reply(await mydata.delete_everything(repo.profiles, profile))
