"""Queueing a broadcast: its recipients, one outbox row each, and the progress report.

`announce` is the one call for features and the command line (a new poll, a new information
session, a scheduled announcement); the staff flow (compose.py) ends in `queue_with_report`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from dialogs.broadcasts.audience import Audience, PeopleQuery, SessionAudience, TopicAudience


class Recipient(Protocol):
    @property
    def person_id(self) -> int: ...
    @property
    def telegram_id(self) -> int: ...
    @property
    def language(self) -> str | None: ...


class QueueStore(Protocol):
    async def get(self, broadcast_id: int) -> Any | None: ...
    async def update(self, broadcast_id: int, **fields: Any) -> None: ...
    async def topic_recipients(
        self, topic: str, language: str | None, group: str | None, default_language: str
    ) -> Sequence[Recipient]: ...
    async def people_recipients(self, person_ids: Sequence[int]) -> Sequence[Recipient]: ...
    async def queue(
        self, broadcast_id: int, recipients: Sequence[Recipient], default_language: str
    ) -> int: ...
    async def enqueue_report(self, broadcast_id: int) -> None: ...


class AnnounceStore(QueueStore, Protocol):
    async def create(self, **fields: Any) -> int: ...
    async def create_once(self, source: str, **fields: Any) -> int | None: ...


async def recipients_for(
    store: QueueStore, audience: Audience, default: str
) -> Sequence[Recipient]:
    if isinstance(audience, SessionAudience):
        return await store.people_recipients(list(await audience.query(audience.session_id)))
    return await store.topic_recipients(audience.topic, audience.language, audience.group, default)


def audience_of(record: Any, session_people: PeopleQuery | None) -> Audience | None:
    """The audience a stored broadcast names (None: a session's, with no sessions wired)."""
    if record.audience == "session":
        if session_people is None or record.session_id is None:
            return None
        return SessionAudience(record.session_id, session_people)
    return TopicAudience(record.topic or "", record.language, record.group)


async def recipients_of(
    store: QueueStore, record: Any, default: str, session_people: PeopleQuery | None
) -> Sequence[Recipient]:
    audience = audience_of(record, session_people)
    return [] if audience is None else await recipients_for(store, audience, default)


async def queue_with_report(
    store: QueueStore,
    broadcast_id: int,
    recipients: Sequence[Recipient],
    default: str,
    report_chat: int | None,
) -> int:
    """Write one delivery per recipient; its author (`report_chat`) sees the progress."""
    count = await store.queue(broadcast_id, recipients, default)
    if report_chat is not None:
        await store.update(broadcast_id, report_chat=report_chat)
        await store.enqueue_report(broadcast_id)
    return count


async def announce(
    store: AnnounceStore,
    audience: Audience,
    texts: Mapping[str, str],
    default: str,
    *,
    photo_key: str | None = None,
    source: str | None = None,
    created_by: int | None = None,
    report_chat: int | None = None,
) -> tuple[int | None, int]:
    """Queue an announcement at once: (its id, the number of recipients). With a `source`
    (e.g. "poll:12") it is made once only: (None, 0) when it already was."""
    fields: dict[str, Any] = {
        "texts": dict(texts),
        "photo_key": photo_key,
        "created_by": created_by,
    }
    if isinstance(audience, SessionAudience):
        fields.update(audience="session", session_id=audience.session_id)
    else:
        fields.update(
            audience="topic",
            topic=audience.topic,
            language=audience.language,
            group=audience.group,
        )
    if source is not None:
        broadcast_id = await store.create_once(source, **fields)
        if broadcast_id is None:
            return None, 0
    else:
        broadcast_id = await store.create(**fields)
    recipients = await recipients_for(store, audience, default)
    count = await queue_with_report(store, broadcast_id, recipients, default, report_chat)
    return broadcast_id, count
