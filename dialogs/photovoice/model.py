"""Photovoice vocabulary: themes, steps, statuses, consents, reasons, and the form settings.

Everything here is data; the conversation is in `flow`, moderation in `moderation`, and the one
rule about what may be shown in public in `display`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from storage.photovoice_records import NewPhoto, PhotoRow, SubmissionRow

FLOW = "photovoice"
REASON_FLOW = "photovoice-reason"  # a moderator writing the reason for a rejection
REASON_CHARS = 500  # the longest reason a moderator may write (storage keeps as many)
SETTINGS_FILE = Path(__file__).with_name("settings.yaml")

# The audit themes (seed: Sofia City Integration Audit).
THEMES: tuple[str, ...] = (
    "work",
    "education",
    "housing",
    "health",
    "safety",
    "neighbourhood",
    "diversity",
    "services",
    "other",
)

# Story prompts per mode: SHOWeD (See, Happening, Our lives, Why, Do) or short.
STORY_MODES: Mapping[str, tuple[str, ...]] = {
    "showed": ("see", "happening", "our_lives", "why", "do"),
    "short": ("title", "caption"),
}

# Draft steps, in order.
THEME, PHOTOS, STORY, RECOGNISABLE, AGREEMENT, DISPLAY, CONFIRM = (
    "theme",
    "photos",
    "story",
    "recognisable",
    "agreement",
    "display",
    "confirm",
)
STEPS: tuple[str, ...] = (THEME, PHOTOS, STORY, RECOGNISABLE, AGREEMENT, DISPLAY, CONFIRM)

# Submission statuses.
DRAFT, SUBMITTED, APPROVED, REJECTED, WITHDRAWN = (
    "draft",
    "submitted",
    "approved",
    "rejected",
    "withdrawn",
)
STATUSES: tuple[str, ...] = (DRAFT, SUBMITTED, APPROVED, REJECTED, WITHDRAWN)

# Consent to show ("display"): in public with my first name / in public without my name /
# only to the research team.
PUBLIC_NAMED, PUBLIC_ANONYMOUS, RESEARCH_ONLY = "named", "anonymous", "research"
DISPLAYS: tuple[str, ...] = (PUBLIC_NAMED, PUBLIC_ANONYMOUS, RESEARCH_ONLY)
PUBLIC_DISPLAYS = frozenset({PUBLIC_NAMED, PUBLIC_ANONYMOUS})
# How widely each choice shows a submission: a wider choice needs a moderator's review again.
REACH: Mapping[str, int] = {RESEARCH_ONLY: 0, PUBLIC_ANONYMOUS: 1, PUBLIC_NAMED: 2}

# Why a moderator may reject a submission for public showing.
REJECT_REASONS: tuple[str, ...] = (
    "off_theme",
    "face",
    "personal_data",
    "offensive",
    "quality",
    "other",
)

# What happened to an incoming photo (besides being kept).
PHOTO_REFUSALS: tuple[str, ...] = (
    "not_an_image",
    "unsupported_format",
    "too_large_file",
    "too_many_pixels",
    "truncated",
    "too_small",
    "too_big_download",
    "download_failed",
)


def key(prefix: str, code: str) -> str:
    """Fluent id for a code: key('pv-theme', 'our_lives') -> 'pv-theme-our-lives'."""
    return f"{prefix}-{code.replace('_', '-')}"


@dataclass(frozen=True)
class FormSettings:
    story_mode: str = "showed"
    max_photos: int = 3
    max_answer_chars: int = 1500
    # what one person may hold, so nobody fills the media folder or the moderators' queue
    max_submissions_per_day: int = 5
    max_waiting_per_person: int = 3
    max_photos_per_person: int = 50

    @property
    def prompts(self) -> tuple[str, ...]:
        return STORY_MODES[self.story_mode]


# setting: (default, lowest, highest, how the error names the range)
_NUMBERS: Mapping[str, tuple[int, int, int, str]] = {
    "max_photos": (3, 1, 3, "1, 2 or 3"),
    "max_answer_chars": (1500, 50, 3000, "between 50 and 3000"),
    "max_submissions_per_day": (5, 1, 100, "between 1 and 100"),
    "max_waiting_per_person": (3, 1, 100, "between 1 and 100"),
    "max_photos_per_person": (50, 1, 1000, "between 1 and 1000"),
}


def _number(data: Mapping[str, Any], name: str) -> int:
    default, low, high, allowed = _NUMBERS[name]
    value = data.get(name, default)
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ValueError(f"photovoice settings: {name} must be {allowed}")
    return value


def parse_settings(data: Any) -> FormSettings:
    """Validate the YAML mapping; a bad value raises ValueError naming the setting."""
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ValueError("photovoice settings: a mapping expected")
    unknown = set(data) - {"story_mode", *_NUMBERS}
    if unknown:
        raise ValueError(f"photovoice settings: unknown key(s) {', '.join(sorted(unknown))}")
    mode = data.get("story_mode", "showed")
    if mode not in STORY_MODES:
        raise ValueError(
            f"photovoice settings: story_mode must be one of {', '.join(STORY_MODES)}"
        )
    numbers = {name: _number(data, name) for name in _NUMBERS}
    settings = FormSettings(story_mode=mode, **numbers)
    if settings.max_photos_per_person < settings.max_photos:
        raise ValueError("photovoice settings: max_photos_per_person must be at least max_photos")
    return settings


def load_settings(path: Path = SETTINGS_FILE) -> FormSettings:
    return parse_settings(yaml.safe_load(path.read_text(encoding="utf-8")))


# -- what the store hands back: storage.photovoice_records, one definition for both layers --

PhotoRecord = PhotoRow
SubmissionRecord = SubmissionRow
IncomingPhoto = NewPhoto
