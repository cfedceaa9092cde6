"""Stored answers read back to the person who gave them ("My data"): each question's text and
the answer as the person chose it — choice labels rather than codes, dates written out in their
language, a photo named rather than its storage key.

Single-choice and yes/no answers are worded as the questionnaire words them when it repeats a
previous answer (`screens.answer_label`); the few readback texts of its own are `mydata-answer-*`
messages in locales/<lang>/mydata.ftl.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from dialogs.screen import Msg, Plain, Text, msg
from dialogs.survey.form import AnswerValue, Form, Question
from dialogs.survey.screens import answer_label
from dialogs.survey.values import decode_answer


@dataclass(frozen=True)
class ReadAnswer:
    """One answered or skipped question. `value` is the stored JSON value, except for photos
    (None: the image is not part of the readback, and its storage key is nobody's business)."""

    question: Question
    text: Text | tuple[Text, ...]
    value: Any
    skipped: bool = False


def answer_text(question: Question, value: AnswerValue) -> Text | tuple[Text, ...]:
    """The answer as the person sees it; a multiple-choice answer is a tuple of labels."""
    if question.type == "single_choice" and value not in question.choices:
        return Plain(str(value))  # a choice the form no longer has: its code, as stored
    if question.type in ("single_choice", "yes_no"):
        label = answer_label(question, value)
        return label if isinstance(label, Msg) else Plain(str(label))
    if question.type == "multiple_choice" and isinstance(value, tuple):
        return tuple(
            msg(question.choice_message(code)) if code in question.choices else Plain(code)
            for code in value
        )
    if question.type == "rating":
        return msg(
            "mydata-answer-rating",
            value=value,
            min=question.min,
            max=question.max,
            low=msg(question.low_message),
            high=msg(question.high_message),
        )
    if question.type == "date":
        return msg("mydata-answer-date", date=value)
    if question.type == "photo":
        return msg("mydata-answer-photo")
    return Plain(str(value))


def read_back(
    form: Form, answers: Mapping[str, Any], skipped: Iterable[str] = ()
) -> list[ReadAnswer]:
    """The person's answers and skips in form order (notes and unknown questions left out).

    An answer that no longer decodes for its question is shown as it was stored, as text."""
    skipped = frozenset(skipped)
    read: list[ReadAnswer] = []
    for question in form.questions:
        if question.is_note:
            continue
        if question.name in skipped:
            read.append(ReadAnswer(question, msg("mydata-answer-skipped"), None, skipped=True))
            continue
        if question.name not in answers or answers[question.name] is None:
            continue
        raw = answers[question.name]
        try:
            text = answer_text(question, decode_answer(question, raw))
        except (TypeError, ValueError):
            text = Plain(str(raw))
        read.append(ReadAnswer(question, text, None if question.type == "photo" else raw))
    return read
