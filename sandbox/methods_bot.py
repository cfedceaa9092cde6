"""Handlers for bot-level methods: identity, updates, webhook, commands, files, callbacks.

Each handler receives already validated, typed parameters and returns the `result` Telegram
would return, or raises ApiError with Telegram's own description.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from sandbox.errors import FILE_TOO_BIG, QUERY_TOO_OLD, WEBHOOK_CONFLICT, ApiError, bad_request
from sandbox.files import MAX_DOWNLOAD
from sandbox.state import Json
from sandbox.webhook import WebhookConfig

if TYPE_CHECKING:
    from sandbox.request import Files
    from sandbox.server import Sandbox

Params = dict[str, Any]


async def get_me(sb: Sandbox, params: Params, files: Files) -> Any:
    return {
        **sb.bot.to_json(),
        "can_join_groups": True,
        "can_read_all_group_messages": False,
        "supports_inline_queries": False,
        "can_connect_to_business": False,
        "has_main_web_app": False,
    }


async def log_out(sb: Sandbox, params: Params, files: Files) -> Any:
    return True


async def get_updates(sb: Sandbox, params: Params, files: Files) -> Any:
    if sb.webhook.active:
        raise ApiError(409, WEBHOOK_CONFLICT, "getUpdates was called while a webhook is set")
    return await sb.updates.get_updates(
        params.get("offset", 0),
        params.get("limit", 100),
        params.get("timeout", 0),
        params.get("allowed_updates"),
    )


async def set_webhook(sb: Sandbox, params: Params, files: Files) -> Any:
    if params.get("drop_pending_updates"):
        sb.updates.drop_pending()
    if "allowed_updates" in params:
        sb.updates.allowed_updates = list(params["allowed_updates"])
    if not params["url"]:
        await sb.webhook.stop()
        return True
    config = WebhookConfig(
        params["url"],
        params.get("secret_token"),
        params.get("max_connections", 40),
        params.get("allowed_updates"),
    )
    await sb.webhook.set(config)
    return True


async def delete_webhook(sb: Sandbox, params: Params, files: Files) -> Any:
    if params.get("drop_pending_updates"):
        sb.updates.drop_pending()
    await sb.webhook.stop()
    return True


async def get_webhook_info(sb: Sandbox, params: Params, files: Files) -> Any:
    return sb.webhook.info()


async def get_file(sb: Sandbox, params: Params, files: Files) -> Any:
    stored = sb.files.get(params["file_id"])
    if stored is None:
        raise bad_request("invalid file_id", f"file_id {params['file_id'][:30]!r} is unknown")
    if stored.size_known and stored.file_size > MAX_DOWNLOAD:
        raise ApiError(
            400, FILE_TOO_BIG, f"file is {stored.file_size} bytes; bots may download 20 MB"
        )
    return sb.files.file_json(stored)


async def answer_callback_query(sb: Sandbox, params: Params, files: Files) -> Any:
    query = sb.callbacks.get(params["callback_query_id"])
    if query is None or query.answered:
        state = "was already answered" if query else "is unknown"
        raise ApiError(400, QUERY_TOO_OLD, f"callback query {params['callback_query_id']} {state}")
    age = time.monotonic() - query.created
    if age > sb.callback_timeout:
        raise ApiError(
            400, QUERY_TOO_OLD, f"callback query answered after {age:.1f}s (limit ~15s)"
        )
    query.answered = True
    query.answer = {
        "text": params.get("text"),
        "show_alert": params.get("show_alert", False),
        "url": params.get("url"),
        "cache_time": params.get("cache_time"),
    }
    return True


def scope_key(scope: Json | None) -> str:
    """Commands are stored per scope; equal scopes must map to the same key."""
    if not scope or scope.get("type") == "default":
        return "default"
    parts = [scope["type"]] + [f"{k}={scope[k]}" for k in ("chat_id", "user_id") if k in scope]
    return ":".join(str(p) for p in parts)


async def set_my_commands(sb: Sandbox, params: Params, files: Files) -> Any:
    key = (scope_key(params.get("scope")), params.get("language_code", ""))
    sb.commands[key] = [dict(c) for c in params["commands"]]
    return True


async def get_my_commands(sb: Sandbox, params: Params, files: Files) -> Any:
    return sb.commands.get((scope_key(params.get("scope")), params.get("language_code", "")), [])


async def delete_my_commands(sb: Sandbox, params: Params, files: Files) -> Any:
    sb.commands.pop((scope_key(params.get("scope")), params.get("language_code", "")), None)
    return True


async def set_chat_menu_button(sb: Sandbox, params: Params, files: Files) -> Any:
    chat_id = params.get("chat_id")
    if chat_id is not None:
        sb.resolve_chat(chat_id)
    sb.menu_buttons[chat_id] = params.get("menu_button") or {"type": "default"}
    return True


async def get_chat_menu_button(sb: Sandbox, params: Params, files: Files) -> Any:
    chat_id = params.get("chat_id")
    return sb.menu_buttons.get(chat_id, sb.menu_buttons.get(None, {"type": "commands"}))


async def get_chat(sb: Sandbox, params: Params, files: Files) -> Any:
    return sb.resolve_chat(params["chat_id"]).full_info()


HANDLERS = {
    "getMe": get_me,
    "logOut": log_out,
    "close": log_out,
    "getUpdates": get_updates,
    "setWebhook": set_webhook,
    "deleteWebhook": delete_webhook,
    "getWebhookInfo": get_webhook_info,
    "getFile": get_file,
    "answerCallbackQuery": answer_callback_query,
    "setMyCommands": set_my_commands,
    "getMyCommands": get_my_commands,
    "deleteMyCommands": delete_my_commands,
    "setChatMenuButton": set_chat_menu_button,
    "getChatMenuButton": get_chat_menu_button,
    "getChat": get_chat,
}
