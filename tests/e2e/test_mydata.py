""" "My data" end to end: a person sees their own answers, readable in their language and page
by page, takes the whole record home as a file, and changes their group with the current marked."""

from __future__ import annotations

import datetime
import json
import logging
import re

from sqlalchemy import select

from storage.db import create_engine, session_factory
from storage.models import Person
from storage.models_survey import Answer
from tests.e2e.photovoice_helpers import submit_one
from tests.e2e.survey_driver import FORM, take_survey
from tests.e2e.test_onboarding import onboard
from tests.e2e.test_survey import FOREIGN_NATIONAL, RESIDENT
from tests.e2e.texts import label, shown
from tests.photovoice.images import jpeg

POLL_LINK = "poll_economic-migrants"
POLL_OPTION = "poll-economic-migrants-option-{}"


async def rows(running, model, **where) -> list:
    engine = create_engine(running.database_url)
    try:
        async with session_factory(engine)() as session:
            stmt = select(model).filter_by(**where).order_by(model.id)
            return list((await session.execute(stmt)).scalars())
    finally:
        await engine.dispose()


async def vote(user, lang: str, option: int = 1) -> None:
    await user.command("/start", POLL_LINK)
    await user.press(f"{option}. ")  # buttons show the number and the start of the answer


async def all_answer_pages(user, lang: str) -> list[str]:
    """Open "See my answers" and read every page (pressing "Next" until there is none)."""
    await user.send("/mydata")
    await user.press(label(lang, "mydata-answers"))
    pages = [user.last.text]
    while label(lang, "mydata-answers-next") in [b for row in user.buttons() for b in row]:
        await user.press(label(lang, "mydata-answers-next"))
        pages.append(user.last.text)
    return pages


def choice(lang: str, question: str, code: str) -> str:
    return label(lang, FORM.question(question).choice_message(code))


def info_logs(caplog) -> str:
    return "\n".join(r.getMessage() for r in caplog.records if r.levelno >= logging.INFO)


async def test_my_answers_are_shown_readably_in_my_language_and_counted_right(sb, running, caplog):
    caplog.set_level(logging.INFO)
    reza = sb.user(3001, "Reza", language_code="fa")
    await onboard(reza, "fa", "foreign_national")
    await take_survey(reza, "fa", FOREIGN_NATIONAL)  # finished, with a photo as an answer
    await vote(reza, "fa", 2)

    await reza.send("/mydata")
    overview = reza.last.text
    assert shown("fa", "mydata-records", kind="finished", count=1) in overview
    assert shown("fa", "mydata-records", kind="photos", count=1) in overview
    assert shown("fa", "mydata-records", kind="votes", count=1) in overview
    given = sum(1 for k, v in FOREIGN_NATIONAL.items() if v is not None and k != "gender")
    assert shown("fa", "mydata-records", kind="answers", count=given) in overview
    unfinished = shown("fa", "mydata-records", kind="unfinished", count=1).split(":")[0]
    assert unfinished not in overview  # a finished questionnaire is not an open one

    pages = await all_answer_pages(reza, "fa")
    assert len(pages) > 1  # paged, each page within Telegram's limits (the sandbox checks)
    assert shown("fa", "mydata-answers-title-paged", page=2, pages=len(pages)) in pages[1]
    text = "\n".join(pages)
    for name in FOREIGN_NATIONAL:
        question = FORM.question(name)
        if not question.is_note:
            assert shown("fa", question.message) in text, name
    # choice labels, never codes
    assert choice("fa", "years_in_sofia", "1_to_3") in text
    assert choice("fa", "residence_status", "international_protection") in text
    assert "international_protection" not in text and "1_to_3" not in text
    for code in FOREIGN_NATIONAL["barriers"]:
        assert choice("fa", "barriers", code) in text
    # a typed date written out, a typed text as typed, a skipped question and a photo named
    assert shown("fa", "mydata-answer-date", date=datetime.date(2021, 5, 3)) in text
    assert FOREIGN_NATIONAL["change_one_thing"] in text
    assert shown("fa", "mydata-answer-skipped") in text
    assert shown("fa", "mydata-answer-photo") in text
    [photo] = await rows(running, Answer, question="place_photo")
    assert photo.value not in text  # the image's storage key is nobody's business
    # the poll vote, with the question and the option chosen
    assert shown("fa", "poll-economic-migrants-question") in text
    assert shown("fa", POLL_OPTION.format(2)) in text
    assert shown("fa", POLL_OPTION.format(1)) not in text
    # back to the overview from the last page
    await reza.press(label("fa", "mydata-back"))
    assert shown("fa", "mydata-title") in reza.last.text
    # shown to Reza only: nothing of it in the logs
    logged = info_logs(caplog)
    assert FOREIGN_NATIONAL["change_one_thing"] not in logged and str(reza.id) not in logged


async def test_the_whole_record_downloads_as_a_file_without_ids_or_paths(sb, running, caplog):
    caplog.set_level(logging.INFO)
    ana = sb.user(3002, "Ana", language_code="en")
    await onboard(ana, "en", "foreign_national")
    await take_survey(ana, "en", FOREIGN_NATIONAL)
    await vote(ana, "en", 1)
    await submit_one(ana, jpeg(5), story=("A bus stop with no shade.",))

    await ana.send("/mydata")
    await ana.press(label("en", "mydata-export"))
    document = ana.last
    assert document.document is not None and document.document["file_name"].endswith(".json")
    assert document.caption == shown("en", "mydata-export-caption")
    raw = document.document_bytes()
    record = json.loads(raw)

    assert record["profile"]["language"] == "en"
    assert record["profile"]["group"] == "foreign_national"
    assert record["profile"]["group_text"] == label("en", "group-foreign-national")
    [consent] = record["consents"]
    assert consent["given_at"] and consent["withdrawn_at"] is None
    [questionnaire] = record["questionnaires"]
    assert questionnaire["status"] == "finished"
    answers = {a["question"]: a for a in questionnaire["answers"]}
    years = answers["years_in_sofia"]
    assert years["answer"] == "1_to_3"
    assert years["answer_text"] == choice("en", "years_in_sofia", "1_to_3")
    assert years["question_text"] == label("en", FORM.question("years_in_sofia").message)
    assert answers["barriers"]["answer_text"] == [
        choice("en", "barriers", "language"),
        choice("en", "barriers", "discrimination"),
    ]
    assert answers["gender"]["skipped"] is True
    assert answers["place_photo"]["answer"] is None
    assert answers["place_photo"]["answer_text"] == label("en", "mydata-answer-photo")
    [ballot] = record["poll_votes"]
    assert ballot["choices"] == [label("en", POLL_OPTION.format(1))]
    [submission] = record["photovoice"]
    assert submission["status"] == "submitted" and submission["photos"] == 1
    assert submission["story"][0]["text"] == "A bus stop with no shade."

    # nothing that names anyone or says where a file is
    text = raw.decode("utf-8")
    assert str(ana.id) not in text and "telegram" not in text.lower()
    [person] = await rows(running, Person, telegram_id=ana.id)
    photo_key = (await rows(running, Answer, question="place_photo"))[0].value
    sha = photo_key.rsplit("/", 1)[-1].split(".")[0]
    assert sha not in text and str(running.media_dir) not in text
    assert '"person_id"' not in text and f'"id": {person.id}' not in text
    logged = info_logs(caplog)
    assert "A bus stop with no shade." not in logged and str(ana.id) not in logged


async def test_change_group_marks_the_current_choice(sb, running):
    maria = sb.user(3005, "Мария", language_code="bg")
    await onboard(maria, "bg", "bulgarian_citizen")
    await maria.send("/mydata")
    await maria.press(label("bg", "mydata-change-group"))
    current = label("bg", "group-current", name=label("bg", "group-bulgarian-citizen"))
    flat = [b for row in maria.buttons() for b in row]
    assert current in flat
    assert label("bg", "group-eu-citizen") in flat
    assert sum(b.startswith("✓") for b in flat) == 1
    await maria.press(label("bg", "group-eu-citizen"))
    await maria.send("/mydata")
    await maria.press(label("bg", "mydata-change-group"))
    flat = [b for row in maria.buttons() for b in row]
    assert label("bg", "group-current", name=label("bg", "group-eu-citizen")) in flat
    assert label("bg", "group-bulgarian-citizen") in flat


async def test_an_answer_longer_than_a_message_is_shown_whole_over_two(sb, running):
    maria = sb.user(3007, "Мария", language_code="bg")
    await onboard(maria, "bg", "bulgarian_citizen")
    typed = "<&>" * 333  # 999 characters; written in HTML (&lt;&amp;&gt;) over 4,096
    await take_survey(maria, "bg", {**RESIDENT, "change_one_thing": typed})
    await maria.send("/mydata")
    new = await maria.press(label("bg", "mydata-answers"))
    seen = [m.text for m in new[:-1]] + [maria.last.text]  # a page is edited in place
    most = len(new)
    while label("bg", "mydata-answers-next") in [b for row in maria.buttons() for b in row]:
        new = await maria.press(label("bg", "mydata-answers-next"))
        seen += [m.text for m in new[:-1]] + [maria.last.text]
        most = max(most, len(new))
    assert most >= 2  # the page with the long answer came as two messages
    assert typed in re.sub(r"\s", "", "".join(seen))  # whole, and Telegram took every part
