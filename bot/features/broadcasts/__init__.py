"""Announcements: topics people subscribe to (information sessions, audit results and the city
agenda, new polls), broadcasts staff write in the chat or queue from the command line, and
`integra-bot worker` (dialogs.broadcasts). Delivery is the outbox's: one row per recipient."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.feature import CliCommand, Feature, Wiring
from bot.features.broadcasts import cli
from dialogs.broadcasts import topics_button
from dialogs.menu import Command

if TYPE_CHECKING:
    from aiogram import Router

STAFF = ("staff",)


def _router() -> Router:
    from bot.features.broadcasts.router import setup

    return setup()


def _setup(wiring: Wiring) -> None:
    from bot.features.broadcasts import delivery, listen
    from bot.features.broadcasts.router import register

    register(wiring)
    delivery.register(wiring.courier, wiring.images)
    listen.listen(wiring.events, wiring.settings, wiring.locales)


def _gives_data(data: str) -> bool:
    return data.startswith("tp:on:")  # subscribing stores something; the rest does not


FEATURE = Feature(
    name="broadcasts",
    router=_router,
    commands=(Command("broadcast", STAFF), Command("broadcasts", STAFF)),
    setup=_setup,
    gives_data=_gives_data,
    cli=(CliCommand("broadcast", cli.add_parser, cli.run),),
    my_data=topics_button(),
)
