"""Wrong input of every kind: a reason, the same question again, nothing stored."""

from __future__ import annotations

import datetime

import pytest

from dialogs.screen import Msg
from dialogs.survey import (
    Event,
    OtherInput,
    PhotoInput,
    PhotoRejected,
    ResponseState,
    SaveAnswer,
    SetDraft,
    Skip,
    Start,
    TextInput,
)
from dialogs.survey.engine import NOT_EXPECTED, expects_photo
from tests.survey.survey_helpers import TODAY, Driver, audit_form, ctx, form_from_yaml, keys

FORM = form_from_yaml(
    """
id: inputs
version: 1
title: inputs-title
sections:
  - name: s
    questions:
      - name: pick
        type: single_choice
        choices: [a, b]
      - name: count
        type: integer
        min: 1
        max: 10
      - name: at_least
        type: integer
        min: 5
      - name: at_most
        type: integer
        max: 5
      - name: words
        type: text
        max_length: 10
      - name: code
        type: text
        constraint: regex(., '[A-Z]{2}[0-9]')
      - name: when
        type: date
        not_future: true
        min: 2000-01-01
      - name: window
        type: date
        required: false
        min: 2020-01-01
        max: 2020-12-31
      - name: score
        type: rating
        min: 0
        max: 10
      - name: tags
        type: multiple_choice
        choices: [x, y, z, none]
        min_selected: 2
        max_selected: 3
        constraint: not(selected(., 'none')) or count-selected(.) = 1
      - name: extras
        type: multiple_choice
        required: false
        choices: [p, q]
      - name: picture
        type: photo
"""
)

ORDER = [q.name for q in FORM.questions]


def at(name: str, answers: dict[str, object] | None = None) -> Driver:
    """A driver whose current question is `name` (earlier ones answered with placeholders)."""
    filler: dict[str, object] = {
        "pick": "a",
        "count": 1,
        "at_least": 5,
        "at_most": 5,
        "words": "w",
        "code": "AB1",
        "when": datetime.date(2001, 1, 1),
        "window": datetime.date(2020, 5, 5),
        "score": 0,
        "tags": ("x", "y"),
        "extras": ("p",),
    }
    before = ORDER[: ORDER.index(name)]
    answers = {n: filler[n] for n in before} | (answers or {})
    d = Driver(FORM, ctx(), state=ResponseState(7, answers=answers))
    d.send(Start())
    assert d.current() == name
    return d


def wrong(d: Driver, event: Event) -> Msg:
    """Send `event`, check it was refused, return the reason."""
    before = d.state
    name = d.current()
    out = d.send(event)
    assert not out.effects and d.state == before
    assert len(out.screens) == 2 and d.current() == name
    reason = out.screens[0].parts[0]
    assert isinstance(reason, Msg)
    return reason


def test_text_where_buttons_are_expected() -> None:
    assert wrong(at("pick"), TextInput("a")) == Msg("survey-error-use-buttons")
    assert wrong(at("tags"), TextInput("x y")) == Msg("survey-error-use-buttons")
    assert wrong(at("score"), TextInput("great")) == Msg("survey-error-use-buttons")


@pytest.mark.parametrize(
    ("name", "text", "reason"),
    [
        ("count", "ten", Msg("survey-error-not-a-number")),
        ("count", "3.5", Msg("survey-error-not-a-number")),
        ("count", "5 years", Msg("survey-error-not-a-number")),
        ("count", "0", Msg("survey-error-number-range", {"min": 1, "max": 10})),
        ("count", "11", Msg("survey-error-number-range", {"min": 1, "max": 10})),
        ("at_least", "4", Msg("survey-error-number-min", {"min": 5})),
        ("at_most", "6", Msg("survey-error-number-max", {"max": 5})),
        ("score", "11", Msg("survey-error-number-range", {"min": 0, "max": 10})),
    ],
)
def test_numbers_out_of_range_or_not_numbers(name: str, text: str, reason: Msg) -> None:
    assert wrong(at(name), TextInput(text)) == reason


@pytest.mark.parametrize(("text", "value"), [("7", 7), (" 10 ", 10), ("٣", 3), ("۸", 8)])
def test_numbers_in_any_digits(text: str, value: int) -> None:
    d = at("count")
    assert d.send(TextInput(text)).effects == [SaveAnswer("count", value)]


def test_rating_can_be_typed() -> None:
    d = at("score")
    assert d.send(TextInput("7")).effects == [SaveAnswer("score", 7)]


def test_audit_age_constraint_uses_its_message() -> None:
    d = Driver(audit_form(), ctx())
    d.send(Start())
    d.press("ok")
    # every refusal says what would be accepted: under 16 (even -5 or 0) is the form's own
    # message, never "from 0 to 120", which would promise that 12 is fine
    for typed in ("12", "-5", "0", "15"):
        assert wrong(d, TextInput(typed)) == Msg("sofia-integration-audit-age-constraint"), typed
    assert wrong(d, TextInput("130")) == Msg("survey-error-number-range", {"min": 16, "max": 120})
    assert d.send(TextInput("16")).effects == [SaveAnswer("age", 16)]


def test_a_range_refusal_gives_the_constraint_message_when_that_fails_too() -> None:
    form = form_from_yaml(
        """
id: bounds
version: 1
title: bounds-title
sections:
  - name: s
    questions:
      - name: count
        type: integer
        min: 0
        max: 100
        constraint: . mod 2 = 0
        constraint_message: bounds-even
      - name: since
        type: date
        min: 2000-01-01
        constraint: . >= date('2010-01-01')
        constraint_message: bounds-since
"""
    )
    d = Driver(form, ctx())
    d.send(Start())
    assert wrong(d, TextInput("-3")) == Msg("bounds-even")  # refused by both: the form's words
    assert wrong(d, TextInput("102")) == Msg("survey-error-number-range", {"min": 0, "max": 100})
    assert wrong(d, TextInput("7")) == Msg("bounds-even")
    d.send(TextInput("8"))
    assert wrong(d, TextInput("01.01.1999")) == Msg("bounds-since")
    assert wrong(d, TextInput("01.01.2005")) == Msg("bounds-since")


def test_failed_constraint_without_message_is_generic() -> None:
    assert wrong(at("code"), TextInput("ab1")) == Msg("survey-error-constraint")
    assert at("code").send(TextInput("AB1")).effects == [SaveAnswer("code", "AB1")]


def test_text_too_long_or_empty() -> None:
    d = at("words")
    assert wrong(d, TextInput("x" * 11)) == Msg(
        "survey-error-text-too-long", {"max": 10, "length": 11}
    )
    assert wrong(d, TextInput("   \n ")) == Msg("survey-error-text-empty")
    assert d.send(TextInput("  fine\x07 ")).effects == [SaveAnswer("words", "fine")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("25.03.2021", datetime.date(2021, 3, 25)),
        ("5.3.2021", datetime.date(2021, 3, 5)),
        ("2021-03-25", datetime.date(2021, 3, 25)),
        ("25/03/2021", datetime.date(2021, 3, 25)),
        (TODAY.strftime("%d.%m.%Y"), TODAY),
    ],
)
def test_dates_accepted(text: str, value: datetime.date) -> None:
    assert at("when").send(TextInput(text)).effects == [SaveAnswer("when", value)]


@pytest.mark.parametrize(
    ("name", "text", "reason"),
    [
        ("when", "yesterday", Msg("survey-error-date-format")),
        ("when", "03/25/2021", Msg("survey-error-date-format")),
        ("when", "31.02.2021", Msg("survey-error-date-format")),
        ("when", "2021", Msg("survey-error-date-format")),
        ("when", "16.05.2024", Msg("survey-error-date-future")),
        (
            "when",
            "31.12.1999",
            Msg("survey-error-date-too-early", {"min": datetime.date(2000, 1, 1)}),
        ),
        (
            "window",
            "1.1.2021",
            Msg("survey-error-date-too-late", {"max": datetime.date(2020, 12, 31)}),
        ),
    ],
)
def test_dates_refused(name: str, text: str, reason: Msg) -> None:
    assert wrong(at(name), TextInput(text)) == reason


def test_photos_where_text_is_asked_and_text_where_a_photo_is_asked() -> None:
    assert wrong(at("words"), PhotoInput("m/1.jpg")) == Msg("survey-error-photo-not-expected")
    assert wrong(at("pick"), PhotoRejected("too-large")) == Msg("survey-error-photo-not-expected")
    d = at("picture")
    assert wrong(d, TextInput("here")) == Msg("survey-error-photo-expected")
    assert wrong(d, PhotoRejected("too-large")) == Msg(
        "survey-error-photo-rejected", {"reason": "too-large"}
    )
    assert d.send(PhotoInput("m/1.jpg")).effects[0] == SaveAnswer("picture", "m/1.jpg")


@pytest.mark.parametrize("kind", ["sticker", "voice", "location", "document"])
def test_other_kinds_of_input(kind: str) -> None:
    for name in ("pick", "words"):
        assert wrong(at(name), OtherInput(kind)) == Msg(
            "survey-error-unsupported-input", {"kind": kind}
        )
    # where a photo is asked, a PDF or a sticker is told what is wanted instead
    assert wrong(at("picture"), OtherInput(kind)) == Msg("survey-error-photo-expected")


def test_only_a_photo_question_expects_a_photo() -> None:
    assert [n for n in ORDER if expects_photo(FORM, at(n).state, ctx())] == ["picture"]
    done = at("picture")
    done.send(PhotoInput("m/1.jpg"))
    assert not expects_photo(FORM, done.state, ctx())
    assert wrong(at("picture"), PhotoRejected(NOT_EXPECTED)) == Msg(
        "survey-error-photo-rejected", {"reason": NOT_EXPECTED}
    )


def test_multiple_choice_toggles_and_limits() -> None:
    d = at("tags")
    assert keys(d.screen)[-1] == "survey-choose-between"
    out = d.press("t0")
    assert out.effects == [SetDraft("tags", frozenset({"x"}))] and out.screens[0].edit
    labels = [b.label for row in out.screens[0].buttons for b in row]
    assert labels[0] == Msg("survey-selected", {"label": Msg("inputs-tags--x")})
    assert labels[1] == Msg("inputs-tags--y")
    assert wrong(d, TextInput("x")) == Msg("survey-error-use-buttons")
    before = d.state
    assert d.press("ok").screens[0].parts[0] == Msg("survey-error-too-few", {"min": 2})
    assert d.state == before
    d.press("t1")
    d.press("t2")
    assert d.press("t3").screens[0].parts[0] == Msg("survey-error-too-many", {"max": 3})
    assert d.state.drafts["tags"] == frozenset({"x", "y", "z"})
    d.press("t0")  # untoggle
    out = d.press("ok")
    assert out.effects[:2] == [SetDraft("tags", frozenset()), SaveAnswer("tags", ("y", "z"))]
    assert "tags" not in d.state.drafts


def test_multiple_choice_constraint() -> None:
    d = at("tags")
    d.press("t3")
    d.press("t0")
    assert d.press("ok").screens[0].parts[0] == Msg("survey-error-constraint")
    assert "tags" not in d.state.answers


def test_optional_multiple_choice_done_with_nothing_is_a_skip() -> None:
    d = at("extras")
    assert keys(d.screen)[-1] == "survey-choose-any"
    assert d.press("ok").effects == [Skip("extras")]


def test_required_multiple_choice_done_with_nothing() -> None:
    d = Driver(audit_form(), ctx(), state=ResponseState(7))
    d.send(Start())
    for text in ("ok",):
        d.press(text)
    d.send(TextInput("30"))
    d.press("s")
    d.choose("1_to_3")
    d.press("s")
    d.press("s")
    d.choose("fluent")  # no language course question
    assert d.current() == "barriers"
    assert d.press("ok").screens[0].parts[0] == Msg("survey-error-too-few", {"min": 1})
