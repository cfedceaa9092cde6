"""Back, Skip, Cancel, Resume, and presses that are stale or forged."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dialogs.ids import MAX_KEY
from dialogs.screen import MAX_ACTION_BYTES, Msg
from dialogs.survey import (
    CancelResponse,
    DropAnswer,
    Press,
    ResponseState,
    Resume,
    SaveAnswer,
    SetDraft,
    Skip,
    Start,
    TextInput,
)
from dialogs.survey.state import Flow
from tests.survey.survey_helpers import (
    Driver,
    action_for,
    actions,
    audit_form,
    ctx,
    form_from_yaml,
    keys,
)


def started(group: str = "foreign_national") -> Driver:
    d = Driver(audit_form(), ctx(group))
    d.send(Start())
    d.press("ok")  # the intro note
    return d


def tokens(d: Driver) -> list[str]:
    return [a.rsplit(":", 1)[1] for a in actions(d.screen)]


def test_first_screen_has_no_back_but_cancel() -> None:
    d = Driver(audit_form(), ctx())
    d.send(Start())
    assert tokens(d) == ["ok", "x"]
    d.press("ok")
    assert tokens(d) == ["b", "x"]  # age: a typed answer, required: Back and Cancel only


def test_back_drops_the_previous_answer_and_mentions_it() -> None:
    d = started()
    d.send(TextInput("29"))
    d.choose("woman")
    out = d.press("b")
    assert out.effects == [DropAnswer("gender")]
    assert d.current() == "gender" and "gender" not in d.state.answers
    screen = out.screens[0]
    assert screen.edit
    assert Msg(
        "survey-previous-answer", {"answer": Msg("sofia-integration-audit-gender--woman")}
    ) in list(screen.parts)
    labels = [b.label for row in screen.buttons for b in row]
    assert (
        Msg("survey-selected", {"label": Msg("sofia-integration-audit-gender--woman")}) in labels
    )
    out = d.press("b")
    assert out.effects == [DropAnswer("age")]
    assert Msg("survey-previous-answer", {"answer": 29}) in list(out.screens[0].parts)


def test_back_skips_questions_that_were_not_relevant() -> None:
    d = started("bulgarian_citizen")
    d.send(TextInput("40"))
    d.choose("man")
    d.choose("retired")  # job_matches_skills is not asked
    assert d.current() == "children_school"
    d.press("b")
    assert d.current() == "employment_status"
    assert d.last is not None and d.last.effects == [DropAnswer("employment_status")]


def test_back_to_a_skipped_question_and_to_the_note() -> None:
    d = started()
    d.send(TextInput("29"))
    out = d.press("s")  # gender is optional
    assert out.effects == [Skip("gender")]
    out = d.press("b")
    assert out.effects == [DropAnswer("gender")]
    assert "survey-previous-skipped" in keys(out.screens[0])
    d.press("b")
    d.press("b")  # back over age to the intro note
    assert d.current() == "intro" and "intro" not in d.state.skipped


def test_back_to_multiple_choice_restores_the_selection_as_a_draft() -> None:
    d = started()
    d.send(TextInput("29"))
    d.choose("man")
    d.choose("1_to_3")
    d.press("s")  # arrival date
    d.press("s")  # residence status
    d.choose("basic")
    d.choose("attending")
    d.toggle(["language", "housing"])
    d.press("ok")
    assert d.state.answers["barriers"] == ("language", "housing")
    out = d.press("b")
    assert out.effects == [
        DropAnswer("barriers"),
        SetDraft("barriers", frozenset({"language", "housing"})),
    ]
    assert "survey-previous-selection" in keys(out.screens[0])
    d.press("ok")
    assert d.state.answers["barriers"] == ("language", "housing")


def test_skip_only_on_optional_questions() -> None:
    d = started()
    assert "s" not in tokens(d)  # age is required
    stale = d.send(Press(action_for(d.screen, "x").replace(":x", ":s")))
    assert keys(stale.screens[0]) == ["survey-stale"] and not stale.effects
    d.send(TextInput("29"))
    assert "s" in tokens(d)


def test_cancel_keeps_answers_and_says_how_to_continue() -> None:
    d = started()
    d.send(TextInput("29"))
    before = d.state
    out = d.press("x")
    assert out.effects == [CancelResponse()]
    assert keys(out.screens[0]) == ["survey-cancelled"]
    assert actions(out.screens[0]) == ["menu:main"]
    assert d.state == before
    resumed = d.send(Resume())
    assert d.current() == "gender" and keys(resumed.screens[0])[0] == "survey-resumed"


def test_changed_answers_drop_what_is_no_longer_relevant() -> None:
    form = audit_form()
    flow = Flow(form, ctx("foreign_national"))
    state = ResponseState(
        1,
        answers={"children_school": "no_children", "school_support": 4, "age": 30},
        drafts={"school_support": frozenset({"x"})},
    )
    assert flow.drops(state) == [
        DropAnswer("school_support"),
        SetDraft("school_support", frozenset()),
    ]


def test_group_change_drops_foreign_national_answers_on_the_next_answer() -> None:
    d = started()
    d.send(TextInput("29"))
    d.choose("man")
    d.choose("1_to_3")
    resident = Driver(audit_form(), ctx("bulgarian_citizen"), state=d.state)
    resident.send(Resume())
    assert resident.current() == "employment_status"
    out = resident.choose("studying")
    assert out.effects == [
        SaveAnswer("employment_status", "studying"),
        DropAnswer("years_in_sofia"),
    ]


def test_stale_press_from_an_earlier_question_changes_nothing() -> None:
    d = started()
    old = action_for(d.screen, "x")
    d.send(TextInput("29"))
    before = d.state
    out = d.send(Press(old))
    assert not out.effects and d.state == before
    assert keys(out.screens[0]) == ["survey-stale"]
    assert d.current() == "gender" and not out.screens[1].edit


@pytest.mark.parametrize(
    "forged",
    [
        "",
        "garbage",
        "sv:7",
        "sv:8:1:x",  # another response
        "sv:7:1:c0",  # a choice on a typed question
        "sv:7:1:b ",
        "sv:007:1:x",
        "sv:7:1:t99999",
        "sv:-7:1:x",
        "menu:main",
        "sv:7:1:" + "x" * 100,
        "sv:2147483648:1:x",  # one past the widest 32-bit key
        "sv:99999999999999999:1:x",
    ],
)
def test_forged_presses_are_treated_as_stale(forged: str) -> None:
    d = started()
    before = d.state
    out = d.send(Press(forged))
    assert not out.effects and d.state == before
    assert keys(out.screens[0]) == ["survey-stale"]
    assert out.screens[1].parts[0] == Msg("survey-progress", {"bar": "□" * 10, "percent": 0})


def test_forged_tokens_on_choice_questions() -> None:
    d = started()
    d.send(TextInput("29"))
    for token in ("c4", "c99", "y", "r3", "t0", "ok"):
        out = d.send(Press(f"sv:7:2:{token}"))
        assert not out.effects, token
        assert keys(out.screens[0]) == ["survey-stale"], token
    d.choose("man")
    for token in ("b", "x"):
        assert action_for(d.screen, token)


def test_back_on_the_first_question_is_forged() -> None:
    d = Driver(audit_form(), ctx())
    d.send(Start())
    out = d.send(Press("sv:7:0:b"))
    assert keys(out.screens[0]) == ["survey-stale"] and not out.effects


def test_actions_stay_within_telegram_limit() -> None:
    form = form_from_yaml(
        """
id: wide
version: 1
title: wide-title
sections:
  - name: s
    questions:
      - name: pick
        type: multiple_choice
        choices: [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w]
"""
    )
    d = Driver(form, ctx(), state=replace(ResponseState(MAX_KEY), answers={}))
    d.send(Start())
    assert all(len(a.encode()) <= MAX_ACTION_BYTES for a in actions(d.screen))
    d.press("t22")
    assert d.state.drafts["pick"] == frozenset({"w"})
