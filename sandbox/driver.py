"""Simulated people: they write, press buttons and send photos, and read what the bot shows.

Each action creates the update Telegram would create and, by default, returns only after the
bot has handled it (see UpdateQueue), together with the messages the bot sent meanwhile. That
makes a conversation test read like the conversation: send, look at the answer, press, repeat.
"""

from __future__ import annotations

import asyncio
import inspect
import secrets
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from sandbox.client_text import MAX_CAPTION, MAX_MESSAGE, split_message, units
from sandbox.formatting import utf16_len
from sandbox.state import CallbackRecord, ChatInfo, Json, MessageRecord, UserInfo

if TYPE_CHECKING:
    from sandbox.server import Sandbox


class SentMessage:
    """A live view of one bot message: reflects later edits and deletion."""

    def __init__(self, sb: Sandbox, record: MessageRecord) -> None:
        self._sb = sb
        self.record = record

    @property
    def message_id(self) -> int:
        return self.record.message_id

    @property
    def chat_id(self) -> int:
        return self.record.chat_id

    @property
    def data(self) -> Json:
        """The Message JSON exactly as Telegram would return it now."""
        return self.record.data

    @property
    def text(self) -> str | None:
        """The text, or the caption of a photo/document."""
        return self.data.get("text", self.data.get("caption"))

    @property
    def caption(self) -> str | None:
        return self.data.get("caption")

    @property
    def entities(self) -> list[Json]:
        return self.data.get("entities") or self.data.get("caption_entities") or []

    @property
    def reply_markup(self) -> Json | None:
        return self.data.get("reply_markup") or self.record.reply_keyboard

    @property
    def inline_keyboard(self) -> list[list[Json]]:
        return (self.data.get("reply_markup") or {}).get("inline_keyboard", [])

    @property
    def buttons(self) -> list[list[str]]:
        """Labels of the inline keyboard, row by row."""
        return [[b["text"] for b in row] for row in self.inline_keyboard]

    @property
    def photo(self) -> list[Json] | None:
        return self.data.get("photo")

    @property
    def document(self) -> Json | None:
        return self.data.get("document")

    @property
    def venue(self) -> Json | None:
        return self.data.get("venue")

    def photo_bytes(self) -> bytes:
        if not self.photo:
            raise AssertionError(f"message {self.message_id} has no photo")
        return self._sb.file_bytes(self.photo[-1]["file_id"])

    def document_bytes(self) -> bytes:
        if not self.document:
            raise AssertionError(f"message {self.message_id} has no document")
        return self._sb.file_bytes(self.document["file_id"])

    @property
    def edited(self) -> int:
        return self.record.edited

    @property
    def deleted(self) -> bool:
        return self.record.deleted

    def __repr__(self) -> str:
        flags = "".join(
            [f" edited×{self.edited}" if self.edited else "", " deleted" if self.deleted else ""]
        )
        media = (
            " [photo]"
            if self.photo
            else " [document]"
            if self.document
            else " [venue]"
            if self.venue
            else ""
        )
        return f"<SentMessage {self.message_id}{media}{flags} {self.text!r} {self.buttons}>"


class SimUser:
    """A person in a private chat with the bot (chat id == user id)."""

    def __init__(self, sb: Sandbox, info: UserInfo) -> None:
        self.sb = sb
        self.info = info

    @property
    def id(self) -> int:
        return self.info.id

    @property
    def chat(self) -> ChatInfo:
        return self.sb.chats[self.id]

    # -- acting ----------------------------------------------------------------------------
    async def send(self, text: str, *, wait: bool = True) -> list[SentMessage]:
        """Type a message; texts starting with "/" carry a bot_command entity as in Telegram.

        Like a Telegram app, a text over 4,096 UTF-16 code units goes out as several messages
        (see sandbox.client_text); the bot's answers to all of them are returned."""
        mark = self._mark()
        parts = split_message(text) if units(text) > MAX_MESSAGE else [text]
        update_ids = [
            self._push_message(_text_content(part), f"message {part[:40]!r}") for part in parts
        ]
        if wait:
            for update_id in update_ids:
                await self.sb.wait_handled(update_id)
        return self._since(mark)

    async def command(
        self, command: str, payload: str | None = None, *, wait: bool = True
    ) -> list[SentMessage]:
        """`/start poll_x` as sent by a deep link t.me/bot?start=poll_x."""
        command = command if command.startswith("/") else "/" + command
        return await self.send(f"{command} {payload}" if payload else command, wait=wait)

    async def send_photo(
        self, image: bytes, caption: str | None = None, *, wait: bool = True
    ) -> list[SentMessage]:
        _check_caption(caption)
        stored = self.sb.files.add(image, "photo")
        content: Json = {"photo": self.sb.files.photo_sizes(stored)}
        if caption:
            content["caption"] = caption
        return await self._message(content, f"photo of {len(image)} bytes", wait)

    async def send_document(
        self,
        data: bytes,
        file_name: str,
        mime_type: str = "application/octet-stream",
        caption: str | None = None,
        *,
        wait: bool = True,
        size_known: bool = True,
    ) -> list[SentMessage]:
        """`size_known=False`: file_size is left out (see sandbox.files.StoredFile)."""
        _check_caption(caption)
        stored = self.sb.files.add(
            data, "document", file_name=file_name, mime_type=mime_type, size_known=size_known
        )
        content: Json = {"document": self.sb.files.document_json(stored)}
        if caption:
            content["caption"] = caption
        return await self._message(content, f"document {file_name!r}", wait)

    async def send_location(
        self, latitude: float, longitude: float, *, wait: bool = True
    ) -> list[SentMessage]:
        """Share a location pin, as the attachment menu's "Location" does."""
        content: Json = {"location": {"latitude": latitude, "longitude": longitude}}
        return await self._message(content, "a location", wait)

    async def send_album(
        self, images: Sequence[bytes], caption: str | None = None, *, wait: bool = True
    ) -> list[SentMessage]:
        """Several photos with one media_group_id, arriving as separate updates like Telegram."""
        _check_caption(caption)
        group_id = str(secrets.randbits(62))
        mark = self._mark()
        update_ids = []
        for i, image in enumerate(images):
            stored = self.sb.files.add(image, "photo")
            content: Json = {
                "photo": self.sb.files.photo_sizes(stored),
                "media_group_id": group_id,
            }
            if caption and i == 0:
                content["caption"] = caption
            update_ids.append(self._push_message(content, f"album photo {i + 1}/{len(images)}"))
        if wait:
            for update_id in update_ids:
                await self.sb.wait_handled(update_id)
        return self._since(mark)

    async def press(
        self, label: str, *, message: SentMessage | None = None, wait: bool = True
    ) -> list[SentMessage]:
        """Press an inline button by exact label (or a unique substring) on the newest message
        with an inline keyboard, or on `message` (to press a stale button)."""
        target = message or self._newest_with_keyboard()
        if target.deleted:
            raise AssertionError(f"message {target.message_id} was deleted; nothing to press")
        return await self.press_button(target, _find_button(target, label), wait=wait)

    async def press_button(
        self, target: SentMessage, button: Json, *, wait: bool = True
    ) -> list[SentMessage]:
        """Press this button (one of `target.inline_keyboard`): for two buttons that share a
        label, or a driver that numbers buttons. Only callback buttons reach the bot."""
        if "callback_data" not in button:
            kind = next((k for k in button if k != "text"), "?")
            raise AssertionError(f"button {button['text']!r} is a {kind} button, not a callback")
        query_id = str(secrets.randbits(63))
        self.sb.callbacks[query_id] = CallbackRecord(
            query_id, self.id, self.id, target.message_id, button["callback_data"]
        )
        body = {
            "callback_query": {
                "id": query_id,
                "from": self.info.to_json(),
                "message": dict(target.data),
                "chat_instance": str(self.id * 7919 % 10**12),
                "data": button["callback_data"],
            }
        }
        mark = self._mark()
        update_id = self.sb.updates.push(body, f"press {button['text']!r} by user {self.id}")
        if wait:
            await self.sb.wait_handled(update_id)
        return self._since(mark)

    async def wait_for(self, predicate: Callable[..., Any], timeout: float = 5) -> Any:  # noqa: ASYNC109
        """Poll until predicate(user) (or predicate()) is truthy; for concurrently run bots."""
        takes_user = bool(inspect.signature(predicate).parameters)
        deadline = time.monotonic() + timeout
        while True:
            result = predicate(self) if takes_user else predicate()
            if result:
                return result
            if time.monotonic() >= deadline:
                raise TimeoutError(
                    f"condition not met for user {self.id} within {timeout:g}s; "
                    f"bot messages so far: {self.messages[-5:]}"
                )
            await asyncio.sleep(0.01)

    def block(self) -> None:
        self.sb.block(self.id)

    # -- reading ---------------------------------------------------------------------------
    @property
    def messages(self) -> list[SentMessage]:
        """Every bot message in this chat, oldest first (deleted ones flagged, not removed)."""
        return [SentMessage(self.sb, r) for r in self.sb.chat_messages(self.id)]

    @property
    def visible(self) -> list[SentMessage]:
        return [m for m in self.messages if not m.deleted]

    @property
    def last(self) -> SentMessage:
        visible = self.visible
        if not visible:
            raise AssertionError(f"the bot has sent no (undeleted) message to user {self.id}")
        return visible[-1]

    def buttons(self) -> list[list[str]]:
        """Labels on the newest message with an inline keyboard (what press() would use)."""
        return self._newest_with_keyboard().buttons

    @property
    def reply_keyboard(self) -> list[list[str]]:
        keyboard = self.chat.reply_keyboard or {}
        return [[b["text"] for b in row] for row in keyboard.get("keyboard", [])]

    @property
    def callback_answers(self) -> list[Json]:
        return [
            {**(c.answer or {}), "query_id": c.id, "data": c.data}
            for c in self.sb.callbacks.values()
            if c.user_id == self.id and c.answered
        ]

    # -- internals -------------------------------------------------------------------------
    def _push_message(self, content: Json, description: str) -> int:
        self.chat.started = True
        record = self.sb.new_message(self.chat, content, sender=self.info)
        body = {"message": dict(record.data)}
        return self.sb.updates.push(body, f"{description} from user {self.id}")

    async def _message(self, content: Json, description: str, wait: bool) -> list[SentMessage]:
        mark = self._mark()
        update_id = self._push_message(content, description)
        if wait:
            await self.sb.wait_handled(update_id)
        return self._since(mark)

    def _mark(self) -> int:
        return self.chat.next_message_id

    def _since(self, mark: int) -> list[SentMessage]:
        return [m for m in self.messages if m.message_id >= mark]

    def _newest_with_keyboard(self) -> SentMessage:
        for message in reversed(self.visible):
            if message.inline_keyboard:
                return message
        raise AssertionError(
            f"no bot message with an inline keyboard in chat {self.id}; "
            f"last messages: {self.messages[-3:]}"
        )


def _text_content(text: str) -> Json:
    content: Json = {"text": text}
    if text.startswith("/"):
        command = text.split(maxsplit=1)[0]
        content["entities"] = [{"type": "bot_command", "offset": 0, "length": utf16_len(command)}]
    return content


def _check_caption(caption: str | None) -> None:
    """A Telegram app will not send a caption over 1,024 characters (it does not split it)."""
    if caption and units(caption) > MAX_CAPTION:
        raise ValueError(
            f"a caption of {units(caption)} UTF-16 code units: Telegram apps allow {MAX_CAPTION}"
        )


def _find_button(message: SentMessage, label: str) -> Json:
    buttons = [b for row in message.inline_keyboard for b in row]
    exact = [b for b in buttons if b["text"] == label]
    partial = [b for b in buttons if label in b["text"]]
    found = exact or partial
    if len(found) == 1 or (exact and found):
        return found[0]
    reason = "several buttons match" if found else "no button matches"
    raise AssertionError(
        f"{reason} {label!r} on message {message.message_id} ({message.text!r}); "
        f"visible buttons: {message.buttons}"
    )
