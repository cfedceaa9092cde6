"""The demo's screen side: what the bot shows, printed once per version of each message.

Every kind of message the bot can send is printed without failing: text, a photo or a document
with or without caption, album photos, messages to the other simulated people and posts in the
(sandbox) public channel; edits are printed again marked "(edited)", deletions are noted.
Buttons are numbered for pressing; a button that does not call the bot (a link, a web app, a
text to copy) shows where it leads. The short answers to pressed buttons (toasts, alerts) and
any call the sandbox refused are printed too.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from sandbox import Sandbox
from sandbox.state import Json, MessageRecord

PRESS_HINT = "  (to press a button type [N] or /press N; /demo lists the demo commands)"
_MEDIA = ("photo", "document", "video", "animation", "audio", "voice", "sticker", "video_note")


def buttons(record: MessageRecord | None) -> list[Json]:
    """The inline buttons of a message, numbered from 1 in reading order."""
    if record is None or record.deleted:
        return []
    keyboard = (record.data.get("reply_markup") or {}).get("inline_keyboard") or []
    return [button for row in keyboard for button in row if isinstance(button, dict)]


def describe_button(button: Json) -> str:
    """The label, and for a button that does not call the bot, what pressing it does."""
    label = str(button.get("text", ""))
    if "callback_data" in button:
        return label
    if "url" in button:
        return f"{label} → {button['url']}"
    if "web_app" in button:
        return f"{label} → web app {(button['web_app'] or {}).get('url', '')}"
    if "login_url" in button:
        return f"{label} → login at {(button['login_url'] or {}).get('url', '')}"
    if "copy_text" in button:
        return f"{label} (copies “{(button['copy_text'] or {}).get('text', '')}”)"
    kind = next((k for k in button if k != "text"), "unknown")
    return f"{label} ({kind.replace('_', ' ')} button)"


def press_elsewhere(button: Json) -> str:
    """What Telegram would do for a button that sends nothing to the bot."""
    if "url" in button:
        return f"(a link: Telegram would open {button['url']} — the demo does not open links)"
    if "web_app" in button:
        url = (button["web_app"] or {}).get("url", "")
        return f"(a web app: Telegram would open {url} — not in the demo)"
    if "login_url" in button:
        url = (button["login_url"] or {}).get("url", "")
        return f"(a login link: Telegram would open {url} — not in the demo)"
    if "copy_text" in button:
        text = (button["copy_text"] or {}).get("text", "")
        return f"(Telegram would copy “{text}” to the clipboard)"
    kind = next((k for k in button if k != "text"), "unknown")
    return f"(a {kind.replace('_', ' ')} button: it sends nothing to the bot)"


class ChatView:
    """Prints new and changed bot messages in the chats the demo watches."""

    def __init__(self, sb: Sandbox, out: TextIO) -> None:
        self.sb = sb
        self.out = out
        self.names: dict[int, str] = {}  # chat id -> the simulated person's name
        self._seen: dict[tuple[int, int], tuple[int, bool]] = {}
        self._answered: set[str] = set()
        self._violations = 0

    def watch(self, chat_id: int, name: str) -> None:
        self.names[chat_id] = name

    def show_new(self, current: int) -> None:
        """Everything new since the last call; `current` is the chat of the person typing."""
        records = sorted(
            (r for r in self.sb.records.values() if r.outgoing),
            key=lambda r: (r.created, r.chat_id, r.message_id),
        )
        for record in records:
            key = (record.chat_id, record.message_id)
            version = (record.edited, record.deleted)
            before = self._seen.get(key)
            if before == version:
                continue
            self._seen[key] = version
            if record.deleted:
                if before is not None:
                    self.line(f"\n── {self._who(record, current)}: a message was deleted ──")
                continue
            self._print(record, current, edited=before is not None)
        self._show_answers(current)
        self._show_violations()
        self.out.flush()

    def line(self, text: str) -> None:
        print(text, file=self.out, flush=True)

    def _who(self, record: MessageRecord, current: int) -> str:
        chat = self.sb.chats.get(record.chat_id)
        if chat is not None and chat.type != "private":
            return f"bot in the channel “{chat.title or chat.id}”"
        if len(self.names) > 1 or record.chat_id != current:
            return f"bot → {self.names.get(record.chat_id, record.chat_id)}"
        return "bot"

    def _print(self, record: MessageRecord, current: int, *, edited: bool) -> None:
        mark = " (edited)" if edited else ""
        lines = [f"\n── {self._who(record, current)}{mark} ──"]
        media = _media_line(record.data)
        body = record.data.get("text") or record.data.get("caption") or ""
        if media:
            lines.append(media)
        if body or not media:
            lines.append(body)
        numbered = buttons(record)
        for n, button in enumerate(numbered, start=1):
            lines.append(f"  [{n}] {describe_button(button)}")
        if numbered and record.chat_id == current:
            lines.append(PRESS_HINT)
        keyboard = _reply_keyboard(record)
        if keyboard:
            lines.append(f"  keyboard: {keyboard} (type a label to send it)")
        self.line("\n".join(lines))

    def _show_answers(self, current: int) -> None:
        for query_id, callback in list(self.sb.callbacks.items()):
            if query_id in self._answered or not callback.answered:
                continue
            self._answered.add(query_id)
            answer = callback.answer or {}
            text = answer.get("text")
            if text and callback.user_id == current:
                kind = "alert" if answer.get("show_alert") else "toast"
                self.line(f"  ({kind}: {text})")

    def _show_violations(self) -> None:
        for violation in self.sb.violations[self._violations :]:
            self.line(f"(sandbox: Telegram would refuse this call: {violation})")
        self._violations = len(self.sb.violations)


def _media_line(data: Json) -> str:
    kind = next((k for k in _MEDIA if k in data), None)
    if kind is None:
        other = [k for k in data if k not in _KNOWN_FIELDS]
        return f"[a message with {', '.join(other)}]" if other and not data.get("text") else ""
    album = " from an album" if data.get("media_group_id") else ""
    if kind == "photo":
        sizes: Sequence[Json] = data["photo"] or [{}]
        largest = sizes[-1]
        return f"[photo{album}, {largest.get('width', '?')}×{largest.get('height', '?')}]"
    if kind == "document":
        document: Json = data["document"] or {}
        name = document.get("file_name") or "unnamed"
        mime = document.get("mime_type") or "unknown type"
        return f"[file{album} “{name}”, {mime}, {_size(document.get('file_size'))}]"
    return f"[{kind.replace('_', ' ')}{album}]"


def _size(size: object) -> str:
    if not isinstance(size, int):
        return "size unknown"
    return f"{size} bytes" if size < 10_000 else f"{size / 1024:.0f} kB"


def _reply_keyboard(record: MessageRecord) -> str:
    keyboard = (record.reply_keyboard or {}).get("keyboard") or []
    labels = [str(b.get("text", b) if isinstance(b, dict) else b) for row in keyboard for b in row]
    return " | ".join(labels)


_KNOWN_FIELDS = {
    "message_id",
    "from",
    "sender_chat",
    "chat",
    "date",
    "edit_date",
    "text",
    "entities",
    "caption",
    "caption_entities",
    "reply_markup",
    "media_group_id",
    "link_preview_options",
    "has_protected_content",
    "reply_to_message",
    "message_thread_id",
    "show_caption_above_media",
}
