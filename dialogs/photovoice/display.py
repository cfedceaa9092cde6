"""The one rule about what may be shown in public, and how it is attributed.

Nothing is shown without all of: a moderator's approval, the person's consent to public showing,
and — when people in the photo can be recognised, or the person was not sure — their agreement.
The attribution is the first name only when the person chose "with my first name".
"""

from __future__ import annotations

from dataclasses import dataclass

from dialogs.photovoice.model import (
    APPROVED,
    PUBLIC_ANONYMOUS,
    PUBLIC_NAMED,
    STORY_MODES,
    SubmissionRecord,
)
from dialogs.photovoice.screens import theme_name
from dialogs.screen import Plain, Text, msg
from dialogs.text import clean_text

CAPTION_STORY_CHARS = 600  # the caption must stay within Telegram's 1024 characters


@dataclass(frozen=True)
class PublicShowing:
    attribution: str | None  # the first name to show, or None for no name at all


def public_showing(submission: SubmissionRecord) -> PublicShowing | None:
    """How the submission may be shown in public, or None when it may not be shown at all."""
    if submission.status != APPROVED:
        return None
    if submission.display not in (PUBLIC_NAMED, PUBLIC_ANONYMOUS):
        return None
    if submission.recognisable is not False and submission.people_agreed is not True:
        return None  # recognisable (or unanswered) without the people's agreement
    if not submission.photos:
        return None
    if submission.display == PUBLIC_NAMED and submission.attribution:
        return PublicShowing(attribution=submission.attribution)
    return PublicShowing(attribution=None)


def reviewed_showing(
    submission: SubmissionRecord, reviewed_attribution: str | None
) -> PublicShowing | None:
    """`public_showing`, with a name only when it is the name a moderator reviewed: a post is
    never made with a name nobody checked (without a name it is narrower, so still allowed)."""
    showing = public_showing(submission)
    if showing is None or showing.attribution == reviewed_attribution:
        return showing
    return PublicShowing(attribution=None)


def story_excerpt(submission: SubmissionRecord, budget: int = CAPTION_STORY_CHARS) -> str:
    """The story's answers in prompt order, shortened to fit `budget` characters in all."""
    answers = [
        " ".join(clean_text(submission.story[p]).split())
        for p in STORY_MODES[submission.story_mode]
        if submission.story.get(p)
    ]
    text = "\n\n".join(answers)
    return text if len(text) <= budget else text[: budget - 1].rstrip() + "…"


def channel_caption(submission: SubmissionRecord, showing: PublicShowing) -> list[Text]:
    """The public post: theme, story excerpt, and the attribution the person chose."""
    parts: list[Text] = [msg("pv-channel-header", theme=theme_name(submission.theme))]
    story = story_excerpt(submission)
    if story:
        parts.append(Plain(story))
    if showing.attribution:  # cleaned again: a row stored before names were cleaned
        parts.append(msg("pv-channel-by", name=clean_text(showing.attribution)))
    return parts
