"""A response's state, the effects that change it, and the skip logic that reads it.

Why effects instead of a new state: storage writes every answer the moment it is given (so
nothing is lost when someone stops half-way), and small effects map one-to-one onto rows.
`apply` gives the same change in memory, for tests and for anyone holding state in memory.

Why notes are acknowledged with `Skip`: the current question is "the first relevant one neither
answered nor skipped", and a note has no answer; counting its acknowledgement as skipped keeps
the state to answers + skipped + drafts, all restorable from the database.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from dialogs.survey.expressions import holds
from dialogs.survey.form import AnswerValue, Form, Question


@dataclass(frozen=True)
class SurveyContext:
    """Who answers and when: the onboarding group, the chat language, today's date in Sofia."""

    group: str
    language: str
    today: datetime.date


@dataclass(frozen=True)
class ResponseState:
    response_id: int
    answers: Mapping[str, AnswerValue] = field(default_factory=dict)
    skipped: frozenset[str] = frozenset()
    drafts: Mapping[str, frozenset[str]] = field(default_factory=dict)  # multiple choice
    completed: bool = False


@dataclass(frozen=True)
class SaveAnswer:
    name: str
    value: AnswerValue


@dataclass(frozen=True)
class Skip:
    """The question was skipped (or the note read); any earlier answer is gone."""

    name: str


@dataclass(frozen=True)
class DropAnswer:
    """Forget the answer or skip (Back, or the question is no longer relevant)."""

    name: str


@dataclass(frozen=True)
class SetDraft:
    """The multiple-choice selection in progress; an empty set deletes the draft."""

    name: str
    codes: frozenset[str]


@dataclass(frozen=True)
class Complete:
    """Every relevant question is answered: the response is finished."""


@dataclass(frozen=True)
class CancelResponse:
    """The person stopped; answers so far are kept and the response can be resumed."""


Effect = SaveAnswer | Skip | DropAnswer | SetDraft | Complete | CancelResponse


def apply(state: ResponseState, effects: Iterable[Effect]) -> ResponseState:
    """The state storage will hold after applying `effects` in order."""
    answers = dict(state.answers)
    skipped = set(state.skipped)
    drafts = dict(state.drafts)
    completed = state.completed
    for effect in effects:
        if isinstance(effect, SaveAnswer):
            answers[effect.name] = effect.value
            skipped.discard(effect.name)
        elif isinstance(effect, Skip):
            answers.pop(effect.name, None)
            skipped.add(effect.name)
        elif isinstance(effect, DropAnswer):
            answers.pop(effect.name, None)
            skipped.discard(effect.name)
        elif isinstance(effect, SetDraft):
            if effect.codes:
                drafts[effect.name] = effect.codes
            else:
                drafts.pop(effect.name, None)
        elif isinstance(effect, Complete):
            completed = True
    return replace(
        state,
        answers=answers,
        skipped=frozenset(skipped),
        drafts=drafts,
        completed=completed,
    )


class Flow:
    """Skip logic of one form for one respondent: relevance, current question, progress."""

    def __init__(self, form: Form, ctx: SurveyContext) -> None:
        self.form = form
        self.ctx = ctx
        self.questions = form.questions
        # A step asks "is q relevant?" for the same answers many times (current question,
        # progress, Back target, drops). Answer mappings are never mutated once passed in, so
        # results are cached per mapping; `_seen` keeps each one alive so ids stay unique.
        self._relevance: dict[tuple[int, int], bool] = {}
        self._seen: list[Mapping[str, AnswerValue]] = []

    def variables(self, answers: Mapping[str, AnswerValue]) -> dict[str, object]:
        values: dict[str, object] = {q.name: answers.get(q.name, "") for q in self.questions}
        values["group"] = self.ctx.group
        values["language"] = self.ctx.language
        return values

    def relevant(self, question: Question, answers: Mapping[str, AnswerValue]) -> bool:
        if not question.relevant:
            return True
        key = (question.index, id(answers))
        if key not in self._relevance:
            self._seen.append(answers)
            variables = self.variables(answers)
            self._relevance[key] = all(
                holds(e, variables, today=self.ctx.today) for e in question.relevant
            )
        return self._relevance[key]

    def constraint_holds(
        self, question: Question, value: AnswerValue, answers: Mapping[str, AnswerValue]
    ) -> bool:
        if question.constraint is None:
            return True
        variables = self.variables(answers)
        return holds(question.constraint, variables, today=self.ctx.today, current=value)

    @staticmethod
    def done(question: Question, state: ResponseState) -> bool:
        return question.name in state.answers or question.name in state.skipped

    def current(self, state: ResponseState) -> Question | None:
        for q in self.questions:
            if not self.done(q, state) and self.relevant(q, state.answers):
                return q
        return None

    def previous(self, state: ResponseState, question: Question) -> Question | None:
        """The last relevant answered/skipped question before `question` (the Back target)."""
        for q in reversed(self.questions[: question.index]):
            if self.done(q, state) and self.relevant(q, state.answers):
                return q
        return None

    def progress(self, question: Question) -> int:
        """How far into the form `question` is, in percent: the share of the form's questions
        (notes left out) that come before it, in form order.

        Why form order and not "question k of n relevant ones": relevance changes with the
        answers, so n moved while people answered ("9 of 24", then "10 of 25"). A position in
        the whole form only grows as the person goes on (and jumps ahead past sections that do
        not apply to them); it goes back only with Back.
        """
        counted = [q for q in self.questions if not q.is_note]
        before = sum(1 for q in counted if q.index < question.index)
        return before * 100 // max(len(counted), 1)

    def drops(self, state: ResponseState) -> list[Effect]:
        """Effects forgetting answers, skips and drafts of questions no longer relevant."""
        answers = dict(state.answers)
        effects: list[Effect] = []
        for q in self.questions:
            has_draft = q.name in state.drafts
            if not (self.done(q, state) or has_draft) or self.relevant(q, answers):
                continue
            if self.done(q, state):
                effects.append(DropAnswer(q.name))
                answers = {k: v for k, v in answers.items() if k != q.name}  # new mapping
            if has_draft:
                effects.append(SetDraft(q.name, frozenset()))
        return effects
