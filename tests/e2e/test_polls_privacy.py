"""What residents can learn from watching the results: never one person's vote.

The counts a resident sees are a snapshot refreshed only after `step` different people voted or
changed their vote; someone who looks before and after a known person votes sees no change until
enough others voted too. Staff's /pollresults stays exact."""

from __future__ import annotations

from tests.e2e.conftest import ADMIN_ID
from tests.e2e.polls_helpers import (
    LINK,
    marked,
    onboard,
    option_button,
    set_results_step,
    shown_results,
)
from tests.e2e.texts import label, shown


async def vote(user, lang: str, option: int) -> None:
    await user.command("/start", LINK)
    await user.press(option_button(lang, option))


async def reopen(user) -> list[tuple[int, int]]:
    await user.command("/start", LINK)
    return shown_results(user.last.text)


async def test_one_known_vote_is_never_seen_alone(sb, running):
    await set_results_step(running.database_url, 3)
    people = {name: sb.user(7000 + i, name, language_code="en") for i, name in enumerate("AVWBXY")}
    for user in people.values():
        await onboard(user, "en", "bulgarian_citizen")
    a = people["A"]

    # results only after one's own vote, and none before 3 people voted
    await a.command("/start", LINK)
    assert shown_results(a.last.text) == [] and a.buttons()[0] == [option_button("en", 1)]
    poll_message = a.last
    await a.press(option_button("en", 1))  # then "Did you know…?" follows as a new message
    assert marked(poll_message.text) == [0] and shown_results(poll_message.text) == []
    assert shown("en", "polls-results-waiting", step=3, closed="no") in poll_message.text
    await vote(people["V"], "en", 1)
    await vote(people["W"], "en", 2)
    before = await reopen(a)
    assert before == [(67, 2), (33, 1)]
    assert shown("en", "polls-results-step", step=3, closed="no") in a.last.text
    # no split by group while the poll is open (a group's column could move by one person)
    assert shown("en", "polls-split-at-close") in a.last.text
    assert shown("en", "polls-split-title") not in a.last.text

    # B, whom A knows, votes: A looks again and sees the same counts
    await vote(people["B"], "en", 2)
    assert await reopen(a) == before
    # A changing their own vote back and forth does not count as more people
    for option in (2, 1, 2):
        await a.press(label("en", "polls-change"))
        await a.press(option_button("en", option))
    assert await reopen(a) == before
    # a third person since the snapshot: the counts move, with three people's votes at once
    await vote(people["X"], "en", 1)
    after = await reopen(a)
    assert after == [(40, 2), (60, 3)]  # A now on 2, B on 2, X on 1
    assert marked(a.last.text) == [1]
    # and stay until three more people voted or changed
    await vote(people["Y"], "en", 1)
    assert await reopen(a) == after

    # staff see exact numbers
    admin = sb.user(ADMIN_ID, "Admin", language_code="en")
    await onboard(admin, "en", "bulgarian_citizen")
    await admin.send("/pollresults economic-migrants")
    assert "6 votes" in admin.last.caption
