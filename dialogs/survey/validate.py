"""Building a `Form` from YAML while collecting every error, one line each.

Why collect instead of raising at the first problem: forms are edited by people who are not
programmers, and a list of all problems ("question 'years_in_sofia': relevant: unknown field
${grup}") is fixed in one round. Lines look like `<file>: question '<name>': <key>: <problem>`.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping
from typing import Any, cast

import yaml

from dialogs.survey.expressions import (
    NAME_RE,
    RESERVED_VARIABLES,
    Expression,
    ExpressionError,
    compile_expression,
)
from dialogs.survey.form import (
    CHOICE_TYPES,
    DEFAULT_MAX_LENGTH,
    QUESTION_TYPES,
    Form,
    FormSettings,
    Question,
    QuestionType,
    Section,
    message_problems,
)

FORM_ID_RE = re.compile(r"[a-z][a-z0-9]*(-[a-z0-9]+)*\Z")
CODE_RE = re.compile(r"[a-z0-9][a-z0-9_]*\Z")
FLUENT_ID_RE = re.compile(r"[a-zA-Z][a-zA-Z0-9_-]*\Z")
MAX_RATING_POINTS = 11  # buttons in one row

_COMMON_KEYS = {"name", "type", "required", "relevant", "constraint", "constraint_message", "hint"}
_TYPE_KEYS: dict[str, set[str]] = {
    "single_choice": {"choices"},
    "multiple_choice": {"choices", "min_selected", "max_selected"},
    "yes_no": set(),
    "rating": {"min", "max"},
    "integer": {"min", "max"},
    "text": {"max_length"},
    "date": {"min", "max", "not_future"},
    "photo": set(),
    "note": set(),
}
_FORM_KEYS = {"id", "version", "title", "settings", "sections"}


class _Collector:
    """Holds the file name, the errors so far, and the names defined so far (for order checks)."""

    def __init__(self, filename: str) -> None:
        self.filename = filename
        self.errors: list[str] = []
        self.defined: dict[str, str] = {}  # name -> type, of questions already read
        self.all_names: set[str] = set()

    def error(self, where: str, problem: str) -> None:
        self.errors.append(f"{self.filename}: {where}{': ' if where else ''}{problem}")

    def expression(
        self, where: str, key: str, source: object, own: str | None
    ) -> Expression | None:
        if not isinstance(source, str):
            self.error(where, f"{key}: must be a text expression")
            return None
        try:
            expr = compile_expression(source)
        except ExpressionError as exc:
            self.error(where, f"{key}: {exc}")
            return None
        ok = True
        for ref in expr.references:
            if ref in RESERVED_VARIABLES or ref in self.defined:
                if self.defined.get(ref) == "note":
                    self.error(where, f"{key}: ${{{ref}}} is a note and has no answer")
                    ok = False
            elif ref == own:
                hint = "use . for the answer itself" if key == "constraint" else "refers to itself"
                self.error(where, f"{key}: ${{{ref}}}: {hint}")
                ok = False
            elif ref in self.all_names:
                self.error(where, f"{key}: ${{{ref}}} refers to a later question")
                ok = False
            else:
                self.error(where, f"{key}: unknown field ${{{ref}}}")
                ok = False
        return expr if ok else None


def parse_form_text(
    text: str, filename: str, messages: Mapping[str, set[str]] | None = None
) -> tuple[Form | None, list[str]]:
    c = _Collector(filename)
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        return None, [f"{filename}: not valid YAML{where}"]
    if not isinstance(data, dict):
        return None, [f"{filename}: a form is a mapping with id, version, title and sections"]

    for key in sorted(set(data) - _FORM_KEYS, key=str):
        c.error("", f"unknown key '{key}'")
    form_id = data.get("id")
    if not isinstance(form_id, str) or not FORM_ID_RE.match(form_id):
        c.error("", "id: must be lowercase words joined by '-', e.g. sofia-integration-audit")
        form_id = "form"
    elif filename.endswith((".yaml", ".yml")) and filename.rsplit(".", 1)[0] != form_id:
        c.error("", f"id: '{form_id}' differs from the file name")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        c.error("", "version: must be a whole number from 1")
        version = 0
    title = data.get("title")
    if not isinstance(title, str) or not FLUENT_ID_RE.match(title):
        c.error("", "title: must be a message id, e.g. " + f"{form_id}-title")
        title = f"{form_id}-title"
    settings = _settings(c, data.get("settings"))

    raw_sections = data.get("sections")
    if not isinstance(raw_sections, list) or not raw_sections:
        c.error("", "sections: at least one section with questions is needed")
        raw_sections = []
    c.all_names = {
        q["name"]
        for s in raw_sections
        if isinstance(s, dict) and isinstance(s.get("questions"), list)
        for q in s["questions"]
        if isinstance(q, dict) and isinstance(q.get("name"), str)
    }
    sections: list[Section] = []
    index = 0
    section_names: set[str] = set()
    for number, raw in enumerate(raw_sections, start=1):
        section = _section(c, raw, number, form_id, index, section_names)
        if section is not None:
            sections.append(section)
            index += len(section.questions)

    form = Form(
        id=form_id,
        version=version,
        title=title,
        sections=tuple(sections),
        settings=settings,
        source=filename,
    )
    for where, problem in message_problems(form, messages):
        c.error(where, problem)
    return (None if c.errors else form), c.errors


def _settings(c: _Collector, raw: object) -> FormSettings:
    if raw is None:
        return FormSettings()
    if not isinstance(raw, dict):
        c.error("", "settings: must be a mapping")
        return FormSettings()
    allow = raw.get("allow_multiple_responses", False)
    for key in sorted(set(raw) - {"allow_multiple_responses"}, key=str):
        c.error("", f"settings: unknown key '{key}'")
    if not isinstance(allow, bool):
        c.error("", "settings: allow_multiple_responses: must be true or false")
        allow = False
    return FormSettings(allow_multiple_responses=allow)


def _section(
    c: _Collector, raw: object, number: int, form_id: str, index: int, seen: set[str]
) -> Section | None:
    if not isinstance(raw, dict):
        c.error(f"section #{number}", "must be a mapping with name and questions")
        return None
    name = raw.get("name")
    if not isinstance(name, str) or not NAME_RE.match(name):
        c.error(f"section #{number}", "name: must be snake_case")
        name = f"section_{number}"
    elif name in seen:
        c.error(f"section '{name}'", "duplicate name")
    seen.add(name)
    where = f"section '{name}'"
    for key in sorted(set(raw) - {"name", "questions", "relevant"}, key=str):
        c.error(where, f"unknown key '{key}'")
    relevant = None
    if "relevant" in raw:
        relevant = c.expression(where, "relevant", raw["relevant"], None)
    questions_raw = raw.get("questions")
    if not isinstance(questions_raw, list) or not questions_raw:
        c.error(where, "questions: at least one question is needed")
        questions_raw = []
    questions: list[Question] = []
    for raw_q in questions_raw:
        q = _question(c, raw_q, form_id, name, index + len(questions), relevant)
        if q is not None:
            questions.append(q)
    return Section(name=name, questions=tuple(questions), relevant=relevant)


def _question(
    c: _Collector,
    raw: object,
    form_id: str,
    section: str,
    index: int,
    section_rel: Expression | None,
) -> Question | None:
    position = f"question #{index + 1}"
    if not isinstance(raw, dict):
        c.error(position, "must be a mapping with name and type")
        return None
    name = raw.get("name")
    if not isinstance(name, str) or not NAME_RE.match(name):
        c.error(position, "name: must be snake_case (a-z, 0-9, _), starting with a letter")
        return None
    where = f"question '{name}'"
    if name in RESERVED_VARIABLES:
        c.error(where, "name: reserved for the respondent's " + name)
    if name in c.defined:
        c.error(where, "duplicate name")
    qtype = raw.get("type")
    if qtype not in QUESTION_TYPES:
        known = ", ".join(QUESTION_TYPES)
        c.error(where, f"type: unknown type {qtype!r} (one of: {known})")
        c.defined.setdefault(name, "unknown")
        return None
    allowed = _COMMON_KEYS | _TYPE_KEYS[qtype]
    for key in sorted(set(raw) - allowed, key=str):
        if key in set().union(*_TYPE_KEYS.values()):
            c.error(where, f"{key}: not used by {qtype} questions")
        else:
            c.error(where, f"unknown key '{key}'")

    fields: dict[str, Any] = {}
    required = raw.get("required", True)
    if not isinstance(required, bool):
        c.error(where, "required: must be true or false")
        required = True
    hint = raw.get("hint", False)
    if not isinstance(hint, bool):
        c.error(where, "hint: must be true or false (the text is in the Fluent file)")
        hint = False
    if qtype in CHOICE_TYPES:
        fields["choices"] = _choices(c, where, raw.get("choices"), qtype)
    if qtype == "multiple_choice":
        fields.update(_selection_limits(c, where, raw, len(fields["choices"]), required))
    if qtype in ("rating", "integer"):
        fields.update(_number_range(c, where, raw, qtype))
    if qtype == "text":
        max_length = raw.get("max_length", DEFAULT_MAX_LENGTH)
        if not isinstance(max_length, int) or isinstance(max_length, bool) or max_length < 1:
            c.error(where, "max_length: must be a whole number from 1")
            max_length = DEFAULT_MAX_LENGTH
        fields["max_length"] = max_length
    if qtype == "date":
        fields.update(_date_range(c, where, raw))

    relevant = [section_rel] if section_rel is not None else []
    if "relevant" in raw:
        expr = c.expression(where, "relevant", raw["relevant"], name)
        if expr is not None:
            relevant.append(expr)
    constraint = None
    if "constraint" in raw:
        if qtype == "note":
            c.error(where, "constraint: a note has no answer to check")
        else:
            constraint = c.expression(where, "constraint", raw["constraint"], name)
    message = raw.get("constraint_message")
    if message is not None and (not isinstance(message, str) or not FLUENT_ID_RE.match(message)):
        c.error(where, "constraint_message: must be a message id")
        message = None
    if message is not None and "constraint" not in raw:
        c.error(where, "constraint_message: there is no constraint")
    c.defined[name] = qtype
    return Question(
        form_id=form_id,
        index=index,
        name=name,
        type=cast(QuestionType, qtype),
        section=section,
        required=required,
        hint=hint,
        relevant=tuple(relevant),
        constraint=constraint,
        constraint_message=message,
        **fields,
    )


def _choices(c: _Collector, where: str, raw: object, qtype: str) -> tuple[str, ...]:
    if raw is None:
        c.error(where, f"choices: missing (a {qtype} question needs a list of codes)")
        return ()
    if not isinstance(raw, list) or not raw:
        c.error(where, "choices: must be a non-empty list of codes")
        return ()
    codes: list[str] = []
    for code in raw:
        if not isinstance(code, str) or not CODE_RE.match(code):
            c.error(where, f"choices: bad code {code!r} (use a-z, 0-9 and _)")
        elif code in codes:
            c.error(where, f"choices: duplicate code '{code}'")
        else:
            codes.append(code)
    return tuple(codes)


def _whole(c: _Collector, where: str, raw: Mapping[Any, Any], key: str) -> int | None:
    value = raw.get(key)
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        c.error(where, f"{key}: must be a whole number")
        return None
    return value


def _selection_limits(
    c: _Collector, where: str, raw: Mapping[Any, Any], n_choices: int, required: bool
) -> dict[str, Any]:
    low = _whole(c, where, raw, "min_selected")
    high = _whole(c, where, raw, "max_selected")
    if low is not None and low < 0:
        c.error(where, "min_selected: must not be negative")
        low = None
    if high is not None and high < 1:
        c.error(where, "max_selected: must be at least 1")
        high = None
    if low is not None and high is not None and low > high:
        c.error(where, f"min_selected {low} is greater than max_selected {high}")
    if n_choices and high is not None and high > n_choices:
        c.error(where, f"max_selected {high} is more than the {n_choices} choices")
    if n_choices and low is not None and low > n_choices:
        c.error(where, f"min_selected {low} is more than the {n_choices} choices")
    return {"min_selected": low if low is not None else int(required), "max_selected": high}


def _number_range(c: _Collector, where: str, raw: Mapping[Any, Any], qtype: str) -> dict[str, Any]:
    low = _whole(c, where, raw, "min")
    high = _whole(c, where, raw, "max")
    if qtype == "rating":
        low = 1 if low is None else low
        high = 5 if high is None else high
        if low < 0:
            c.error(where, "min: a rating starts at 0 or more")
        if low <= high and high - low + 1 > MAX_RATING_POINTS:
            c.error(where, f"a rating has at most {MAX_RATING_POINTS} points")
    if low is not None and high is not None and low > high:
        c.error(where, f"min {low} is greater than max {high}")
    return {"min": low, "max": high}


def _date_range(c: _Collector, where: str, raw: Mapping[Any, Any]) -> dict[str, Any]:
    bounds: dict[str, datetime.date | None] = {}
    for key in ("min", "max"):
        value = raw.get(key)
        if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
            bounds[key] = value
        elif isinstance(value, str):
            try:
                bounds[key] = datetime.date.fromisoformat(value)
            except ValueError:
                c.error(where, f"{key}: must be a date like 2020-01-31")
                bounds[key] = None
        elif value is not None:
            c.error(where, f"{key}: must be a date like 2020-01-31")
            bounds[key] = None
        else:
            bounds[key] = None
    low, high = bounds["min"], bounds["max"]
    if low is not None and high is not None and low > high:
        c.error(where, f"min {low.isoformat()} is later than max {high.isoformat()}")
    not_future = raw.get("not_future", False)
    if not isinstance(not_future, bool):
        c.error(where, "not_future: must be true or false")
        not_future = False
    return {"min_date": low, "max_date": high, "not_future": not_future}
