"""Buttons that give data ask for consent first, as the menu's gate does for its entries.

Telegram keeps old messages and their buttons. After a person withdraws consent (or deleted
their data) a questionnaire, poll or photovoice button from an earlier message must not store
anything: it shows the "agree first" screen instead. Managing one's own photovoice photos
(seeing, deleting, taking one back to the research team only) never needs consent.
"""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Filter
from aiogram.types import CallbackQuery

from bot.render import Reply
from dialogs import menu
from dialogs.polls.model import PREFIXES as POLL_PREFIXES
from dialogs.profile import Profile
from dialogs.survey.actions import PREFIX as SURVEY
from dialogs.survey.actions import RESUME_PREFIX as SURVEY_RESUME

GIVING = (f"{SURVEY}:", f"{SURVEY_RESUME}:", *POLL_PREFIXES, "ph:")
OWN_PHOTOS = ("ph:my:", "ph:myd:", "ph:mydy:")  # dialogs.photovoice.mine: see or delete one
RESEARCH_ONLY = ("ph:mys:", ":research")  # ... or show it to the research team only


def gives_data(data: str) -> bool:
    if not data.startswith(GIVING) or data.startswith(OWN_PHOTOS):
        return False
    return not (data.startswith(RESEARCH_ONLY[0]) and data.endswith(RESEARCH_ONLY[1]))


class NeedsConsent(Filter):
    async def __call__(self, query: CallbackQuery, profile: Profile | None = None) -> bool:
        if profile is None or profile.consented:
            return False
        return gives_data(query.data or "")


async def ask_consent(query: CallbackQuery) -> Reply:
    return Reply([menu.needs_consent()])


def setup() -> Router:
    """A fresh router each time: a dispatcher can be built more than once (tests, restarts)."""
    router = Router(name="consent-gate")
    router.callback_query.register(ask_consent, NeedsConsent())
    return router
