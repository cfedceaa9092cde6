"""Whole paths through the audit questionnaire: skip logic per respondent group."""

from __future__ import annotations

import datetime

import pytest

from dialogs.screen import Msg, Screen
from dialogs.survey import (
    Complete,
    PhotoInput,
    Press,
    Resume,
    SaveAnswer,
    Start,
    TextInput,
    parse_resume_action,
    resume_screen,
)
from tests.survey.survey_helpers import Driver, actions, audit_form, ctx, keys


def _answer(d: Driver, name: str, answers: dict[str, object]) -> None:
    """Answer the current question `name` with answers[name] (or a default)."""
    q = d.form.question(name)
    value = answers.get(name)
    if q.type == "note":
        d.press("ok")
    elif q.type == "single_choice":
        d.choose(str(value or q.choices[0]))
    elif q.type == "multiple_choice":
        d.toggle(value or [q.choices[0]])  # type: ignore[arg-type]
        d.press("ok")
    elif q.type == "yes_no":
        d.press("y" if value in (None, "yes") else "n")
    elif q.type == "rating":
        d.press(f"r{value or 3}")
    elif q.type in ("integer", "date", "text"):
        d.send(TextInput(str(value or {"integer": "30", "date": "3.2.2019"}.get(q.type, "ok"))))
    elif q.type == "photo":
        d.send(PhotoInput("media/place.jpg"))


def run(group: str, answers: dict[str, object]) -> tuple[Driver, list[str]]:
    d = Driver(audit_form(), ctx(group))
    d.send(Start())
    seen: list[str] = []
    while not d.state.completed:
        name = d.current()
        assert name is not None, keys(d.screen)
        assert name not in seen, f"{name} asked twice"
        seen.append(name)
        _answer(d, name, answers)
    return d, seen


FOREIGN_ANSWERS: dict[str, object] = {
    "age": "34",
    "years_in_sofia": "3_to_5",
    "arrival_date": "2019-06-01",
    "bulgarian_level": "basic",
    "barriers": ["language", "documents"],
    "employment_status": "employed",
    "children_school": "yes_school",
    "hostility": "several_times",
    "participation": ["volunteering"],
    "change_one_thing": "More Bulgarian courses in the evening",
}


def test_foreign_national_path() -> None:
    d, seen = run("foreign_national", FOREIGN_ANSWERS)
    assert seen == [
        "intro",
        "age",
        "gender",
        "years_in_sofia",
        "arrival_date",
        "residence_status",
        "bulgarian_level",
        "language_course",
        "barriers",
        "employment_status",
        "job_matches_skills",
        "children_school",
        "school_support",
        "housing_situation",
        "housing_refused",
        "health_access",
        "feel_safe",
        "hostility",
        "hostility_reported",
        "hate_speech_seen",
        "neighbour_contact",
        "belonging",
        "diversity_enriches",
        "municipal_services",
        "information_session",
        "participation",
        "change_one_thing",
        "place_photo",
    ]
    answers = d.state.answers
    assert answers["age"] == 34
    assert answers["arrival_date"] == datetime.date(2019, 6, 1)
    assert answers["barriers"] == ("language", "documents")
    assert answers["hostility"] == "several_times"
    assert answers["place_photo"] == "media/place.jpg"
    assert "migrant_contact" not in answers and "migrants_view" not in answers
    assert d.state.completed and not d.state.drafts


def test_foreign_national_skip_logic_follows_answers() -> None:
    answers = {
        **FOREIGN_ANSWERS,
        "bulgarian_level": "fluent",
        "employment_status": "looking_for_work",
        "children_school": "no_children",
        "hostility": "never",
    }
    _, seen = run("foreign_national", answers)
    for hidden in (
        "language_course",
        "job_matches_skills",
        "school_support",
        "hostility_reported",
    ):
        assert hidden not in seen
    assert "barriers" in seen and "hostility" in seen


def test_resident_path() -> None:
    d, seen = run("bulgarian_citizen", {"age": "58", "employment_status": "retired"})
    assert seen == [
        "intro",
        "age",
        "gender",
        "employment_status",
        "children_school",
        "school_support",
        "housing_situation",
        "health_access",
        "feel_safe",
        "hate_speech_seen",
        "neighbour_contact",
        "migrant_contact",
        "migrants_view",
        "belonging",
        "diversity_enriches",
        "municipal_services",
        "participation",
        "change_one_thing",
        "place_photo",
    ]
    assert d.state.answers["migrants_view"] == "help"


def test_other_groups_get_the_shared_questions() -> None:
    for group in ("eu_citizen", "visitor", "undisclosed"):
        _, seen = run(group, {})
        assert "years_in_sofia" not in seen and "migrants_view" not in seen
        assert "hostility" in seen and "change_one_thing" in seen
        assert ("information_session" in seen) == (group == "eu_citizen")


def test_start_shows_title_and_intro_then_progress() -> None:
    d = Driver(audit_form(), ctx("bulgarian_citizen"))
    first = d.send(Start()).screens[0]
    assert keys(first)[:2] == ["sofia-integration-audit-title", "sofia-integration-audit-intro"]
    assert "survey-progress" not in keys(first)  # notes are not counted
    d.press("ok")
    assert d.screen.parts[0] == Msg("survey-progress", {"bar": "□" * 10, "percent": 0})


def test_back_to_the_first_question_shows_the_title_again() -> None:
    d = Driver(audit_form(), ctx("visitor"))
    first = d.send(Start()).screens[0]
    d.press("ok")
    back = d.press("b").screens[0]
    assert back.parts == first.parts and back.edit  # title, introduction: as at the start
    assert keys(back)[0] == "sofia-integration-audit-title"
    assert keys(d.send(Resume()).screens[0])[:2] == [
        "sofia-integration-audit-title",
        "survey-resumed",
    ]


def progress_of(screen: Screen) -> int | None:
    for part in screen.parts:
        if isinstance(part, Msg) and part.key == "survey-progress":
            return int(part.args["percent"])  # type: ignore[call-overload]
    return None


@pytest.mark.parametrize("group", ["bulgarian_citizen", "foreign_national", "visitor"])
def test_progress_only_grows_while_answering_and_has_no_moving_total(group: str) -> None:
    """Relevance opens and closes questions as people answer ("9 of 24", then "10 of 25"):
    the progress shown is a share of the whole form, so it never goes back nor changes scale."""
    answers = {"hostility": "often", "children_school": "yes_school"}
    d = Driver(audit_form(), ctx(group))
    d.send(Start())
    shown: list[int] = []
    bars: list[str] = []
    while not d.state.completed:
        name = d.current()
        assert name is not None
        percent = progress_of(d.screen)
        if name != "intro":  # a note has no progress line
            assert percent is not None
            shown.append(percent)
            bars.append(d.screen.parts[0].args["bar"])  # type: ignore[union-attr]
        _answer(d, name, answers)
    assert shown == sorted(shown) and len(set(shown)) == len(shown)
    assert shown[0] == 0 and shown[-1] >= 90  # the last question is the form's last
    assert all(len(bar) == 10 for bar in bars)
    assert [b.count("■") for b in bars] == sorted(b.count("■") for b in bars)


def test_completion_thanks_and_menu_button() -> None:
    d, _ = run("visitor", {})
    assert isinstance(d.last.effects[-1], Complete) if d.last else False
    assert keys(d.screen) == ["survey-thanks"]
    assert actions(d.screen) == ["menu:main"]
    again = d.send(Start())
    assert keys(again.screens[0]) == ["survey-already-completed"] and not again.effects
    stale = d.send(Press("sv:7:3:c0"))
    assert keys(stale.screens[0]) == ["survey-already-completed"] and not stale.effects


def test_every_answer_is_saved_when_given() -> None:
    d = Driver(audit_form(), ctx("foreign_national"))
    d.send(Start())
    d.press("ok")
    out = d.send(TextInput("41"))
    assert out.effects == [SaveAnswer("age", 41)]


def test_resume_screen_and_resume() -> None:
    d = Driver(audit_form(), ctx("foreign_national"))
    d.send(Start())
    d.press("ok")
    d.send(TextInput("41"))
    screen = resume_screen(d.form, d.state)
    assert keys(screen) == ["sofia-integration-audit-title", "survey-resume"]
    assert screen.parts[1] == Msg("survey-resume", {"answered": 1})
    assert [parse_resume_action(a) for a in actions(screen)] == [(7, "continue"), (7, "restart")]
    back = d.send(Resume())
    assert keys(back.screens[0])[:2] == ["survey-resumed", "survey-progress"]
    assert d.current() == "gender"
    started = d.send(Start())  # opening again with answers = resume, not the title
    assert keys(started.screens[0])[0] == "survey-resumed"
