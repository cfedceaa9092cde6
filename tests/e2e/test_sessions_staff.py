"""Staff and information sessions end to end, in Farsi (right to left) and in English: create a
session step by step (typed dates, mistakes, a restart in the middle, a shared location), see
it in the list with its registrations, edit it (people are told, seats move the waiting list,
reminders follow the time), cancel it (everyone is told, in their language)."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest

from storage.models_outbox import Delivery
from storage.models_sessions import InfoSession, SessionDraft, Venue
from tests.e2e.conftest import ADMIN_ID
from tests.e2e.polls_helpers import onboard, quietly
from tests.e2e.sessions_helpers import rows
from tests.e2e.texts import label, shown

SOFIA = ZoneInfo("Europe/Sofia")
TYPED = {"fa": ("حقوق کار", "۱۲/۱۲ ۱۸:۳۰"), "en": ("Rights at work", "12/12 18:30")}


async def _told(person, lang: str, key: str) -> None:
    expected = shown(lang, key)
    await person.wait_for(
        quietly(lambda u: any(m.text and m.text.startswith(expected) for m in u.messages)),
        timeout=15,
    )


@pytest.mark.parametrize("lang", ["fa", "en"])
async def test_staff_create_edit_list_and_cancel(sb, running, lang):
    title, typed_start = TYPED[lang]
    staff = sb.user(ADMIN_ID, "Staff", language_code=lang)
    await onboard(staff, lang, "bulgarian_citizen")

    [ask] = await staff.command("/newsession")
    assert ask.text == shown(lang, "sessions-new-title")
    await staff.send(title)
    await staff.press(label(lang, "language-name-bg"))
    assert staff.last.text == shown(lang, "sessions-new-title-lang", language="Български")
    await staff.send("Права на труд")
    assert label(lang, "sessions-new-tick", on="yes", label="Български") in str(staff.buttons())
    await staff.press(label(lang, "sessions-new-next"))

    # dates as people type them; mistakes are said, in the staff member's language
    [bad, again] = await staff.send("32.13.2027 18:00")
    assert again.text == shown(
        lang, "sessions-new-start", example=" ".join(again.text.split()[-2:])
    )
    assert bad.text.startswith(shown(lang, "sessions-new-start-bad", example="x")[:20])
    [past, _] = await staff.send("01.01.2020 10:00")
    assert past.text.startswith(shown(lang, "sessions-new-start-past", example="x")[:20])
    await staff.send(typed_start)
    assert staff.last.text == shown(lang, "sessions-new-end")

    await running.restart()  # the draft survives a restart in the middle
    await staff.press(label(lang, "sessions-new-hours", hours=2, minutes=0))
    assert staff.last.text == shown(lang, "sessions-new-venue-first")
    await staff.press(label(lang, "sessions-new-venue-add"))
    await staff.send("St. Anna Centre")
    await staff.send("1 Example St., Sofia")
    await staff.send("42,6977 23,3219x")  # not coordinates: said, nothing lost
    assert staff.messages[-2].text == shown(lang, "sessions-new-coords-bad")
    await staff.send_location(42.6977, 23.3219)
    assert staff.last.text == shown(lang, "sessions-new-languages")
    await staff.press(label(lang, "sessions-new-tick", on="no", label="العربية"))
    await staff.press(label(lang, "sessions-new-tick", on="no", label="فارسی"))
    await staff.press(label(lang, "sessions-new-next"))
    await staff.send("many")
    assert staff.messages[-2].text == shown(lang, "sessions-new-capacity-bad", most=10_000)
    await staff.send("1")
    await staff.send("Bring an ID card, please.")
    summary = staff.last
    assert summary.text.startswith(shown(lang, "sessions-new-summary"))
    assert shown(lang, "sessions-staff-coords", coords="42.6977, 23.3219") in summary.text
    [session] = await rows(running.database_url, InfoSession)
    local = session.starts_at.replace(tzinfo=ZoneInfo("UTC")).astimezone(SOFIA)
    assert (local.month, local.day, local.hour, local.minute) == (12, 12, 18, 30)
    assert session.titles == {"bg": "Права на труд"} and session.status == "draft"
    assert session.languages == ["ar", "fa"] and session.notes == "Bring an ID card, please."
    [venue] = await rows(running.database_url, Venue)
    assert (venue.latitude, venue.longitude) == (42.6977, 23.3219)
    await staff.press(label(lang, "sessions-new-publish"))
    assert summary.text == shown(lang, "sessions-new-published")
    assert await rows(running.database_url, SessionDraft) == []

    # two people: one gets the seat, one waits; the Bulgarian reads the Bulgarian title
    ivan, olga = (
        sb.user(6201, "Ivan", language_code="bg"),
        sb.user(6202, "Olga", language_code="ru"),
    )
    await onboard(ivan, "bg", "bulgarian_citizen")
    await onboard(olga, "ru", "foreign_national")
    await ivan.command("/sessions")
    await ivan.press("Права на труд")
    await ivan.press(label("bg", "sessions-register"))
    await olga.command("/sessions")
    await olga.press(title)
    await olga.press(label("ru", "sessions-join-waiting"))
    assert olga.last.text.startswith(shown("ru", "sessions-waiting", position=1))

    # the list with registration counts, the card, the registration list (no names)
    [listing] = await staff.command("/sessionlist")
    line = shown(
        lang,
        "sessions-staff-line",
        state="upcoming",
        date=local.date(),
        time="18:30",
        title=title,
        registered=1,
        capacity=1,
        waiting=1,
    )
    assert line in listing.text
    await staff.press("1")
    await staff.press(label(lang, "sessions-staff-people"))
    people = staff.last.text
    assert people.count(" · ") >= 4 and "Ivan" not in people and "6201" not in people
    assert shown(lang, "sessions-staff-waiting-title") in people
    assert people.index("Български") < people.index(shown(lang, "sessions-staff-waiting-title"))

    # edit: one more seat moves Olga up (told in Russian); a new time tells both people
    await staff.press(label(lang, "sessions-staff-back-one"))
    await staff.press(label(lang, "sessions-staff-edit"))
    await staff.press(label(lang, "sessions-edit-capacity"))
    await staff.send("2")
    await _told(olga, "ru", "sessions-moved-up")
    await staff.press(label(lang, "sessions-edit-start"))
    new_start = local + timedelta(days=1, hours=-1)
    await staff.send(new_start.strftime("%d.%m.%Y %H:%M"))
    await _told(ivan, "bg", "sessions-changed-notice")
    await _told(olga, "ru", "sessions-changed-notice")
    reminders = await rows(running.database_url, Delivery, Delivery.id, kind="session-reminder")
    pending = [r for r in reminders if r.status == "pending"]
    assert len(pending) == 4  # two people, 24 h and 2 h, for the new time
    for r in pending:
        due = new_start - timedelta(hours=r.payload["hours"])
        assert r.not_before.replace(tzinfo=ZoneInfo("UTC")) == due
    assert {r.status for r in reminders if r not in pending} == {"cancelled"}
    await staff.press(label(lang, "sessions-edit-done"))
    assert staff.last.text == shown(lang, "sessions-edit-finished")

    # cancel the session: both people are told, the reminders are withdrawn
    await staff.command("/sessionlist")
    await staff.press("1")
    await staff.press(label(lang, "sessions-staff-cancel"))
    assert staff.last.text.startswith(
        shown(lang, "sessions-staff-cancel-confirm", title=title, count=2)[:5]
    )
    await staff.press(label(lang, "sessions-staff-cancel-yes"))
    assert staff.last.text.startswith(shown(lang, "sessions-staff-cancelled", count=2))
    await _told(ivan, "bg", "sessions-cancelled-notice")
    await _told(olga, "ru", "sessions-cancelled-notice")
    reminders = await rows(running.database_url, Delivery, kind="session-reminder")
    assert {r.status for r in reminders} == {"cancelled"}
    [listing] = await staff.command("/sessionlist")
    cancelled = shown(
        lang,
        "sessions-staff-line",
        state="cancelled",
        date=new_start.date(),
        time=new_start.strftime("%H:%M"),
        title=title,
        registered=2,
        capacity=2,
        waiting=0,
    )
    assert cancelled in listing.text
    [gone] = await ivan.command("/sessions")
    assert gone.text == shown("bg", "sessions-list-empty")


async def test_people_without_the_role_cannot_use_staff_commands(sb, running):
    person = sb.user(6203, "Ana", language_code="en")
    await onboard(person, "en", "visitor")
    [answer] = await person.command("/newsession")
    assert answer.text == shown("en", "unknown-command")
    [answer] = await person.command("/sessionlist")
    assert answer.text == shown("en", "unknown-command")
    assert await rows(running.database_url, SessionDraft) == []


async def test_cancel_discards_an_unfinished_new_session(sb, running):
    staff = sb.user(ADMIN_ID, "Staff", language_code="en")
    await onboard(staff, "en", "bulgarian_citizen")
    await staff.command("/newsession")
    await staff.send("A draft to throw away")
    await staff.command("/newsession")  # back to where it stopped
    assert staff.messages[-2].text == shown("en", "sessions-new-resume")
    await staff.command("/cancel")
    assert await rows(running.database_url, InfoSession) == []
    assert await rows(running.database_url, SessionDraft) == []
    [answer] = await staff.send("just text")
    assert answer.text == shown("en", "not-understood")


async def test_publishing_and_cancelling_go_through_the_one_announcement_point(sb, running):
    """The topic "sessions" hears of new and cancelled sessions through dialogs.sessions.announce
    and bot.events (a recorder listens beside the announcements feature), in every language."""
    from bot.events import SESSION_ANNOUNCED
    from bot.l10n import Locales
    from dialogs.languages import LANGUAGES

    heard = []

    async def recorder(repo, details) -> None:
        heard.append(details["announcement"])

    running.app.dp["events"].on(SESSION_ANNOUNCED, recorder)  # beside the announcements
    staff = sb.user(ADMIN_ID, "Staff", language_code="en")
    await onboard(staff, "en", "bulgarian_citizen")
    await staff.command("/newsession")
    await staff.send("Health care")
    await staff.press(label("en", "sessions-new-next"))
    await staff.send("tomorrow 18:00")
    await staff.press(label("en", "sessions-new-hours", hours=1, minutes=0))
    await staff.press(label("en", "sessions-new-venue-add"))
    await staff.send("Centre")
    await staff.send("Street 1")
    await staff.press(label("en", "sessions-new-skip"))
    await staff.press(label("en", "sessions-new-next"))
    await staff.send("5")
    await staff.press(label("en", "sessions-new-skip"))
    assert heard == []  # nothing is announced before it is published
    await staff.press(label("en", "sessions-new-publish"))
    await staff.command("/sessionlist")
    await staff.press("1")
    await staff.press(label("en", "sessions-staff-cancel"))
    await staff.press(label("en", "sessions-staff-cancel-yes"))
    [session] = await rows(running.database_url, InfoSession)
    assert [(a.topic, a.source) for a in heard] == [
        ("sessions", f"session:{session.id}:published"),
        ("sessions", f"session:{session.id}:cancelled"),
    ]
    locales = Locales()
    for announcement in heard:
        for lang in LANGUAGES:
            screen = announcement.screen(lang)
            text = "\n".join(locales.for_language(lang).render(p) for p in screen.parts)
            assert "Health care" in text
            assert label(lang, "error-text-missing") not in text
    assert heard[0].screen("ar").buttons[0][0].action == f"ss:open:{session.id}"
