"""Property: any sequence of presses (valid, stale, forged), texts and photos never raises and
never stores an answer the form does not allow."""

from __future__ import annotations

import datetime
import random
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.screen import Msg, Screen
from dialogs.survey import (
    Event,
    Form,
    OtherInput,
    PhotoInput,
    PhotoRejected,
    Press,
    Question,
    ResponseState,
    Resume,
    SaveAnswer,
    Start,
    SurveyContext,
    TextInput,
    apply,
    load_message_ids,
    parse_action,
    step,
)
from dialogs.survey.expressions import GROUPS, LANGUAGES, holds
from tests.survey.survey_helpers import LOCALES_DIR, TODAY, actions, audit_form, form_from_yaml

SMALL = form_from_yaml(
    """
id: small
version: 1
title: small-title
sections:
  - name: s
    questions:
      - name: n
        type: integer
        min: 1
        max: 5
        constraint: . != 3
      - name: tags
        type: multiple_choice
        choices: [a, b, c]
        min_selected: 2
        max_selected: 2
        relevant: ${n} > 1
      - name: opt
        type: multiple_choice
        required: false
        choices: [x, y]
      - name: d
        type: date
        required: false
        not_future: true
      - name: t
        type: text
        max_length: 5
        relevant: selected(${tags}, 'a')
      - name: p
        type: photo
        required: false
"""
)
MESSAGES = load_message_ids(LOCALES_DIR)["en"]


def _msg_keys(screen: Screen) -> set[str]:
    found: set[str] = set()

    def walk(text: Any) -> None:
        if isinstance(text, Msg):
            found.add(text.key)
            for arg in text.args.values():
                walk(arg)

    for part in screen.parts:
        walk(part)
    for row in screen.buttons:
        for button in row:
            walk(button.label)
    return found


def _variables(form: Form, state: ResponseState, ctx: SurveyContext) -> dict[str, object]:
    values: dict[str, object] = {q.name: state.answers.get(q.name, "") for q in form.questions}
    return values | {"group": ctx.group, "language": ctx.language}


def _check_value(q: Question, value: object, ctx: SurveyContext) -> None:
    if q.type == "single_choice":
        assert value in q.choices
    elif q.type == "yes_no":
        assert value in ("yes", "no")
    elif q.type == "multiple_choice":
        assert isinstance(value, tuple) and value
        assert len(set(value)) == len(value) and set(value) <= set(q.choices)
        assert list(value) == [c for c in q.choices if c in value]  # form order
        assert len(value) >= max(q.min_selected, 1)
        assert q.max_selected is None or len(value) <= q.max_selected
    elif q.type in ("rating", "integer"):
        assert isinstance(value, int) and not isinstance(value, bool)
        assert q.min is None or value >= q.min
        assert q.max is None or value <= q.max
    elif q.type == "text":
        assert isinstance(value, str) and value.strip() == value and 0 < len(value) <= q.max_length
    elif q.type == "date":
        assert isinstance(value, datetime.date)
        assert not q.not_future or value <= ctx.today
        assert q.min_date is None or value >= q.min_date
        assert q.max_date is None or value <= q.max_date
    elif q.type == "photo":
        assert isinstance(value, str) and value
    else:
        raise AssertionError(f"a {q.type} got an answer")


texts = st.one_of(
    st.text(max_size=12),
    st.integers(-5, 130).map(str),
    st.sampled_from(["3", "2", "5", "AB1", "1.1.2020", "2030-01-01", "31.02.2020", " ", "x" * 6]),
)
KINDS = ["answer"] * 8 + [
    "valid",
    "stale",
    "forged",
    "text",
    "photo",
    "rejected",
    "other",
    "resume",
]
PLAUSIBLE = ["30", "3", "2", "5", "AB1", "abc", "1.1.2020", "2019-06-01"]
forged = st.text(max_size=20) | st.from_regex(
    r"sv:1[01]:[0-9]{1,2}:[a-z]{1,2}[0-9]?", fullmatch=True
)
moves = st.tuples(st.sampled_from(KINDS), st.integers(0, 1000), texts | forged)


def _event(move: tuple[str, int, str], screen: Screen, seen: list[str]) -> Event:
    """`answer` presses an answer button or types something plausible; the rest are noise."""
    kind, number, text = move
    options = actions(screen)
    answers = [a for a in options if a.rsplit(":", 1)[-1] not in ("b", "x", "s")]
    skips = [a for a in options if a.endswith(":s")]
    if kind == "answer":
        if answers:
            return Press(answers[number % len(answers)])
        if skips and number % 4 == 0:
            return Press(skips[0])
        if number % 5 == 0:
            return PhotoInput(f"m/{number}.jpg")
        return TextInput(PLAUSIBLE[number % len(PLAUSIBLE)])
    if kind == "valid" and options:
        return Press(options[number % len(options)])
    if kind == "stale" and seen:
        return Press(seen[number % len(seen)])
    if kind == "forged":
        return Press(text)
    if kind == "text":
        return TextInput(text)
    if kind == "photo":
        return PhotoInput(f"m/{number}.jpg")
    if kind == "rejected":
        return PhotoRejected(["too-large", "not-an-image", "odd"][number % 3])
    if kind == "other":
        return OtherInput(["sticker", "voice", "location"][number % 3])
    return Resume()


def _progress(screen: Screen) -> int | None:
    for part in screen.parts:
        if isinstance(part, Msg) and part.key == "survey-progress":
            return int(part.args["percent"])  # type: ignore[call-overload]
    return None


def _is_back(event: Event, state: ResponseState) -> bool:
    action = parse_action(event.action) if isinstance(event, Press) else None
    return action is not None and action.kind == "b" and action.response_id == state.response_id


def _run(form: Form, ctx: SurveyContext, script: list[tuple[str, int, str]]) -> None:
    state = ResponseState(response_id=11)
    outcome = step(form, state, Start(), ctx)
    seen: list[str] = []
    progress = _progress(outcome.screens[-1])
    for move in script:
        screen = outcome.screens[-1]
        seen.extend(actions(screen))
        event = _event(move, screen, seen)
        before = state
        outcome = step(form, state, event, ctx)
        assert outcome.screens
        shown = _progress(outcome.screens[-1])
        if _is_back(event, state) or progress is None:
            progress = shown
        elif shown is not None:  # only Back ever takes the progress shown backwards
            assert shown >= progress, (event, shown, progress)
            progress = shown
        for shown in outcome.screens:
            assert _msg_keys(shown) <= MESSAGES | set(form.message_ids()), _msg_keys(shown)
        for effect in outcome.effects:
            if isinstance(effect, SaveAnswer):
                q = form.question(effect.name)
                variables = _variables(form, before, ctx)
                assert all(holds(e, variables, today=ctx.today) for e in q.relevant)
                assert effect.name not in before.answers
                _check_value(q, effect.value, ctx)
                if q.constraint is not None:
                    assert holds(q.constraint, variables, today=ctx.today, current=effect.value)
        state = apply(state, outcome.effects)
        if state.completed and not before.completed:
            assert all(
                q.name in state.answers or q.name in state.skipped
                for q in form.questions
                if all(holds(e, _variables(form, state, ctx), today=ctx.today) for e in q.relevant)
            )


contexts = st.builds(
    SurveyContext,
    group=st.sampled_from([*GROUPS, "somebody-else"]),
    language=st.sampled_from(LANGUAGES),
    today=st.just(TODAY),
)
deep_contexts = st.builds(
    SurveyContext,
    group=st.sampled_from(["foreign_national"] * 4 + list(GROUPS)),
    language=st.just("en"),
    today=st.just(TODAY),
)
FAST = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
DEEP = settings(FAST, max_examples=30)  # 150 steps each


@FAST
@given(ctx=contexts, script=st.lists(moves, max_size=80))
def test_audit_form_never_crashes_nor_stores_bad_answers(
    ctx: SurveyContext, script: list[tuple[str, int, str]]
) -> None:
    _run(audit_form(), ctx, script)


@FAST
@given(ctx=contexts, script=st.lists(moves, max_size=40))
def test_small_form_never_crashes_nor_stores_bad_answers(
    ctx: SurveyContext, script: list[tuple[str, int, str]]
) -> None:
    _run(SMALL, ctx, script)


@DEEP
@given(ctx=deep_contexts, rnd=st.randoms(use_true_random=False), noise=st.floats(0, 0.3))
def test_mostly_answers_go_deep_into_the_form(
    ctx: SurveyContext, rnd: random.Random, noise: float
) -> None:
    """Uniform draws (hypothesis' integers favour small values) so runs reach the late,
    typed questions — dates, texts, photos — as well as the choice ones."""
    script = [
        (rnd.choice(KINDS) if rnd.random() < noise else "answer", rnd.randrange(1000), "?")
        for _ in range(150)
    ]
    _run(audit_form(), ctx, script)
