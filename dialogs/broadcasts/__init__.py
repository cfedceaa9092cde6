"""Announcements: topics people subscribe to, and broadcasts staff send to them.

- topics.py: the topics screen and `topics_button()` for other features' screens.
- audience.py: who receives a broadcast (`TopicAudience`, `SessionAudience`) and what each reads.
- compose.py: staff write one in the chat (/broadcast), step by step, stored.
- queue.py: `announce(...)`, the one call to queue a broadcast from code or the command line.
- report.py: the progress message and the final report its author sees.
"""

from dialogs.broadcasts.audience import (
    Content,
    SessionAudience,
    TopicAudience,
    announcement,
)
from dialogs.broadcasts.compose import (
    FLOW,
    MAX_TEXT,
    Env,
    content_of,
    on_photo,
    on_text,
    session_button,
    start,
    start_for_session,
)
from dialogs.broadcasts.compose import PREFIX as DRAFT_PREFIX
from dialogs.broadcasts.compose import cancel as discard_draft
from dialogs.broadcasts.compose import on_button as on_draft_button
from dialogs.broadcasts.queue import announce
from dialogs.broadcasts.report import Tally, report_screen
from dialogs.broadcasts.staff import cancel as cancel_broadcast
from dialogs.broadcasts.staff import recent as recent_broadcasts
from dialogs.broadcasts.topics import PREFIX as TOPIC_PREFIX
from dialogs.broadcasts.topics import TOPICS, topics_button
from dialogs.broadcasts.topics import press as press_topic

__all__ = [
    "DRAFT_PREFIX",
    "FLOW",
    "MAX_TEXT",
    "TOPICS",
    "TOPIC_PREFIX",
    "Content",
    "Env",
    "SessionAudience",
    "Tally",
    "TopicAudience",
    "announce",
    "announcement",
    "cancel_broadcast",
    "content_of",
    "discard_draft",
    "on_draft_button",
    "on_photo",
    "on_text",
    "press_topic",
    "recent_broadcasts",
    "report_screen",
    "session_button",
    "start",
    "start_for_session",
    "topics_button",
]
