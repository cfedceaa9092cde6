"""The survey engine: one pure function from (form, state, event, context) to screens + effects.

Why pure: the same engine runs under Telegram, in tests, in the sandbox and in property tests,
and a restart between two messages loses nothing — the state is whatever storage holds, and the
effects tell storage what to write. The engine never performs I/O and never raises on input:
anything a person (or a forged callback) sends becomes a screen.

The current question is the first relevant question (notes included) that is neither answered
nor skipped. Wrong input gets its reason and the same question again, with nothing stored.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dialogs.screen import Msg, Screen, msg
from dialogs.survey import actions as act
from dialogs.survey.form import NO, YES, AnswerValue, Form, Question
from dialogs.survey.screens import error_screen, menu_screen, question_screen, resume_screen
from dialogs.survey.state import (
    CancelResponse,
    Complete,
    DropAnswer,
    Effect,
    Flow,
    ResponseState,
    SaveAnswer,
    SetDraft,
    Skip,
    SurveyContext,
    apply,
)
from dialogs.survey.values import parse_date, parse_integer
from dialogs.text import clean_text

__all__ = ["NOT_EXPECTED", "Outcome", "expects_photo", "resume_screen", "step"]


@dataclass(frozen=True)
class Start:
    """The person opened the questionnaire (a new or an unfinished response)."""


@dataclass(frozen=True)
class Resume:
    """The person chose "continue where you left off"."""


@dataclass(frozen=True)
class Show:
    """Show the current question again, as it is (e.g. after a language change)."""


@dataclass(frozen=True)
class Press:
    """A button press: the action string, possibly stale or forged."""

    action: str


@dataclass(frozen=True)
class TextInput:
    text: str


@dataclass(frozen=True)
class PhotoInput:
    """A photo the bot already stored with its metadata removed."""

    media_key: str


@dataclass(frozen=True)
class PhotoRejected:
    """A photo the bot did not take: `reason` is a variant of survey-error-photo-rejected
    (too-large, not-an-image, download-failed, busy, ...) or NOT_EXPECTED (not downloaded,
    since `expects_photo` said no)."""

    reason: str


NOT_EXPECTED = "not-expected"


@dataclass(frozen=True)
class OtherInput:
    """Anything else: sticker, voice, location, document... (`kind` names it)."""

    kind: str


Event = Start | Resume | Show | Press | TextInput | PhotoInput | PhotoRejected | OtherInput


@dataclass(frozen=True)
class Outcome:
    screens: list[Screen]
    effects: list[Effect] = field(default_factory=list)


def expects_photo(form: Form, state: ResponseState, ctx: SurveyContext) -> bool:
    """Whether a photo sent now would be an answer: asked before any photo is downloaded."""
    if state.completed:
        return False
    current = Flow(form, ctx).current(state)
    return current is not None and current.type == "photo"


def step(form: Form, state: ResponseState, event: Event, ctx: SurveyContext) -> Outcome:
    """Handle one event for the response in `state`; see the module docstring."""
    if state.completed:
        return Outcome([menu_screen("survey-already-completed")])
    flow = Flow(form, ctx)
    current = flow.current(state)
    if current is None:  # everything answered but not yet marked complete
        return Outcome([menu_screen("survey-thanks")], [Complete()])
    if isinstance(event, Show):
        return Outcome([question_screen(flow, state, current)])
    if isinstance(event, Start | Resume):
        fresh = not state.answers and not state.skipped
        lead = [] if fresh and isinstance(event, Start) else [msg("survey-resumed")]
        return Outcome([question_screen(flow, state, current, lead=lead)])
    if isinstance(event, Press):
        return _press(flow, state, current, event.action)
    if isinstance(event, TextInput):
        return _text(flow, state, current, event.text)
    if isinstance(event, PhotoInput):
        if current.type != "photo":
            return _wrong(flow, state, current, msg("survey-error-photo-not-expected"))
        return _submit(flow, state, current, event.media_key, edit=False)
    if isinstance(event, PhotoRejected):
        if current.type != "photo":
            return _wrong(flow, state, current, msg("survey-error-photo-not-expected"))
        return _wrong(
            flow, state, current, msg("survey-error-photo-rejected", reason=event.reason)
        )
    if current.type == "photo":  # a PDF, a sticker, a voice message where a photo is asked
        return _wrong(flow, state, current, msg("survey-error-photo-expected"))
    return _wrong(flow, state, current, msg("survey-error-unsupported-input", kind=event.kind))


def _wrong(flow: Flow, state: ResponseState, current: Question, reason: Msg) -> Outcome:
    """The reason, then the same question again; nothing is stored."""
    return Outcome([error_screen(reason), question_screen(flow, state, current)])


def _stale(flow: Flow, state: ResponseState, current: Question) -> Outcome:
    return _wrong(flow, state, current, msg("survey-stale"))


def _advance(flow: Flow, state: ResponseState, effects: list[Effect], *, edit: bool) -> Outcome:
    """Apply `effects`, forget what is no longer relevant, and show what comes next."""
    after = apply(state, effects)
    drops = flow.drops(after)
    effects = [*effects, *drops]
    after = apply(after, drops)
    following = flow.current(after)
    if following is None:
        return Outcome([menu_screen("survey-thanks", edit=edit)], [*effects, Complete()])
    return Outcome([question_screen(flow, after, following, edit=edit)], effects)


def _submit(
    flow: Flow,
    state: ResponseState,
    current: Question,
    value: AnswerValue,
    *,
    edit: bool,
    extra: tuple[Effect, ...] = (),
) -> Outcome:
    if not flow.constraint_holds(current, value, state.answers):
        reason = msg(current.constraint_message or "survey-error-constraint")
        return _wrong(flow, state, current, reason)
    return _advance(flow, state, [*extra, SaveAnswer(current.name, value)], edit=edit)


def _press(flow: Flow, state: ResponseState, current: Question, data: str) -> Outcome:
    action = act.parse_action(data)
    if action is None or action.response_id != state.response_id:
        return _stale(flow, state, current)
    if action.question != current.index:
        return _stale(flow, state, current)
    q = current
    kind = action.kind
    if kind == act.CANCEL:
        return Outcome([menu_screen("survey-cancelled", edit=True)], [CancelResponse()])
    if kind == act.BACK:
        return _back(flow, state, current)
    clear_draft: tuple[Effect, ...] = ()
    if q.name in state.drafts:
        clear_draft = (SetDraft(q.name, frozenset()),)
    if kind == act.SKIP and not q.required and not q.is_note:
        return _advance(flow, state, [*clear_draft, Skip(q.name)], edit=True)
    if q.is_note and kind == act.DONE:
        return _advance(flow, state, [Skip(q.name)], edit=True)
    if q.type == "single_choice" and kind == "c" and action.number < len(q.choices):
        return _submit(flow, state, q, q.choices[action.number], edit=True)
    if q.type == "yes_no" and kind in (act.YES, act.NO):
        return _submit(flow, state, q, YES if kind == act.YES else NO, edit=True)
    if q.type == "rating" and kind == "r" and _in_scale(q, action.number):
        return _submit(flow, state, q, action.number, edit=True)
    if q.type == "multiple_choice" and kind == "t" and action.number < len(q.choices):
        return _toggle(flow, state, q, q.choices[action.number])
    if q.type == "multiple_choice" and kind == act.DONE:
        return _done(flow, state, q, clear_draft)
    return _stale(flow, state, current)


def _in_scale(q: Question, number: int) -> bool:
    return q.min is not None and q.max is not None and q.min <= number <= q.max


def _back(flow: Flow, state: ResponseState, current: Question) -> Outcome:
    target = flow.previous(state, current)
    if target is None:
        return _stale(flow, state, current)
    old = state.answers.get(target.name)
    effects: list[Effect] = [DropAnswer(target.name)]
    if current.name in state.drafts:
        effects.append(SetDraft(current.name, frozenset()))
    if target.type == "multiple_choice" and isinstance(old, tuple) and old:
        effects.append(SetDraft(target.name, frozenset(old)))
    after = apply(state, effects)
    drops = [d for d in flow.drops(after) if d not in effects]
    after = apply(after, drops)
    shown = flow.current(after) or target
    skipped = target.name in state.skipped
    screen = question_screen(
        flow,
        after,
        shown,
        edit=True,
        previous=old if shown == target else None,
        previous_skipped=skipped and shown == target,
    )
    return Outcome([screen], [*effects, *drops])


def _toggle(flow: Flow, state: ResponseState, q: Question, code: str) -> Outcome:
    draft = state.drafts.get(q.name, frozenset())
    if code in draft:
        chosen = draft - {code}
    else:
        chosen = draft | {code}
        if q.max_selected is not None and len(chosen) > q.max_selected:
            return _wrong(flow, state, q, msg("survey-error-too-many", max=q.max_selected))
    effect = SetDraft(q.name, frozenset(chosen))
    return Outcome([question_screen(flow, apply(state, [effect]), q, edit=True)], [effect])


def _done(
    flow: Flow, state: ResponseState, q: Question, clear_draft: tuple[Effect, ...]
) -> Outcome:
    draft = state.drafts.get(q.name, frozenset())
    chosen = tuple(c for c in q.choices if c in draft)
    if not chosen and not q.required:
        return _advance(flow, state, [*clear_draft, Skip(q.name)], edit=True)
    if len(chosen) < max(q.min_selected, 1):
        return _wrong(flow, state, q, msg("survey-error-too-few", min=max(q.min_selected, 1)))
    if q.max_selected is not None and len(chosen) > q.max_selected:
        return _wrong(flow, state, q, msg("survey-error-too-many", max=q.max_selected))
    return _submit(flow, state, q, chosen, edit=True, extra=clear_draft)


def _text(flow: Flow, state: ResponseState, q: Question, raw: str) -> Outcome:
    if q.type == "text":
        text = clean_text(raw)
        if not text:
            return _wrong(flow, state, q, msg("survey-error-text-empty"))
        if len(text) > q.max_length:
            reason = msg("survey-error-text-too-long", max=q.max_length, length=len(text))
            return _wrong(flow, state, q, reason)
        return _submit(flow, state, q, text, edit=False)
    if q.type in ("integer", "rating"):
        number = parse_integer(raw)
        if number is None:
            if q.type == "rating":
                return _wrong(flow, state, q, msg("survey-error-use-buttons"))
            return _wrong(flow, state, q, msg("survey-error-not-a-number"))
        out_of_range = _out_of_range(q, number)
        if out_of_range is not None:
            return _wrong(flow, state, q, _reason(flow, state, q, number, out_of_range))
        return _submit(flow, state, q, number, edit=False)
    if q.type == "date":
        return _date(flow, state, q, raw)
    if q.type == "photo":
        return _wrong(flow, state, q, msg("survey-error-photo-expected"))
    return _wrong(flow, state, q, msg("survey-error-use-buttons"))


def _reason(
    flow: Flow, state: ResponseState, q: Question, value: AnswerValue, out_of_range: Msg
) -> Msg:
    """Why a value outside the question's range is refused: the form's own constraint message
    when the constraint refuses it too (an age of -5 where the form says "16 or older": not
    "from 0 to 120", which would promise that 5 is fine), else the range."""
    if q.constraint_message and not flow.constraint_holds(q, value, state.answers):
        return msg(q.constraint_message)
    return out_of_range


def _out_of_range(q: Question, number: int) -> Msg | None:
    low, high = q.min, q.max
    if (low is None or number >= low) and (high is None or number <= high):
        return None
    if low is not None and high is not None:
        return msg("survey-error-number-range", min=low, max=high)
    if low is not None:
        return msg("survey-error-number-min", min=low)
    return msg("survey-error-number-max", max=high)


def _date(flow: Flow, state: ResponseState, q: Question, raw: str) -> Outcome:
    day = parse_date(raw)
    if day is None:
        return _wrong(flow, state, q, msg("survey-error-date-format"))
    refusal = None
    if q.not_future and day > flow.ctx.today:
        refusal = msg("survey-error-date-future")
    elif q.min_date is not None and day < q.min_date:
        refusal = msg("survey-error-date-too-early", min=q.min_date)
    elif q.max_date is not None and day > q.max_date:
        refusal = msg("survey-error-date-too-late", max=q.max_date)
    if refusal is not None:
        return _wrong(flow, state, q, _reason(flow, state, q, day, refusal))
    return _submit(flow, state, q, day, edit=False)
