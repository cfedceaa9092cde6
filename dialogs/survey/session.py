"""A person's questionnaire session: loads the stored response, runs `step`, stores the effects.

The bot hands in a `ResponseStore` (the survey repository) and gets back screens plus whether
the person is still inside the questionnaire (so free text keeps reaching it). A press naming
someone else's response, or a finished one, never changes anything.
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from dialogs.profile import Profile
from dialogs.screen import Screen
from dialogs.survey.actions import parse_action, parse_resume_action
from dialogs.survey.engine import Event, Press, Resume, Show, Start, expects_photo, step
from dialogs.survey.files import list_forms, load_form, load_message_ids
from dialogs.survey.form import Form, FormError
from dialogs.survey.screens import resume_screen
from dialogs.survey.state import (
    CancelResponse,
    Complete,
    DropAnswer,
    Effect,
    SaveAnswer,
    SetDraft,
    Skip,
    SurveyContext,
)
from dialogs.survey.values import encode_answer, restore_state

log = logging.getLogger(__name__)
FORMS_DIR = Path(__file__).resolve().parents[1] / "forms"
DEFAULT_FORM = "sofia-integration-audit"


class StoredResponse(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def person_id(self) -> int: ...
    @property
    def form_id(self) -> str: ...
    @property
    def form_version(self) -> int: ...
    @property
    def status(self) -> str: ...
    @property
    def answers(self) -> Mapping[str, Any]: ...
    @property
    def skipped(self) -> frozenset[str]: ...
    @property
    def drafts(self) -> Mapping[str, Iterable[str]]: ...


class ResponseStore(Protocol):
    async def get(self, response_id: int) -> StoredResponse | None: ...
    async def open_response(self, person_id: int, form_id: str, version: int) -> int | None: ...
    async def latest_open(self, person_id: int) -> int | None: ...
    async def completed_count(self, person_id: int, form_id: str, version: int) -> int: ...
    async def start(
        self, person_id: int, form_id: str, version: int, group: str | None, language: str
    ) -> int: ...
    async def discard(self, response_id: int) -> None: ...
    async def save_answer(self, response_id: int, question: str, value: Any) -> None: ...
    async def skip(self, response_id: int, question: str) -> None: ...
    async def drop(self, response_id: int, question: str) -> None: ...
    async def set_draft(self, response_id: int, question: str, codes: list[str]) -> None: ...
    async def complete(self, response_id: int) -> None: ...


@dataclass(frozen=True)
class Turn:
    """Screens to show; whether free text still belongs to the questionnaire; the image keys
    this turn stored as answers (to be written) and released (to delete if nobody uses them)."""

    screens: list[Screen]
    in_survey: bool
    saved_media: tuple[str, ...] = ()
    released_media: tuple[str, ...] = ()


class FormCatalog:
    """The questionnaires that validate; a form with any error is never served."""

    def __init__(self, forms: Mapping[tuple[str, int], Form], current: Mapping[str, int]):
        self._forms = dict(forms)
        self._current = dict(current)

    @classmethod
    def load(cls, locales_dir: Path, forms_dir: Path = FORMS_DIR) -> FormCatalog:
        return _load_catalog(locales_dir, forms_dir)

    @classmethod
    def _load(cls, locales_dir: Path, forms_dir: Path) -> FormCatalog:
        messages = load_message_ids(locales_dir)
        forms: dict[tuple[str, int], Form] = {}
        for summary in list_forms(forms_dir):
            try:
                form = load_form(summary.path, messages)
            except FormError as exc:
                log.error("form %s not served: %d error(s)", summary.path.name, len(exc.errors))
                continue
            forms[(form.id, form.version)] = form
        current: dict[str, int] = {}
        for form_id, version in forms:
            current[form_id] = max(version, current.get(form_id, 0))
        return cls(forms, current)

    def current(self, form_id: str) -> Form | None:
        version = self._current.get(form_id)
        return None if version is None else self._forms[(form_id, version)]

    def get(self, form_id: str, version: int) -> Form | None:
        return self._forms.get((form_id, version))

    def photo_questions(self) -> list[str]:
        """Names of photo questions in any served form (their answers are image keys)."""
        return sorted(
            {q.name for f in self._forms.values() for q in f.questions if q.type == "photo"}
        )


@lru_cache(maxsize=8)
def _load_catalog(locales_dir: Path, forms_dir: Path) -> FormCatalog:
    """Parsed once per process (the Fluent parser is slow); forms change with a restart."""
    return FormCatalog._load(locales_dir, forms_dir)


def context(profile: Profile, today: datetime.date) -> SurveyContext:
    return SurveyContext(
        group=profile.group or "undisclosed", language=profile.language, today=today
    )


async def open_form(
    store: ResponseStore,
    catalog: FormCatalog,
    profile: Profile,
    today: datetime.date,
    form_id: str = DEFAULT_FORM,
) -> Turn:
    """The menu entry: continue-or-restart when a response is open, else a fresh start."""
    form = catalog.current(form_id)
    if form is None:
        return Turn([Screen.of("survey-unavailable")], in_survey=False)
    open_id = await store.open_response(profile.person_id, form.id, form.version)
    if open_id is not None:
        stored = await store.get(open_id)
        if stored is not None and (stored.answers or stored.skipped):
            return Turn([resume_screen(form, _state(form, stored))], in_survey=True)
    done = await store.completed_count(profile.person_id, form.id, form.version)
    if done and not form.settings.allow_multiple_responses:
        return await _run(store, form, profile, today, _completed_state(form), Start())
    response_id = open_id or await store.start(
        profile.person_id, form.id, form.version, profile.group, profile.language
    )
    stored = await store.get(response_id)
    assert stored is not None
    return await _run(store, form, profile, today, _state(form, stored), Start())


async def press(
    store: ResponseStore, catalog: FormCatalog, profile: Profile, action: str, today: datetime.date
) -> Turn:
    """A survey button; stale, forged and foreign presses are answered but change nothing."""
    parsed = parse_action(action)
    loaded = await _load(store, catalog, profile, parsed.response_id if parsed else None)
    if loaded is None:
        return Turn([Screen.of("button-expired")], in_survey=False)
    form, stored = loaded
    return await _run(store, form, profile, today, _state(form, stored), Press(action))


async def resume_choice(
    store: ResponseStore, catalog: FormCatalog, profile: Profile, action: str, today: datetime.date
) -> Turn:
    parsed = parse_resume_action(action)
    loaded = await _load(store, catalog, profile, parsed[0] if parsed else None)
    if loaded is None or parsed is None:
        return Turn([Screen.of("button-expired")], in_survey=False)
    form, stored = loaded
    if parsed[1] == "restart":
        released = tuple(_photo_values(form, stored.answers))
        await store.discard(stored.id)
        fresh = await open_form(store, catalog, profile, today, form.id)
        return replace(fresh, released_media=released)
    return await _run(store, form, profile, today, _state(form, stored), Resume())


async def give(
    store: ResponseStore,
    catalog: FormCatalog,
    profile: Profile,
    event: Event,
    today: datetime.date,
) -> Turn:
    """Typed text, a photo or anything else while the person is inside the questionnaire."""
    loaded = await _load(store, catalog, profile, await store.latest_open(profile.person_id))
    if loaded is None:
        return Turn([], in_survey=False)
    form, stored = loaded
    return await _run(store, form, profile, today, _state(form, stored), event)


async def current_step(
    store: ResponseStore, catalog: FormCatalog, profile: Profile, today: datetime.date
) -> list[Screen]:
    """The open questionnaire's current question again (e.g. in a newly chosen language);
    [] when the person has none open."""
    loaded = await _load(store, catalog, profile, await store.latest_open(profile.person_id))
    if loaded is None:
        return []
    form, stored = loaded
    outcome = step(form, _state(form, stored), Show(), context(profile, today))
    return list(outcome.screens)


async def photo_expected(
    store: ResponseStore, catalog: FormCatalog, profile: Profile, today: datetime.date
) -> bool:
    """Whether the person's open questionnaire asks for a photo now (before downloading one)."""
    loaded = await _load(store, catalog, profile, await store.latest_open(profile.person_id))
    if loaded is None:
        return False
    form, stored = loaded
    return expects_photo(form, _state(form, stored), context(profile, today))


async def _load(
    store: ResponseStore, catalog: FormCatalog, profile: Profile, response_id: int | None
) -> tuple[Form, StoredResponse] | None:
    if response_id is None:
        return None
    stored = await store.get(response_id)
    if stored is None or stored.person_id != profile.person_id or stored.status != "in_progress":
        return None
    form = catalog.get(stored.form_id, stored.form_version)
    return None if form is None else (form, stored)


def _state(form: Form, stored: StoredResponse) -> Any:
    return restore_state(form, stored.id, stored.answers, stored.skipped, stored.drafts)


def _completed_state(form: Form) -> Any:
    return restore_state(form, 0, {}, completed=True)


async def _run(
    store: ResponseStore,
    form: Form,
    profile: Profile,
    today: datetime.date,
    state: Any,
    event: Event,
) -> Turn:
    outcome = step(form, state, event, context(profile, today))
    in_survey = not state.completed
    saved: list[str] = []
    released: list[str] = []
    for effect in outcome.effects:
        in_survey = await _store(store, form, state.response_id, effect, in_survey)
        name = getattr(effect, "name", None)
        if name is None or form.question(name).type != "photo":
            continue
        previous = state.answers.get(name)
        if isinstance(effect, SaveAnswer):
            saved.append(str(effect.value))
        if isinstance(previous, str) and previous != getattr(effect, "value", None):
            released.append(previous)
    return Turn(list(outcome.screens), in_survey, tuple(saved), tuple(released))


def _photo_values(form: Form, answers: Mapping[str, Any]) -> list[str]:
    photos = {q.name for q in form.questions if q.type == "photo"}
    return [str(v) for k, v in answers.items() if k in photos and v]


async def _store(
    store: ResponseStore, form: Form, response_id: int, effect: Effect, in_survey: bool
) -> bool:
    if isinstance(effect, SaveAnswer):
        question = form.question(effect.name)
        await store.save_answer(response_id, effect.name, encode_answer(question, effect.value))
    elif isinstance(effect, Skip):
        await store.skip(response_id, effect.name)
    elif isinstance(effect, DropAnswer):
        await store.drop(response_id, effect.name)
    elif isinstance(effect, SetDraft):
        await store.set_draft(response_id, effect.name, sorted(effect.codes))
    elif isinstance(effect, Complete):
        await store.complete(response_id)
        return False
    elif isinstance(effect, CancelResponse):
        return False
    return in_survey
