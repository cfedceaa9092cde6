"""Reminders before a session, with the courier's clock moved forward: each registered person
gets each reminder once, in their language, with the session as it is when the reminder goes
out, across restarts; nobody waiting or gone is reminded."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import delete, update

from storage.db import create_engine, session_factory
from storage.models import utcnow
from storage.models_outbox import Delivery
from storage.models_sessions import SessionRegistration, Venue
from tests.e2e.polls_helpers import onboard
from tests.e2e.sessions_helpers import TITLE, make_session, rows
from tests.e2e.texts import label, shown

PEOPLE = {6301: "ar", 6302: "ru", 6303: "en", 6304: "bg"}


def reminders_of(user, lang: str, hours: int) -> list:
    lead = shown(lang, "sessions-reminder", hours=hours)
    return [m for m in user.messages if m.text and m.text.startswith(lead)]


async def at(running, moment) -> None:
    """The courier's "now" is `moment`; deliver what is due then."""
    running.app.courier.clock = lambda: moment
    running.app.courier.wake()
    await running.app.courier.settle()


async def execute(url: str, statement) -> None:
    engine = create_engine(url)
    try:
        async with session_factory(engine)() as session, session.begin():
            await session.execute(statement)
    finally:
        await engine.dispose()


async def test_each_reminder_once_in_each_language_across_restarts(sb, running):
    start = (utcnow() + timedelta(days=3)).replace(second=0, microsecond=0)
    session_id = await make_session(running.database_url, start=start, capacity=3)
    users = {}
    for telegram_id, lang in PEOPLE.items():
        user = users[telegram_id] = sb.user(telegram_id, language_code=lang)
        await onboard(user, lang, "foreign_national")
        await user.command("/sessions")
        await user.press(TITLE)
        full = telegram_id == 6304  # the fourth: three seats are taken
        await user.press(label(lang, "sessions-join-waiting" if full else "sessions-register"))
    ar, ru, en, bg = users.values()
    assert bg.last.text.startswith(shown("bg", "sessions-waiting", position=1))
    await en.press(label("en", "sessions-unregister"))  # en leaves; bg moves up
    await en.press(label("en", "sessions-unregister-yes"))

    await at(running, start - timedelta(hours=30))  # nothing due yet
    assert all(reminders_of(u, PEOPLE[t], 24) == [] for t, u in users.items())

    await at(running, start - timedelta(hours=24) + timedelta(minutes=1))
    for user, lang in ((ar, "ar"), (ru, "ru"), (bg, "bg")):
        [reminder] = reminders_of(user, lang, 24)
        assert TITLE in reminder.text
        assert label(lang, "sessions-unregister") in reminder.buttons[0]
    assert reminders_of(en, "en", 24) == []

    await running.restart()  # a deploy between the reminders
    await at(running, start - timedelta(hours=24) + timedelta(minutes=2))
    assert [len(reminders_of(u, PEOPLE[t], 24)) for t, u in users.items()] == [1, 1, 0, 1]

    # the venue's address changes before the second reminder: it shows the new one
    await execute(running.database_url, update(Venue).values(address="2 New St., Sofia"))
    # Olga's registration disappears without its reminder being withdrawn (as if a bug left
    # it): the courier looks again at send time and does not send it
    await execute(
        running.database_url,
        delete(SessionRegistration).where(
            SessionRegistration.id == (await _registration_of(running, ru.id, session_id))
        ),
    )
    await at(running, start - timedelta(hours=2) + timedelta(minutes=1))
    for user, lang in ((ar, "ar"), (bg, "bg")):
        [reminder] = reminders_of(user, lang, 2)
        assert "2 New St., Sofia" in reminder.text
    assert reminders_of(ru, "ru", 2) == []

    await running.restart()
    await at(running, start - timedelta(minutes=30))
    counts = [
        (len(reminders_of(u, PEOPLE[t], 24)), len(reminders_of(u, PEOPLE[t], 2)))
        for t, u in users.items()
    ]
    assert counts == [(1, 1), (1, 0), (0, 0), (1, 1)]
    statuses = sorted(
        (r.status, r.error)
        for r in await rows(running.database_url, Delivery, kind="session-reminder")
    )
    assert statuses == [
        ("cancelled", "not due any more"),  # Olga's 2-hour one, ended at send time
        ("cancelled", "withdrawn"),  # en's two, withdrawn when en cancelled
        ("cancelled", "withdrawn"),
        ("sent", None),
        ("sent", None),
        ("sent", None),
        ("sent", None),
        ("sent", None),
    ]


async def _registration_of(running, telegram_id: int, session_id: int) -> int:
    from storage.models import Person

    [person] = await rows(running.database_url, Person, telegram_id=telegram_id)
    [registration] = await rows(
        running.database_url, SessionRegistration, person_id=person.id, session_id=session_id
    )
    return registration.id


async def test_reminders_are_scheduled_only_when_still_ahead(sb, running):
    start = utcnow() + timedelta(hours=5)  # the 24-hour reminder is already past
    await make_session(running.database_url, start=start)
    user = sb.user(6305, language_code="uk")
    await onboard(user, "uk", "visitor")
    await user.command("/sessions")
    await user.press(TITLE)
    await user.press(label("uk", "sessions-register"))
    [reminder] = await rows(running.database_url, Delivery, kind="session-reminder")
    assert reminder.payload["hours"] == 2
