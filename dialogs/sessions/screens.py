"""How a session looks to people: the lines of its card, the list, the card with its buttons.

Dates are Fluent DATETIME (Babel, CLDR: weekday and month names of the reader's language,
Gregorian calendar, Western digits) of the day in the sessions' time zone; times are 24-hour.
"""

from __future__ import annotations

from collections.abc import Sequence

from dialogs.menu import back_button
from dialogs.screen import Button, Msg, Screen, msg
from dialogs.sessions.model import (
    DEFAULT_DURATION,
    RegistrationRecord,
    SessionRecord,
    clock,
    local_date,
    short_title,
    title_for,
)

PAGE = 4  # sessions per page of the list


def language_list(codes: Sequence[str]) -> Msg:
    """Language names joined in the reader's way ("a, b" / "a، b")."""
    names = [msg(f"language-name-{c}") for c in codes]
    joined = names[-1]
    for name in reversed(names[:-1]):
        joined = msg("sessions-join", first=name, rest=joined)
    return joined


def when(session: SessionRecord, tz: str) -> Msg:
    start = session.starts_at
    assert start is not None
    end = session.ends_at or start + DEFAULT_DURATION
    return msg(
        "sessions-when",
        date=local_date(start, tz),
        start=clock(start, tz),
        end=clock(end, tz),
    )


def details(session: SessionRecord, language: str | None, tz: str) -> list[Msg]:
    """Title, day and time, place, interpretation, seats: what every view of a session shows."""
    parts = [msg("sessions-title", title=title_for(session, language))]
    if session.starts_at is not None:
        parts.append(when(session, tz))
    if session.venue is not None:
        parts.append(
            msg("sessions-where", venue=session.venue.name, address=session.venue.address)
        )
    if session.languages:
        parts.append(msg("sessions-interpretation", languages=language_list(session.languages)))
    else:
        parts.append(msg("sessions-no-interpretation"))
    capacity = session.capacity or 0
    left = max(capacity - session.registered, 0)
    if left:
        parts.append(msg("sessions-seats", left=left, capacity=capacity))
    else:
        parts.append(msg("sessions-full", waiting=session.waiting))
    return parts


def block(parts: Sequence[Msg]) -> Msg:
    """Lines of one session as one paragraph."""
    joined = parts[-1]
    for part in reversed(parts[:-1]):
        joined = msg("sessions-lines", first=part, rest=joined)
    return joined


def list_screen(
    sessions: Sequence[SessionRecord],
    total: int,
    page: int,
    language: str,
    tz: str,
    *,
    edit: bool = False,
    extra_rows: Sequence[Sequence[Button]] = (),
) -> Screen:
    """Upcoming sessions, soonest first, PAGE at a time, each with a button to open it."""
    if not sessions:
        empty = [*extra_rows, [back_button()]]
        return Screen(parts=[msg("sessions-list-empty")], buttons=empty, edit=edit)
    pages = (total + PAGE - 1) // PAGE
    parts: list[Msg] = [msg("sessions-list-title", page=page + 1, pages=pages)]
    parts += [block(details(s, language, tz)) for s in sessions]
    rows: list[list[Button]] = [
        [Button(open_label(s, language, tz), action=f"ss:open:{s.id}")] for s in sessions
    ]
    paging = []
    if page > 0:
        paging.append(Button(msg("sessions-earlier"), action=f"ss:list:{page - 1}"))
    if page + 1 < pages:
        paging.append(Button(msg("sessions-later"), action=f"ss:list:{page + 1}"))
    if paging:
        rows.append(paging)
    rows += [list(r) for r in extra_rows]
    rows.append([back_button()])
    return Screen(parts=parts, buttons=rows, edit=edit)


def open_label(session: SessionRecord, language: str | None, tz: str) -> Msg:
    assert session.starts_at is not None
    return msg(
        "sessions-open",
        day=local_date(session.starts_at, tz),
        title=short_title(title_for(session, language)),
    )


def card(
    session: SessionRecord,
    mine: RegistrationRecord | None,
    language: str,
    tz: str,
    *,
    lead: Msg | None = None,
    edit: bool = False,
    status: bool = True,
) -> Screen:
    """One session with what the reader can do: register (or wait), cancel, calendar, map.
    `status=False` when the lead already says where the reader stands."""
    parts: list[Msg] = [lead] if lead is not None else []
    parts.append(block(details(session, language, tz)))
    if session.notes:
        parts.append(msg("sessions-notes", notes=session.notes))
    if mine is not None and status and mine.status == "registered":
        parts.append(msg("sessions-you-registered"))
    elif mine is not None and status:
        parts.append(msg("sessions-you-waiting", position=mine.position))
    rows: list[list[Button]] = []
    if mine is None:
        full = (session.capacity or 0) <= session.registered
        key = "sessions-join-waiting" if full else "sessions-register"
        rows.append([Button(msg(key), action=f"ss:reg:{session.id}")])
    else:
        rows.append([Button(msg("sessions-unregister"), action=f"ss:unreg:{session.id}")])
    extras = [Button(msg("sessions-calendar"), action=f"ss:ics:{session.id}")]
    venue = session.venue
    if venue is not None and venue.latitude is not None and venue.longitude is not None:
        extras.append(Button(msg("sessions-map"), action=f"ss:map:{session.id}"))
    rows.append(extras)
    rows.append([Button(msg("sessions-all"), action="ss:list:0"), back_button()])
    return Screen(parts=parts, buttons=rows, edit=edit)


def cancelled_card(session: SessionRecord, language: str, tz: str, lead: Msg) -> Screen:
    """A session that no longer takes place: what it was, and the way to the others."""
    parts = [lead, msg("sessions-title", title=title_for(session, language))]
    if session.starts_at is not None:
        parts.append(when(session, tz))
    return Screen(parts=parts, buttons=[[Button(msg("sessions-all"), action="ss:list:0")]])
