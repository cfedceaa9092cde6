"""The audit form as loaded, the message-id rule, the answer codec and the action scheme."""

from __future__ import annotations

import datetime
import re

import pytest

from dialogs.ids import MAX_KEY
from dialogs.survey import (
    list_forms,
    make_action,
    message_id,
    parse_action,
    parse_resume_action,
    restore_state,
)
from dialogs.survey.actions import resume_action
from dialogs.survey.values import decode_answer, encode_answer, parse_date, parse_integer
from tests.survey.survey_helpers import AUDIT_PATH, FORMS_DIR, audit_form

FLUENT_ID = re.compile(r"[a-zA-Z][a-zA-Z0-9_-]*\Z")


def test_audit_form_shape() -> None:
    form = audit_form()
    assert (form.id, form.version, form.title) == (
        "sofia-integration-audit",
        1,
        "sofia-integration-audit-title",
    )
    assert form.settings.allow_multiple_responses is False
    answerable = [q for q in form.questions if not q.is_note]
    assert 20 <= len(answerable) <= 30
    types = {q.type for q in answerable}
    assert {"single_choice", "multiple_choice", "yes_no", "rating", "integer", "text"} <= types
    assert {"date", "photo"} <= types
    assert any(q.constraint for q in answerable)
    sources = " ".join(e.source for q in form.questions for e in q.relevant)
    assert "${group}" in sources and "selected(" in sources
    assert any(
        "count-selected" in (q.constraint.source if q.constraint else "") for q in answerable
    )


def test_message_id_rule() -> None:
    form = audit_form()
    q = form.question("years_in_sofia")
    assert message_id(form.id, q.name) == "sofia-integration-audit-years-in-sofia" == q.message
    assert q.choice_message("1_to_3") == "sofia-integration-audit-years-in-sofia--1-to-3"
    assert form.question("barriers").hint_message == "sofia-integration-audit-barriers-hint"
    rating = form.question("feel_safe")
    assert (rating.low_message, rating.high_message) == (
        "sofia-integration-audit-feel-safe--min",
        "sofia-integration-audit-feel-safe--max",
    )
    ids = form.message_ids()
    assert len(ids) == len(set(ids))
    assert all(FLUENT_ID.match(mid) for mid in ids)


def test_list_forms_of_the_real_directory() -> None:
    [summary] = [s for s in list_forms(FORMS_DIR) if s.path == AUDIT_PATH]
    assert (summary.id, summary.version, summary.errors) == ("sofia-integration-audit", 1, ())
    assert summary.questions == len([q for q in audit_form().questions if not q.is_note])


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("age", 30),
        ("arrival_date", datetime.date(2019, 6, 1)),
        ("barriers", ("language", "work")),
        ("gender", "woman"),
        ("hate_speech_seen", "no"),
        ("feel_safe", 4),
        ("change_one_thing", "Parks"),
        ("place_photo", "media/x.jpg"),
    ],
)
def test_answer_codec_roundtrip(name: str, value: object) -> None:
    q = audit_form().question(name)
    raw = encode_answer(q, value)  # type: ignore[arg-type]
    assert isinstance(raw, str | int | list)
    assert decode_answer(q, raw) == value


def test_lenient_parsing() -> None:
    assert parse_integer("\u200f٤٢") == 42
    assert parse_integer("4 2") == 42
    assert parse_integer("-3") == -3
    assert parse_integer("1e3") is None
    assert parse_date("1.2.2020.") == datetime.date(2020, 2, 1)
    assert parse_date("2020-2-1") == datetime.date(2020, 2, 1)
    assert parse_date("۱/۲/۲۰۲۰") == datetime.date(2020, 2, 1)
    assert parse_date("2020/02/01") is None


def test_action_scheme_roundtrip_and_limits() -> None:
    data = make_action(MAX_KEY, 31, "t12")
    assert len(data.encode()) <= 64
    action = parse_action(data)
    assert action is not None
    assert (action.response_id, action.question, action.kind, action.number) == (
        MAX_KEY,
        31,
        "t",
        12,
    )
    # ids the database cannot hold (32-bit keys) are not ids of ours: never a DataError
    for wide in (MAX_KEY + 1, 123456789012345678):
        assert parse_action(make_action(wide, 31, "t12")) is None
        assert parse_resume_action(resume_action(wide, "continue")) is None
    assert parse_action("sv:0:0:ok") is None
    done = parse_action("sv:1:0:ok")
    assert done is not None and done.kind == "ok"
    assert parse_action("sv:1:0:c01") is None
    assert parse_resume_action(resume_action(5, "restart")) == (5, "restart")
    assert parse_resume_action("svr:5:q") is None


def test_restore_state_from_storage_json() -> None:
    form = audit_form()
    state = restore_state(
        form,
        5,
        answers={
            "age": 30,
            "arrival_date": "2019-06-01",
            "barriers": ["language"],
            "gone_question": "x",
            "feel_safe": "not a number",
        },
        skipped=["intro", "gone_too"],
        drafts={"participation": ["none"], "gone": ["x"]},
    )
    assert state.answers == {
        "age": 30,
        "arrival_date": datetime.date(2019, 6, 1),
        "barriers": ("language",),
    }
    assert state.skipped == frozenset({"intro"})
    assert state.drafts == {"participation": frozenset({"none"})}
    assert not state.completed
