"""The one rule about public showing, and the public caption."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from dialogs.photovoice.display import (
    CAPTION_STORY_CHARS,
    PublicShowing,
    channel_caption,
    public_showing,
    reviewed_showing,
    story_excerpt,
)
from dialogs.screen import Msg, Plain
from storage.repositories.photovoice import PhotoRow, SubmissionRow

PHOTO = PhotoRow(1, 1, "a" * 64, "aa/aa/x.jpg", "aa/aa/x.thumb.jpg", 640, 480, None, None, None)
APPROVED_PUBLIC = SubmissionRow(
    id=1,
    person_id=1,
    status="approved",
    step="confirm",
    prompt_index=5,
    story_mode="showed",
    theme="housing",
    story={"see": "A broken door.", "do": "Fix it together."},
    recognisable=False,
    people_agreed=None,
    display="named",
    attribution="Amal",
    reject_reason=None,
    reject_note=None,
    created_at=datetime(2026, 11, 30, tzinfo=UTC),
    submitted_at=datetime(2026, 11, 30, tzinfo=UTC),
    decided_at=None,
    photos=(PHOTO,),
)


def test_approved_public_named_shows_the_first_name():
    assert public_showing(APPROVED_PUBLIC) == PublicShowing(attribution="Amal")


def test_without_name_shows_no_name_even_if_one_was_stored():
    assert public_showing(replace(APPROVED_PUBLIC, display="anonymous")) == PublicShowing(None)


@pytest.mark.parametrize("status", ["draft", "submitted", "rejected", "withdrawn"])
def test_nothing_is_shown_without_approval(status):
    assert public_showing(replace(APPROVED_PUBLIC, status=status)) is None


@pytest.mark.parametrize("display", ["research", None])
def test_nothing_is_shown_without_public_consent(display):
    assert public_showing(replace(APPROVED_PUBLIC, display=display)) is None


@pytest.mark.parametrize(
    ("recognisable", "agreed", "public"),
    [
        (False, None, True),
        (True, True, True),
        (True, False, False),
        (True, None, False),
        (None, None, False),  # never answered: not shown
        (None, True, True),
    ],
)
def test_recognisable_people_need_their_agreement(recognisable, agreed, public):
    submission = replace(APPROVED_PUBLIC, recognisable=recognisable, people_agreed=agreed)
    assert (public_showing(submission) is not None) is public


def test_no_photo_nothing_to_show():
    assert public_showing(replace(APPROVED_PUBLIC, photos=())) is None


def test_named_without_a_stored_name_falls_back_to_no_name():
    assert public_showing(replace(APPROVED_PUBLIC, attribution=None)) == PublicShowing(None)


def test_caption_has_theme_story_and_chosen_attribution_only():
    parts = channel_caption(APPROVED_PUBLIC, PublicShowing("Amal"))
    assert parts[0] == Msg("pv-channel-header", {"theme": Msg("pv-theme-housing", {})})
    assert parts[1] == Plain("A broken door.\n\nFix it together.")
    assert parts[2] == Msg("pv-channel-by", {"name": "Amal"})
    anonymous = channel_caption(APPROVED_PUBLIC, PublicShowing(None))
    assert all("Amal" not in str(p) for p in anonymous) and len(anonymous) == 2


def test_long_stories_are_cut_to_fit_a_caption():
    long = replace(APPROVED_PUBLIC, story={"see": "word " * 500})
    text = story_excerpt(long)
    assert len(text) <= CAPTION_STORY_CHARS and text.endswith("…")
    assert story_excerpt(replace(APPROVED_PUBLIC, story={})) == ""


def test_a_name_nobody_reviewed_is_never_shown():
    """The post carries the name a moderator reviewed; any other name means no name at all."""
    assert reviewed_showing(APPROVED_PUBLIC, "Amal") == PublicShowing("Amal")
    assert reviewed_showing(APPROVED_PUBLIC, None) == PublicShowing(None)
    assert reviewed_showing(APPROVED_PUBLIC, "Bob") == PublicShowing(None)
    anonymous = replace(APPROVED_PUBLIC, display="anonymous")
    assert reviewed_showing(anonymous, "Amal") == PublicShowing(None)


def test_bidi_overrides_never_reach_the_channel():
    story = {"see": "Rent \u202eevil\u202c is high.\x07", "do": "\u2066Talk\u2069 to us."}
    assert (
        story_excerpt(replace(APPROVED_PUBLIC, story=story)) == "Rent evil is high.\n\nTalk to us."
    )


def test_a_name_stored_before_cleaning_reaches_the_channel_clean():
    old_row = replace(APPROVED_PUBLIC, attribution="\u202eAmal")
    parts = channel_caption(old_row, PublicShowing("\u202eAmal"))
    assert parts[-1] == Msg("pv-channel-by", {"name": "Amal"})
