"""Every invalid form in `broken/` yields exactly the error lines in its `.expected` file.

Goflow-style golden files: to add a case, drop `<name>.yaml` and `<name>.expected` here. A form
whose texts are checked too has `locales/<lang>/<name>.ftl` files beside it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dialogs.survey import FormError, list_forms, load_form, load_message_ids, validate_file

BROKEN = Path(__file__).resolve().parent / "broken"
CASES = sorted(BROKEN.glob("*.yaml"))


def _messages(path: Path) -> dict[str, set[str]] | None:
    locales = BROKEN / "locales"
    if not any((locales / lang / f"{path.stem}.ftl").exists() for lang in ("en", "bg")):
        return None
    return load_message_ids(locales)


def test_there_are_cases() -> None:
    assert len(CASES) >= 8


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_broken_form_reports_exactly_the_expected_errors(path: Path) -> None:
    expected = path.with_suffix(".expected").read_text(encoding="utf-8").splitlines()
    assert expected, f"{path.name}: an empty .expected file means the form is valid"
    assert validate_file(path, _messages(path)) == expected


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_load_form_raises_with_every_error(path: Path) -> None:
    with pytest.raises(FormError) as raised:
        load_form(path, _messages(path))
    assert raised.value.errors == validate_file(path, _messages(path))


def test_list_forms_shows_broken_forms_with_their_errors() -> None:
    summaries = {s.path.name: s for s in list_forms(BROKEN)}
    assert set(summaries) == {p.name for p in CASES}
    assert all(s.errors for s in summaries.values())
    assert summaries["unknown-field.yaml"].id == "unknown-field"


def test_unreadable_file_is_one_line(tmp_path: Path) -> None:
    assert validate_file(tmp_path / "absent.yaml") == [
        "absent.yaml: cannot read: FileNotFoundError"
    ]
