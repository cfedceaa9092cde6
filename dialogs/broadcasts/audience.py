"""Who receives a broadcast, and what each of them reads.

- `TopicAudience`: the subscribers of a topic who agreed to the privacy notice, optionally only
  those reading one language or of one respondent group.
- `SessionAudience`: the people registered for one information session. The sessions feature
  owns that table; it hands over a query function (session id -> person ids), so this module
  needs nothing from it.

A recipient reads the text in their own language if there is one, else the FALLBACK_LOCALE
text, else the DEFAULT_LOCALE text, else the first one written. The topic's name and the
buttons are always in their own language.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass

from dialogs.broadcasts.topics import topic_name
from dialogs.languages import LANGUAGES
from dialogs.screen import Button, Photo, Plain, Screen, msg

PeopleQuery = Callable[[int], Awaitable[Sequence[int]]]  # session id -> person ids


@dataclass(frozen=True)
class TopicAudience:
    topic: str
    language: str | None = None
    group: str | None = None


@dataclass(frozen=True)
class SessionAudience:
    session_id: int
    query: PeopleQuery


Audience = TopicAudience | SessionAudience


def pick_text(texts: Mapping[str, str], language: str, fallback: str, default: str) -> str:
    """The text a reader of `language` gets (see the module's docstring)."""
    for code in (language, fallback, default, *LANGUAGES, *sorted(texts)):
        if texts.get(code):
            return texts[code]
    return ""


def text_language(texts: Mapping[str, str], language: str, fallback: str, default: str) -> str:
    """Which language's text a reader of `language` gets."""
    for code in (language, fallback, default, *LANGUAGES, *sorted(texts)):
        if texts.get(code):
            return code
    return language


@dataclass(frozen=True)
class Content:
    """What one broadcast says, as its deliveries need it."""

    audience: str  # "topic" or "session"
    topic: str | None
    texts: Mapping[str, str]
    photo_key: str | None = None
    poll_id: int | None = None  # an announcement of a new poll: a button to open it


def announcement(content: Content, language: str, fallback: str, default: str) -> Screen:
    """The message one recipient gets."""
    header = (
        msg("broadcast-header", topic=topic_name(content.topic))
        if content.audience == "topic" and content.topic
        else msg("broadcast-header-session")
    )
    body = pick_text(content.texts, language, fallback, default)
    buttons: list[list[Button]] = []
    if content.poll_id is not None:
        buttons.append([Button(msg("broadcast-open-poll"), action=f"po:{content.poll_id}")])
    if content.audience == "topic" and content.topic:
        buttons.append([Button(msg("broadcast-stop"), action=f"tp:stop:{content.topic}")])
    return Screen(
        parts=[header, Plain(body)] if body else [header],
        buttons=buttons,
        photo=Photo(content.photo_key) if content.photo_key else None,
    )
