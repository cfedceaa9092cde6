"""Handlers for message methods: send, edit, delete, copy and forward text, photos, documents,
venues.

The returned Message objects and the errors (not modified, not found, can't be edited) follow
Telegram, including the rules bots trip over: editMessageText without reply_markup removes the
inline keyboard; an edit that changes nothing is refused.
"""

from __future__ import annotations

import mimetypes
import secrets
from typing import TYPE_CHECKING, Any

import aiohttp

from sandbox.errors import (
    CANT_EDIT,
    COPY_NOT_FOUND,
    DELETE_NOT_FOUND,
    EDIT_NOT_FOUND,
    FORWARD_NOT_FOUND,
    NO_CAPTION_TO_EDIT,
    NO_TEXT_TO_EDIT,
    NOT_MODIFIED,
    TEXT_EMPTY,
    WRONG_FILE_ID,
    ApiError,
    bad_request,
)
from sandbox.files import StoredFile
from sandbox.rules import caption_text, message_text
from sandbox.state import Json, MessageRecord, apply_markup, now
from sandbox.validation import Upload

if TYPE_CHECKING:
    from sandbox.request import Files
    from sandbox.server import Sandbox

Params = dict[str, Any]
_CONTENT_KEYS = ("text", "entities", "photo", "document", "caption", "caption_entities")


def _text_content(params: Params) -> Json:
    text, entities = message_text(params)
    return {"text": text, **({"entities": entities} if entities else {})}


def _caption_content(params: Params) -> Json:
    caption, entities = caption_text(params)
    content: Json = {}
    if caption:
        content["caption"] = caption
        if entities:
            content["caption_entities"] = entities
    return content


def _reply_to(sb: Sandbox, chat_id: int, params: Params) -> Json:
    reply = params.get("reply_parameters")
    if not reply:
        return {}
    target = sb.find_record(reply.get("chat_id", chat_id), reply["message_id"])
    if target is None:
        if reply.get("allow_sending_without_reply"):
            return {}
        raise bad_request(
            "message to be replied not found",
            f"reply_parameters.message_id {reply['message_id']} is not in chat {chat_id}",
        )
    return {"reply_to_message": dict(target.data)}


async def _input_file(
    sb: Sandbox, value: Upload | str, kind: str, files: Files, where: str
) -> StoredFile:
    """An uploaded part, attach://name, a known file_id, or an HTTP URL Telegram would fetch."""
    if isinstance(value, str) and value.startswith("attach://"):
        upload = files.get(value.removeprefix("attach://"))
        if upload is None:
            raise bad_request(f"can't find attached file {value}", f"{where}: no part {value}")
        value = upload
    if isinstance(value, Upload):
        mime = value.content_type
        if kind == "document" and mime in ("", "application/octet-stream"):
            mime = mimetypes.guess_type(value.filename)[0] or "application/octet-stream"
        return sb.files.add(
            value.data,
            kind,
            file_name=value.filename if kind == "document" else None,
            mime_type=mime if kind == "document" else None,
            uploaded_by_bot=True,
            strict_image=True,
        )
    if value.startswith(("http://", "https://")):
        return sb.files.add(await _fetch(value, where), kind, uploaded_by_bot=True)
    stored = sb.files.get(value)
    if stored is None:
        raise ApiError(400, WRONG_FILE_ID, f"{where}: unknown file_id {value[:40]!r}")
    if stored.kind != kind and kind == "photo":
        raise bad_request(
            f"can't use file of type {stored.kind.title()} as Photo",
            f"{where}: file_id is a {stored.kind}, not a photo",
        )
    return stored


async def _fetch(url: str, where: str) -> bytes:
    try:
        timeout = aiohttp.ClientTimeout(total=5)
        async with aiohttp.ClientSession(timeout=timeout) as session, session.get(url) as resp:
            if resp.status != 200:
                raise aiohttp.ClientError(f"HTTP {resp.status}")
            return await resp.read()
    except (aiohttp.ClientError, TimeoutError, OSError) as exc:
        raise bad_request(
            "failed to get HTTP URL content", f"{where}: fetching {url} failed: {exc}"
        ) from None


def _media_content(sb: Sandbox, stored: StoredFile) -> Json:
    if stored.kind == "photo":
        return {"photo": sb.files.photo_sizes(stored)}
    return {"document": sb.files.document_json(stored)}


async def send_message(sb: Sandbox, params: Params, files: Files) -> Any:
    chat = sb.resolve_chat(params["chat_id"], sending=True)
    content = {**_reply_to(sb, chat.id, params), **_text_content(params)}
    if "link_preview_options" in params:
        content["link_preview_options"] = params["link_preview_options"]
    return sb.new_message(
        chat, content, sender=sb.bot, reply_markup=params.get("reply_markup")
    ).data


async def _send_file(sb: Sandbox, params: Params, files: Files, kind: str) -> Any:
    chat = sb.resolve_chat(params["chat_id"], sending=True)
    content = {**_reply_to(sb, chat.id, params), **_caption_content(params)}
    stored = await _input_file(sb, params[kind], kind, files, kind)
    content.update(_media_content(sb, stored))
    markup = params.get("reply_markup")
    return sb.new_message(chat, content, sender=sb.bot, reply_markup=markup).data


async def send_photo(sb: Sandbox, params: Params, files: Files) -> Any:
    return await _send_file(sb, params, files, "photo")


async def send_document(sb: Sandbox, params: Params, files: Files) -> Any:
    return await _send_file(sb, params, files, "document")


async def send_venue(sb: Sandbox, params: Params, files: Files) -> Any:
    chat = sb.resolve_chat(params["chat_id"], sending=True)
    latitude, longitude = float(params["latitude"]), float(params["longitude"])
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise bad_request("wrong venue location", f"latitude {latitude}, longitude {longitude}")
    for name in ("title", "address"):
        if not str(params[name]).strip():
            raise bad_request(f"venue {name} is empty", f"sendVenue {name} is empty")
    location = {"latitude": latitude, "longitude": longitude}
    venue = {"location": location, "title": params["title"], "address": params["address"]}
    content = {**_reply_to(sb, chat.id, params), "venue": venue, "location": location}
    markup = params.get("reply_markup")
    return sb.new_message(chat, content, sender=sb.bot, reply_markup=markup).data


async def send_media_group(sb: Sandbox, params: Params, files: Files) -> Any:
    chat = sb.resolve_chat(params["chat_id"], sending=True)
    reply = _reply_to(sb, chat.id, params)
    group_id = str(secrets.randbits(62))
    prepared = []
    for i, media in enumerate(params["media"]):
        kind = "photo" if media["type"] == "photo" else "document"
        stored = await _input_file(sb, media["media"], kind, files, f"media[{i}].media")
        prepared.append({**reply, **_media_content(sb, stored), **_caption_content(media)})
    result = []
    for content in prepared:
        content["media_group_id"] = group_id
        result.append(sb.new_message(chat, content, sender=sb.bot).data)
    return result


def _editable(sb: Sandbox, params: Params) -> MessageRecord:
    if "inline_message_id" in params:
        raise bad_request("MESSAGE_ID_INVALID", "inline messages are not simulated")
    if "chat_id" not in params or "message_id" not in params:
        raise bad_request(
            "message identifier is not specified", "edit needs chat_id and message_id"
        )
    record = sb.find_record(params["chat_id"], params["message_id"])
    if record is None:
        raise ApiError(
            400,
            EDIT_NOT_FOUND,
            f"message {params['message_id']} in chat {params['chat_id']} does not exist "
            "(or was deleted)",
        )
    if not record.outgoing:
        raise ApiError(400, CANT_EDIT, f"message {record.message_id} was sent by the user")
    return record


def _markup_json(markup: Json | None) -> Json | None:
    if markup and "inline_keyboard" in markup:
        return {"inline_keyboard": markup["inline_keyboard"]}
    return None


def _apply_edit(sb: Sandbox, record: MessageRecord, changes: Json, markup: Json | None) -> Any:
    old = {k: record.data.get(k) for k in changes}
    new_markup = _markup_json(markup)
    if old == changes and record.data.get("reply_markup") == new_markup:
        raise ApiError(400, NOT_MODIFIED, f"edit of message {record.message_id} changes nothing")
    for key, value in changes.items():
        if value is None:
            record.data.pop(key, None)
        else:
            record.data[key] = value
    apply_markup(sb.chats[record.chat_id], record, new_markup)
    record.data["edit_date"] = now()
    record.edited += 1
    return record.data


async def edit_message_text(sb: Sandbox, params: Params, files: Files) -> Any:
    record = _editable(sb, params)
    if "text" not in params:
        raise ApiError(400, TEXT_EMPTY, "editMessageText without text")
    if "text" not in record.data:
        raise ApiError(400, NO_TEXT_TO_EDIT, f"message {record.message_id} has no text")
    text, entities = message_text(params)
    changes = {"text": text, "entities": entities or None}
    return _apply_edit(sb, record, changes, params.get("reply_markup"))


async def edit_message_caption(sb: Sandbox, params: Params, files: Files) -> Any:
    record = _editable(sb, params)
    if "photo" not in record.data and "document" not in record.data:
        raise ApiError(400, NO_CAPTION_TO_EDIT, f"message {record.message_id} has no media")
    caption, entities = caption_text(params)
    changes = {"caption": caption or None, "caption_entities": entities or None}
    return _apply_edit(sb, record, changes, params.get("reply_markup"))


async def edit_message_reply_markup(sb: Sandbox, params: Params, files: Files) -> Any:
    record = _editable(sb, params)
    return _apply_edit(sb, record, {}, params.get("reply_markup"))


async def delete_message(sb: Sandbox, params: Params, files: Files) -> Any:
    record = sb.find_record(params["chat_id"], params["message_id"])
    if record is None:
        raise ApiError(
            400,
            DELETE_NOT_FOUND,
            f"message {params['message_id']} in chat {params['chat_id']} does not exist "
            "(or was already deleted)",
        )
    record.deleted = True
    return True


def _source(sb: Sandbox, params: Params, description: str) -> MessageRecord:
    record = sb.find_record(params["from_chat_id"], params["message_id"])
    if record is None:
        raise ApiError(
            400,
            description,
            f"message {params['message_id']} in chat {params['from_chat_id']} does not exist",
        )
    return record


async def copy_message(sb: Sandbox, params: Params, files: Files) -> Any:
    source = _source(sb, params, COPY_NOT_FOUND)
    chat = sb.resolve_chat(params["chat_id"], sending=True)
    content = {k: source.data[k] for k in _CONTENT_KEYS if k in source.data}
    if "caption" in params:
        content.pop("caption", None)
        content.pop("caption_entities", None)
        content.update(_caption_content(params))
    content.update(_reply_to(sb, chat.id, params))
    markup = params.get("reply_markup")
    record = sb.new_message(chat, content, sender=sb.bot, reply_markup=markup)
    return {"message_id": record.message_id}


async def forward_message(sb: Sandbox, params: Params, files: Files) -> Any:
    source = _source(sb, params, FORWARD_NOT_FOUND)
    chat = sb.resolve_chat(params["chat_id"], sending=True)
    source_chat = sb.chats[source.chat_id]
    origin: Json = {"date": source.data["date"]}
    if source_chat.type == "channel":
        origin.update(type="channel", chat=source_chat.to_json(), message_id=source.message_id)
    else:
        origin.update(type="user", sender_user=source.data["from"])
    content = {k: source.data[k] for k in _CONTENT_KEYS if k in source.data}
    content["forward_origin"] = origin
    return sb.new_message(chat, content, sender=sb.bot).data


async def send_chat_action(sb: Sandbox, params: Params, files: Files) -> Any:
    sb.resolve_chat(params["chat_id"], sending=True)
    return True


HANDLERS = {
    "sendMessage": send_message,
    "sendPhoto": send_photo,
    "sendDocument": send_document,
    "sendMediaGroup": send_media_group,
    "sendVenue": send_venue,
    "editMessageText": edit_message_text,
    "editMessageCaption": edit_message_caption,
    "editMessageReplyMarkup": edit_message_reply_markup,
    "deleteMessage": delete_message,
    "copyMessage": copy_message,
    "forwardMessage": forward_message,
    "sendChatAction": send_chat_action,
}
