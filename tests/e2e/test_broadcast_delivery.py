"""Broadcasts through the real bot and the sandbox with Telegram's limits on: everyone gets
one copy, in their language; a 429 is waited out by every send; people who blocked the bot
are unsubscribed and the rest go on."""

from __future__ import annotations

import itertools

from storage.models_broadcasts import Subscription
from tests.e2e.broadcast_helpers import (
    TEXTS,
    per_chat,
    queue_broadcast,
    rows_of,
    seed_subscribers,
    statuses,
    until_done,
    until_sent,
)
from tests.e2e.harness import RunningBot
from tests.e2e.polls_helpers import stored
from tests.e2e.texts import label, shown


def header(lang: str) -> str:
    return shown(lang, "broadcast-header", topic=label(lang, "topic-name", topic="results"))


async def _bot(sb, tmp_path, rate: float) -> RunningBot:
    bot = RunningBot(sb, tmp_path, send_rate=rate, outbox_lease_seconds=5)
    await bot.start()
    return bot


async def test_two_thousand_subscribers_in_four_languages_get_one_copy_each(sb, tmp_path):
    rate = 200  # SEND_RATE raised, and the sandbox's limit with it, so it runs in seconds
    sb.rate_limit(per_second=rate, per_chat_per_second=1)
    bot = await _bot(sb, tmp_path, rate)
    try:
        people = await seed_subscribers(bot.database_url, 2000, sb=sb)
        broadcast_id, count = await queue_broadcast(bot.database_url)
        assert count == 2000
        bot.app.courier.wake()
        await until_done(bot.database_url, broadcast_id, timeout=90)
    finally:
        await bot.stop()
    assert set(per_chat(sb, people).values()) == {1}  # exactly once, nobody left out
    for telegram_id, lang in itertools.islice(people.items(), 0, None, 97):
        [message] = sb.users[telegram_id].messages
        assert message.text == f"{header(lang)}\n\n{TEXTS[lang]}"
    assert await statuses(bot.database_url, broadcast_id) == {"sent": 2000}
    assert sb.stats.rate_limited == 0  # the courier kept under the limit at full speed


async def test_at_telegrams_real_pace_nobody_is_refused(sb, tmp_path):
    sb.rate_limit()  # 30 a second, one a second per chat
    bot = await _bot(sb, tmp_path, 30)
    try:
        people = await seed_subscribers(bot.database_url, 300, sb=sb)
        broadcast_id, _ = await queue_broadcast(bot.database_url)
        bot.app.courier.wake()
        await until_done(bot.database_url, broadcast_id, timeout=60)
    finally:
        await bot.stop()
    assert set(per_chat(sb, people).values()) == {1}
    assert sb.stats.rate_limited == 0
    times = sb.stats.send_times("sendMessage")
    in_any_second = max(
        sum(1 for t in times[i:] if t < start + 1.0) for i, start in enumerate(times)
    )
    assert in_any_second <= 30


async def test_a_429_is_waited_out_by_every_send_and_nobody_gets_two(sb, tmp_path):
    rate = 60
    sb.rate_limit(per_second=rate, per_chat_per_second=1)
    bot = await _bot(sb, tmp_path, rate)
    try:
        people = await seed_subscribers(bot.database_url, 240, sb=sb)
        broadcast_id, _ = await queue_broadcast(bot.database_url)
        bot.app.courier.wake()
        await until_sent(sb, 60)
        sb.fail_next("sendMessage", 429, retry_after=2)
        await until_done(bot.database_url, broadcast_id, timeout=60)
    finally:
        await bot.stop()
    sends = sb.stats.sends
    [refused] = [s for s in sends if not s.ok]
    after = [s.time for s in sends if s.ok and s.time > refused.time]
    assert min(after) - refused.time >= 1.95  # nobody, in any chat, was sent to meanwhile
    assert set(per_chat(sb, people).values()) == {1}  # the refused one too, once


async def test_over_the_limit_429s_and_502s_are_honoured_and_the_broadcast_completes(sb, tmp_path):
    sb.rate_limit(per_second=20, per_chat_per_second=1)  # Telegram allows less than we try
    bot = await _bot(sb, tmp_path, 40)
    try:
        people = await seed_subscribers(bot.database_url, 120, sb=sb)
        sb.fail_next("sendMessage", 502, count=2)  # and the server stumbles: tried again
        broadcast_id, _ = await queue_broadcast(bot.database_url)
        bot.app.courier.wake()
        await until_done(bot.database_url, broadcast_id, timeout=60)
    finally:
        await bot.stop()
    assert sb.stats.rate_limited > 0
    assert set(per_chat(sb, people).values()) == {1}
    assert await statuses(bot.database_url, broadcast_id) == {"sent": 120}


async def test_people_who_blocked_the_bot_are_unsubscribed_and_the_rest_go_on(sb, tmp_path):
    sb.rate_limit(per_second=100, per_chat_per_second=1)
    bot = await _bot(sb, tmp_path, 100)
    try:
        people = await seed_subscribers(bot.database_url, 100, sb=sb)
        blocked = list(people)[::10]
        for telegram_id in blocked:
            sb.block(telegram_id)
        broadcast_id, _ = await queue_broadcast(bot.database_url)
        bot.app.courier.wake()
        await until_done(bot.database_url, broadcast_id, timeout=60)
        subscribed = {s.person_id for s in await stored(bot.database_url, Subscription)}
        rows = await rows_of(bot.database_url, broadcast_id)
    finally:
        await bot.stop()
    received = per_chat(sb, people)
    assert {t for t, n in received.items() if n == 0} == set(blocked)
    assert {n for t, n in received.items() if t not in blocked} == {1}
    assert len(subscribed) == 90  # every topic of the ten who blocked is gone
    assert sorted(c for c, s, _ in rows if s == "failed") == sorted(blocked)
