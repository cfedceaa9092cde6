"""What follows when staff change a published session: registered and waiting people are told
(a `Notify` each, in their language, through the outbox), reminders follow the new time, new
seats go to the waiting list, a cancelled session's reminders are withdrawn."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from dialogs.notify import Notify
from dialogs.screen import msg
from dialogs.sessions import reminders
from dialogs.sessions.model import Env, Moved, OutboxStore, SessionRecord, SessionStore
from dialogs.sessions.people import Seat, moved_up
from dialogs.sessions.screens import cancelled_card, card


class ChangeStore(SessionStore, Protocol):
    async def fill_seats(self, session_id: int) -> Sequence[Moved]: ...


async def _attendees(store: SessionStore, session_id: int) -> list[tuple[int, int, str, int]]:
    """(person, registration, status, place on the waiting list) of everyone registered or
    waiting, in order."""
    found = []
    position = 0
    for a in await store.attendees(session_id):
        position = position + 1 if a.status == "waiting" else 0
        found.append((a.person_id, a.registration_id, a.status, position))
    return found


async def moved(
    store: SessionStore, outbox: OutboxStore, session: SessionRecord, env: Env, *, new_time: bool
) -> list[Notify]:
    """The time or the place changed: everyone registered or waiting is told; with a new time
    the reminders are written again for it."""
    people = await _attendees(store, session.id)
    if new_time:
        registered = [(p, r) for p, r, status, _ in people if status == "registered"]
        await reminders.reschedule(outbox, session, registered, env)
    languages = await store.languages_of([p for p, *_ in people])
    notices = []
    for person_id, registration_id, status, position in people:
        language = languages.get(person_id) or env.fallback
        seat = Seat(registration_id, person_id, status, position)
        screen = card(session, seat, language, env.tz, lead=msg("sessions-changed-notice"))
        notices.append(Notify.of(person_id, screen))
    return notices


async def seats_added(
    store: ChangeStore, outbox: OutboxStore, session_id: int, env: Env
) -> list[Notify]:
    """More seats: the first people waiting get them."""
    promoted = await store.fill_seats(session_id)
    session = await store.get(session_id)
    return await moved_up(store, outbox, session, promoted, env)


async def cancelled(
    store: SessionStore, outbox: OutboxStore, session: SessionRecord, env: Env
) -> list[Notify]:
    """The session will not take place: reminders withdrawn, everyone registered or waiting
    told."""
    await reminders.withdraw(outbox, session.id)
    people = await _attendees(store, session.id)
    languages = await store.languages_of([p for p, *_ in people])
    notices = []
    for person_id, *_ in people:
        language = languages.get(person_id) or env.fallback
        screen = cancelled_card(session, language, env.tz, msg("sessions-cancelled-notice"))
        notices.append(Notify.of(person_id, screen))
    return notices
