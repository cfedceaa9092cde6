"""What a conversation step shows a person, without any Telegram in it.

A dialog returns a `Screen`: message ids with arguments (rendered by `bot/` through Fluent in
the person's language) and buttons that carry an *action* string. `bot/` turns the action into
Telegram callback_data, so an action must stay within Telegram's 64 bytes; `Screen` checks.
Text typed by people (a poll written by staff, a story) travels as `Plain`, never as a message id.
A message argument may be a `Msg` or `Plain` (rendered first), or a tuple of them: a list, joined
the way the reader's language joins lists ("a, b and c").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

MAX_ACTION_BYTES = 64


@dataclass(frozen=True)
class Msg:
    """A Fluent message id and its arguments."""

    key: str
    args: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Plain:
    """Text that people wrote (already in the reader's language); shown escaped, as is."""

    text: str


Text = Msg | Plain


@dataclass(frozen=True)
class Lines:
    """A message argument: texts shown one per line (e.g. the commands in /help)."""

    items: tuple[Text, ...]


def msg(key: str, **args: Any) -> Msg:
    return Msg(key, args)


@dataclass(frozen=True)
class Button:
    """An inline button: a label and either an action (callback) or a URL."""

    label: Text
    action: str | None = None
    url: str | None = None

    def __post_init__(self) -> None:
        if (self.action is None) == (self.url is None):
            raise ValueError("a button has exactly one of action or url")
        if self.action is not None and len(self.action.encode()) > MAX_ACTION_BYTES:
            raise ValueError(f"action over {MAX_ACTION_BYTES} bytes: {self.action!r}")


@dataclass(frozen=True)
class Photo:
    """An image to show with the screen: a stored media key (see storage.media)."""

    media_key: str


@dataclass(frozen=True)
class Document:
    """A file to send with the screen; the screen's text becomes its caption.

    `content` is bytes sent as they are, or a JSON-ready tree (dicts, lists, strings, numbers,
    dates, None) whose `Msg` and `Plain` leaves the renderer writes in the reader's language,
    so a file can carry translated texts while dialogs stay free of rendering.
    """

    file_name: str
    content: Any


@dataclass(frozen=True)
class Screen:
    """One message to a person.

    `parts` are joined with a blank line. `edit=True` asks the renderer to replace the message
    whose button was pressed instead of sending a new one (falls back to sending).
    """

    parts: Sequence[Text]
    buttons: Sequence[Sequence[Button]] = ()
    edit: bool = False
    photo: Photo | None = None
    document: Document | None = None

    @classmethod
    def of(
        cls,
        key: str,
        buttons: Sequence[Sequence[Button]] = (),
        *,
        edit: bool = False,
        **args: Any,
    ) -> Screen:
        return cls(parts=(Msg(key, args),), buttons=buttons, edit=edit)


def one_per_row(buttons: Sequence[Button]) -> list[list[Button]]:
    return [[b] for b in buttons]


def rows_of(buttons: Sequence[Button], width: int) -> list[list[Button]]:
    return [list(buttons[i : i + width]) for i in range(0, len(buttons), width)]
