"""Reading typed answers, and the JSON shape storage keeps them in.

Why lenient parsing: people type on phones, often in a second language and often with Arabic
or Persian digits (٣٥, ۳۵); Python's `int()` and `\\d` accept any Unicode decimal digit, so
those work too. Dates are accepted as DD.MM.YYYY, D.M.YYYY (with `.`, `/` or `-`) and
YYYY-MM-DD — nothing else, so that 03/04 is never silently read the American way.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Mapping
from typing import Any

from dialogs.survey.form import AnswerValue, Form, Question
from dialogs.survey.state import ResponseState

_INTEGER_RE = re.compile(r"[+-]?\d{1,9}")
_DMY_RE = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})")
_ISO_RE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
# Characters phones add around digits (directional marks, Arabic thousands separator, spaces).
_NOISE = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u066c\u202f\u00a0 '"), None)


def parse_integer(text: str) -> int | None:
    cleaned = text.strip().translate(_NOISE).replace("\u2212", "-")
    if not _INTEGER_RE.fullmatch(cleaned):
        return None
    return int(cleaned)


def parse_date(text: str) -> datetime.date | None:
    cleaned = text.strip().translate(_NOISE).rstrip(".")
    if match := _DMY_RE.fullmatch(cleaned):
        day, month, year = (int(g) for g in match.groups())
    elif match := _ISO_RE.fullmatch(cleaned):
        year, month, day = (int(g) for g in match.groups())
    else:
        return None
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def encode_answer(question: Question, value: AnswerValue) -> Any:
    """JSON-ready value: ISO text for dates, a list for multiple choice, else as is."""
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def decode_answer(question: Question, raw: Any) -> AnswerValue:
    """The inverse of `encode_answer`, guided by the question type; ValueError if it can't be."""
    if question.type == "date":
        return datetime.date.fromisoformat(str(raw))
    if question.type == "multiple_choice":
        if not isinstance(raw, list | tuple):
            raise ValueError(f"{question.name}: a list of codes was expected")
        return tuple(str(code) for code in raw)
    if question.type in ("integer", "rating"):
        if isinstance(raw, bool) or not isinstance(raw, int | str):
            raise ValueError(f"{question.name}: a whole number was expected")
        return int(raw)
    return str(raw)


def restore_state(
    form: Form,
    response_id: int,
    answers: Mapping[str, Any],
    skipped: Iterable[str] = (),
    drafts: Mapping[str, Iterable[str]] | None = None,
    completed: bool = False,
) -> ResponseState:
    """A `ResponseState` from what storage keeps (JSON values as `encode_answer` wrote them).

    Answers to questions the form no longer has, or that do not decode, are left out rather
    than crash a conversation: the engine then simply asks those questions again.
    """
    names = {q.name: q for q in form.questions}
    decoded: dict[str, AnswerValue] = {}
    for name, raw in answers.items():
        if name in names and raw is not None:
            try:
                decoded[name] = decode_answer(names[name], raw)
            except (TypeError, ValueError):
                continue
    return ResponseState(
        response_id=response_id,
        answers=decoded,
        skipped=frozenset(name for name in skipped if name in names),
        drafts={n: frozenset(map(str, c)) for n, c in (drafts or {}).items() if n in names},
        completed=completed,
    )
