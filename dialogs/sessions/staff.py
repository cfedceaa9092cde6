"""Staff and information sessions in the chat: the list with registration counts, one session's
card (edit, publish, cancel), and the registration list (pseudonym, language, group: names are
never stored). Buttons: sx:<what>[:<id>].
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Protocol

from dialogs.profile import message_key
from dialogs.screen import Button, Msg, Screen, msg, rows_of
from dialogs.sessions import announce, changes
from dialogs.sessions.editor import EditorStore
from dialogs.sessions.model import Env, OutboxStore, SessionRecord, clock, local_date, short_title
from dialogs.sessions.people import Outcome
from dialogs.sessions.prompts import complete, summary_parts
from dialogs.sessions.screens import block

PAGE = 8
RECENT = timedelta(days=30)  # past sessions stay on the staff list this long

Pseudonym = Callable[[int], str]  # Telegram id -> the shared pseudonym (HMAC with the key)


class StaffStore(EditorStore, Protocol):
    async def for_staff(
        self, since: datetime, offset: int = 0, limit: int = 8
    ) -> tuple[Sequence[SessionRecord], int]: ...


def state(session: SessionRecord, now: datetime) -> str:
    if session.status != "published":
        return session.status
    return "upcoming" if session.starts_at and session.starts_at > now else "past"


def line(session: SessionRecord, env: Env) -> Msg:
    start = session.starts_at
    if start is None:
        return msg("sessions-staff-line-undated", title=short_title(session.title, 60))
    return msg(
        "sessions-staff-line",
        state=state(session, env.now),
        date=local_date(start, env.tz),
        time=clock(start, env.tz),
        title=short_title(session.title, 60),
        registered=session.registered,
        capacity=session.capacity or 0,
        waiting=session.waiting,
    )


async def session_list(
    store: StaffStore, env: Env, page: int = 0, *, edit: bool = False
) -> Screen:
    found, total = await store.for_staff(env.now - RECENT, offset=page * PAGE, limit=PAGE)
    new = [Button(msg("sessions-staff-new"), action="sx:new")]
    if not found:
        return Screen(parts=[msg("sessions-staff-empty")], buttons=[new], edit=edit)
    pages = (total + PAGE - 1) // PAGE
    parts = [msg("sessions-staff-title", page=page + 1, pages=pages)]
    parts += [
        msg("sessions-staff-item", number=page * PAGE + i + 1, line=line(s, env))
        for i, s in enumerate(found)
    ]
    opens = [
        Button(msg("sessions-staff-open", number=page * PAGE + i + 1), action=f"sx:open:{s.id}")
        for i, s in enumerate(found)
    ]
    rows = rows_of(opens, 4)
    paging = []
    if page > 0:
        paging.append(Button(msg("sessions-earlier"), action=f"sx:list:{page - 1}"))
    if page + 1 < pages:
        paging.append(Button(msg("sessions-later"), action=f"sx:list:{page + 1}"))
    if paging:
        rows.append(paging)
    rows.append(new)
    return Screen(parts=parts, buttons=rows, edit=edit)


async def session_card(
    store: StaffStore, env: Env, session_id: int, *, lead: Msg | None = None
) -> Outcome:
    session = await store.get(session_id)
    if session is None:
        return Outcome(toast=msg("button-expired"))
    parts = [lead] if lead else []
    parts += [line(session, env), block(summary_parts(session, env))]
    rows: list[list[Button]] = []
    current = state(session, env.now)
    if current in ("draft", "upcoming"):
        rows.append([Button(msg("sessions-staff-edit"), action=f"sx:edit:{session.id}")])
    if current == "draft" and complete(session):
        rows.append([Button(msg("sessions-new-publish"), action=f"sx:publish:{session.id}")])
    if current != "draft":
        rows.append([Button(msg("sessions-staff-people"), action=f"sx:people:{session.id}")])
    if current == "upcoming":
        rows.append([Button(msg("sessions-staff-cancel"), action=f"sx:cancel:{session.id}")])
    rows.append([Button(msg("sessions-staff-back"), action="sx:list:0")])
    return Outcome([Screen(parts=parts, buttons=rows, edit=True)])


async def registrations(
    store: StaffStore, env: Env, session_id: int, pseudonym: Pseudonym
) -> Outcome:
    """Who registered and who waits, in order: pseudonym, language, group."""
    session = await store.get(session_id)
    if session is None:
        return Outcome(toast=msg("button-expired"))
    attendees = await store.attendees(session_id)
    parts = [
        msg(
            "sessions-staff-people-title",
            title=session.title,
            registered=session.registered,
            capacity=session.capacity or 0,
            waiting=session.waiting,
        )
    ]
    numbers = {"registered": 0, "waiting": 0}
    lines: list[Msg] = []
    for a in attendees:
        if numbers[a.status] == 0 and a.status == "waiting":
            lines.append(msg("sessions-staff-waiting-title"))
        numbers[a.status] += 1
        group = msg(message_key("group", a.group)) if a.group else msg("sessions-field-missing")
        lines.append(
            msg(
                "sessions-staff-person",
                number=numbers[a.status],
                pseudonym=pseudonym(a.telegram_id),
                language=msg(f"language-name-{a.language}") if a.language else "-",
                group=group,
            )
        )
    if not attendees:
        lines.append(msg("sessions-staff-people-none"))
    back = [[Button(msg("sessions-staff-back-one"), action=f"sx:open:{session_id}")]]
    return Outcome([Screen(parts=[*parts, *lines], buttons=back)])


async def ask_cancel(store: StaffStore, env: Env, session_id: int) -> Outcome:
    session = await store.get(session_id)
    if session is None or state(session, env.now) != "upcoming":
        return Outcome(toast=msg("button-expired"))
    return Outcome(
        [
            Screen(
                parts=[
                    msg(
                        "sessions-staff-cancel-confirm",
                        title=session.title,
                        count=session.registered + session.waiting,
                    )
                ],
                buttons=[
                    [
                        Button(
                            msg("sessions-staff-cancel-yes"), action=f"sx:cancel-yes:{session_id}"
                        )
                    ],
                    [Button(msg("sessions-staff-cancel-no"), action=f"sx:open:{session_id}")],
                ],
                edit=True,
            )
        ]
    )


async def cancel_session(
    store: StaffStore,
    outbox: OutboxStore,
    announcer: announce.Announcer,
    env: Env,
    session_id: int,
) -> Outcome:
    """Cancelled: nobody can register; everyone registered or waiting is told; the topic's
    subscribers hear of it."""
    session = await store.lock(session_id)  # no registration slips in meanwhile
    current = await store.get(session_id)
    if session is None or current is None or state(current, env.now) != "upcoming":
        return Outcome(toast=msg("button-expired"))
    await store.set_status(session_id, "cancelled", env.now)
    cancelled = await store.get(session_id)
    assert cancelled is not None
    notices = await changes.cancelled(store, outbox, cancelled, env)
    await announce.session_event(announcer, cancelled, "cancelled", env.tz)
    lead = msg("sessions-staff-cancelled", count=len(notices))
    card = await session_card(store, env, session_id, lead=lead)
    return Outcome(card.screens, notices=notices)


async def publish(
    store: StaffStore, announcer: announce.Announcer, env: Env, session_id: int
) -> Outcome:
    """A draft kept for later, published from its card."""
    session = await store.get(session_id)
    start = session.starts_at if session else None
    if session is None or session.status != "draft" or not complete(session):
        return Outcome(toast=msg("button-expired"))
    if start is None or start <= env.now:
        return Outcome(toast=msg("sessions-staff-publish-past"), screens=[])
    await store.set_status(session_id, "published", env.now)
    published = await store.get(session_id)
    assert published is not None
    await announce.session_event(announcer, published, "published", env.tz)
    return await session_card(store, env, session_id, lead=msg("sessions-new-published"))
