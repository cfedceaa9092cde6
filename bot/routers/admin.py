"""Admin commands: /grant, /revoke, /roles. The role check lives in bot.roles."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message

from bot.render import Reply
from bot.roles import privileged_router
from bot.settings import Settings
from dialogs import admin
from dialogs.menu import Command as MenuCommand
from dialogs.profile import Profile
from storage.repositories import Repositories

ADMIN = ("admin",)
COMMANDS = (
    MenuCommand("grant", ADMIN, "USER_ID ROLE"),
    MenuCommand("revoke", ADMIN, "USER_ID ROLE"),
    MenuCommand("roles", ADMIN),
)


async def grant(
    message: Message, command: CommandObject, repo: Repositories, profile: Profile
) -> Reply:
    return Reply(await admin.grant(repo.roles, repo.audit, profile, command.args))


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


async def roles(
    message: Message, repo: Repositories, profile: Profile, settings: Settings
) -> Reply:
    return Reply(await admin.list_roles(repo.roles, repo.audit, profile, settings.admin_id_set))


def setup() -> Router:
    """A fresh router each time: a dispatcher can be built more than once (tests, restarts)."""
    router = privileged_router("admin", "admin")
    router.message.register(grant, Command("grant"))
    router.message.register(revoke, Command("revoke"))
    router.message.register(roles, Command("roles"))
    return router
