"""Telegram's command menu, per language, through setMyCommands."""

from __future__ import annotations

from aiogram import Bot
from aiogram.types import BotCommand, BotCommandScopeDefault

from bot.l10n import Locales, Translator
from dialogs.languages import LANGUAGES

COMMANDS = (
    "start",
    "menu",
    "survey",
    "polls",
    "photo",
    "sessions",
    "learn",
    "mydata",
    "language",
    "help",
    "cancel",
)


def command_list(l10n: Translator) -> list[BotCommand]:
    return [BotCommand(command=c, description=l10n.plain(f"cmd-{c}")) for c in COMMANDS]


async def publish(bot: Bot, locales: Locales) -> None:
    """One list per language we speak, and the default locale's for everyone else."""
    for language in LANGUAGES:
        await bot.set_my_commands(
            command_list(locales.for_language(language)),
            scope=BotCommandScopeDefault(),
            language_code=language,
        )
    await bot.set_my_commands(
        command_list(locales.for_language(locales.default)), scope=BotCommandScopeDefault()
    )
