"""Admin commands: /grant, /revoke, /roles. The role check lives in bot.roles."""

from __future__ import annotations

from aiogram.filters import Command, CommandObject
from aiogram.types import Message

from bot.render import Reply
from bot.roles import privileged_router
from bot.settings import Settings
from dialogs import admin
from dialogs.profile import Profile
from storage.repositories import Repositories

router = privileged_router("admin", "admin")


@router.message(Command("grant"))
async def grant(
    message: Message, command: CommandObject, repo: Repositories, profile: Profile
) -> Reply:
    return Reply(await admin.grant(repo.roles, repo.audit, profile, command.args))


@router.message(Command("revoke"))
async def revoke(
    message: Message,
    command: CommandObject,
    repo: Repositories,
    profile: Profile,
    settings: Settings,
) -> Reply:
    screens = await admin.revoke(
        repo.roles, repo.audit, profile, command.args, settings.admin_id_set
    )
    return Reply(screens)


@router.message(Command("roles"))
async def roles(
    message: Message, repo: Repositories, profile: Profile, settings: Settings
) -> Reply:
    return Reply(await admin.list_roles(repo.roles, repo.audit, profile, settings.admin_id_set))
