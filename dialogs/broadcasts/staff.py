"""Staff and broadcasts already queued: /broadcasts lists the latest with their progress, and
the Cancel button under a progress message stops what has not gone out yet."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Protocol

from dialogs.admin import AuditStore
from dialogs.broadcasts.report import Tally, report_screen
from dialogs.broadcasts.topics import topic_name
from dialogs.ids import parse_key
from dialogs.profile import Profile
from dialogs.screen import Msg, Screen, msg


class StaffStore(Protocol):
    async def get(self, broadcast_id: int) -> Any | None: ...
    async def cancel(self, broadcast_id: int) -> int: ...
    async def progress(self, broadcast_id: int) -> dict[str, int]: ...
    async def recent(self, limit: int = 10) -> list[Any]: ...


async def cancel(
    store: StaffStore, audit: AuditStore, profile: Profile, data: str
) -> tuple[list[Screen], Msg | None]:
    """bc:cancel:<id>: rows not yet on their way are cancelled; the report says so."""
    broadcast_id = parse_key(data.rpartition(":")[2])
    record = await store.get(broadcast_id) if broadcast_id is not None else None
    if record is None or record.status == "draft":
        return [], msg("button-expired")
    if record.status == "cancelled":
        return [], msg("broadcast-cancelled-already")
    stopped = await store.cancel(record.id)
    await audit.record(profile.telegram_id, "broadcast-cancel", "ok", str(record.id))
    tally = Tally.of(await store.progress(record.id))
    screen = report_screen(record.id, record.recipients, tally, cancelled=True)
    return [replace(screen, edit=True)], msg("broadcast-cancelled", count=stopped)


async def recent(store: StaffStore, limit: int = 5) -> list[Screen]:
    records = await store.recent(limit)
    if not records:
        return [Screen.of("broadcast-list-empty")]
    lines = []
    for record in records:
        tally = Tally.of(await store.progress(record.id))
        audience = (
            topic_name(record.topic) if record.audience == "topic" else msg("broadcast-to-session")
        )
        lines.append(
            msg(
                "broadcast-list-line",
                id=str(record.id),
                audience=audience,
                state="cancelled"
                if record.status == "cancelled"
                else ("done" if tally.finished else "sending"),
                sent=tally.sent,
                total=record.recipients,
            )
        )
    return [Screen(parts=[msg("broadcast-list-title"), *lines])]
