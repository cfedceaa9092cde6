"""Opinion polls end to end: many people voting at once, deep links, closed polls, audiences,
staff writing and running polls in the chat, the results chart, and "Learn more"."""

from __future__ import annotations

import asyncio
import io
import time

from PIL import Image

from dialogs.polls.tally import Tally, largest_remainder
from storage.models import AuditEntry, Person
from storage.models_polls import Poll, PollDraft, PollSnapshot, Vote
from tests.e2e.conftest import ADMIN_ID
from tests.e2e.harness import RunningBot
from tests.e2e.polls_helpers import (
    LINK,
    hamilton,
    list_button,
    marked,
    onboard,
    option_button,
    quietly,
    shown_results,
    split_cells,
    stored,
)
from tests.e2e.texts import label, shown

LANGS = ("bg", "en", "ar", "fa", "uk", "ru")


def group_of(i: int) -> str:
    if i < 20:
        return "bulgarian_citizen"
    if i < 40:
        return "foreign_national"
    if i < 46:
        return "eu_citizen"
    return "visitor" if i < 48 else "undisclosed"


def final_option(i: int) -> int:
    """Bulgarian citizens 12:8, foreign nationals 15:5, EU citizens 3:3, others 2:2."""
    if i < 20:
        return 0 if i < 12 else 1
    if i < 40:
        return 0 if i < 35 else 1
    if i < 46:
        return 0 if i < 43 else 1
    return 0 if i < 48 else 1


async def test_fifty_people_vote_at_once_and_every_number_is_exact(sb, tmp_path):
    # onboarding and opening the poll one by one, then voting all at once
    first = RunningBot(sb, tmp_path, admin_ids=str(ADMIN_ID))
    await first.start()
    people = [sb.user(5000 + i, f"P{i}", language_code=LANGS[i % 6]) for i in range(55)]
    for i, person in enumerate(people):
        lang = LANGS[i % 6]
        await onboard(person, lang, group_of(i % 50))
        await person.command("/start", LINK)
        assert person.buttons()[0] == [option_button(lang, 1)]
    admin = sb.user(ADMIN_ID, "Admin", language_code="en")
    await onboard(admin, "en", "bulgarian_citizen")
    poll_messages = [person.last for person in people]
    await first.stop()

    running = RunningBot(sb, tmp_path, concurrent=True, admin_ids=str(ADMIN_ID))
    await running.start()

    async def vote(i: int) -> None:
        person, message, lang = people[i], poll_messages[i], LANGS[i % 6]
        final = final_option(i)
        other = 1 - final
        if i % 5 == 0:  # presses twice at once: one vote
            for _ in range(2):
                await person.press(option_button(lang, final + 1), message=message, wait=False)
        elif i % 5 == 1:  # votes, then changes the vote
            await person.press(option_button(lang, other + 1), message=message, wait=False)
            await person.wait_for(quietly(lambda u: marked(message.text) == [other]), timeout=30)
            await person.press(label(lang, "polls-change"), message=message, wait=False)
            await person.wait_for(
                quietly(lambda u: message.buttons[other][0].startswith("✓ ")),
                timeout=30,
            )
            await person.press(option_button(lang, final + 1), message=message, wait=False)
        else:
            await person.press(option_button(lang, final + 1), message=message, wait=False)
        await person.wait_for(quietly(lambda u: marked(message.text) == [final]), timeout=30)

    started = time.monotonic()
    await asyncio.gather(*(vote(i) for i in range(50)))
    await admin.wait_for(lambda: not sb.unanswered_callback_queries, timeout=30)
    elapsed = time.monotonic() - started
    print(f"\n50 concurrent voters: {elapsed:.2f}s")

    # the database: one vote per person, the final choice, changes counted
    votes = await stored(running.database_url, Vote)
    people_rows = {p.id: p.telegram_id for p in await stored(running.database_url, Person)}
    by_person = {people_rows[v.person_id] - 5000: v for v in votes}
    assert sorted(by_person) == list(range(50))
    for i, v in by_person.items():
        assert v.choices == 1 << final_option(i), i
        assert v.respondent_group == group_of(i)
        assert v.changes == (1 if i % 5 == 1 else 0), i

    # the poll closes; late presses and change requests change nothing
    await admin.send("/closepoll economic-migrants", wait=False)
    await admin.wait_for(
        lambda: admin.last.text == shown("en", "polls-staff-closed", slug="economic-migrants")
    )
    for i in range(50, 55):
        lang = LANGS[i % 6]
        await people[i].press(option_button(lang, 1), message=poll_messages[i], wait=False)
    for i in (2, 3, 4):
        await people[i].press(
            label(LANGS[i % 6], "polls-change"), message=poll_messages[i], wait=False
        )
    for i in (*range(50, 55), 2, 3, 4):
        lang, message = LANGS[i % 6], poll_messages[i]
        closed = shown(lang, "polls-closed")
        await people[i].wait_for(
            quietly(lambda u, m=message, c=closed: m.text.startswith(c)), timeout=30
        )
    await admin.wait_for(lambda: not sb.unanswered_callback_queries, timeout=30)
    assert len(await stored(running.database_url, Vote)) == 50

    counts = [sum(1 for i in range(50) if final_option(i) == o) for o in (0, 1)]
    assert list(zip(hamilton(counts), counts, strict=True)) == [(64, 32), (36, 18)]

    # what people see: the last snapshot of the results (refreshed only after every 10 people,
    # so at most the last 9 votes are missing), exact percentages, the same in every language
    readers = {lang: people[LANGS.index(lang)] for lang in LANGS}
    for person in readers.values():
        await person.command("/start", LINK, wait=False)
    screens = {}
    for lang, person in readers.items():
        final_title = shown(lang, "polls-results-title", question="", closed="yes").strip()
        await person.wait_for(quietly(lambda u, t=final_title: t in u.last.text), timeout=30)
        screens[lang] = person.last.text
    [snapshot] = await stored(running.database_url, PollSnapshot)
    seen = Tally.from_rows(2, [(g, c, n) for g, c, n in snapshot.rows])
    assert 41 <= seen.voters <= 50
    expected = list(zip(hamilton(list(seen.counts)), seen.counts, strict=True))
    cells = [
        (i + 1, share, seen.cells[group][i])
        for group in seen.shown_groups(5)
        for i, share in enumerate(largest_remainder(seen.cells[group]))
    ]
    for lang, text in screens.items():
        assert shown_results(text) == expected, (lang, text)
        assert split_cells(text) == cells, (lang, text)
        assert shown(lang, "polls-results-step", step=10, closed="yes") in text
    await running.stop()


async def test_deep_link_opens_the_poll_for_a_new_person_after_onboarding(sb, running):
    nadia = sb.user(6001, "Nadia", language_code="ar")
    await nadia.command("/start", LINK)
    assert nadia.last.text == shown("ar", "language-prompt")
    await nadia.press("العربية")
    await nadia.press(label("ar", "privacy-agree"))
    await nadia.press(label("ar", "group-foreign-national"))
    question = shown(
        "ar", "polls-question", question=shown("ar", "poll-economic-migrants-question")
    )
    assert nadia.last.text.startswith(question)
    assert nadia.buttons()[:2] == [[option_button("ar", 1)], [option_button("ar", 2)]]
    poll_message = nadia.last
    replies = await nadia.press(option_button("ar", 1))
    assert marked(poll_message.text) == [0]
    # the first vote: no counts yet, only when they will come (after 10 votes)
    assert shown_results(poll_message.text) == []
    assert shown("ar", "polls-results-waiting", step=10, closed="no") in poll_message.text
    assert nadia.callback_answers[-1]["text"] == label("ar", "polls-saved")
    # "Did you know…?" follows a first vote in the campaign poll, with a way to learn more
    assert shown("ar", "learn-did-you-know", fact="").strip() in replies[-1].text
    assert replies[-1].buttons == [[label("ar", "learn-more")]]
    [person] = await stored(running.database_url, Person, telegram_id=6001)
    [vote] = await stored(running.database_url, Vote, person_id=person.id)
    assert (vote.choices, vote.respondent_group) == (1, "foreign_national")

    # the same vote again changes nothing and says so; an onboarded person's link opens results
    await nadia.press(label("ar", "polls-change"), message=poll_message)
    await nadia.press(option_button("ar", 1, mine=True), message=poll_message)
    assert nadia.callback_answers[-1]["text"] == label("ar", "polls-same")
    assert marked(poll_message.text) == [0]  # back to the results
    await nadia.command("/start", LINK)
    assert marked(nadia.last.text) == [0]
    await nadia.command("/start", "poll_no-such-poll")
    assert nadia.last.text.startswith(shown("ar", "polls-not-found"))


async def test_staff_write_run_and_chart_a_poll_and_others_cannot(sb, running):
    admin = sb.user(ADMIN_ID, "Admin", language_code="en")
    await onboard(admin, "en", "bulgarian_citizen")
    await admin.send("/newpoll")
    assert admin.last.text.startswith("New poll.")
    await admin.send("Bad Slug!")
    assert admin.messages[-2].text == shown("en", "polls-new-slug-bad")
    await admin.send("tram-safety")
    assert admin.last.text == shown("en", "polls-new-question", language="English")
    await admin.send("Do you feel safe on trams at night?")
    await admin.send("Yes\nNo\nI do not use trams")
    await running.restart()  # a deploy in the middle: the draft and the step are kept
    [draft] = await stored(running.database_url, PollDraft)
    assert draft.step == "languages"
    await admin.press("Български")
    await admin.send("Чувствате ли се сигурни в трамваите вечер?")
    await admin.send("Только две строки")
    assert admin.messages[-2].text == shown("en", "polls-new-options-count", count=3)
    await admin.send("Да\nНе\nНе ползвам трамвай")
    await admin.press(label("en", "polls-new-languages-done"))
    await admin.press(label("en", "polls-new-single"))
    await admin.press(label("en", "polls-new-no"))
    await admin.press(label("en", "group-foreign-national"))
    await admin.press(label("en", "polls-new-next"))
    await admin.press(label("en", "polls-new-no-end"))
    assert "tram-safety" in admin.last.text
    await admin.press(label("en", "polls-new-open"))
    link = "https://t.me/integra_sandbox_bot?start=poll_tram-safety"
    assert admin.last.text == shown("en", "polls-new-opened", slug="tram-safety", link=link)
    [poll] = await stored(running.database_url, Poll, slug="tram-safety")
    assert (poll.status, poll.option_count, poll.allow_change, poll.audience) == (
        "open",
        3,
        False,
        ["foreign_national"],
    )

    # a foreign national votes in Bulgarian; the vote cannot be changed
    omar = sb.user(6101, "Omar", language_code="bg")
    await onboard(omar, "bg", "foreign_national")
    await omar.send("/polls")
    question = "Чувствате ли се сигурни в трамваите вечер?"
    assert omar.buttons()[0] == [list_button("bg", 1, question)]
    assert omar.buttons()[0][0].endswith("…") and question in omar.last.text
    await omar.press(list_button("bg", 1, question))
    await omar.press(option_button("bg", 2, "Не"))
    assert marked(omar.last.text) == [1]
    assert label("bg", "polls-change") not in [b for row in omar.buttons() for b in row]
    # a Bulgarian citizen is not in the audience: a polite refusal, nothing stored
    ivan = sb.user(6102, "Ivan", language_code="en")
    await onboard(ivan, "en", "bulgarian_citizen")
    await ivan.command("/start", "poll_tram-safety")
    assert ivan.last.text == shown("en", "polls-audience")
    assert len(await stored(running.database_url, Vote, poll_id=poll.id)) == 1
    # others do not see staff commands
    await ivan.send("/pollresults tram-safety")
    assert ivan.last.text == shown("en", "unknown-command")
    await ivan.send("/closepoll tram-safety")
    assert ivan.last.text == shown("en", "unknown-command")

    await admin.send("/polllist")
    assert "tram-safety · open · 1" in admin.last.text
    await admin.send("/closepoll tram-safety")
    assert admin.last.text == shown("en", "polls-staff-closed", slug="tram-safety")
    await admin.send("/pollresults tram-safety")
    chart = admin.last
    assert chart.photo, chart
    image = Image.open(io.BytesIO(chart.photo_bytes()))
    assert image.format == "PNG" and image.size[0] > 400
    assert "tram-safety" in chart.caption
    await admin.send("/pollresults nothing-here")
    assert admin.last.text == shown("en", "polls-staff-unknown", slug="nothing-here")
    actions = {(e.action, e.outcome) for e in await stored(running.database_url, AuditEntry)}
    assert {("pollresults", "denied"), ("closepoll", "ok"), ("pollresults", "ok")} <= actions


async def test_cancel_discards_a_poll_draft(sb, running):
    admin = sb.user(ADMIN_ID, "Admin", language_code="en")
    await onboard(admin, "en", "bulgarian_citizen")
    await admin.send("/newpoll")
    await admin.send("short-lived")
    await admin.send("/cancel")
    # the draft is discarded, and the bot says so (not the general "everything is saved")
    assert admin.last.text.startswith(shown("en", "polls-new-cancelled"))
    assert shown("en", "cancelled") not in admin.last.text
    assert await stored(running.database_url, Poll, slug="short-lived") == []
    assert await stored(running.database_url, PollDraft) == []
    await admin.send("just text")
    assert admin.last.text == shown("en", "not-understood")


async def test_learn_more_lists_the_videos_and_the_fact_cards(sb, running):
    olena = sb.user(6201, "Olena", language_code="uk")
    await onboard(olena, "uk", "foreign_national")
    await olena.send("/learn")
    screen = olena.last
    links = [b for row in screen.inline_keyboard for b in row if "url" in b]
    assert len(links) == 4
    assert all(b["url"].startswith("https://") for b in links)
    assert {b["text"] for b in links} == {
        label("uk", "learn-watch", title=label("uk", f"learn-video-{v}-title"))
        for v in ("olympic-dream", "we-the-others", "st-ana-center", "beyond-the-barriers")
    }
    assert shown("uk", "learn-video-olympic-dream-text") in screen.text
    await olena.press(label("uk", "learn-facts"))
    assert olena.last.text.startswith(shown("uk", "learn-fact-title", number=1, count=6))
    assert "1,3" in olena.last.text and "2,5" in olena.last.text
    await olena.press(label("uk", "learn-next"))
    assert "12 916" in olena.last.text or "12\xa0916" in olena.last.text
    await olena.press(label("uk", "learn-previous"))
    await olena.press(label("uk", "learn-previous"))
    assert olena.last.text.startswith(shown("uk", "learn-fact-title", number=6, count=6))
    await olena.press(label("uk", "learn-videos"))
    assert olena.last.text == screen.text  # the same message, back to the videos

    # without consent, "Learn more" is still open
    reza = sb.user(6202, "Reza", language_code="fa")
    await reza.command("/start")
    await reza.press("فارسی")
    await reza.press(label("fa", "privacy-decline"))
    await reza.press(label("fa", "menu-learn"))
    assert reza.last.text.startswith(shown("fa", "learn-title"))
