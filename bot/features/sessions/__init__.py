"""The ombudsperson's information sessions: the schedule, registration with a waiting list,
reminders, calendar files and maps; staff create, edit and cancel (dialogs.sessions)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.feature import CliCommand, Feature, Hooks, Wiring
from bot.features.sessions import cli
from dialogs.menu import Command, Entry

if TYPE_CHECKING:
    from aiogram import Router

STAFF = ("staff",)


def _router() -> Router:
    from bot.features.sessions.router import setup

    return setup()


def _setup(wiring: Wiring) -> None:
    from bot.features.sessions.router import register

    register(wiring)


async def _forget(hooks: Hooks) -> None:
    from bot.features.sessions.router import forget_seats

    await forget_seats(hooks)


FEATURE = Feature(
    name="sessions",
    router=_router,
    entry=Entry("sessions"),
    commands=(Command("newsession", STAFF), Command("sessionlist", STAFF)),
    setup=_setup,
    forget=_forget,
    cli=(CliCommand("sessions", cli.add_parser, cli.run),),
)
