"""The screens of a questionnaire: a question with its buttons, and the few fixed screens.

Every visible word is a Fluent message: the form's own (`<form-id>-...`) or the engine's
(`survey-...` in `locales/<lang>/survey.ftl`). A few arguments are themselves a `Msg` (a choice
label inside "✓ { $label }", a choice inside "Your previous answer: { $answer }"): the renderer
renders such an argument first, in the same language, and passes the text in.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from dialogs.screen import Button, Msg, Photo, Screen, Text, msg, one_per_row, rows_of
from dialogs.survey import actions as act
from dialogs.survey.form import NO, YES, AnswerValue, Form, Question
from dialogs.survey.state import Flow, ResponseState

MAX_ROW = 8  # Telegram shows at most 8 buttons in a row
PROGRESS_CELLS = 10
PROGRESS_DONE, PROGRESS_TODO = "■", "□"  # plain geometric shapes: no emoji presentation


def progress_bar(percent: int) -> str:
    """A bar of PROGRESS_CELLS squares, filled up to `percent` (in RTL text it fills from the
    right, as the text reads)."""
    done = max(0, min(PROGRESS_CELLS, percent * PROGRESS_CELLS // 100))
    return PROGRESS_DONE * done + PROGRESS_TODO * (PROGRESS_CELLS - done)


def button(label: Text, state: ResponseState, question: Question, token: str) -> Button:
    return Button(label, action=act.make_action(state.response_id, question.index, token))


def marked(label: Msg, selected: bool) -> Msg:
    return msg("survey-selected", label=label) if selected else label


def answer_label(question: Question, value: AnswerValue) -> Msg | str | int | datetime.date:
    """How a stored answer is shown in "Your previous answer: …"."""
    if question.type == "single_choice" and isinstance(value, str):
        return msg(question.choice_message(value))
    if question.type == "yes_no":
        return msg("survey-yes" if value == YES else "survey-no")
    if isinstance(value, tuple):
        return ", ".join(value)
    return value


def _instructions(question: Question) -> list[Text]:
    q = question
    if q.type == "multiple_choice":
        low = q.min_selected if q.required else 0
        high = q.max_selected
        if high is not None and low > 1:
            return [msg("survey-choose-between", min=low, max=high)]
        if high is not None:
            return [msg("survey-choose-at-most", max=high)]
        if low > 1:
            return [msg("survey-choose-at-least", min=low)]
        return [msg("survey-choose-any")]
    if q.type == "rating":
        return [
            msg(
                "survey-rating-scale",
                min=q.min,
                max=q.max,
                low=msg(q.low_message),
                high=msg(q.high_message),
            )
        ]
    if q.type == "text":
        return [msg("survey-type-text", max=q.max_length)]
    if q.type == "integer":
        return [msg("survey-type-number")]
    if q.type == "date":
        return [msg("survey-type-date")]
    if q.type == "photo":
        return [msg("survey-send-photo")]
    return []


def _answer_buttons(
    question: Question, state: ResponseState, previous: AnswerValue | None
) -> list[list[Button]]:
    q = question
    if q.type == "single_choice":
        labels = [marked(msg(q.choice_message(c)), c == previous) for c in q.choices]
        return one_per_row([button(label, state, q, f"c{i}") for i, label in enumerate(labels)])
    if q.type == "multiple_choice":
        draft = state.drafts.get(q.name, frozenset())
        toggles = [
            button(marked(msg(q.choice_message(c)), c in draft), state, q, f"t{i}")
            for i, c in enumerate(q.choices)
        ]
        return [*one_per_row(toggles), [button(msg("survey-done"), state, q, act.DONE)]]
    if q.type == "yes_no":
        return [
            [
                button(marked(msg("survey-yes"), previous == YES), state, q, act.YES),
                button(marked(msg("survey-no"), previous == NO), state, q, act.NO),
            ]
        ]
    if q.type == "rating":
        assert q.min is not None and q.max is not None
        points = [
            button(marked(msg("survey-rating-value", value=n), n == previous), state, q, f"r{n}")
            for n in range(q.min, q.max + 1)
        ]
        return rows_of(points, MAX_ROW if len(points) <= MAX_ROW else 6)
    if q.type == "note":
        return [[button(msg("survey-continue"), state, q, act.DONE)]]
    return []


def question_screen(
    flow: Flow,
    state: ResponseState,
    question: Question,
    *,
    lead: Sequence[Text] = (),
    edit: bool = False,
    previous: AnswerValue | None = None,
    previous_skipped: bool = False,
) -> Screen:
    """The question with progress, hint, instructions, answer buttons and Back/Skip/Cancel.

    `previous` is the answer Back just removed: it is mentioned and its button marked.
    The first question (nothing before it, e.g. the introduction) always comes under the
    form's title: on the start, after Back, after a language change alike.
    """
    q = question
    first = flow.previous(state, q) is None
    parts: list[Text] = [msg(flow.form.title), *lead] if first else list(lead)
    if not q.is_note:
        percent = flow.progress(q)
        parts.append(msg("survey-progress", bar=progress_bar(percent), percent=percent))
    parts.append(msg(q.message))
    if q.hint_message:
        parts.append(msg(q.hint_message))
    parts.extend(_instructions(q))
    photo = None
    if previous is not None:
        if q.type == "photo" and isinstance(previous, str):
            parts.append(msg("survey-previous-photo"))
            photo = Photo(previous)
        elif q.type == "multiple_choice":
            parts.append(msg("survey-previous-selection"))
        else:
            parts.append(msg("survey-previous-answer", answer=answer_label(q, previous)))
    elif previous_skipped and not q.is_note:
        parts.append(msg("survey-previous-skipped"))

    rows = _answer_buttons(q, state, previous)
    nav: list[Button] = []
    if not first:
        nav.append(button(msg("survey-back"), state, q, act.BACK))
    if not q.required and not q.is_note:
        nav.append(button(msg("survey-skip"), state, q, act.SKIP))
    nav.append(button(msg("survey-cancel"), state, q, act.CANCEL))
    rows.append(nav)
    return Screen(parts=parts, buttons=rows, edit=edit, photo=photo)


def menu_screen(key: str, *, edit: bool = False) -> Screen:
    """A closing screen (thanks, cancelled, already done) with the way back to the menu."""
    return Screen(
        parts=[msg(key)],
        buttons=[[Button(msg("survey-menu"), action=act.MENU_ACTION)]],
        edit=edit,
    )


def error_screen(reason: Msg) -> Screen:
    return Screen(parts=[reason])


def resume_screen(form: Form, state: ResponseState) -> Screen:
    """Offered by the bot when an unfinished response exists: continue it or start again."""
    answered = sum(1 for q in form.questions if not q.is_note and q.name in state.answers)
    return Screen(
        parts=[msg(form.title), msg("survey-resume", answered=answered)],
        buttons=[
            [
                Button(
                    msg("survey-resume-continue"),
                    action=act.resume_action(state.response_id, "continue"),
                )
            ],
            [
                Button(
                    msg("survey-resume-restart"),
                    action=act.resume_action(state.response_id, "restart"),
                )
            ],
        ],
    )
