"""What the sandbox remembers: users, chats, messages, callback queries, violations and stats.

Messages are kept as the exact JSON Telegram would return (so the bot and the tests see the same
object), plus bookkeeping Telegram does not expose (edit count, deleted flag) that tests need.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

Json = dict[str, Any]


@dataclass
class UserInfo:
    id: int
    first_name: str
    last_name: str | None = None
    username: str | None = None
    language_code: str | None = None
    is_bot: bool = False

    def to_json(self) -> Json:
        data: Json = {"id": self.id, "is_bot": self.is_bot, "first_name": self.first_name}
        for key in ("last_name", "username", "language_code"):
            if getattr(self, key):
                data[key] = getattr(self, key)
        return data


@dataclass
class ChatInfo:
    """A chat the bot can reach: a simulated user's private chat or a channel."""

    id: int
    type: str
    title: str | None = None
    username: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    started: bool = False  # private chats: the user has written to the bot at least once
    blocked: bool = False
    next_message_id: int = 1
    reply_keyboard: Json | None = None  # the ReplyKeyboardMarkup the user currently sees

    def to_json(self) -> Json:
        data: Json = {"id": self.id, "type": self.type}
        for key in ("title", "username", "first_name", "last_name"):
            if getattr(self, key):
                data[key] = getattr(self, key)
        return data

    def full_info(self) -> Json:
        """getChat's ChatFullInfo: the Chat fields plus those ChatFullInfo requires."""
        return {
            **self.to_json(),
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": {
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
                "gifts_from_channels": False,
            },
        }

    def take_message_id(self) -> int:
        message_id = self.next_message_id
        self.next_message_id += 1
        return message_id


@dataclass
class MessageRecord:
    chat_id: int
    message_id: int
    data: Json  # the Message object as Telegram returns it, edits applied
    outgoing: bool  # sent by the bot
    edited: int = 0
    deleted: bool = False
    created: float = field(default_factory=time.monotonic)
    reply_keyboard: Json | None = None  # a ReplyKeyboardMarkup sent with it (not echoed back)


@dataclass
class CallbackRecord:
    id: str
    user_id: int
    chat_id: int
    message_id: int
    data: str
    created: float = field(default_factory=time.monotonic)
    answered: bool = False
    answer: Json | None = None


@dataclass(frozen=True)
class Violation:
    """A call Telegram would refuse (error_code = its answer), or an unknown parameter or field
    that Telegram silently ignores (error_code 0: the call was answered normally)."""

    method: str
    params: dict[str, Any]
    reason: str
    description: str = ""
    error_code: int = 400

    def __str__(self) -> str:
        return f"{self.method}: {self.reason} [{self.error_code} {self.description}]"


@dataclass(frozen=True)
class SendEvent:
    time: float  # time.monotonic()
    method: str
    chat_id: int | str | None
    ok: bool


@dataclass
class Stats:
    """Counts for tests and benchmarks: calls per method, refusals, and every send's timestamp."""

    calls: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    sends: list[SendEvent] = field(default_factory=list)
    rate_limited: int = 0
    injected_failures: int = 0
    downloads_at_once: int = 0  # file-server responses in progress now
    max_downloads_at_once: int = 0

    def send_times(self, method: str | None = None) -> list[float]:
        return [e.time for e in self.sends if e.ok and (method is None or e.method == method)]

    def reset(self) -> None:
        self.calls.clear()
        self.errors.clear()
        self.sends.clear()
        self.rate_limited = 0
        self.injected_failures = 0
        self.max_downloads_at_once = 0


def apply_markup(chat: ChatInfo, record: MessageRecord, markup: Json | None) -> None:
    """Inline keyboards belong to the message; reply keyboards replace the chat's keyboard."""
    record.data.pop("reply_markup", None)
    if not markup:
        return
    if "inline_keyboard" in markup:
        record.data["reply_markup"] = {"inline_keyboard": markup["inline_keyboard"]}
    elif "keyboard" in markup:
        record.reply_keyboard = chat.reply_keyboard = markup
    elif markup.get("remove_keyboard"):
        chat.reply_keyboard = None


def now() -> int:
    return int(time.time())


def short(value: Any, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."
