"""Photovoice vocabulary: themes, steps, statuses, consents, reasons, and the form settings.

Everything here is data; the conversation is in `flow`, moderation in `moderation`, and the one
rule about what may be shown in public in `display`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

import yaml

FLOW = "photovoice"
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

    @property
    def prompts(self) -> tuple[str, ...]:
        return STORY_MODES[self.story_mode]


def parse_settings(data: Any) -> FormSettings:
    """Validate the YAML mapping; a bad value raises ValueError naming the setting."""
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ValueError("photovoice settings: a mapping expected")
    unknown = set(data) - {"story_mode", "max_photos", "max_answer_chars"}
    if unknown:
        raise ValueError(f"photovoice settings: unknown key(s) {', '.join(sorted(unknown))}")
    mode = data.get("story_mode", "showed")
    if mode not in STORY_MODES:
        raise ValueError(
            f"photovoice settings: story_mode must be one of {', '.join(STORY_MODES)}"
        )
    max_photos = data.get("max_photos", 3)
    if not isinstance(max_photos, int) or isinstance(max_photos, bool) or not 1 <= max_photos <= 3:
        raise ValueError("photovoice settings: max_photos must be 1, 2 or 3")
    chars = data.get("max_answer_chars", 1500)
    if not isinstance(chars, int) or isinstance(chars, bool) or not 50 <= chars <= 3000:
        raise ValueError("photovoice settings: max_answer_chars must be between 50 and 3000")
    return FormSettings(story_mode=mode, max_photos=max_photos, max_answer_chars=chars)


def load_settings(path: Path = SETTINGS_FILE) -> FormSettings:
    return parse_settings(yaml.safe_load(path.read_text(encoding="utf-8")))


# -- what the store hands back (structural: storage's records satisfy these) -------------------


class PhotoRecord(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def position(self) -> int: ...
    @property
    def sha256(self) -> str: ...
    @property
    def image_key(self) -> str: ...
    @property
    def thumb_key(self) -> str: ...
    @property
    def width(self) -> int: ...
    @property
    def height(self) -> int: ...
    @property
    def media_group_id(self) -> str | None: ...
    @property
    def channel_chat_id(self) -> int | None: ...
    @property
    def channel_message_id(self) -> int | None: ...


class SubmissionRecord(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def person_id(self) -> int: ...
    @property
    def status(self) -> str: ...
    @property
    def step(self) -> str: ...
    @property
    def prompt_index(self) -> int: ...
    @property
    def story_mode(self) -> str: ...
    @property
    def theme(self) -> str | None: ...
    @property
    def story(self) -> Mapping[str, str]: ...
    @property
    def recognisable(self) -> bool | None: ...
    @property
    def people_agreed(self) -> bool | None: ...
    @property
    def display(self) -> str | None: ...
    @property
    def attribution(self) -> str | None: ...
    @property
    def reject_reason(self) -> str | None: ...
    @property
    def created_at(self) -> datetime: ...
    @property
    def submitted_at(self) -> datetime | None: ...
    @property
    def photos(self) -> Sequence[PhotoRecord]: ...


@dataclass(frozen=True)
class IncomingPhoto:
    """A sanitised photo, ready to keep: what the bot layer learnt from storage.media."""

    sha256: str
    image_key: str
    thumb_key: str
    width: int
    height: int
    size: int
    original_format: str
    media_group_id: str | None = None
