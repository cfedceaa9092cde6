"""Telegram's command menu, per language, through setMyCommands: everyone's commands of the
registered features and of the bot itself (dialogs.menu.Menu.public_commands)."""

from __future__ import annotations

from aiogram import Bot
from aiogram.types import BotCommand, BotCommandScopeDefault

from bot.l10n import Locales, Translator
from dialogs.languages import LANGUAGES
from dialogs.menu import Menu


def command_list(l10n: Translator, menu: Menu) -> list[BotCommand]:
    return [
        BotCommand(command=c.name, description=l10n.plain(f"cmd-{c.name}"))
        for c in menu.public_commands()
    ]


async def publish(bot: Bot, locales: Locales, menu: Menu) -> None:
    """One list per language we speak, and the default locale's for everyone else."""
    for language in LANGUAGES:
        await bot.set_my_commands(
            command_list(locales.for_language(language), menu),
            scope=BotCommandScopeDefault(),
            language_code=language,
        )
    await bot.set_my_commands(
        command_list(locales.for_language(locales.default), menu), scope=BotCommandScopeDefault()
    )
