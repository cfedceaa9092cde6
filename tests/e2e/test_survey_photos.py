"""Photos in the questionnaire: fetched only when a photo is asked, read no further than the
20 MB limit, and every failure of Telegram's file server is a polite refusal."""

from __future__ import annotations

from sqlalchemy import update

from storage.db import create_engine, session_factory
from storage.models_survey import Response
from tests.e2e.survey_driver import current_question, stored_answers
from tests.e2e.test_onboarding import onboard
from tests.e2e.test_survey import RESIDENT
from tests.e2e.test_survey_navigation import advance_to, media_files, on_screen
from tests.e2e.texts import label
from tests.fixtures import jpeg_bytes

MB = 1024 * 1024


def downloads_of(sb) -> tuple[int, int]:
    """(getFile calls, file-server requests) so far."""
    return sb.stats.calls["getFile"], len(sb.downloads)


async def test_a_photo_where_none_is_asked_is_never_downloaded(sb, running):
    dana = sb.user(2301, "Dana", language_code="en")
    await onboard(dana, "en", "bulgarian_citizen")
    await advance_to(dana, "en", RESIDENT, "age")
    await dana.send_photo(jpeg_bytes(color="navy"))
    assert on_screen(dana, "en", "survey-error-photo-not-expected")
    await dana.send_document(jpeg_bytes(color="olive"), "street.jpg", "image/jpeg")
    assert on_screen(dana, "en", "survey-error-photo-not-expected")
    await dana.send("37")
    await dana.press(label("en", "survey-skip"))  # gender
    assert current_question(dana, "en").name == "employment_status"
    await dana.send_photo(jpeg_bytes(color="maroon"))  # a button question
    assert on_screen(dana, "en", "survey-error-photo-not-expected")
    assert downloads_of(sb) == (0, 0)
    assert media_files(running) == []


async def test_a_failing_file_server_is_a_refusal_and_the_photo_can_be_sent_again(sb, running):
    ivo = sb.user(2302, "Иво", language_code="bg")
    await onboard(ivo, "bg", "bulgarian_citizen")
    await advance_to(ivo, "bg", RESIDENT, "place_photo")
    _, before, _ = await stored_answers(running.database_url, 2302)
    for fail in (lambda: sb.fail_download(502), lambda: sb.fail_download(404)):
        fail()
        await ivo.send_photo(jpeg_bytes(color="teal"))
        assert on_screen(ivo, "bg", "survey-error-photo-rejected", reason="download-failed")
        assert current_question(ivo, "bg").name == "place_photo"
    sb.fail_next("getFile", 500)  # Telegram's API itself failing is the same to the person
    await ivo.send_photo(jpeg_bytes(color="teal"))
    assert on_screen(ivo, "bg", "survey-error-photo-rejected", reason="download-failed")
    assert [d.status for d in sb.downloads] == [502, 404]
    status, answers, _ = await stored_answers(running.database_url, 2302)
    assert status == "in_progress" and answers == before  # nothing lost, nothing added
    assert media_files(running) == []
    await ivo.send_photo(jpeg_bytes(color="teal"))  # and again, now that the server works
    assert on_screen(ivo, "bg", "survey-thanks")
    status, answers, _ = await stored_answers(running.database_url, 2302)
    assert status == "completed" and "place_photo" in answers


async def test_a_file_of_unknown_size_over_20_mb_is_refused_without_reading_it_all(sb, running):
    zoya = sb.user(2303, "Зоя", language_code="ru")
    await onboard(zoya, "ru", "bulgarian_citizen")
    await advance_to(zoya, "ru", RESIDENT, "place_photo")
    big = b"\xff\xd8\xff\xe0" + bytes(48 * MB)
    sb.download_pause = 0.0005  # paced, so bytes_sent is about what the bot read
    # Telegram documents file_size as optional: without it, only reading can find the size
    await zoya.send_document(big, "scan.jpg", "image/jpeg", size_known=False)
    assert on_screen(zoya, "ru", "survey-error-photo-rejected", reason="too-big-download")
    [download] = sb.downloads
    assert not download.complete and download.bytes_sent < 28 * MB
    assert current_question(zoya, "ru").name == "place_photo"
    assert media_files(running) == []


async def test_input_after_the_response_vanished_gets_an_answer_not_silence(sb, running):
    omar = sb.user(2304, "Omar", language_code="ar")
    await onboard(omar, "ar", "visitor")
    await advance_to(omar, "ar", RESIDENT, "age")
    engine = create_engine(running.database_url)  # finished elsewhere (another device...)
    try:
        async with session_factory(engine)() as session, session.begin():
            await session.execute(update(Response).values(status="completed"))
    finally:
        await engine.dispose()
    before = len(omar.messages)
    await omar.send_photo(jpeg_bytes())
    assert len(omar.messages) == before + 1 and on_screen(omar, "ar", "unsupported-input")
    await omar.send("٣٤")
    assert on_screen(omar, "ar", "not-understood")
    assert downloads_of(sb) == (0, 0)
