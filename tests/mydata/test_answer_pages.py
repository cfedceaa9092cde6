"""Every page of "My answers" fits one Telegram message, in every language, even when every
question of the audit is answered with its longest choices; nothing is lost between pages."""

from __future__ import annotations

import datetime
import html
import re
from dataclasses import dataclass, field
from typing import Any

import pytest

from bot.l10n import LOCALES_DIR, Locales
from bot.render import MAX_TEXT, text_of
from dialogs.languages import LANGUAGES
from dialogs.mydata import answers_page
from dialogs.mydata.answers import items, paginate
from dialogs.mydata.records import PersonalRecords, Questionnaire
from dialogs.survey.readback import read_back
from dialogs.survey.session import DEFAULT_FORM, FormCatalog

FORM = FormCatalog.load(LOCALES_DIR).current(DEFAULT_FORM)
LOCALES = Locales()
WHEN = datetime.datetime(2026, 11, 30, 12, 0, tzinfo=datetime.UTC)


@dataclass(frozen=True)
class StoredResponse:
    form_id: str
    form_version: int
    answers: dict[str, Any]
    skipped: frozenset[str] = frozenset()
    status: str = "completed"
    language: str = "en"
    started_at: datetime.datetime = WHEN
    updated_at: datetime.datetime = WHEN
    completed_at: datetime.datetime | None = WHEN


@dataclass(frozen=True)
class Records:
    questionnaires: list[Questionnaire]
    consents: list[Any] = field(default_factory=list)
    votes: list[Any] = field(default_factory=list)
    submissions: list[Any] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)


def longest_answers(typed: str) -> dict[str, Any]:
    """Every question answered, multiple choice with every choice, typed text as given."""
    answers: dict[str, Any] = {}
    assert FORM is not None
    for q in FORM.questions:
        if q.type == "single_choice":
            answers[q.name] = q.choices[-1]
        elif q.type == "multiple_choice":
            answers[q.name] = list(q.choices)
        elif q.type == "yes_no":
            answers[q.name] = "yes"
        elif q.type == "rating":
            answers[q.name] = q.max
        elif q.type == "integer":
            answers[q.name] = 120
        elif q.type == "date":
            answers[q.name] = "2021-05-03"
        elif q.type == "text":
            answers[q.name] = typed
        elif q.type == "photo":
            answers[q.name] = "ab/cd/" + "ab" * 32 + ".jpg"
    return answers


def records_with(typed: str) -> PersonalRecords:
    assert FORM is not None
    answers = longest_answers(typed)
    response = StoredResponse(FORM.id, FORM.version, answers)
    questionnaire = Questionnaire(response, FORM, read_back(FORM, answers))
    return Records([questionnaire])  # type: ignore[return-value]


def rendered_pages(records: PersonalRecords, lang: str) -> list[str]:
    l10n = LOCALES.for_language(lang)
    pages = len(paginate(items(records, lang, "en")))
    return [text_of(answers_page(records, n, lang, "en"), l10n) for n in range(1, pages + 1)]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_page_fits_one_message_and_every_answer_is_on_one(lang):
    typed = "Повече вечерни курсове & <метро> " * 30  # 1,000 characters, escaped longer
    records = records_with(typed[:1000])
    pages = rendered_pages(records, lang)
    assert len(pages) >= 2
    for page in pages:
        assert len(page) <= MAX_TEXT, (lang, len(page))
    whole = html.unescape(re.sub(r"</?b>", "", "\n".join(pages)))
    l10n = LOCALES.for_language(lang)
    assert FORM is not None
    for q in FORM.questions:
        if not q.is_note:
            assert l10n.plain(q.message) in whole, (lang, q.name)
    assert typed[:1000] in whole
    assert "ab" * 32 not in whole  # the photo's storage key is never shown


def test_a_page_past_the_end_shows_the_last_one():
    records = records_with("short")
    pages = rendered_pages(records, "en")
    l10n = LOCALES.for_language("en")
    assert text_of(answers_page(records, 999, "en", "en"), l10n) == pages[-1]
