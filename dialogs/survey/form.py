"""Questionnaires as data: the model, the message-id rule, and the loader that validates.

Why data: a questionnaire changes more often than code and is reviewed by people who do not read
Python. A form is a YAML file in `dialogs/forms/`; its words are in Fluent files
`locales/<lang>/forms/<form-id>.ftl`, never in the YAML, so that translators work in one place.

Message ids are derived, never written in the YAML (see `message_id`):

    title              given as `title:` in the YAML (by convention `<form-id>-title`)
    question           <form-id>-<question-name, "_" as "-">
    hint (hint: true)  <question-id>-hint
    choice             <question-id>--<choice-code, "_" as "-">
    rating end labels  <question-id>--min and <question-id>--max
    constraint         `constraint_message:` is an explicit message id

The loader reports *every* problem it finds, one line each, naming the file and the question,
so that someone editing a form fixes it in one round (see `validate.py` for the checks).
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Literal, get_args

from dialogs.survey.expressions import LANGUAGES, Expression

QuestionType = Literal[
    "single_choice",
    "multiple_choice",
    "yes_no",
    "rating",
    "integer",
    "text",
    "date",
    "photo",
    "note",
]
QUESTION_TYPES: tuple[str, ...] = get_args(QuestionType)
CHOICE_TYPES = frozenset({"single_choice", "multiple_choice"})
YES, NO = "yes", "no"
DEFAULT_MAX_LENGTH = 1000

# An answer as the engine and storage hold it: a code or text or media key (str), a number (int),
# a date, or the codes of a multiple-choice answer in form order (tuple).
AnswerValue = str | int | datetime.date | tuple[str, ...]


def message_id(form_id: str, name: str, suffix: str = "") -> str:
    """`<form-id>-<name>` with `_` as `-`; `suffix` is appended as is (e.g. `-hint`, `--yes`)."""
    return f"{form_id}-{name.replace('_', '-')}{suffix}"


@dataclass(frozen=True)
class Question:
    """One question (or note) of a form, with everything the engine needs to ask it."""

    form_id: str
    index: int
    name: str
    type: QuestionType
    section: str
    required: bool = True
    choices: tuple[str, ...] = ()
    min: int | None = None
    max: int | None = None
    min_selected: int = 0
    max_selected: int | None = None
    max_length: int = DEFAULT_MAX_LENGTH
    min_date: datetime.date | None = None
    max_date: datetime.date | None = None
    not_future: bool = False
    hint: bool = False
    # The section's `relevant` and the question's own; all of them must hold.
    relevant: tuple[Expression, ...] = ()
    constraint: Expression | None = None
    constraint_message: str | None = None

    @property
    def message(self) -> str:
        return message_id(self.form_id, self.name)

    @property
    def hint_message(self) -> str | None:
        return self.message + "-hint" if self.hint else None

    def choice_message(self, code: str) -> str:
        return self.message + "--" + code.replace("_", "-")

    @property
    def low_message(self) -> str:
        return self.message + "--min"

    @property
    def high_message(self) -> str:
        return self.message + "--max"

    @property
    def is_note(self) -> bool:
        return self.type == "note"

    def message_ids(self) -> list[str]:
        """Every Fluent message this question needs, in a stable order."""
        ids = [self.message]
        if self.hint_message:
            ids.append(self.hint_message)
        ids.extend(self.choice_message(code) for code in self.choices)
        if self.type == "rating":
            ids += [self.low_message, self.high_message]
        if self.constraint_message:
            ids.append(self.constraint_message)
        return ids


@dataclass(frozen=True)
class Section:
    name: str
    questions: tuple[Question, ...]
    relevant: Expression | None = None


@dataclass(frozen=True)
class FormSettings:
    allow_multiple_responses: bool = False


@dataclass(frozen=True)
class Form:
    """A loaded, valid questionnaire. `questions` is the flat list in form order."""

    id: str
    version: int
    title: str
    sections: tuple[Section, ...]
    settings: FormSettings = field(default_factory=FormSettings)
    source: str = ""

    @cached_property
    def questions(self) -> tuple[Question, ...]:
        return tuple(q for section in self.sections for q in section.questions)

    def question(self, name: str) -> Question:
        for q in self.questions:
            if q.name == name:
                return q
        raise KeyError(name)

    def message_ids(self) -> list[str]:
        return [self.title] + [mid for q in self.questions for mid in q.message_ids()]


@dataclass(frozen=True)
class FormSummary:
    """A row of `integra-bot forms list`: a form that loads, or the errors of one that doesn't."""

    path: Path
    id: str
    version: int | None
    questions: int
    errors: tuple[str, ...] = ()


class FormError(ValueError):
    """Raised by `load_form` with every problem found; `errors` holds one line each."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("\n".join(errors))
        self.errors = errors


def message_problems(form: Form, messages: Mapping[str, set[str]] | None) -> list[tuple[str, str]]:
    """(where, problem) for two things wanting one message id, and texts missing per language.

    `messages` maps a language to the message ids it has; None skips the per-language check.
    """
    problems: list[tuple[str, str]] = []
    owners: dict[str, str] = {form.title: "title"}
    needed: list[tuple[str, str]] = [("title", form.title)]
    for q in form.questions:
        where = f"question '{q.name}'"
        for mid in q.message_ids():
            if mid != q.constraint_message:  # a constraint message may be shared
                if mid in owners and owners[mid] != where:
                    problems.append((where, f"message id '{mid}' is also used by {owners[mid]}"))
                owners.setdefault(mid, where)
            needed.append((where, mid))
    if messages is None:
        return problems
    order = {lang: i for i, lang in enumerate(LANGUAGES)}
    languages = sorted(messages, key=lambda lang: (order.get(lang, len(order)), lang))
    for where, mid in needed:
        missing = [lang for lang in languages if mid not in messages[lang]]
        if missing:
            problems.append((where, f"missing message '{mid}' in {', '.join(missing)}"))
    return problems
