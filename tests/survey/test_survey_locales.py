"""The Fluent files of the survey: they parse, agree across languages, and cover the form."""

from __future__ import annotations

import datetime
import unicodedata

import pytest
from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax import FluentParser, ast
from fluent.syntax.visitor import Visitor

from dialogs.screen import Msg, Plain
from dialogs.survey import (
    Start,
    TextInput,
    load_form,
    load_message_ids,
    resume_screen,
    validate_file,
)
from dialogs.survey.expressions import LANGUAGES
from tests.survey.survey_helpers import (
    AUDIT_PATH,
    FORMS_DIR,
    LOCALES_DIR,
    Driver,
    actions,
    audit_form,
    ctx,
)

FILES = ["survey.ftl"] + [f"forms/{p.stem}.ftl" for p in sorted(FORMS_DIR.glob("*.yaml"))]


class _Variables(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.names.add(node.id.name)
        self.generic_visit(node)


def _parse(lang: str, name: str) -> dict[str, ast.Message]:
    resource = FluentParser().parse((LOCALES_DIR / lang / name).read_text(encoding="utf-8"))
    junk = [entry for entry in resource.body if isinstance(entry, ast.Junk)]
    assert not junk, f"{lang}/{name}: {[j.annotations[0].message for j in junk]}"
    return {e.id.name: e for e in resource.body if isinstance(e, ast.Message)}


def _variables(message: ast.Message) -> set[str]:
    visitor = _Variables()
    visitor.visit(message)
    return visitor.names


@pytest.mark.parametrize("name", FILES)
def test_same_messages_and_variables_in_all_languages(name: str) -> None:
    reference = _parse("en", name)
    assert reference
    for lang in LANGUAGES:
        messages = _parse(lang, name)
        assert set(messages) == set(reference), f"{lang}/{name}"
        for mid, message in messages.items():
            assert message.value is not None, f"{lang}/{name}: {mid} has no text"
            expected = _variables(reference[mid])
            assert _variables(message) == expected, f"{lang}/{name}: {mid}"


def _sample_args(lang: str, mid: str, variables: set[str], count: int) -> dict[str, object]:
    word = "س" if lang in ("ar", "fa") else "x"  # a nested message in the reader's script
    args: dict[str, object] = {}
    for var in variables:
        if "date" in mid and var in ("min", "max"):
            args[var] = datetime.date(2020, 1, 31)
        elif var in ("reason", "kind", "label", "low", "high", "answer"):
            args[var] = word
        else:
            args[var] = count
    return args


def _first_strong_direction(text: str) -> str | None:
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("L", "R", "AL"):
            return "rtl" if kind in ("R", "AL") else "ltr"
    return None


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_formats_without_errors(lang: str) -> None:
    """All plural forms resolve; ar/fa texts start right-to-left, because Telegram takes a
    paragraph's direction from its first strong letter (locales/GLOSSARY.md)."""
    bundle = FluentBundle([lang], use_isolating=False)
    for name in FILES:
        path = LOCALES_DIR / lang / name
        assert not bundle.add_resource(FluentResource(path.read_text(encoding="utf-8")))
        for mid, message in _parse(lang, name).items():
            pattern = bundle.get_message(mid).value
            for count in (0, 1, 2, 3, 5, 11, 21, 100, 1000):
                args = _sample_args(lang, mid, _variables(message), count)
                text, errors = bundle.format_pattern(pattern, args)
                assert not errors, f"{lang}: {mid}: {errors}"
                assert text.strip(), f"{lang}: {mid} is empty"
                if lang in ("ar", "fa"):
                    direction = _first_strong_direction(text)
                    assert direction != "ltr", f"{lang}: {mid} starts left-to-right: {text}"


def test_farsi_uses_persian_letters() -> None:
    for name in FILES:
        text = (LOCALES_DIR / "fa" / name).read_text(encoding="utf-8")
        assert "\u064a" not in text and "\u0643" not in text, f"fa/{name}: Arabic yeh or kaf"


def test_audit_form_has_every_text_in_every_language() -> None:
    messages = load_message_ids(LOCALES_DIR)
    six = {lang: messages[lang] for lang in LANGUAGES}
    assert validate_file(AUDIT_PATH, six) == []
    form = load_form(AUDIT_PATH, six)
    for lang in LANGUAGES:
        assert set(form.message_ids()) <= six[lang]


def test_form_ftl_has_no_stray_messages() -> None:
    """Every message in a form's Fluent file belongs to the form (catches renamed questions)."""
    for path in sorted(FORMS_DIR.glob("*.yaml")):
        form = load_form(path)
        wanted = set(form.message_ids())
        for lang in LANGUAGES:
            have = set(_parse(lang, f"forms/{form.id}.ftl"))
            assert have == wanted, f"{lang}: extra {have - wanted}, missing {wanted - have}"


def _bundle(lang: str) -> FluentBundle:
    bundle = FluentBundle([lang], use_isolating=False)
    for name in FILES:
        bundle.add_resource(FluentResource((LOCALES_DIR / lang / name).read_text("utf-8")))
    return bundle


def _render(bundle: FluentBundle, text: object, errors: list[object]) -> str:
    """What bot/ does: a Msg argument that is itself a Msg is rendered first."""
    if isinstance(text, Plain):
        return text.text
    assert isinstance(text, Msg)
    args = {
        k: _render(bundle, v, errors) if isinstance(v, Msg) else v for k, v in text.args.items()
    }
    value, found = bundle.format_pattern(bundle.get_message(text.key).value, args)
    errors.extend(found)
    return str(value)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("group", ["foreign_national", "bulgarian_citizen"])
def test_every_screen_of_a_path_renders(lang: str, group: str) -> None:
    bundle = _bundle(lang)
    d = Driver(audit_form(), ctx(group, lang))
    screens = list(d.send(Start()).screens)
    script = ["ok", "x30", "b", "x29", "c1", "c0", "x7.7.2019", "s", "t0", "t1", "ok", "c1"]
    for token in script * 4 + ["y", "r4", "c0", "t0", "ok", "xfine", "s"] * 12:
        if d.state.completed:
            break
        if token.startswith("x"):
            screens += d.send(TextInput(token[1:])).screens
        elif token in [a.rsplit(":", 1)[1] for a in actions(d.screen)]:
            screens += d.press(token).screens
        else:
            screens += d.send(TextInput("?")).screens
    assert d.state.completed
    screens.append(resume_screen(d.form, d.state))
    for screen in screens:
        errors: list[object] = []
        for part in screen.parts:
            assert _render(bundle, part, errors).strip()
        for row in screen.buttons:
            for button in row:
                assert _render(bundle, button.label, errors).strip()
        assert not errors, errors
