"""Photovoice review end to end: a wider choice goes back to the moderators, the name shown is
the one reviewed, a reason written in the moderator's own words, and posts that wait for a
public channel."""

from __future__ import annotations

import pytest

from storage.models_photovoice import ReasonRequest
from tests.e2e.conftest import ADMIN_ID
from tests.e2e.harness import RunningBot
from tests.e2e.photovoice_helpers import (
    CHANNEL,
    button_data,
    onboard,
    press_data,
    rows,
    submissions,
    submit_one,
)
from tests.e2e.texts import label, shown
from tests.photovoice.images import jpeg


@pytest.fixture
async def pv(sb, tmp_path):
    sb.add_channel(CHANNEL, "Sofia photovoice")
    bot = RunningBot(
        sb,
        tmp_path,
        admin_ids=str(ADMIN_ID),
        public_channel_id=CHANNEL,
        media_dir=str(tmp_path / "media"),
    )
    await bot.start()
    yield bot
    await bot.stop()


async def moderator(sb):
    mod = sb.user(ADMIN_ID, "Moderator", language_code="en")
    await onboard(mod)
    return mod


async def approve_next(mod) -> None:
    await mod.command("/review")
    await mod.press(label("en", "pv-review-approve"))


async def choose_in_my_data(user, display: str, name: str = "") -> None:
    await user.command("/mydata")
    await user.press(label("en", "pv-my-button"))
    [[item], *_] = user.buttons()
    await user.press(item)
    await user.press(label("en", f"pv-display-{display}", name=name))


async def test_research_only_made_public_waits_for_a_new_review(sb, pv):
    amal = sb.user(2201, "Amal", language_code="en")
    await onboard(amal)
    await submit_one(amal, jpeg(101), display="research")
    mod = await moderator(sb)
    await approve_next(mod)
    assert sb.channel_posts(CHANNEL) == []

    await choose_in_my_data(amal, "anonymous")
    assert shown("en", "pv-my-back-to-review") in amal.last.text
    [submission] = await submissions(pv)
    assert (submission.status, submission.display) == ("submitted", "anonymous")
    assert sb.channel_posts(CHANNEL) == []  # nothing public before a moderator looks again

    await mod.command("/review")
    assert shown("en", "pv-review-display-anonymous") in mod.last.text
    await mod.press(label("en", "pv-review-approve"))
    [post] = sb.channel_posts(CHANNEL)
    assert "Amal" not in post["caption"]


async def test_adding_the_name_keeps_the_reviewed_post_until_the_name_is_reviewed(sb, pv):
    amal = sb.user(2202, "Amal Hassan", language_code="en")
    await onboard(amal)
    await submit_one(amal, jpeg(102), display="anonymous")
    mod = await moderator(sb)
    await approve_next(mod)
    [anonymous] = sb.channel_posts(CHANNEL)

    await choose_in_my_data(amal, "named", name="Amal")
    assert shown("en", "pv-my-review-name") in amal.last.text
    [submission] = await submissions(pv)
    assert (submission.status, submission.attribution) == ("submitted", "Amal")
    assert sb.channel_posts(CHANNEL) == [anonymous]  # the channel is left as it was

    # a new Telegram first name after the choice is never what the channel shows
    amal.info.first_name = "@scam_channel"
    await amal.command("/mydata")
    await mod.command("/review")
    assert shown("en", "pv-review-display-named", name="Amal") in mod.last.text
    await mod.press(label("en", "pv-review-approve"))
    [named] = sb.channel_posts(CHANNEL)
    assert named["message_id"] != anonymous["message_id"]
    assert shown("bg", "pv-channel-by", name="Amal") in named["caption"]
    assert "scam" not in named["caption"]


async def test_approve_of_a_card_the_person_changed_since_decides_nothing(sb, pv):
    amal = sb.user(2203, "Amal", language_code="en")
    await onboard(amal)
    await submit_one(amal, jpeg(103), display="anonymous")
    mod = await moderator(sb)
    await mod.command("/review")
    card = mod.last
    approve = button_data(card, label("en", "pv-review-approve"))
    await choose_in_my_data(amal, "named", name="Amal")  # while the moderator looks
    await press_data(mod, card, approve)
    assert mod.callback_answers[-1]["text"] == label("en", "pv-review-changed")
    [submission] = await submissions(pv)
    assert submission.status == "submitted" and sb.channel_posts(CHANNEL) == []
    assert shown("en", "pv-review-display-named", name="Amal") in mod.last.text


async def test_another_reason_is_written_by_the_moderator_and_survives_a_restart(sb, pv):
    nadia = sb.user(2204, "Nadia", language_code="ar")
    await onboard(nadia, "ar")
    await submit_one(nadia, jpeg(104), lang="ar", display="anonymous", theme="health")
    mod = await moderator(sb)
    await mod.command("/review")
    card = mod.last
    await mod.press(label("en", "pv-review-reject"))
    await mod.press(label("en", "pv-reject-other"))
    [submission] = await submissions(pv)
    assert shown("en", "pv-reason-write", id=submission.id, max=500) in card.text

    await pv.restart()
    await mod.send("x" * 501)
    assert shown("en", "pv-reason-too-long", length=501) in mod.last.text
    await mod.send("The sign shows a \u202eshop\u202c name and\x07 a phone number.")
    [submission] = await submissions(pv)
    written = "The sign shows a shop name and a phone number."
    assert (submission.status, submission.reject_reason) == ("rejected", "other")
    assert submission.reject_note == written
    theme = label("ar", "pv-theme-health")
    note = "\n\n".join(
        [
            shown("ar", "pv-note-rejected-intro", theme=theme),
            shown("ar", "pv-note-rejected-note", reason=written),
            shown("ar", "pv-note-rejected-after"),
        ]
    )
    await nadia.wait_for(lambda u: u.last.text == note)
    # the moderator's next words are not taken as a reason any more
    await mod.send("hello")
    assert (await submissions(pv))[0].reject_note == written


async def test_cancel_while_writing_a_reason_leaves_the_submission_undecided(sb, pv):
    omar = sb.user(2205, "Omar", language_code="en")
    await onboard(omar)
    await submit_one(omar, jpeg(105), display="anonymous")
    mod = await moderator(sb)
    await mod.command("/review")
    await mod.press(label("en", "pv-review-reject"))
    await mod.press(label("en", "pv-reject-other"))
    assert len(await rows(pv, ReasonRequest)) == 1
    await mod.command("/cancel")
    assert shown("en", "cancelled") in mod.last.text
    assert await rows(pv, ReasonRequest) == []  # nothing waits for a reason any more
    await mod.send("Too dark.")
    [submission] = await submissions(pv)
    assert (submission.status, submission.reject_note) == ("submitted", None)
    await mod.command("/review")
    assert shown("en", "pv-review-title", id=submission.id, waiting=1) in mod.last.text


async def test_approved_public_photo_waits_for_a_channel_and_is_posted_when_there_is_one(
    sb, tmp_path
):
    running = RunningBot(sb, tmp_path, admin_ids=str(ADMIN_ID))  # no public channel yet
    await running.start()
    try:
        ivan = sb.user(2206, "Ivan", language_code="bg")
        await onboard(ivan, "bg", "bulgarian_citizen")
        await submit_one(ivan, jpeg(106), lang="bg", display="anonymous", theme="safety")
        mod = await moderator(sb)
        await approve_next(mod)
        theme = label("bg", "pv-theme-safety")
        await ivan.wait_for(
            lambda u: u.last.text == shown("bg", "pv-note-approved-waiting", theme=theme)
        )
        await ivan.command("/mydata")
        await ivan.press(label("bg", "pv-my-button"))
        assert label("bg", "pv-status-approved-waiting") in ivan.buttons()[0][0]
        await ivan.press(label("bg", "pv-status-approved-waiting"))
        assert shown("bg", "pv-status-approved-waiting") in ivan.last.caption

        sb.add_channel(CHANNEL, "Sofia photovoice")
        running.overrides["public_channel_id"] = CHANNEL
        await running.restart()
        [post] = sb.channel_posts(CHANNEL)
        assert post["photo"]
        await ivan.wait_for(
            lambda u: u.last.text == shown("bg", "pv-note-now-public", theme=theme)
        )
        await running.restart()  # once only
        assert len(sb.channel_posts(CHANNEL)) == 1
    finally:
        await running.stop()
