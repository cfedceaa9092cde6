"""What other features tell (bot.events) that becomes an announcement to a topic's subscribers:
a poll opened (topic "polls"), an information session published or cancelled ("sessions").
Both are written in the update's transaction, once per source ("poll:12",
"session:3:published"), so an announcement is queued only if the update commits."""

from __future__ import annotations

import logging
from typing import Any

from bot.events import POLL_OPENED, SESSION_ANNOUNCED, Events
from bot.l10n import Locales
from bot.settings import Settings
from dialogs.broadcasts import TopicAudience, announce
from dialogs.languages import LANGUAGES
from storage.repositories import Repositories

log = logging.getLogger(__name__)


async def tell_about_polls(
    repo: Repositories, settings: Settings, details: dict[str, Any]
) -> None:
    """Every poll this update opened (its opening time is the update's `now`), once."""
    for poll in await repo.polls.all(["open"]):
        if poll.opens_at != details["now"] or poll.source == "shipped":
            continue
        texts = {lang: question for lang, (question, _) in poll.texts.items() if question}
        if not texts:
            continue
        groups = sorted(poll.audience or ())
        audience = TopicAudience("polls", group=groups[0] if len(groups) == 1 else None)
        broadcast_id, count = await announce(
            repo.broadcasts, audience, texts, settings.default_locale, source=f"poll:{poll.id}"
        )
        if broadcast_id is not None:
            log.info("new poll announced to %d subscribers (broadcast %d)", count, broadcast_id)


async def tell_about_session(
    repo: Repositories, settings: Settings, locales: Locales, details: dict[str, Any]
) -> None:
    """A session's announcement (dialogs.sessions.announcement) in every language, as text."""
    announcement = details["announcement"]
    texts = {}
    for language in LANGUAGES:
        l10n = locales.for_language(language)
        screen = announcement.screen(language)
        texts[language] = "\n\n".join(l10n.render(part, markup=False) for part in screen.parts)
    broadcast_id, count = await announce(
        repo.broadcasts,
        TopicAudience(announcement.topic),
        texts,
        settings.default_locale,
        source=announcement.source,
    )
    if broadcast_id is not None:
        log.info("session announced to %d subscribers (broadcast %d)", count, broadcast_id)


def listen(events: Events, settings: Settings, locales: Locales) -> None:
    async def polls(repo: Repositories, details: dict[str, Any]) -> None:
        await tell_about_polls(repo, settings, details)

    async def sessions(repo: Repositories, details: dict[str, Any]) -> None:
        await tell_about_session(repo, settings, locales, details)

    events.on(POLL_OPENED, polls)
    events.on(SESSION_ANNOUNCED, sessions)
