"""What residents read on the poll screens: answers in full with short buttons, their current
vote marked when they change it, and closed polls' final results reachable from /polls."""

from __future__ import annotations

from dialogs.text import BUTTON_TEXT
from tests.e2e.conftest import ADMIN_ID
from tests.e2e.polls_helpers import (
    LINK,
    OPTION,
    list_button,
    marked,
    onboard,
    option_button,
)
from tests.e2e.texts import label, shown

LANGS = ("bg", "en", "ar", "fa", "uk", "ru")


async def test_answers_are_in_the_text_in_full_and_buttons_stay_short(sb, running):
    for i, lang in enumerate(LANGS):
        user = sb.user(8000 + i, f"U{i}", language_code=lang)
        await onboard(user, lang, "foreign_national")
        await user.command("/start", LINK)
        text, buttons = user.last.text, user.buttons()
        for number in (1, 2):
            full = label(lang, OPTION.format(number))
            assert full in text, (lang, text)
            [button] = buttons[number - 1]
            assert button == option_button(lang, number)
            assert button.startswith(f"{number}. ")
            assert len(button) <= len(f"{number}. ") + BUTTON_TEXT
            start = button.removeprefix(f"{number}. ")
            if len(full) > BUTTON_TEXT:  # cut at a word boundary, with "…"
                assert start.endswith("…") and full.startswith(start[:-1])
                assert full[len(start) - 1] in " ,"
            else:
                assert start == full
        # option 2 of the campaign poll is long in every language: its button is cut
        assert buttons[1][0].endswith("…"), lang


async def test_the_change_screen_marks_the_current_vote(sb, running):
    lena = sb.user(8101, "Lena", language_code="uk")
    await onboard(lena, "uk", "foreign_national")
    await lena.command("/start", LINK)
    poll_message = lena.last
    await lena.press(option_button("uk", 2))
    await lena.press(label("uk", "polls-change"), message=poll_message)
    assert poll_message.text.startswith(shown("uk", "polls-change-lead", multiple="no"))
    assert poll_message.buttons[:2] == [
        [option_button("uk", 1)],
        [option_button("uk", 2, mine=True)],
    ]
    assert poll_message.buttons[1][0].startswith("✓ ")
    assert marked(poll_message.text) == [1]  # "· ✔️ ваш голос" on the answer's line
    await lena.press(option_button("uk", 1), message=poll_message)
    await lena.press(label("uk", "polls-change"), message=poll_message)
    assert poll_message.buttons[0] == [option_button("uk", 1, mine=True)]
    assert marked(poll_message.text) == [0]


async def test_closed_polls_final_results_are_listed_under_polls(sb, running):
    omar = sb.user(8201, "Omar", language_code="en")
    await onboard(omar, "en", "foreign_national")
    await omar.send("/polls")
    question = label("en", "poll-economic-migrants-question")
    assert omar.buttons()[0] == [list_button("en", 1, question)]
    assert [label("en", "polls-closed-list")] not in omar.buttons()  # nothing closed yet

    admin = sb.user(ADMIN_ID, "Admin", language_code="en")
    await onboard(admin, "en", "bulgarian_citizen")
    await admin.send("/closepoll economic-migrants")
    await omar.send("/polls")
    assert omar.last.text.startswith(shown("en", "polls-list-empty"))
    await omar.press(label("en", "polls-closed-list"))
    assert omar.last.text.startswith(shown("en", "polls-closed-title"))
    assert question in omar.last.text
    await omar.press(list_button("en", 1, question))
    assert omar.last.text.startswith(shown("en", "polls-closed"))
    title = shown("en", "polls-results-title", question=question, closed="yes")
    assert title in omar.last.text
    await omar.press(label("en", "polls-other"))
    assert omar.last.text.startswith(shown("en", "polls-list-empty"))
    await omar.press(label("en", "polls-closed-list"))
    await omar.press(label("en", "polls-open-list"))
    assert omar.last.text.startswith(shown("en", "polls-list-empty"))
