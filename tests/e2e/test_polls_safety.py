"""Polls against what a modified client or a careless paste can send: forged buttons with huge
numbers, and staff poll texts with invisible direction marks and control characters."""

from __future__ import annotations

from storage.models_polls import Vote
from tests.e2e.polls_helpers import LINK, forge, onboard, stored
from tests.e2e.texts import label

NINES = "9" * 24


async def test_forged_presses_with_24_nines_are_expired_and_store_nothing(sb, running):
    mira = sb.user(6301, "Mira", language_code="en")
    await onboard(mira, "en", "bulgarian_citizen")
    await mira.command("/start", LINK)
    poll_message = mira.last
    shown_before = (poll_message.text, poll_message.buttons)
    for data in (
        f"pv:{NINES}:0",
        f"pv:{NINES}:0:c",
        f"pt:{NINES}:0:0",
        f"ps:{NINES}:1",
        f"po:{NINES}",
        f"pc:{NINES}",
        f"pv:1:{NINES}",
        f"pt:1:{NINES}:0",
    ):
        assert await forge(mira, poll_message, data) == [], data  # no error message
        answer = mira.callback_answers[-1]
        assert (answer["data"], answer["text"]) == (data, label("en", "button-expired"))
    assert (mira.last.text, mira.last.buttons) == shown_before
    assert await stored(running.database_url, Vote) == []
