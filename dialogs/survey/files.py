"""Questionnaire files: load one (validated), check one, list a folder, read the Fluent ids.

Apart from form.py (the data types) so that the validator can use the types without the
types' module needing the validator.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from dialogs.survey.form import Form, FormError, FormSummary
from dialogs.survey.patterns import nested_quantifier
from dialogs.survey.validate import parse_form_text


def load_form(path: Path, messages: Mapping[str, set[str]] | None = None) -> Form:
    """Load and validate `path`; with `messages` ({lang: ids}) also check every text exists."""
    form, errors = parse_form_file(path, messages)
    if errors or form is None:
        raise FormError(errors)
    return form


def validate_file(path: Path, messages: Mapping[str, set[str]] | None = None) -> list[str]:
    """The error lines for `integra-bot forms validate <file>`; empty when the form is valid."""
    return parse_form_file(path, messages)[1]


def check_file(
    path: Path, messages: Mapping[str, set[str]] | None = None
) -> tuple[list[str], list[str]]:
    """(errors, warnings) for `integra-bot forms validate`: warnings never stop a form."""
    form, errors = parse_form_file(path, messages)
    return errors, (pattern_warnings(form) if form is not None else [])


def pattern_warnings(form: Form) -> list[str]:
    """Regular expressions with a repeat inside a repeat: linear in this bot (RE2), but
    exponential in backtracking engines (ODK Collect, Enketo) that may open the same form."""
    lines: list[str] = []
    seen: set[tuple[str, str]] = set()
    for q in form.questions:
        checks = [("relevant", e) for e in q.relevant]
        if q.constraint is not None:
            checks.append(("constraint", q.constraint))
        for key, expression in checks:
            for pattern in expression.patterns:
                if (expression.source, pattern) in seen or not nested_quantifier(pattern):
                    continue
                seen.add((expression.source, pattern))
                lines.append(
                    f"{form.source}: question '{q.name}': {key}: warning: the pattern "
                    f"'{pattern}' repeats a group that itself repeats; other tools that "
                    "read this form (ODK Collect, Enketo) can take minutes on such a pattern"
                )
    return lines


def parse_form_file(
    path: Path, messages: Mapping[str, set[str]] | None = None
) -> tuple[Form | None, list[str]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [f"{path.name}: cannot read: {exc.__class__.__name__}"]
    return parse_form_text(text, path.name, messages)


def list_forms(directory: Path) -> list[FormSummary]:
    """Every `*.yaml` form in `directory`, sorted by file name, valid or not."""
    summaries = []
    for path in sorted(directory.glob("*.yaml")):
        form, errors = parse_form_file(path)
        summaries.append(
            FormSummary(
                path=path,
                id=form.id if form else path.stem,
                version=form.version if form else None,
                questions=sum(not q.is_note for q in form.questions) if form else 0,
                errors=tuple(errors),
            )
        )
    return summaries


def load_message_ids(locales_dir: Path) -> dict[str, set[str]]:
    """{lang: every message id in `locales/<lang>/**/*.ftl`}, to pass as `messages`."""
    from fluent.syntax import FluentParser, ast

    parser = FluentParser(with_spans=False)
    found: dict[str, set[str]] = {}
    for lang_dir in sorted(p for p in locales_dir.iterdir() if p.is_dir()):
        ids = found.setdefault(lang_dir.name, set())
        for ftl in sorted(lang_dir.rglob("*.ftl")):
            resource = parser.parse(ftl.read_text(encoding="utf-8"))
            ids.update(e.id.name for e in resource.body if isinstance(e, ast.Message))
    return found
