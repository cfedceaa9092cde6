"""Shared helpers for the survey tests (imported by name; there is no conftest on purpose)."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from dialogs.screen import Msg, Screen
from dialogs.survey import (
    Event,
    Form,
    Outcome,
    Press,
    ResponseState,
    SurveyContext,
    apply,
    load_form,
    step,
)
from dialogs.survey.validate import parse_form_text

ROOT = Path(__file__).resolve().parents[2]
FORMS_DIR = ROOT / "dialogs" / "forms"
LOCALES_DIR = ROOT / "locales"
AUDIT_PATH = FORMS_DIR / "sofia-integration-audit.yaml"
TODAY = datetime.date(2024, 5, 15)

_AUDIT: Form | None = None


def audit_form() -> Form:
    global _AUDIT
    if _AUDIT is None:
        _AUDIT = load_form(AUDIT_PATH)
    return _AUDIT


def form_from_yaml(text: str) -> Form:
    """A form from YAML text; the file name follows the id so no error comes from it."""
    form, errors = parse_form_text(text, "<test>")
    assert not errors, errors
    assert form is not None
    return form


def ctx(group: str = "foreign_national", language: str = "en") -> SurveyContext:
    return SurveyContext(group=group, language=language, today=TODAY)


def keys(screen: Screen) -> list[str]:
    return [p.key for p in screen.parts if isinstance(p, Msg)]


def actions(screen: Screen) -> list[str]:
    return [b.action for row in screen.buttons for b in row if b.action is not None]


def action_for(screen: Screen, token: str) -> str:
    found = [a for a in actions(screen) if a.rsplit(":", 1)[1] == token]
    assert found, f"no button with token {token!r} in {actions(screen)}"
    return found[0]


def question_key(screen: Screen, form: Form) -> str | None:
    """The question shown on `screen` (its name), or None."""
    ids = {q.message: q.name for q in form.questions}
    for key in keys(screen):
        if key in ids:
            return ids[key]
    return None


@dataclass
class Driver:
    """Runs events through `step`, applies the effects like storage would, keeps history."""

    form: Form
    context: SurveyContext
    state: ResponseState = field(default_factory=lambda: ResponseState(response_id=7))
    last: Outcome | None = None

    def send(self, event: Event) -> Outcome:
        outcome = step(self.form, self.state, event, self.context)
        self.state = apply(self.state, outcome.effects)
        self.last = outcome
        return outcome

    @property
    def screen(self) -> Screen:
        assert self.last is not None
        return self.last.screens[-1]

    def press(self, token: str) -> Outcome:
        return self.send(Press(action_for(self.screen, token)))

    def current(self) -> str | None:
        return question_key(self.screen, self.form)

    def choose(self, code: str) -> Outcome:
        name = self.current()
        assert name is not None
        question = self.form.question(name)
        return self.press(f"c{question.choices.index(code)}")

    def toggle(self, codes: Iterable[str]) -> None:
        name = self.current()
        assert name is not None
        question = self.form.question(name)
        for code in codes:
            self.press(f"t{question.choices.index(code)}")
