"""Buttons that give data ask for consent first, as the menu's gate does for its entries.

Telegram keeps old messages and their buttons. After a person withdraws consent (or deleted
their data) a questionnaire, poll or photovoice button from an earlier message must not store
anything: it shows the "agree first" screen instead. Managing one's own photovoice photos
(seeing, deleting, taking one back to the research team only) never needs consent.
"""

from __future__ import annotations

from collections.abc import Sequence

from aiogram import Router
from aiogram.filters import Filter
from aiogram.types import CallbackQuery

from bot.feature import Feature
from bot.render import Reply
from dialogs.menu import needs_consent
from dialogs.profile import Profile


def gives_data(features: Sequence[Feature], data: str) -> bool:
    """A press that would store something, by the features' own account (Feature.gives_data)."""
    return any(f.gives_data is not None and f.gives_data(data) for f in features)


class NeedsConsent(Filter):
    async def __call__(
        self,
        query: CallbackQuery,
        profile: Profile | None = None,
        features: Sequence[Feature] = (),
    ) -> bool:
        if profile is None or profile.consented:
            return False
        return gives_data(features, query.data or "")


async def ask_consent(query: CallbackQuery) -> Reply:
    return Reply([needs_consent()])


def setup() -> Router:
    """A fresh router each time: a dispatcher can be built more than once (tests, restarts)."""
    router = Router(name="consent-gate")
    router.callback_query.register(ask_consent, NeedsConsent())
    return router
