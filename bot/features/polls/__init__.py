"""Opinion polls: voting with results in privacy-safe steps, deep links and QR codes, staff
writing and running polls (dialogs.polls)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from bot.feature import CliCommand, Feature, Wiring
from bot.features.polls import cli
from dialogs.menu import Command, Entry
from dialogs.polls import PREFIXES

if TYPE_CHECKING:
    from aiogram import Router
    from sqlalchemy.ext.asyncio import AsyncEngine

log = logging.getLogger(__name__)
STAFF = ("staff",)


def _router() -> Router:
    from bot.features.polls.router import setup

    return setup()


def _setup(wiring: Wiring) -> None:
    from bot.features.polls.router import register

    register(wiring)


async def _seed(engine: AsyncEngine) -> None:
    """The polls shipped with the bot exist (created open the first time only)."""
    from dialogs import polls
    from storage.db import session_factory
    from storage.repositories import Repositories

    async with session_factory(engine)() as session, session.begin():
        created = await polls.seed(Repositories(session).polls)
    if created:
        log.info("shipped polls created: %s", ", ".join(created))


def _gives_data(data: str) -> bool:
    return data.startswith(PREFIXES)


FEATURE = Feature(
    name="polls",
    router=_router,
    entry=Entry("polls", needs_consent=True),
    commands=(
        Command("newpoll", STAFF),
        Command("polllist", STAFF),
        Command("openpoll", STAFF, "SLUG"),
        Command("closepoll", STAFF, "SLUG"),
        Command("pollresults", STAFF, "SLUG"),
    ),
    setup=_setup,
    gives_data=_gives_data,
    seed=_seed,
    cli=(CliCommand("polls", cli.add_parser, cli.run),),
)
