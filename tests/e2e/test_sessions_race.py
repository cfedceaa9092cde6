"""Thirty people press "Register" at once for ten seats, with updates handled as parallel tasks,
on SQLite and on PostgreSQL: exactly ten get a seat, twenty wait in the order they pressed,
and a cancellation moves the first one waiting up and tells them, in their language."""

from __future__ import annotations

import pytest

from storage.models import Person
from storage.models_outbox import Delivery
from storage.models_sessions import SessionRegistration
from tests.e2e.harness import RunningBot
from tests.e2e.polls_helpers import onboard, quietly
from tests.e2e.sessions_helpers import TITLE, database, make_session, rows
from tests.e2e.texts import label, shown

LANGS = ("ar", "fa", "bg", "en", "uk", "ru")
PEOPLE = 30
SEATS = 10


@pytest.mark.parametrize(
    "kind", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
async def test_thirty_press_at_once_for_ten_seats(sb, tmp_path, kind):
    async with database(kind, tmp_path) as url:
        first = RunningBot(sb, tmp_path, database_url=url)
        await first.start()
        session_id = await make_session(url, capacity=SEATS)
        people = [sb.user(7000 + i, f"P{i}", language_code=LANGS[i % 6]) for i in range(PEOPLE)]
        cards = []
        for i, person in enumerate(people):
            await onboard(person, LANGS[i % 6], "foreign_national")
            await person.command("/sessions")
            await person.press(TITLE)
            cards.append(person.last)
            assert label(LANGS[i % 6], "sessions-register") in cards[-1].buttons[0]
        await first.stop()

        running = RunningBot(sb, tmp_path, concurrent=True, database_url=url)
        await running.start()
        for i, person in enumerate(people):  # in this order, without waiting for answers
            await person.press(
                label(LANGS[i % 6], "sessions-register"), message=cards[i], wait=False
            )
        for i, person in enumerate(people):
            lang = LANGS[i % 6]
            done = (
                shown(lang, "sessions-registered"),
                shown(lang, "sessions-waiting", position=1)[:12],
            )
            await person.wait_for(
                quietly(lambda u, c=cards[i], d=done: c.text.startswith(d)), timeout=60
            )
        await people[0].wait_for(lambda: not sb.unanswered_callback_queries, timeout=30)

        regs = await rows(url, SessionRegistration, SessionRegistration.id)
        telegram = {p.id: p.telegram_id for p in await rows(url, Person)}
        order = [telegram[r.person_id] - 7000 for r in regs]
        statuses = [r.status for r in regs]
        assert statuses == ["registered"] * SEATS + ["waiting"] * (PEOPLE - SEATS)
        assert order == list(range(PEOPLE)), order  # seats and places in the order pressed
        for i in range(PEOPLE):  # what each person was shown matches what is stored
            lang = LANGS[i % 6]
            if i < SEATS:
                assert cards[i].text.startswith(shown(lang, "sessions-registered"))
            else:
                expected = shown(lang, "sessions-waiting", position=i - SEATS + 1)
                assert cards[i].text.startswith(expected), (i, cards[i].text)
        reminders = await rows(url, Delivery, kind="session-reminder")
        assert len(reminders) == 2 * SEATS  # 24 h and 2 h before, for each seat only

        # person 3 cancels; the first waiting (the 11th to press, in Farsi... or whichever
        # language they read) moves up and is told through the outbox
        leaver, mover = people[3], people[SEATS]
        await leaver.press(label(LANGS[3], "sessions-unregister"), message=cards[3], wait=False)
        await leaver.wait_for(
            quietly(lambda u: label(LANGS[3], "sessions-unregister-yes") in str(u.buttons()))
        )
        await leaver.press(label(LANGS[3], "sessions-unregister-yes"), wait=False)
        mover_lang = LANGS[SEATS % 6]
        told = shown(mover_lang, "sessions-moved-up")
        notice = await mover.wait_for(
            quietly(lambda u: [m for m in u.messages if m.text and m.text.startswith(told)]),
            timeout=30,
        )
        assert len(notice) == 1
        assert label(mover_lang, "sessions-unregister") in notice[0].buttons[0]
        regs = await rows(url, SessionRegistration, SessionRegistration.id)
        registered = sorted(telegram[r.person_id] - 7000 for r in regs if r.status == "registered")
        assert registered == [*range(3), *range(4, SEATS + 1)]
        waiting = [telegram[r.person_id] - 7000 for r in regs if r.status == "waiting"]
        assert waiting == list(range(SEATS + 1, PEOPLE))
        # the leaver's reminders are withdrawn, the mover has theirs
        reminders = await rows(url, Delivery, Delivery.id, kind="session-reminder")
        by_status = {(r.person_id, r.status) for r in reminders}
        person_of = {v - 7000: k for k, v in telegram.items()}
        assert (person_of[3], "cancelled") in by_status
        assert (person_of[SEATS], "pending") in by_status
        assert session_id
        await running.stop()
