"""Photovoice: participants photograph their city and tell its story; moderators review before
anything is shown in the public channel (dialogs.photovoice).

The bot side lives here: `router` (the flow and My data → my photos), `review` (/review for
moderators), `runtime` (dependencies and carrying out the dialogs' effects), `channel` (the
public channel's posts, made by the outbox courier after the commit).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.feature import Feature, Hooks, Running, Wiring
from dialogs.menu import Command, Entry

if TYPE_CHECKING:
    from aiogram import Router


# Managing one's own photos (seeing, deleting, showing one to the research team only) stores
# nothing new and never needs consent; every other photovoice button does.
OWN_PHOTOS = ("ph:my:", "ph:myd:", "ph:mydy:")


def _router() -> Router:
    from bot.features.photovoice.router import setup

    return setup()


def _setup(wiring: Wiring) -> None:
    from bot.features.photovoice.router import register

    register(wiring)


def _gives_data(data: str) -> bool:
    if not data.startswith("ph:") or data.startswith(OWN_PHOTOS):
        return False
    return not (data.startswith("ph:mys:") and data.endswith(":research"))


async def _on_start(app: Running) -> None:
    from bot.features.photovoice.router import on_start

    await on_start(app)


async def _forget(hooks: Hooks) -> None:
    from bot.features.photovoice.router import forget_person

    await forget_person(hooks)


async def _withdraw(hooks: Hooks) -> None:
    from bot.features.photovoice.router import take_down_public

    await take_down_public(hooks)


FEATURE = Feature(
    name="photovoice",
    router=_router,
    entry=Entry("photo", needs_consent=True),
    commands=(Command("review", ("moderator",)),),
    setup=_setup,
    gives_data=_gives_data,
    on_start=_on_start,
    forget=_forget,
    withdraw=_withdraw,
)
