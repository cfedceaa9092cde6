"""Back, skip, cancel, resume after a restart, wrong input and stale buttons in the chat."""

from __future__ import annotations

from tests.e2e.survey_driver import current_question, give, stored_answers
from tests.e2e.test_onboarding import onboard
from tests.e2e.test_survey import FOREIGN_NATIONAL, RESIDENT
from tests.e2e.texts import label, shown
from tests.fixtures import jpeg_bytes


async def advance_to(user, lang: str, script: dict, stop_at: str) -> None:
    """Open the questionnaire and answer until `stop_at` is on screen."""
    await user.send("/survey")
    for _ in range(60):
        question = current_question(user, lang)
        assert question is not None, user.last.text
        if question.name == stop_at:
            return
        await give(user, lang, question, script[question.name])
    raise AssertionError(f"never reached {stop_at}")


def on_screen(user, lang: str, key: str, **args) -> bool:
    """The text is in one of the newest messages (a reason comes just before the question)."""
    return any(shown(lang, key, **args) in (m.text or "") for m in user.visible[-2:])


async def test_back_changes_the_previous_answer(sb, running):
    petar = sb.user(2101, "Петър", language_code="bg")
    await onboard(petar, "bg", "bulgarian_citizen")
    await advance_to(petar, "bg", RESIDENT, "gender")
    await petar.press(label("bg", "survey-back"))
    assert current_question(petar, "bg").name == "age"
    assert on_screen(petar, "bg", "survey-previous-answer", answer=52)
    _, answers, _ = await stored_answers(running.database_url, 2101)
    assert "age" not in answers  # Back un-answers until a new answer is given
    await petar.send("53")
    assert current_question(petar, "bg").name == "gender"
    _, answers, _ = await stored_answers(running.database_url, 2101)
    assert answers == {"age": 53}


async def test_back_to_the_introduction_shows_it_under_the_title(sb, running):
    mila = sb.user(2107, "Мила", language_code="bg")
    await onboard(mila, "bg", "bulgarian_citizen")
    await mila.send("/survey")
    start = mila.last.text
    assert start.startswith(shown("bg", "sofia-integration-audit-title"))
    await mila.press(label("bg", "survey-continue"))
    assert current_question(mila, "bg").name == "age"
    age = mila.last.text
    # asked once how to answer, not twice ("with digits" in the question and the hint)
    assert age.count(shown("bg", "survey-type-number")) == 1
    assert "цифри" not in shown("bg", "sofia-integration-audit-age")
    await mila.press(label("bg", "survey-back"))
    assert mila.last.text == start  # the same screen as at the start, title included


async def test_cancel_then_resume_after_restart_or_start_again(sb, running):
    lina = sb.user(2102, "Lina", language_code="ar")
    await onboard(lina, "ar", "foreign_national")
    await advance_to(lina, "ar", FOREIGN_NATIONAL, "bulgarian_level")
    await lina.press(label("ar", "survey-cancel"))
    assert on_screen(lina, "ar", "survey-cancelled")
    await lina.send("مرحبا")  # no longer inside the questionnaire: the general answer
    assert on_screen(lina, "ar", "not-understood")
    await running.restart()
    await lina.send("/survey")
    assert lina.buttons()[0] == [label("ar", "survey-resume-continue")]
    await lina.press(label("ar", "survey-resume-continue"))
    assert current_question(lina, "ar").name == "bulgarian_level"
    _, answers, _ = await stored_answers(running.database_url, 2102)
    assert answers["years_in_sofia"] == "1_to_3"
    await lina.send("/cancel")
    assert on_screen(lina, "ar", "cancelled")
    await lina.send("/survey")
    await lina.press(label("ar", "survey-resume-restart"))
    assert current_question(lina, "ar").name in {"intro", "age"}
    _, answers, skipped = await stored_answers(running.database_url, 2102)
    assert answers == {} and skipped <= {"intro"}


async def test_wrong_input_gets_a_reason_and_the_same_question(sb, running):
    oleh = sb.user(2103, "Oleh", language_code="uk")
    await onboard(oleh, "uk", "foreign_national")
    await advance_to(oleh, "uk", FOREIGN_NATIONAL, "age")
    for typed, reason in [
        ("thirty", "survey-error-not-a-number"),
        ("200", "survey-error-number-range"),  # out of 16..120
        ("12", "sofia-integration-audit-age-constraint"),  # the form's constraint: 16 or older
        ("-5", "sofia-integration-audit-age-constraint"),  # not "from 0 to 120"
    ]:
        before = len(oleh.messages)
        await oleh.send(typed)
        assert len(oleh.messages) > before
        assert current_question(oleh, "uk").name == "age", oleh.last.text
        args = {"min": 16, "max": 120} if reason == "survey-error-number-range" else {}
        assert on_screen(oleh, "uk", reason, **args), oleh.visible[-2].text
    await oleh.send_photo(jpeg_bytes())
    assert on_screen(oleh, "uk", "survey-error-photo-not-expected")
    await oleh.send_document(b"%PDF-1.4 x", "cv.pdf", "application/pdf")
    assert current_question(oleh, "uk").name == "age"
    _, answers, _ = await stored_answers(running.database_url, 2103)
    assert "age" not in answers
    await oleh.send("41")
    await oleh.press(label("uk", "survey-skip"))  # gender is optional
    assert current_question(oleh, "uk").name == "years_in_sofia"
    await oleh.send("one to three")  # text where a button is expected
    assert on_screen(oleh, "uk", "survey-error-use-buttons")
    await give(oleh, "uk", current_question(oleh, "uk"), "1_to_3")
    await oleh.send("31.02.2021")  # arrival_date: no such day
    assert on_screen(oleh, "uk", "survey-error-date-format")
    _, answers, skipped = await stored_answers(running.database_url, 2103)
    assert answers == {"age": 41, "years_in_sofia": "1_to_3"}
    assert "gender" in skipped


async def test_too_long_text_is_refused_and_nothing_is_stored(sb, running):
    ana = sb.user(2104, "Ana", language_code="en")
    await onboard(ana, "en", "bulgarian_citizen")
    await advance_to(ana, "en", RESIDENT, "change_one_thing")
    await ana.send("x" * 1001)
    assert on_screen(ana, "en", "survey-error-text-too-long", max=1000, length=1001)
    assert current_question(ana, "en").name == "change_one_thing"
    _, answers, _ = await stored_answers(running.database_url, 2104)
    assert "change_one_thing" not in answers


async def test_stale_buttons_never_change_stored_answers(sb, running):
    sam = sb.user(2105, "Sam", language_code="en")
    await onboard(sam, "en", "bulgarian_citizen")
    await advance_to(sam, "en", RESIDENT, "age")
    age_message = sam.last
    await sam.send("40")  # typed: the gender question comes as a new message
    assert current_question(sam, "en").name == "gender"
    await sam.press(label("en", "survey-cancel"), message=age_message)  # an old message's button
    assert on_screen(sam, "en", "survey-stale")
    await give(sam, "en", current_question(sam, "en"), "man")
    status, answers, _ = await stored_answers(running.database_url, 2105)
    assert status == "in_progress"
    assert answers == {"age": 40, "gender": "man"}


def media_files(running) -> list[str]:
    return sorted(p.name for p in running.media_dir.rglob("*") if p.is_file())


async def test_a_photo_is_written_only_when_it_becomes_an_answer(sb, running):
    noor = sb.user(2106, "Noor", language_code="ar")
    await onboard(noor, "ar", "bulgarian_citizen")
    await advance_to(noor, "ar", RESIDENT, "age")
    await noor.send_photo(jpeg_bytes(color="navy"))  # a photo where the age is asked
    assert on_screen(noor, "ar", "survey-error-photo-not-expected")
    assert media_files(running) == []  # refused: nothing kept on disk
    await noor.send("44")
    script = {**RESIDENT, "age": "44"}
    for _ in range(40):
        question = current_question(noor, "ar")
        if question.name == "place_photo":
            break
        await give(noor, "ar", question, script[question.name])
    await noor.send_photo(jpeg_bytes(color="maroon"))
    _, answers, _ = await stored_answers(running.database_url, 2106)
    sha = answers["place_photo"].rsplit("/", 1)[-1].split(".")[0]
    assert media_files(running) == sorted([f"{sha}.jpg", f"{sha}.thumb.jpg"])
