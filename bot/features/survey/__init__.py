"""The audit questionnaire and any other questionnaire in the forms catalog (dialogs.survey)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.feature import CliCommand, Feature, Hooks, Wiring
from bot.features.survey import cli
from dialogs.menu import Entry
from dialogs.survey import PREFIX, RESUME_PREFIX

if TYPE_CHECKING:
    from aiogram import Router


def _router() -> Router:
    from bot.features.survey.router import setup

    return setup()


def _setup(wiring: Wiring) -> None:
    from bot.features.survey.router import register

    register(wiring)


async def _forget(hooks: Hooks) -> None:
    from bot.features.survey.router import forget_photos

    await forget_photos(hooks)


def _gives_data(data: str) -> bool:
    return data.startswith((f"{PREFIX}:", f"{RESUME_PREFIX}:"))


FEATURE = Feature(
    name="survey",
    router=_router,
    entry=Entry("survey", needs_consent=True, wide=True),
    setup=_setup,
    gives_data=_gives_data,
    forget=_forget,
    cli=(CliCommand("forms", cli.add_parser, cli.run),),
)
