"""The outbox through the real bot and the sandbox: notices go out after the commit, in each
person's language, at Telegram's pace, once; a crash loses no row that never left."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from sqlalchemy import select

from dialogs.notify import Notify, send_later
from dialogs.screen import Screen, msg
from storage.models import utcnow
from storage.models_outbox import Delivery
from storage.repositories import Repositories
from tests.e2e.harness import RunningBot
from tests.e2e.texts import shown

PEOPLE = {9101: "ar", 9102: "uk", 9103: "bg"}


@pytest.fixture
async def courier_bot(sb, tmp_path):
    bot = RunningBot(sb, tmp_path, outbox_lease_seconds=1)
    await bot.start()
    yield bot
    await bot.stop()


async def _people(bot: RunningBot, languages: dict[int, str]) -> dict[int, int]:
    """telegram id -> person id, each with their language, in a chat that has started."""
    ids = {}
    async with bot.app.courier.sessions() as session, session.begin():
        repo = Repositories(session)
        for telegram_id, language in languages.items():
            bot.sb.user(telegram_id, language_code=language, started=True)
            person = await repo.people.get_or_create(telegram_id)
            await repo.people.set_language(person, language)
            ids[telegram_id] = person.id
    return ids


async def _notify(bot: RunningBot, person_ids, key: str = "menu-title") -> None:
    async with bot.app.courier.sessions() as session, session.begin():
        repo = Repositories(session)
        await send_later(repo.outbox, [Notify.of(pid, Screen.of(key)) for pid in person_ids])
    bot.app.courier.wake()
    await bot.app.courier.settle()


async def _statuses(bot: RunningBot) -> list[tuple[str, str | None]]:
    async with bot.app.courier.sessions() as session:
        rows = await session.execute(select(Delivery.status, Delivery.error).order_by(Delivery.id))
        return [tuple(r) for r in rows.all()]


async def test_a_notice_reaches_each_person_once_in_their_own_language(sb, courier_bot):
    ids = await _people(courier_bot, PEOPLE)
    await _notify(courier_bot, ids.values())
    for telegram_id, language in PEOPLE.items():
        [message] = sb.users[telegram_id].messages
        assert message.text == shown(language, "menu-title")
    assert await _statuses(courier_bot) == [("sent", None)] * 3


async def test_nothing_is_sent_for_a_decision_that_was_rolled_back(sb, courier_bot):
    [pid] = (await _people(courier_bot, {9104: "fa"})).values()
    with pytest.raises(RuntimeError):
        async with courier_bot.app.courier.sessions() as session, session.begin():
            await send_later(
                Repositories(session).outbox, [Notify.of(pid, Screen.of("help-title"))]
            )
            raise RuntimeError("the handler failed after deciding")
    courier_bot.app.courier.wake()
    await courier_bot.app.courier.settle()
    assert sb.users[9104].messages == []
    assert await _statuses(courier_bot) == []


async def test_a_429_stops_every_send_for_as_long_as_telegram_asks(sb, courier_bot):
    ids = await _people(courier_bot, PEOPLE)
    sb.fail_next("sendMessage", 429, retry_after=3)  # longer than the 1 s chat gap
    await _notify(courier_bot, ids.values())
    sends = sb.stats.sends
    [refused] = [s for s in sends if not s.ok]
    after = [s for s in sends if s.ok and s.time > refused.time]
    assert len(after) == 3  # everyone got it, the refused one too, once
    assert min(s.time for s in after) - refused.time >= 2.95  # nobody was sent to meanwhile
    assert all(len(sb.users[t].messages) == 1 for t in PEOPLE)


async def test_a_server_error_is_tried_again_and_delivered_once(sb, courier_bot):
    [pid] = (await _people(courier_bot, {9105: "ru"})).values()
    sb.fail_next("sendMessage", 502)
    await _notify(courier_bot, [pid])
    assert len(sb.users[9105].messages) == 1
    assert await _statuses(courier_bot) == [("sent", None)]


async def test_someone_who_blocked_the_bot_is_skipped_and_the_rest_go_on(sb, courier_bot):
    ids = await _people(courier_bot, PEOPLE)
    blocked: list[int] = []

    async def on_blocked(session, person_id: int) -> None:
        blocked.append(person_id)

    courier_bot.app.courier.on_blocked.append(on_blocked)
    sb.block(9102)
    await _notify(courier_bot, ids.values())
    assert blocked == [ids[9102]]
    assert [len(sb.users[t].messages) for t in PEOPLE] == [1, 0, 1]
    assert await _statuses(courier_bot) == [("sent", None), ("failed", "blocked"), ("sent", None)]


async def test_after_a_crash_unsent_rows_go_out_and_the_one_in_flight_is_not_repeated(
    sb, courier_bot
):
    ids = await _people(courier_bot, PEOPLE)
    await courier_bot.app.courier.stop()  # this "process" stops delivering: as if it died
    async with courier_bot.app.courier.sessions() as session, session.begin():
        repo = Repositories(session)
        await send_later(
            repo.outbox, [Notify.of(pid, Screen.of("help-title")) for pid in ids.values()]
        )
        jobs = await repo.outbox.claim("dead-courier", 10, timedelta(seconds=1))
        assert await repo.outbox.start(jobs[0].id, "dead-courier", timedelta(seconds=1))
    await asyncio.sleep(1.1)  # the dead courier's lease runs out
    await courier_bot.restart()
    await courier_bot.app.courier.settle()
    received = [len(sb.users[t].messages) for t in PEOPLE]
    assert received == [0, 1, 1]  # the row in flight at the crash is not sent a second time
    assert [s for s, _ in await _statuses(courier_bot)] == ["unknown", "sent", "sent"]


async def test_a_notice_waits_for_its_time(sb, courier_bot):
    [pid] = (await _people(courier_bot, {9106: "en"})).values()
    async with courier_bot.app.courier.sessions() as session, session.begin():
        await Repositories(session).outbox.enqueue(
            "notice",
            {"screens": [{"parts": [{"m": "help-title", "a": {}}]}]},
            person_id=pid,
            not_before=utcnow() + timedelta(hours=1),
        )
    courier_bot.app.courier.wake()
    await courier_bot.app.courier.settle()
    assert sb.users[9106].messages == []


def test_screens_survive_the_trip_through_json() -> None:
    import datetime as dt

    from dialogs.screen import Button, Photo, Plain
    from dialogs.screen_codec import dump_screens, load_screens

    screens = [
        Screen(
            parts=[msg("a", when=dt.datetime(2026, 12, 1, 10, tzinfo=dt.UTC), n=3), Plain("x")],
            buttons=[[Button(msg("b", inner=msg("c", d=dt.date(2026, 1, 2))), action="z:1")]],
            edit=True,
            photo=Photo("ab/cd.jpg"),
        ),
        Screen.of("plain", buttons=[[Button(Plain("site"), url="https://example.org")]]),
    ]
    again = load_screens(dump_screens(screens))
    assert [(s.parts, [list(r) for r in s.buttons], s.edit, s.photo) for s in again] == [
        (tuple(s.parts), [list(r) for r in s.buttons], s.edit, s.photo) for s in screens
    ]
