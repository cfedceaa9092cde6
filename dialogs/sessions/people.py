"""What people do with information sessions: look through them, register (or wait for a seat),
cancel, and get the calendar file or the place on a map.

A cancelled seat goes to the first person waiting, in the same transaction; they are told
through the outbox (a `Notify`, in their language) and get their reminders.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from dialogs.notify import Notify
from dialogs.profile import Profile
from dialogs.screen import Button, Msg, Screen, msg
from dialogs.sessions import reminders
from dialogs.sessions.model import (
    Env,
    Moved,
    OutboxStore,
    SessionRecord,
    SessionStore,
    title_for,
)
from dialogs.sessions.screens import PAGE, card, list_screen


@dataclass(frozen=True)
class Seat:
    """A registration as the card shows it."""

    id: int
    person_id: int
    status: str = "registered"
    position: int = 0


@dataclass(frozen=True)
class Place:
    """A venue to show on a map (sendVenue)."""

    latitude: float
    longitude: float
    name: str
    address: str


@dataclass
class Outcome:
    screens: list[Screen] = field(default_factory=list)
    toast: Msg | None = None
    notices: list[Notify] = field(default_factory=list)
    place: Place | None = None
    calendar: SessionRecord | None = None  # the bot writes the .ics file of this session


def upcoming(session: SessionRecord | None, env: Env) -> bool:
    return (
        session is not None
        and session.status == "published"
        and session.starts_at is not None
        and session.starts_at > env.now
    )


async def browse(
    store: SessionStore,
    profile: Profile,
    env: Env,
    page: int = 0,
    *,
    edit: bool = False,
    extra_rows: Sequence[Sequence[Button]] = (),
) -> Screen:
    found, total = await store.upcoming(env.now, offset=page * PAGE, limit=PAGE)
    if not found and page > 0:  # the list got shorter since the button was made
        page = 0
        found, total = await store.upcoming(env.now, offset=0, limit=PAGE)
    return list_screen(
        found, total, page, profile.language, env.tz, edit=edit, extra_rows=extra_rows
    )


async def show(store: SessionStore, profile: Profile, env: Env, session_id: int) -> Outcome:
    session = await store.get(session_id)
    if session is None or not upcoming(session, env):
        return Outcome(toast=msg("sessions-closed"))
    mine = await store.registration_of(session_id, profile.person_id)
    return Outcome([card(session, mine, profile.language, env.tz, edit=True)])


async def register(
    store: SessionStore, outbox: OutboxStore, profile: Profile, env: Env, session_id: int
) -> Outcome:
    result = await store.register(session_id, profile.person_id, env.now)
    session = await store.get(session_id)
    if result.outcome == "closed" or session is None:
        return Outcome(toast=msg("sessions-closed"))
    mine = result.registration
    if result.outcome.startswith("already-"):
        toast = msg("sessions-" + result.outcome)
        return Outcome([card(session, mine, profile.language, env.tz, edit=True)], toast=toast)
    assert mine is not None
    if result.outcome == "registered":
        await reminders.schedule(outbox, session, profile.person_id, mine.id, env)
        lead, toast = msg("sessions-registered"), msg("sessions-registered-toast")
    else:
        lead = msg("sessions-waiting", position=mine.position)
        toast = msg("sessions-waiting-toast")
    screen = card(session, mine, profile.language, env.tz, lead=lead, edit=True, status=False)
    return Outcome([screen], toast=toast)


async def ask_unregister(
    store: SessionStore, profile: Profile, env: Env, session_id: int
) -> Outcome:
    session = await store.get(session_id)
    mine = await store.registration_of(session_id, profile.person_id)
    if session is None or mine is None:
        return Outcome(toast=msg("sessions-not-registered"))
    title = title_for(session, profile.language)
    return Outcome(
        [
            Screen(
                parts=[msg("sessions-unregister-confirm", title=title)],
                buttons=[
                    [Button(msg("sessions-unregister-yes"), action=f"ss:unreg-yes:{session_id}")],
                    [Button(msg("sessions-unregister-no"), action=f"ss:open:{session_id}")],
                ],
                edit=True,
            )
        ]
    )


async def unregister(
    store: SessionStore, outbox: OutboxStore, profile: Profile, env: Env, session_id: int
) -> Outcome:
    removed, moved = await store.unregister(session_id, profile.person_id)
    if removed is None:
        return Outcome(toast=msg("sessions-not-registered"))
    await reminders.withdraw(outbox, session_id, profile.person_id)
    session = await store.get(session_id)
    notices = await moved_up(store, outbox, session, moved, env) if session else []
    lead = msg("sessions-unregistered")
    if session is None or not upcoming(session, env):
        screen = Screen(parts=[lead], buttons=[[Button(msg("sessions-all"), "ss:list:0")]])
        return Outcome([screen], toast=lead, notices=notices)
    screen = card(session, None, profile.language, env.tz, lead=lead, edit=True)
    return Outcome([screen], toast=msg("sessions-unregistered-toast"), notices=notices)


async def moved_up(
    store: SessionStore,
    outbox: OutboxStore,
    session: SessionRecord | None,
    moved: Sequence[Moved],
    env: Env,
) -> list[Notify]:
    """People who just got a seat from the waiting list: their reminders, and a notice each."""
    if session is None or not moved:
        return []
    languages = await store.languages_of([m.person_id for m in moved])
    notices = []
    for m in moved:
        await reminders.schedule(outbox, session, m.person_id, m.registration_id, env)
        language = languages.get(m.person_id) or env.fallback
        seat = Seat(m.registration_id, m.person_id)
        lead = msg("sessions-moved-up")
        screen = card(session, seat, language, env.tz, lead=lead, status=False)
        notices.append(Notify.of(m.person_id, screen))
    return notices


async def forget(
    store: SessionStore, outbox: OutboxStore, person_id: int, env: Env
) -> list[Notify]:
    """Before a person's data is deleted: their seats go to the people waiting (who are told),
    as when they cancel; the rows themselves go with the person's data."""
    notices: list[Notify] = []
    for session_id in await store.registered_sessions(person_id):
        removed, moved = await store.unregister(session_id, person_id)
        if removed is not None:
            notices += await moved_up(store, outbox, await store.get(session_id), moved, env)
    return notices


async def calendar_file(store: SessionStore, env: Env, session_id: int) -> Outcome:
    session = await store.get(session_id)
    if session is None or not upcoming(session, env):
        return Outcome(toast=msg("sessions-closed"))
    return Outcome(toast=msg("sessions-calendar-sent"), calendar=session)


async def place(store: SessionStore, env: Env, session_id: int) -> Outcome:
    session = await store.get(session_id)
    if session is None or not upcoming(session, env):
        return Outcome(toast=msg("sessions-closed"))
    venue = session.venue
    if venue is None or venue.latitude is None or venue.longitude is None:
        return Outcome(toast=msg("sessions-no-map"))
    return Outcome(place=Place(venue.latitude, venue.longitude, venue.name, venue.address))
