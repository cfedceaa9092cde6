"""Answers the audit questionnaire as a person would: reads the question shown, presses or types.

A script maps question names to answers; the driver records which questions were asked, so a
test can compare the path taken with the skip logic it expects.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from bot.l10n import LOCALES_DIR
from dialogs.survey import Form, Question
from dialogs.survey.session import DEFAULT_FORM, FormCatalog
from storage.db import create_engine, session_factory
from storage.models import Person
from storage.models_survey import Answer, Response
from tests.e2e.texts import label, shown

FORM: Form = FormCatalog.load(LOCALES_DIR).current(DEFAULT_FORM)  # type: ignore[assignment]
SKIP = object()


def current_question(user: Any, lang: str) -> Question | None:
    text = user.last.text or ""
    for question in FORM.questions:
        if shown(lang, question.message) in text:
            return question
    return None


async def give(user: Any, lang: str, question: Question, answer: Any) -> None:
    if answer is SKIP:
        await user.press(label(lang, "survey-skip"))
    elif question.type == "note":
        await user.press(label(lang, "survey-continue"))
    elif question.type == "single_choice":
        await user.press(label(lang, question.choice_message(answer)))
    elif question.type == "multiple_choice":
        for code in answer:
            await user.press(label(lang, question.choice_message(code)))
        await user.press(label(lang, "survey-done"))
    elif question.type == "yes_no":
        await user.press(label(lang, "survey-yes" if answer == "yes" else "survey-no"))
    elif question.type == "photo":
        await user.send_photo(answer)
    elif question.type == "rating":
        await user.press(label(lang, "survey-rating-value", value=answer))
    else:  # integer, text, date: typed
        await user.send(str(answer))


async def take_survey(user: Any, lang: str, script: dict[str, Any]) -> list[str]:
    """Open the questionnaire and answer until the thank-you; returns the questions asked."""
    await user.send("/survey")
    asked: list[str] = []
    for _ in range(60):
        if shown(lang, "survey-thanks") in (user.last.text or ""):
            return asked
        question = current_question(user, lang)
        assert question is not None, f"no known question on screen: {user.last.text!r}"
        assert question.name in script, f"unexpected question {question.name}"
        asked.append(question.name)
        await give(user, lang, question, script[question.name])
    raise AssertionError("the questionnaire did not end")


async def stored_answers(database_url: str, telegram_id: int) -> tuple[str, dict[str, Any], set]:
    """(response status, answers by question, skipped questions) of the person's response."""
    engine = create_engine(database_url)
    try:
        async with session_factory(engine)() as session:
            person = (
                await session.execute(select(Person).where(Person.telegram_id == telegram_id))
            ).scalar_one()
            response = (
                await session.execute(select(Response).where(Response.person_id == person.id))
            ).scalar_one()
            rows = (
                await session.execute(select(Answer).where(Answer.response_id == response.id))
            ).scalars()
            answers: dict[str, Any] = {}
            skipped = set()
            for row in rows:
                assert not row.is_draft, f"a draft was left behind for {row.question}"
                if row.skipped:
                    skipped.add(row.question)
                else:
                    answers[row.question] = row.value
            return response.status, answers, skipped
    finally:
        await engine.dispose()
