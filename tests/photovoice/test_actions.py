"""Photovoice buttons read back: only the shapes we make, ids that fit the database's keys."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dialogs.photovoice.actions import Action, parse_flow, parse_review

NINES = "9" * 24


@pytest.mark.parametrize(
    ("data", "action"),
    [
        ("ph:theme:housing", Action("theme", code="housing")),
        ("ph:next", Action("next")),
        ("ph:skip:3", Action("skip", index=3)),
        ("ph:back:story:2", Action("back", code="story", index=2)),
        ("ph:rm:17", Action("rm", key=17)),
        ("ph:mys:5:named", Action("mys", key=5, code="named")),
        (f"ph:my:{2**31 - 1}", Action("my", key=2**31 - 1)),
    ],
)
def test_our_flow_buttons_are_read(data, action):
    assert parse_flow(data) == action


@pytest.mark.parametrize(
    "data",
    [
        f"ph:my:{NINES}",
        f"ph:mydy:{2**31}",
        "ph:my:0",
        "ph:my:-1",
        "ph:my:１２",  # full-width digits
        "ph:my:12:extra",
        "ph:my",
        "ph:theme:Housing!",
        "ph:skip:007",
        "ph:skip",
        "ph:unknown",
        "phm:ok:1:abc",
        "",
        None,
    ],
)
def test_anything_else_is_not_a_flow_button(data):
    assert parse_flow(data) is None


def test_review_buttons_always_name_a_submission_that_fits():
    assert parse_review("phm:ok:12:0a1b2c3d4e") == Action("ok", key=12, code="0a1b2c3d4e")
    assert parse_review("phm:r:12:other") == Action("r", key=12, code="other")
    for data in (f"phm:ok:{NINES}:x", f"phm:next:{2**31}", "phm:next:", "phm:ok:12", "ph:next"):
        assert parse_review(data) is None


def test_every_text_the_photovoice_dialogs_use_exists():
    used = set()
    for path in Path("dialogs/photovoice").glob("*.py"):
        used |= set(re.findall(r"""msg\(\s*["'](pv-[a-z0-9-]+)["']""", path.read_text()))
    defined = set(
        re.findall(r"^(pv-[a-z0-9-]+) =", Path("locales/en/photovoice.ftl").read_text(), re.M)
    )
    assert used and used - defined == set()
