"""Photovoice steps end to end: the last photo, removing a photo, Back, a too-long answer,
limits for one person, forged buttons, and text cleaned of direction overrides."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import UTC, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.e2e.conftest import ADMIN_ID
from tests.e2e.harness import RunningBot
from tests.e2e.photovoice_helpers import (
    finish,
    media_files,
    onboard,
    photos,
    press_data,
    start_photo,
    submissions,
    submit_one,
    tell_story,
)
from tests.e2e.texts import label, shown
from tests.photovoice.images import jpeg


@pytest.fixture
async def pv(sb, tmp_path):
    bot = RunningBot(sb, tmp_path, admin_ids=str(ADMIN_ID), media_dir=str(tmp_path / "media"))
    await bot.start()
    bot.media = tmp_path / "media"
    yield bot
    await bot.stop()


def set_form(pv, **changes) -> None:
    deps = pv.app.dp["photovoice"]
    deps.form = replace(deps.form, **changes)


async def test_the_third_photo_says_it_was_the_last_and_a_photo_can_be_removed(sb, pv):
    amal = sb.user(2301, "Amal", language_code="en")
    await onboard(amal)
    await start_photo(amal)
    await amal.send_photo(jpeg(201))
    await amal.send_photo(jpeg(202))
    assert amal.last.text == shown("en", "pv-photo-received", count=2, max=3)
    await amal.send_photo(jpeg(203))
    assert amal.last.text == shown("en", "pv-photo-received-last", count=3)
    assert len(media_files(pv.media)) == 6

    await amal.press(label("en", "pv-remove-button"))
    assert amal.buttons()[0] == [label("en", "pv-remove-photo", n=n) for n in (1, 2, 3)]
    await amal.press(label("en", "pv-remove-photo", n=2))
    assert shown("en", "pv-photo-removed") in amal.last.text
    assert shown("en", "pv-photos-so-far", count=2, max=3) in amal.last.text
    assert shown("en", "pv-photos-more") in amal.last.text
    kept = await photos(pv)
    assert len(kept) == 2 and len(media_files(pv.media)) == 4
    assert {p.image_key for p in kept} | {p.thumb_key for p in kept} == {
        f.relative_to(pv.media).as_posix() for f in media_files(pv.media)
    }
    await amal.send_photo(jpeg(202))  # the removed one may come back
    assert len(await photos(pv)) == 3


async def test_back_goes_through_the_story_and_consent_steps(sb, pv):
    olena = sb.user(2302, "Olena", language_code="uk")
    await onboard(olena, "uk")
    await start_photo(olena, "uk")
    await olena.send_photo(jpeg(211))
    await olena.press(label("uk", "pv-next"))
    await olena.send("Перша відповідь")
    assert shown("uk", "pv-story-happening") in olena.last.text
    await olena.press(label("uk", "pv-back"))
    assert shown("uk", "pv-story-see") in olena.last.text
    await olena.press(label("uk", "pv-back"))
    assert shown("uk", "pv-photos-so-far", count=1, max=3) in olena.last.text
    await olena.press(label("uk", "pv-next"))
    for _ in range(5):
        await olena.press(label("uk", "pv-skip"))
    await olena.press(label("uk", "pv-recognisable-yes"))
    assert shown("uk", "pv-agreement-question") in olena.last.text
    await olena.press(label("uk", "pv-back"))
    assert shown("uk", "pv-recognisable-question") in olena.last.text
    await olena.press(label("uk", "pv-back"))
    assert shown("uk", "pv-story-do") in olena.last.text
    await olena.press(label("uk", "pv-skip"))
    await olena.press(label("uk", "pv-recognisable-no"))
    await olena.press(label("uk", "pv-display-anonymous"))
    await olena.press(label("uk", "pv-back"))  # from the check before sending
    assert shown("uk", "pv-display-question") in olena.last.text
    await olena.press(label("uk", "pv-display-research"))
    await olena.press(label("uk", "pv-send"))
    [submission] = await submissions(pv)
    assert (submission.status, submission.display) == ("submitted", "research")
    assert submission.story == {"see": "Перша відповідь"}  # kept through Back


async def test_a_too_long_answer_shows_the_question_again_with_its_buttons(sb, pv):
    set_form(pv, max_answer_chars=50)
    farid = sb.user(2303, "Farid", language_code="fa")
    await onboard(farid, "fa")
    await start_photo(farid, "fa")
    await farid.send_photo(jpeg(221))
    await farid.press(label("fa", "pv-next"))
    await farid.send("x" * 51)
    assert shown("fa", "pv-story-too-long", max=50) in farid.last.text
    assert shown("fa", "pv-story-see") in farid.last.text
    await farid.press(label("fa", "pv-skip"))  # the buttons came back with the question
    assert shown("fa", "pv-story-happening") in farid.last.text


async def test_limits_for_one_person_say_when_to_send_again(sb, pv):
    set_form(pv, max_submissions_per_day=1)
    ana = sb.user(2304, "Ana", language_code="ru")
    await onboard(ana, "ru")
    await submit_one(ana, jpeg(231), lang="ru")
    await ana.command("/photo")
    [first] = await submissions(pv)
    free_at = (first.created_at.replace(tzinfo=UTC) + timedelta(hours=24)).astimezone(
        ZoneInfo("Europe/Sofia")
    )
    expected = shown(
        "ru",
        "pv-limit-day",
        max=1,
        date=free_at.replace(tzinfo=None),
        time=free_at.strftime("%H:%M"),
    )
    assert ana.last.text == expected
    assert len(await submissions(pv)) == 1  # no new draft
    await ana.send_photo(jpeg(232))
    assert len(await photos(pv)) == 1

    set_form(pv, max_submissions_per_day=5, max_waiting_per_person=1)
    await ana.command("/photo")
    assert ana.last.text == shown("ru", "pv-limit-waiting", count=1)

    set_form(pv, max_waiting_per_person=5, max_photos_per_person=2)
    await start_photo(ana, "ru")
    await ana.send_photo(jpeg(233))
    calls = sb.stats.calls["getFile"]
    await ana.send_photo(jpeg(234))
    assert ana.last.text == shown("ru", "pv-limit-photos", max=2)
    assert sb.stats.calls["getFile"] == calls  # refused before downloading
    assert len(await photos(pv)) == 2


async def test_forged_buttons_with_huge_ids_are_expired_not_errors(sb, pv, caplog):
    amal = sb.user(2305, "Amal", language_code="en")
    await onboard(amal)
    await submit_one(amal, jpeg(241))
    mod = sb.user(ADMIN_ID, "Moderator", language_code="en")
    await onboard(mod)
    await mod.command("/review")
    card = mod.last
    caplog.set_level(logging.ERROR)
    nines = "9" * 24
    forged = [
        (amal, f"ph:my:{nines}"),
        (amal, f"ph:mys:{nines}:named"),
        (amal, f"ph:mydy:{2**31}"),
        (amal, "ph:rm:-1"),
        (amal, "ph:skip:x"),
        (amal, "ph:theme"),
        (mod, f"phm:ok:{nines}:abc"),
        (mod, f"phm:r:{2**31}:other"),
        (mod, "phm:next:"),
    ]
    for user, data in forged:
        before = len(user.messages)
        await press_data(user, card if user is mod else amal.last, data)
        assert user.callback_answers[-1]["text"] == label("en", "button-expired"), data
        assert len(user.messages) == before, data  # no error message, nothing else
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == []


async def test_direction_overrides_are_cleaned_from_stories_and_names(sb, pv):
    eve = sb.user(2306, "\u202eevE\u202c Smith", language_code="en")
    await onboard(eve)
    await start_photo(eve)
    await eve.send_photo(jpeg(251))
    await tell_story(eve, "en", ("A \u202estreet\u202c\x00 with no light.",))
    await eve.press(label("en", "pv-recognisable-no"))
    assert eve.buttons()[0] == [label("en", "pv-display-named", name="evE")]
    await eve.press(label("en", "pv-display-named", name="evE"))
    await eve.press(label("en", "pv-send"))
    [submission] = await submissions(pv)
    assert submission.attribution == "evE"
    assert submission.story == {"see": "A street with no light."}


async def test_finish_helper_still_works_after_back(sb, pv):
    """Back from the people question and forward again lands on the same choices."""
    lina = sb.user(2307, "Lina", language_code="bg")
    await onboard(lina, "bg")
    await start_photo(lina, "bg")
    await lina.send_photo(jpeg(261))
    await tell_story(lina, "bg")
    await lina.press(label("bg", "pv-back"))
    await lina.press(label("bg", "pv-skip"))
    await finish(lina, "bg", display="anonymous")
    assert shown("bg", "pv-confirm-title") in lina.last.caption
