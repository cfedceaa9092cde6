""" "Learn more": the campaign's videos and fact cards (dialogs.learn)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.feature import Feature
from dialogs.menu import Entry

if TYPE_CHECKING:
    from aiogram import Router


def _router() -> Router:
    from bot.features.learn.router import setup

    return setup()


FEATURE = Feature(name="learn", router=_router, entry=Entry("learn"))
