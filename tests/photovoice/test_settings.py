"""The photovoice form settings (dialogs/photovoice/settings.yaml)."""

from __future__ import annotations

import pytest

from dialogs.photovoice.model import FormSettings, load_settings, parse_settings


def test_the_shipped_settings_load():
    settings = load_settings()
    assert settings.story_mode in {"showed", "short"}
    assert 1 <= settings.max_photos <= 3


def test_modes_choose_the_prompts():
    assert parse_settings({"story_mode": "showed"}).prompts == (
        "see",
        "happening",
        "our_lives",
        "why",
        "do",
    )
    assert parse_settings({"story_mode": "short"}).prompts == ("title", "caption")
    assert parse_settings(None) == FormSettings()


@pytest.mark.parametrize(
    ("data", "named"),
    [
        ({"story_mode": "long"}, "story_mode"),
        ({"max_photos": 4}, "max_photos"),
        ({"max_photos": True}, "max_photos"),
        ({"max_answer_chars": 10}, "max_answer_chars"),
        ({"colour": "red"}, "colour"),
        (["showed"], "mapping"),
    ],
)
def test_bad_settings_name_the_setting(data, named):
    with pytest.raises(ValueError, match=named):
        parse_settings(data)


def test_limits_for_one_person_are_settings():
    settings = parse_settings(
        {"max_submissions_per_day": 2, "max_waiting_per_person": 4, "max_photos_per_person": 9}
    )
    assert (
        settings.max_submissions_per_day,
        settings.max_waiting_per_person,
        settings.max_photos_per_person,
    ) == (2, 4, 9)


@pytest.mark.parametrize(
    ("data", "named"),
    [
        ({"max_submissions_per_day": 0}, "max_submissions_per_day"),
        ({"max_waiting_per_person": "3"}, "max_waiting_per_person"),
        ({"max_photos_per_person": 2, "max_photos": 3}, "max_photos_per_person"),
    ],
)
def test_bad_limits_name_the_setting(data, named):
    with pytest.raises(ValueError, match=named):
        parse_settings(data)
