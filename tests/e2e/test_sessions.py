"""Information sessions for people, end to end through the sandbox, in Arabic (right to left)
and in Ukrainian: find a session, register, get the calendar file and the map, cancel."""

from __future__ import annotations

import secrets
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from sandbox.state import CallbackRecord
from storage.models import utcnow
from storage.models_outbox import Delivery
from storage.models_sessions import SessionRegistration
from tests.e2e.polls_helpers import onboard
from tests.e2e.sessions_helpers import TITLE, make_session, rows
from tests.e2e.texts import label, shown

SOFIA = ZoneInfo("Europe/Sofia")
TITLES = {"ar": "الحقوق في العمل", "uk": "Права на роботі"}


@pytest.mark.parametrize("lang", ["ar", "uk"])
async def test_find_register_calendar_map_and_cancel(sb, running, lang):
    start = (utcnow() + timedelta(days=5)).replace(minute=30, second=0, microsecond=0)
    later = await make_session(running.database_url, start=start + timedelta(days=1))
    session_id = await make_session(
        running.database_url, start=start, titles={lang: TITLES[lang]}, capacity=3
    )
    person = sb.user(6100, "Amal", language_code=lang)
    await onboard(person, lang, "foreign_national")

    # the list: soonest first, in the reader's language, date and time in Sofia time
    [screen] = await person.command("/sessions")
    local = start.astimezone(SOFIA)
    when = shown(
        lang,
        "sessions-when",
        date=local.date(),
        start=local.strftime("%H:%M"),
        end=(local + timedelta(hours=2)).strftime("%H:%M"),
    )
    assert when in screen.text
    assert screen.text.index(TITLES[lang]) < screen.text.index(TITLE)  # soonest first
    assert shown(lang, "sessions-seats", left=3, capacity=3) in screen.text
    interpretation = shown(
        lang,
        "sessions-interpretation",
        languages=shown(lang, "sessions-join", first="العربية", rest="فارسی"),
    )
    assert interpretation in screen.text
    assert screen.text.startswith(shown(lang, "sessions-list-title", page=1, pages=1))

    # the card, then register
    await person.press(TITLES[lang])
    card = person.last
    assert card.buttons[0] == [label(lang, "sessions-register")]
    await person.press(label(lang, "sessions-register"))
    assert card.text.startswith(shown(lang, "sessions-registered"))
    assert shown(lang, "sessions-you-registered") not in card.text  # said once, in the lead
    assert shown(lang, "sessions-seats", left=2, capacity=3) in card.text
    reminders = await rows(running.database_url, Delivery, Delivery.id, kind="session-reminder")
    assert [r.payload["hours"] for r in reminders] == [24, 2]
    assert [r.not_before.replace(tzinfo=None) for r in reminders] == [
        (start - timedelta(hours=h)).replace(tzinfo=None) for h in (24, 2)
    ]

    # the calendar file, RFC 5545, read back with icalendar
    [document] = await person.press(label(lang, "sessions-calendar"))
    assert document.document["file_name"].endswith(".ics")
    assert person.callback_answers[-1]["text"] == label(lang, "sessions-calendar-sent")
    calendar = Calendar.from_ical(document.document_bytes())
    [event] = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == TITLES[lang]
    assert str(event["UID"]) == f"session-{session_id}@integra-bot.sofia"
    assert event["DTSTART"].params["TZID"] == "Europe/Sofia"
    assert event.start == start and event.end == start + timedelta(hours=2)
    assert str(event["LOCATION"]) == "St. Anna Centre, 1 Example St., Sofia"
    assert str(event["DESCRIPTION"]) == interpretation
    assert "DTSTAMP" in event
    [zone] = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/Sofia"
    [alarm] = event.walk("VALARM")
    assert alarm["TRIGGER"].dt == -timedelta(hours=2)
    assert str(alarm["DESCRIPTION"]) == label(lang, "sessions-calendar-alarm", title=TITLES[lang])

    # the map: a venue message with the place's coordinates
    [venue] = await person.press(label(lang, "sessions-map"))
    assert venue.venue["title"] == "St. Anna Centre"
    assert venue.venue["location"] == {"latitude": 42.6977, "longitude": 23.3219}

    # cancel: asked first, then done; the reminders are withdrawn
    await person.press(label(lang, "sessions-unregister"), message=card)
    assert card.text == shown(lang, "sessions-unregister-confirm", title=TITLES[lang])
    await person.press(label(lang, "sessions-unregister-yes"), message=card)
    assert card.text.startswith(shown(lang, "sessions-unregistered"))
    assert card.buttons[0] == [label(lang, "sessions-register")]
    assert await rows(running.database_url, SessionRegistration) == []
    statuses = {r.status for r in await rows(running.database_url, Delivery)}
    assert statuses == {"cancelled"}
    assert later


async def test_registering_needs_the_privacy_agreement(sb, running):
    await make_session(running.database_url)
    reza = sb.user(6101, "Reza", language_code="fa")
    await reza.command("/start")
    await reza.press(label("fa", "language-name-fa"))
    await reza.press(label("fa", "privacy-decline"))
    [screen] = await reza.command("/sessions")  # sessions can be seen without agreeing
    assert TITLE in screen.text
    await reza.press(TITLE)
    await reza.press(label("fa", "sessions-register"))
    assert reza.callback_answers[-1]["text"] == label("fa", "sessions-needs-consent")
    assert reza.last.text.startswith(shown("fa", "privacy-notice", version="x")[:20])
    assert await rows(running.database_url, SessionRegistration) == []


async def test_the_list_pages_and_old_buttons_say_they_expired(sb, running):
    start = utcnow() + timedelta(days=2)
    for i in range(6):
        await make_session(running.database_url, start=start + timedelta(days=i), title=f"S{i}")
    person = sb.user(6102, "Ivan", language_code="bg")
    await onboard(person, "bg", "bulgarian_citizen")
    [first] = await person.command("/sessions")
    assert "S0" in first.text and "S3" in first.text and "S4" not in first.text
    await person.press(label("bg", "sessions-later"))
    assert "S4" in first.text and "S5" in first.text and "S0" not in first.text
    assert first.text.startswith(shown("bg", "sessions-list-title", page=2, pages=2))
    await person.press(label("bg", "sessions-earlier"))
    assert "S0" in first.text
    # a forged or stale press changes nothing and is answered
    for data in ("ss:reg:99999999999", "ss:reg:abc", "ss:zap:1", "ss:list:x", "ss:open:424242"):
        await press_data(sb, person, first, data)
    answers = [a.get("text") for a in person.callback_answers[-5:]]
    assert answers[:4] == [label("bg", "button-expired")] * 4
    assert answers[4] == label("bg", "sessions-closed")


async def press_data(sb, person, message, data: str) -> None:
    """A press whose data is not on any button (forged, or from an old version)."""
    query_id = str(secrets.randbits(62))
    sb.callbacks[query_id] = CallbackRecord(
        query_id, person.id, person.id, message.message_id, data
    )
    body = {
        "callback_query": {
            "id": query_id,
            "from": person.info.to_json(),
            "message": dict(message.data),
            "chat_instance": str(person.id),
            "data": data,
        }
    }
    await sb.wait_handled(sb.updates.push(body, f"forged press {data!r}"))


async def test_deleting_my_data_gives_my_seat_to_the_first_waiting(sb, running):
    session_id = await make_session(running.database_url, capacity=1)
    leaver, waiter = sb.user(6103, language_code="en"), sb.user(6104, language_code="fa")
    for user, lang in ((leaver, "en"), (waiter, "fa")):
        await onboard(user, lang, "foreign_national")
        await user.command("/sessions")
        await user.press(TITLE)
        full = user is waiter
        await user.press(label(lang, "sessions-join-waiting" if full else "sessions-register"))
    await leaver.command("/mydata")
    assert label("en", "mydata-records", kind="registrations", count=1) in leaver.last.text
    await leaver.press(label("en", "mydata-delete"))
    await leaver.press(label("en", "mydata-delete-yes"))
    told = shown("fa", "sessions-moved-up")
    assert any(m.text and m.text.startswith(told) for m in waiter.messages)
    [seat] = await rows(running.database_url, SessionRegistration)
    assert (seat.session_id, seat.status) == (session_id, "registered")


async def test_a_link_opens_the_session_even_before_onboarding(sb, running):
    session_id = await make_session(running.database_url, titles={"ru": "Права на работе"})
    olga = sb.user(6105, language_code="ru")
    await olga.command("/start", f"session_{session_id}")  # a QR code on a poster
    await onboard_rest(olga, "ru")
    assert olga.last.text.startswith(shown("ru", "sessions-title", title="Права на работе"))
    assert olga.last.buttons[0] == [label("ru", "sessions-register")]
    await olga.command("/start", "session_424242")  # gone: the list instead
    assert olga.last.text.startswith(shown("ru", "sessions-list-title", page=1, pages=1))


async def onboard_rest(user, lang: str) -> None:
    await user.press(label(lang, f"language-name-{lang}"))
    await user.press(label(lang, "privacy-agree"))
    await user.press(label(lang, "group-foreign-national"))
