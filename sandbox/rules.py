"""Checks beyond types: the limits and formats Telegram enforces on otherwise well-typed calls.

These are the mistakes a bot makes in practice (a 65-byte callback_data, a 4097-character text
after HTML parsing, an upper-case command name) and that a type check cannot see. They apply to
every method that has the parameter, so a generic method gets them too.
"""

from __future__ import annotations

import re
from typing import Any

from sandbox.errors import (
    BUTTON_DATA_INVALID,
    BUTTON_URL_INVALID,
    CAPTION_TOO_LONG,
    TEXT_EMPTY,
    TEXT_TOO_LONG,
    ApiError,
    bad_request,
)
from sandbox.formatting import Entity, format_text
from sandbox.state import short

MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_DATA = 64
MAX_CALLBACK_ANSWER = 200
MAX_BUTTONS = 100
INLINE_ACTIONS = (
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)
CHAT_ACTIONS = {
    "typing",
    "upload_photo",
    "record_video",
    "upload_video",
    "record_voice",
    "upload_voice",
    "upload_document",
    "choose_sticker",
    "find_location",
    "record_video_note",
    "upload_video_note",
}
_COMMAND_RE = re.compile(r"[a-z0-9_]{1,32}")
_SECRET_RE = re.compile(r"[A-Za-z0-9_-]{1,256}")
_HTTPS_RE = re.compile(r"https://[^/\s]+", re.IGNORECASE)
_LOOPBACK_RE = re.compile(r"http://(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(/|$)", re.I)
_URL_RE = re.compile(r"(https?|tg)://\S+", re.IGNORECASE)


def message_text(params: dict[str, Any], *, required: bool = True) -> tuple[str, list[Entity]]:
    """`text` after parse_mode, trimmed, within 1..4096 characters."""
    raw = params.get("text", "")
    text, entities = _formatted(raw, params.get("parse_mode"), params.get("entities"), "text")
    if not text and required:
        raise ApiError(400, TEXT_EMPTY, f"text {raw!r} is empty after entity parsing")
    if len(text) > MAX_TEXT:
        raise ApiError(
            400, TEXT_TOO_LONG, f"text is {len(text)} characters after entity parsing (max 4096)"
        )
    return text, entities


def caption_text(params: dict[str, Any], prefix: str = "") -> tuple[str, list[Entity]]:
    """An optional caption after parse_mode, at most 1024 characters."""
    raw = params.get("caption") or ""
    mode, entities = params.get("parse_mode"), params.get("caption_entities")
    text, found = _formatted(raw, mode, entities, f"{prefix}caption")
    if len(text) > MAX_CAPTION:
        raise ApiError(
            400,
            CAPTION_TOO_LONG,
            f"{prefix}caption is {len(text)} characters after entity parsing (max 1024)",
        )
    return text, found


def _formatted(
    raw: str, mode: str | None, entities: list[Entity] | None, name: str
) -> tuple[str, list[Entity]]:
    try:
        return format_text(raw, mode, entities)
    except ApiError as exc:
        exc.reason = f"{exc.reason} (parse_mode={mode}, {name}={short(raw, 120)})"
        raise


def check_call(method: str, params: dict[str, Any]) -> None:
    """Rules that hold for whichever method carries the parameter."""
    if "reply_markup" in params:
        check_reply_markup(params["reply_markup"])
    if "text" in params and method != "answerCallbackQuery":
        message_text(params)
    if "caption" in params:
        caption_text(params)
    for i, media in enumerate(params.get("media") or []):
        if isinstance(media, dict):
            caption_text(media, prefix=f"media[{i}].")
    check = _METHOD_RULES.get(method)
    if check:
        check(params)


def check_reply_markup(markup: dict[str, Any]) -> None:
    rows = markup.get("inline_keyboard")
    if rows is None:
        return
    total = sum(len(row) for row in rows)
    if total > MAX_BUTTONS:
        raise bad_request("reply markup is too long", f"{total} inline buttons (max 100)")
    for r, row in enumerate(rows):
        for c, button in enumerate(row):
            _check_inline_button(button, f"reply_markup.inline_keyboard[{r}][{c}]")


def _check_inline_button(button: dict[str, Any], path: str) -> None:
    label = button.get("text", "")
    actions = [a for a in INLINE_ACTIONS if a in button]
    if len(actions) != 1:
        detail = "none" if not actions else ", ".join(actions)
        raise bad_request(
            "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"
            if not actions
            else "can't parse inline keyboard button: exactly one action field is allowed",
            f"{path} ({label!r}) must have exactly one of {', '.join(INLINE_ACTIONS)}; "
            f"has {detail}",
        )
    if not label.strip():
        raise bad_request("BUTTON_TEXT_INVALID", f"{path} has an empty label")
    if "callback_data" in button:
        size = len(button["callback_data"].encode("utf-8"))
        if not 1 <= size <= MAX_CALLBACK_DATA:
            raise ApiError(
                400,
                BUTTON_DATA_INVALID,
                f"{path} ({label!r}) callback_data is {size} bytes (must be 1-64): "
                f"{button['callback_data']!r}",
            )
    if "url" in button and not _URL_RE.fullmatch(button["url"]):
        raise ApiError(400, BUTTON_URL_INVALID, f"{path} ({label!r}) url {button['url']!r}")


def check_commands(params: dict[str, Any]) -> None:
    commands = params["commands"]
    if len(commands) > 100:
        raise bad_request("too many commands", f"{len(commands)} commands (max 100)")
    for i, command in enumerate(commands):
        name, description = command["command"], command["description"]
        if not name:
            raise bad_request("command must be non-empty", f"commands[{i}].command is empty")
        if not _COMMAND_RE.fullmatch(name):
            raise bad_request(
                "BOT_COMMAND_INVALID",
                f"commands[{i}].command {name!r} must be 1-32 characters of lowercase English "
                "letters, digits and underscores (no leading '/')",
            )
        if not description.strip():
            raise bad_request(
                "command description must be non-empty",
                f"commands[{i}] ({name}) has an empty description",
            )
        if len(description) > 256:
            raise bad_request(
                "command description is too long",
                f"commands[{i}] ({name}) description is {len(description)} characters (max 256)",
            )
    check_language_code(params)


def check_language_code(params: dict[str, Any]) -> None:
    code = params.get("language_code", "")
    if code and not re.fullmatch(r"[a-z]{2}", code):
        raise bad_request(
            "invalid language code specified",
            f"language_code {code!r} must be a two-letter ISO 639-1 code or empty",
        )


def _check_callback_answer(params: dict[str, Any]) -> None:
    text = params.get("text", "")
    if len(text) > MAX_CALLBACK_ANSWER:
        raise bad_request(
            "MESSAGE_TOO_LONG", f"answerCallbackQuery text is {len(text)} characters (max 200)"
        )


def _check_chat_action(params: dict[str, Any]) -> None:
    if params["action"] not in CHAT_ACTIONS:
        raise bad_request(
            "wrong parameter action in request",
            f"action {params['action']!r} is not one of {sorted(CHAT_ACTIONS)}",
        )


def _check_webhook(params: dict[str, Any]) -> None:
    secret = params.get("secret_token")
    if secret is not None and not _SECRET_RE.fullmatch(secret):
        raise bad_request(
            "secret token contains unallowed characters",
            f"secret_token must be 1-256 characters of A-Z, a-z, 0-9, _ and -, got {secret!r}",
        )
    url = params["url"]
    # Telegram wants HTTPS; plain HTTP is allowed here only to a loopback receiver in tests.
    if url and not (_HTTPS_RE.match(url) or _LOOPBACK_RE.match(url)):
        raise bad_request(
            "bad webhook: An HTTPS URL must be provided for webhook",
            f"url {url!r} is neither https:// nor http:// to a loopback address",
        )


def _check_media_group(params: dict[str, Any]) -> None:
    media = params["media"]
    if not 2 <= len(media) <= 10:
        raise bad_request(
            "wrong number of media in the group",
            f"sendMediaGroup needs 2-10 items, got {len(media)}",
        )
    kinds = {m.get("type") for m in media}
    if len(kinds) > 1 and not kinds <= {"photo", "video"}:
        raise bad_request(
            "MEDIA_GROUP_MIXED",
            f"documents and audio can only be grouped with their own kind; got {sorted(kinds)}",
        )


_METHOD_RULES = {
    "setMyCommands": check_commands,
    "getMyCommands": check_language_code,
    "deleteMyCommands": check_language_code,
    "answerCallbackQuery": _check_callback_answer,
    "sendChatAction": _check_chat_action,
    "setWebhook": _check_webhook,
    "sendMediaGroup": _check_media_group,
}
