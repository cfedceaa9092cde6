"""Reminders before a session: outbox rows written when a person gets a seat, due at the
reminder time (`not_before`), rendered only when they are sent.

Each row's dedupe key names the session, the person, the registration, the hours and the start
time, so a reminder exists at most once however often it is scheduled; a registration that
ends, or a session that is cancelled or moved, withdraws its pending rows (a new start time
schedules new ones). The courier's handler looks again at send time: a reminder whose person
is no longer registered, or whose session was cancelled or has begun, ends as cancelled unsent.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from dialogs.screen import Screen, msg
from dialogs.sessions.model import (
    Env,
    OutboxStore,
    RegistrationRecord,
    SessionRecord,
    reminder_key,
    session_reminders,
)
from dialogs.sessions.screens import card

KIND = "session-reminder"  # the outbox kind; bot.routers.sessions delivers it


async def schedule(
    outbox: OutboxStore,
    session: SessionRecord,
    person_id: int,
    registration_id: int,
    env: Env,
) -> int:
    """Write the reminders still ahead for one registered person; how many were new."""
    start = session.starts_at
    if start is None:
        return 0
    written = 0
    for hours in env.reminder_hours:
        due = start - timedelta(hours=hours)
        if due <= env.now:  # registered later than this reminder would be: not needed
            continue
        stamp = int(start.timestamp())
        key = f"{reminder_key(session.id, person_id)}{registration_id}:{hours}h:{stamp}"
        new = await outbox.enqueue(
            KIND,
            {"session": session.id, "hours": hours},
            person_id=person_id,
            dedupe_key=key,
            not_before=due,
        )
        written += new is not None
    return written


async def withdraw(outbox: OutboxStore, session_id: int, person_id: int | None = None) -> int:
    """Cancel pending reminders of one person for a session, or of everyone for it."""
    prefix = (
        session_reminders(session_id) if person_id is None else reminder_key(session_id, person_id)
    )
    return await outbox.cancel_pending(prefix)


async def reschedule(
    outbox: OutboxStore,
    session: SessionRecord,
    registered: Sequence[tuple[int, int]],
    env: Env,
) -> None:
    """The session moved: old reminders go, new ones for (person, registration) pairs come."""
    await withdraw(outbox, session.id)
    for person_id, registration_id in registered:
        await schedule(outbox, session, person_id, registration_id, env)


def due_screen(
    session: SessionRecord | None,
    mine: RegistrationRecord | None,
    hours: int,
    language: str,
    tz: str,
    now: datetime,
) -> Screen | None:
    """The reminder as it should read now, or None when it must not be sent."""
    if session is None or session.status != "published" or session.starts_at is None:
        return None
    if session.starts_at <= now or mine is None or mine.status != "registered":
        return None
    return card(session, mine, language, tz, lead=msg("sessions-reminder", hours=hours))
