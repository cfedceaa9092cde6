"""Telling people beyond those registered: the announcement-topic "sessions".

Subscriptions to topics and broadcasting belong to the broadcasts feature; this module only
describes what to announce, and `session_event` is the ONE call point every sessions action
goes through (publishing in the chat, cancelling a published session, importing a schedule).
Until the broadcasts feature wires an `Announcer`, announcements go nowhere (`NO_ANNOUNCER`).

Wiring (for the lead): give the sessions router a real announcer in `dp["sessions_announcer"]`,
e.g. one that writes a broadcast for `Announcement.topic` with, per language,
`Announcement.screen(language)`; `Announcement.source` is unique per session and event, so an
announcement is written once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, Protocol

from dialogs.screen import Button, Screen, msg
from dialogs.sessions.model import SessionRecord
from dialogs.sessions.screens import block, details, when

TOPIC = "sessions"
Event = Literal["published", "cancelled"]


@dataclass(frozen=True)
class Announcement:
    topic: str
    source: str  # e.g. "session:12:published": one announcement per session and event
    screen: Callable[[str], Screen]  # the announcement in a language (bg, en, ar, …)


class Announcer(Protocol):
    async def __call__(self, announcement: Announcement) -> None: ...


async def _nobody(announcement: Announcement) -> None:
    return None


NO_ANNOUNCER: Announcer = _nobody


def announcement(session: SessionRecord, event: Event, tz: str) -> Announcement:
    """What subscribers of "sessions" read when a session is published or cancelled."""

    def screen(language: str) -> Screen:
        if event == "cancelled":
            parts = [msg("sessions-announce-cancelled"), *details(session, language, tz)[:1]]
            if session.starts_at is not None:
                parts.append(when(session, tz))
            return Screen(parts=parts)
        return Screen(
            parts=[msg("sessions-announce-new"), block(details(session, language, tz))],
            buttons=[[Button(msg("sessions-open-card"), action=f"ss:open:{session.id}")]],
        )

    return Announcement(TOPIC, f"session:{session.id}:{event}", screen)


async def session_event(
    announcer: Announcer, session: SessionRecord, event: Event, tz: str
) -> None:
    """>>> THE single call point for announcing a session to the topic "sessions". <<<"""
    await announcer(announcement(session, event, tz))
