"""Announcements in the chat: people choose topics from /mydata (and under an announcement),
staff write one with texts in two languages and a photo, see a preview with the number of
recipients, send it, and follow the progress to the final report; the draft survives a
restart; others cannot."""

from __future__ import annotations

import asyncio
import io

from PIL import Image

from storage.models import AuditEntry
from storage.models_broadcasts import BroadcastDraft, Subscription
from tests.e2e.broadcast_helpers import per_chat, seed_subscribers, statuses, until_done
from tests.e2e.conftest import ADMIN_ID
from tests.e2e.harness import RunningBot
from tests.e2e.polls_helpers import onboard, stored
from tests.e2e.texts import label, shown
from tests.photovoice.images import jpeg


def topic_label(lang: str, topic: str, on: bool) -> str:
    name = label(lang, "topic-name", topic=topic)
    return label(lang, "topics-toggle", on="yes" if on else "no", topic=name)


async def choose(user, lang: str, *topics: str) -> None:
    await user.send("/mydata")
    await user.press(label(lang, "topics-button"))
    for topic in topics:
        await user.press(topic_label(lang, topic, on=False))
        assert topic_label(lang, topic, on=True) in [b for r in user.buttons() for b in r]


async def report_says(user, **expected) -> None:
    def done(u) -> bool:
        return any(m.text == shown("en", "broadcast-report", **expected) for m in u.messages)

    await user.wait_for(done, timeout=20)


async def test_people_choose_topics_and_staff_announce_in_their_languages(sb, running):
    nadia = sb.user(7301, "Nadia", language_code="ar")
    await onboard(nadia, "ar", "foreign_national")
    await choose(nadia, "ar", "results", "sessions")
    olena = sb.user(7302, "Olena", language_code="uk")
    await onboard(olena, "uk", "foreign_national")
    await choose(olena, "uk", "results")
    ivan = sb.user(7303, "Ivan", language_code="bg")
    await onboard(ivan, "bg", "bulgarian_citizen")
    await choose(ivan, "bg", "sessions")  # not results: gets nothing

    admin = sb.user(ADMIN_ID, "Admin", language_code="en")
    await onboard(admin, "en", "bulgarian_citizen")
    await admin.send("/broadcast")
    assert admin.last.text == shown("en", "broadcast-new-topic")
    await admin.press(label("en", "topic-name", topic="results"))
    assert "Recipients now: 2" in admin.last.text
    await admin.press("العربية")  # only Arabic readers: one
    assert "Recipients now: 1" in admin.last.text
    await admin.press(label("en", "broadcast-new-all"))  # everyone again
    await admin.press(label("en", "broadcast-new-next"))
    await admin.send("The first results of the audit are out.")
    await running.restart()  # a deploy in the middle: the draft and its step are kept
    [draft] = await stored(running.database_url, BroadcastDraft)
    assert draft.step == "text"
    await admin.press("العربية")
    await admin.send("صدرت النتائج الأولى للتقييم.")
    await admin.send_photo(jpeg(3, gps=True))
    assert admin.messages[-2].text == shown("en", "broadcast-new-photo-saved")
    await admin.press(label("en", "broadcast-new-preview-button"))
    preview = admin.messages[-2]
    assert preview.photo and "صدرت النتائج" in (preview.caption or "")  # the Arabic text shown
    assert shown("en", "broadcast-new-preview", count=2).split("\n")[0] in admin.last.text
    await admin.press(label("en", "broadcast-new-send", count=2))
    await report_says(
        admin, id="1", state="done", total=2, sent=2, failed=0, blocked=0, cancelled=0, unknown=0
    )

    [for_nadia] = nadia.messages[-1:]
    assert for_nadia.photo
    header = shown("ar", "broadcast-header", topic=label("ar", "topic-name", topic="results"))
    assert for_nadia.caption == f"{header}\n\nصدرت النتائج الأولى للتقييم."
    picture = Image.open(io.BytesIO(for_nadia.photo_bytes()))
    assert not picture.getexif()  # the GPS position never left the staff member's phone
    for_olena = olena.last  # no Ukrainian text: the fallback (English) one, Ukrainian header
    header = shown("uk", "broadcast-header", topic=label("uk", "topic-name", topic="results"))
    assert for_olena.caption == f"{header}\n\nThe first results of the audit are out."
    assert not any(m.photo for m in ivan.messages)

    # Nadia stops this topic right under the announcement; she keeps the other one
    await nadia.press(label("ar", "broadcast-stop"), message=for_nadia)
    assert nadia.callback_answers[-1]["text"] == label(
        "ar", "topics-unsubscribed", topic=label("ar", "topic-name", topic="results")
    )
    rows = await stored(running.database_url, Subscription)
    assert sorted((r.person_id, r.topic) for r in rows if r.topic == "results") == [(2, "results")]
    actions = {(e.action, e.outcome) for e in await stored(running.database_url, AuditEntry)}
    assert {("broadcast", "ok"), ("broadcast-send", "ok")} <= actions


async def test_others_cannot_broadcast_and_cancel_discards_a_draft(sb, running):
    ivan = sb.user(7311, "Ivan", language_code="en")
    await onboard(ivan, "en", "bulgarian_citizen")
    await ivan.send("/broadcast")
    assert ivan.last.text == shown("en", "unknown-command")
    admin = sb.user(ADMIN_ID, "Admin", language_code="en")
    await onboard(admin, "en", "bulgarian_citizen")
    await admin.send("/broadcast")
    await admin.press(label("en", "topic-name", topic="polls"))
    await admin.press(label("en", "broadcast-new-next"))
    await admin.send("/cancel")
    assert await stored(running.database_url, BroadcastDraft) == []
    await admin.send("/broadcast")  # a fresh one, not the discarded draft
    assert admin.last.text == shown("en", "broadcast-new-topic")
    await admin.press(label("en", "topic-name", topic="polls"))
    await admin.press(label("en", "broadcast-new-next"))
    await admin.send("Nobody will read this.")
    await admin.press(label("en", "broadcast-new-preview-button"))
    await admin.press(label("en", "broadcast-new-send", count=0))
    assert admin.last.text == shown("en", "broadcast-new-nobody")


async def test_topics_need_the_privacy_agreement(sb, running):
    maria = sb.user(7321, "Maria", language_code="en")
    await maria.command("/start")
    await maria.press(label("en", "language-name-en"))
    await maria.press(label("en", "privacy-decline"))
    await maria.send("/mydata")
    assert label("en", "topics-button") not in [b for r in maria.buttons() for b in r]
    olena = sb.user(7322, "Olena", language_code="en")
    await onboard(olena, "en", "foreign_national")
    await olena.send("/mydata")
    await olena.press(label("en", "topics-button"))
    await olena.press(topic_label("en", "polls", on=False))
    topics = olena.last
    await olena.send("/mydata")  # she withdraws her agreement by deleting her data
    await olena.press(label("en", "mydata-delete"))
    await olena.press(label("en", "mydata-delete-yes"))
    assert await stored(running.database_url, Subscription) == []
    await olena.press(topic_label("en", "results", on=False), message=topics)  # an old screen
    assert olena.last.text == shown("en", "needs-consent")
    assert await stored(running.database_url, Subscription) == []


async def test_subscribers_of_new_polls_hear_of_a_poll_once_when_it_opens(sb, running):
    nadia = sb.user(7331, "Nadia", language_code="ar")
    await onboard(nadia, "ar", "foreign_national")
    await choose(nadia, "ar", "polls")
    ivan = sb.user(7332, "Ivan", language_code="bg")
    await onboard(ivan, "bg", "bulgarian_citizen")
    admin = sb.user(ADMIN_ID, "Admin", language_code="en")
    await onboard(admin, "en", "bulgarian_citizen")
    await admin.send("/newpoll")
    await admin.send("tram-safety")
    await admin.send("Do you feel safe on trams at night?")
    await admin.send("Yes\nNo")
    await admin.press("العربية")
    await admin.send("هل تشعر بالأمان في الترام ليلًا؟")
    await admin.send("نعم\nلا")
    await admin.press(label("en", "polls-new-languages-done"))
    await admin.press(label("en", "polls-new-single"))
    await admin.press(label("en", "polls-new-no"))
    await admin.press(label("en", "polls-new-next"))
    await admin.press(label("en", "polls-new-no-end"))
    await admin.press(label("en", "polls-new-keep"))
    before = len(nadia.messages)
    await admin.send("/openpoll tram-safety")
    await nadia.wait_for(lambda u: len(u.messages) > before, timeout=10)
    told = nadia.last
    header = shown("ar", "broadcast-header", topic=label("ar", "topic-name", topic="polls"))
    assert told.text == f"{header}\n\nهل تشعر بالأمان في الترام ليلًا؟"
    assert ivan.messages[-1].text != told.text  # not subscribed: not told
    await nadia.press(label("ar", "broadcast-open-poll"))
    assert "هل تشعر بالأمان في الترام ليلًا؟" in nadia.last.text  # the poll, to vote
    await admin.send("/closepoll tram-safety")
    await admin.send("/openpoll tram-safety")
    assert sum(m.text == told.text for m in nadia.messages) == 1  # once, not at each opening


async def test_staff_cancel_a_broadcast_on_its_way_and_the_rest_never_goes(sb, tmp_path):
    bot = RunningBot(sb, tmp_path, admin_ids=str(ADMIN_ID), send_rate=5)  # slow on purpose
    await bot.start()
    try:
        people = await seed_subscribers(bot.database_url, 40, sb=sb)
        admin = sb.user(ADMIN_ID, "Admin", language_code="en")
        await onboard(admin, "en", "bulgarian_citizen")
        await admin.send("/broadcast")
        await admin.press(label("en", "topic-name", topic="results"))
        await admin.press(label("en", "broadcast-new-next"))
        await admin.send("Soon: the results.")
        await admin.press(label("en", "broadcast-new-preview-button"))
        await admin.press(label("en", "broadcast-new-send", count=40), wait=False)
        cancel = label("en", "broadcast-cancel")
        await admin.wait_for(lambda u: any(cancel in r for m in u.messages for r in m.buttons))
        await admin.press(cancel)
        answer = admin.callback_answers[-1]["text"]
        assert answer.startswith("Cancelled.")
        counts = await statuses(bot.database_url, 1)
        await until_done(bot.database_url, 1)
        final = shown(
            "en",
            "broadcast-report",
            id="1",
            state="cancelled",
            total=40,
            sent=40 - counts["cancelled"],
            failed=0,
            blocked=0,
            cancelled=counts["cancelled"],
            unknown=0,
        )
        await admin.wait_for(lambda u: any(m.text == final for m in u.messages), timeout=10)
        await asyncio.sleep(1)  # what would have gone next, had it not been cancelled
    finally:
        await bot.stop()
    received = per_chat(sb, people)
    assert 0 < counts["cancelled"] < 40
    assert sum(received.values()) == 40 - counts["cancelled"]  # the cancelled never went
    assert set(received.values()) <= {0, 1}
