"""Announcements: topics people subscribe to, and broadcasts staff send to them.

- topics.py: the topics screen and `topics_button()` for other features' screens.
- audience.py: who receives a broadcast (`TopicAudience`, `SessionAudience`) and what each reads.
- compose.py: staff write one in the chat (/broadcast), step by step, stored.
- queue.py: `announce(...)`, the one call to queue a broadcast from code or the command line.
- report.py: the progress message and the final report its author sees.
"""

from dialogs.broadcasts.audience import SessionAudience, TopicAudience
from dialogs.broadcasts.compose import session_button
from dialogs.broadcasts.queue import announce
from dialogs.broadcasts.topics import TOPICS, topics_button

__all__ = [
    "TOPICS",
    "SessionAudience",
    "TopicAudience",
    "announce",
    "session_button",
    "topics_button",
]
