"""Polls against what a modified client or a careless paste can send: forged buttons with huge
numbers, and staff poll texts with invisible direction marks and control characters."""

from __future__ import annotations

from storage.models_polls import PollText, Vote
from tests.e2e.conftest import ADMIN_ID
from tests.e2e.polls_helpers import LINK, forge, onboard, stored
from tests.e2e.texts import label, shown

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
    # the toast says where to go in plain words (it once said "open the /menu")
    assert answer["text"].endswith("go to the main menu: /menu")
    assert await stored(running.database_url, Vote) == []


async def test_staff_poll_texts_lose_direction_overrides_and_control_characters(sb, running):
    admin = sb.user(ADMIN_ID, "Admin", language_code="en")
    await onboard(admin, "en", "bulgarian_citizen")
    await admin.send("/newpoll")
    await admin.send("\u202ebus-stops\u202c")
    assert admin.last.text == shown("en", "polls-new-question", language="English")
    await admin.send("\u2066\u202e")  # nothing but invisible characters
    assert admin.messages[-2].text == shown("en", "polls-new-empty")
    assert admin.last.text == shown("en", "polls-new-question", language="English")
    await admin.send("Is your \u202estop\u202c lit\x07 at night?")
    await admin.send("\u202bYes\u202c\nNo\x00\n\u200f\u2067\n")
    [text] = await stored(running.database_url, PollText)
    assert (text.question, text.options) == ("Is your stop lit at night?", ["Yes", "No"])
    await admin.press("فارسی")
    await admin.send("آیا ایستگاه\u200cها روشن است؟\u202e")
    await admin.send("بله\nنه")
    texts = {t.language: t for t in await stored(running.database_url, PollText)}
    assert texts["fa"].question == "آیا ایستگاه\u200cها روشن است؟"  # the Persian ZWNJ stays
