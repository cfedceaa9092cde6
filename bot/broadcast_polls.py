"""A new opinion poll, told to the people who subscribed to "polls".

One call point, from the polls router right after staff open a poll (/openpoll, or "open" at
the end of /newpoll): every poll this update opened (its opening time is the update's `now`)
is announced once, in each reader's language when the poll has its question in it. A poll
opened again later is not announced again (one broadcast per poll: source "poll:<id>").
"""

from __future__ import annotations

import logging
from datetime import datetime

from bot.settings import Settings
from dialogs.broadcasts import TopicAudience, announce
from storage.repositories import Repositories

log = logging.getLogger(__name__)


async def tell_subscribers(repo: Repositories, settings: Settings, now: datetime) -> None:
    for poll in await repo.polls.all(["open"]):
        if poll.opens_at != now or poll.source == "shipped":
            continue
        texts = {lang: question for lang, (question, _) in poll.texts.items() if question}
        if not texts:
            continue
        groups = sorted(poll.audience or ())
        audience = TopicAudience("polls", group=groups[0] if len(groups) == 1 else None)
        broadcast_id, count = await announce(
            repo.broadcasts,
            audience,
            texts,
            settings.default_locale,
            source=f"poll:{poll.id}",
        )
        if broadcast_id is not None:
            log.info("new poll announced to %d subscribers (broadcast %d)", count, broadcast_id)
