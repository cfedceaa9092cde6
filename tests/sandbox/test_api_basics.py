"""The sandbox answers like the Bot API over real HTTP: envelopes, tokens, parameter encodings."""

from __future__ import annotations

from pathlib import Path

import aiohttp
import pytest
from aiogram import Bot

from sandbox import Sandbox
from sandbox.spec import find_spec_path
from tests.sandbox.conftest import Api


async def test_get_me_through_aiogram(sb: Sandbox, bot: Bot) -> None:
    me = await bot.get_me()
    assert me.is_bot and me.id == sb.bot.id and me.username == "integra_sandbox_bot"
    assert sb.token.split(":")[0] == str(me.id)
    assert sb.violations == []


async def test_send_message_round_trip(sb: Sandbox, bot: Bot) -> None:
    amal = sb.user(1001, "Amal", language_code="ar")
    await amal.send("hello", wait=False)  # no bot is polling in this test
    sent = await bot.send_message(1001, "<b>Marhaba</b> &amp; welcome")
    assert sent.text == "Marhaba & welcome"
    assert sent.chat.id == 1001 and sent.chat.type == "private"
    assert sent.from_user is not None and sent.from_user.id == sb.bot.id
    assert [(e.type, e.offset, e.length) for e in sent.entities or []] == [("bold", 0, 7)]
    assert amal.last.text == "Marhaba & welcome"
    assert amal.last.message_id == sent.message_id == 2  # the user's own message was 1
    assert sb.violations == []


async def test_envelope_and_status_codes(
    sb: Sandbox, api: Api, http: aiohttp.ClientSession
) -> None:
    sb.user(1001, started=True)
    status, body = await api.json("sendMessage", chat_id=5, text="x")
    assert status == 400
    assert body == {"ok": False, "error_code": 400, "description": "Bad Request: chat not found"}
    status, body = await api.json("noSuchMethod")
    assert (status, body["description"]) == (404, "Not Found")
    wrong = f"{sb.base_url}/bot123456:{'A' * 35}/getMe"
    async with http.get(wrong) as resp:
        assert resp.status == 401 and (await resp.json())["description"] == "Unauthorized"
    async with http.get(f"{sb.base_url}/botnonsense/getMe") as resp:
        assert resp.status == 404
    assert {v.method for v in sb.violations} == {"sendMessage", "noSuchMethod", "getMe"}


async def test_query_string_form_and_case_insensitive_names(
    sb: Sandbox, http: aiohttp.ClientSession
) -> None:
    sb.user(1001, started=True)
    async with http.get(f"{sb.api_url}/sendmessage?chat_id=1001&text=q") as resp:
        body = await resp.json()
    assert body["ok"] and body["result"]["text"] == "q"
    form = {"chat_id": "1001", "text": "f", "disable_notification": "true"}
    async with http.post(f"{sb.api_url}/sendMessage", data=form) as resp:
        assert (await resp.json())["ok"]
    assert sb.stats.calls["sendMessage"] == 2
    assert sb.violations == []


async def test_unknown_parameter_is_a_violation_but_answered(sb: Sandbox, api: Api) -> None:
    sb.user(1001, started=True)
    result = await api.ok("sendMessage", chat_id=1001, text="hi", colour="red")
    assert result["text"] == "hi"
    assert len(sb.violations) == 1
    assert "unknown parameter 'colour'" in sb.violations[0].reason


async def test_generic_method_is_validated_and_noted(sb: Sandbox, api: Api) -> None:
    assert await api.ok("setMyDescription", description="Audit bot") is True
    assert sb.unhandled_methods == ["setMyDescription"]
    status, _ = await api.json("setMyDescription", description=5, nope=1)
    assert status == 200  # a JSON number is stringified at top level, as Telegram does
    status, body = await api.json("banChatMember", chat_id=1)
    assert status == 400 and body["description"] == "Bad Request: user_id is empty"


async def test_get_chat_and_commands_storage(sb: Sandbox, bot: Bot) -> None:
    from aiogram.types import BotCommand, BotCommandScopeAllPrivateChats

    sb.user(1001, "Amal", username="amal")
    chat = await bot.get_chat(1001)
    assert chat.first_name == "Amal" and chat.type == "private"
    commands = [
        BotCommand(command="start", description="Begin"),
        BotCommand(command="help_me", description="Help"),
    ]
    await bot.set_my_commands(commands, scope=BotCommandScopeAllPrivateChats(), language_code="ar")
    stored = sb.get_commands({"type": "all_private_chats"}, "ar")
    assert [c["command"] for c in stored] == ["start", "help_me"]
    assert await bot.get_my_commands() == []
    got = await bot.get_my_commands(scope=BotCommandScopeAllPrivateChats(), language_code="ar")
    assert [c.command for c in got] == ["start", "help_me"]
    await bot.delete_my_commands(scope=BotCommandScopeAllPrivateChats(), language_code="ar")
    assert sb.get_commands({"type": "all_private_chats"}, "ar") == []
    assert sb.violations == []


async def test_channel_posts_are_readable(sb: Sandbox, bot: Bot) -> None:
    sb.add_channel(-1001234567890, "Sofia Integration", username="sofia_integration")
    post = await bot.send_message("@sofia_integration", "News")
    assert post.chat.type == "channel" and post.sender_chat is not None
    assert post.from_user is None
    assert [p["text"] for p in sb.channel_posts(-1001234567890)] == ["News"]
    assert sb.violations == []


async def test_multipart_file_part_named_like_the_parameter(
    sb: Sandbox, http: aiohttp.ClientSession
) -> None:
    from tests.sandbox.conftest import make_image

    sb.user(1001, started=True)
    form = aiohttp.FormData()
    form.add_field("chat_id", "1001")
    form.add_field("photo", make_image(), filename="x.jpg", content_type="image/jpeg")
    form.add_field(
        "reply_markup", '{"inline_keyboard": [[{"text": "Open", "url": "https://x.org"}]]}'
    )
    async with http.post(f"{sb.api_url}/sendPhoto", data=form) as resp:
        body = await resp.json()
    assert body["ok"], body
    assert body["result"]["reply_markup"]["inline_keyboard"][0][0]["url"] == "https://x.org"
    assert sb.violations == []


async def test_unknown_nested_field_is_recorded(sb: Sandbox, api: Api) -> None:
    sb.user(1001, started=True)
    markup = {"inline_keyboard": [[{"text": "A", "callback_data": "a", "colour": "red"}]]}
    await api.ok("sendMessage", chat_id=1001, text="x", reply_markup=markup)
    assert sb.violations[0].reason == (
        "reply_markup.inline_keyboard[0][0]: unknown field 'colour' in InlineKeyboardButton"
    )


def test_spec_is_found_from_env_or_parent_directories(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    found = find_spec_path()
    assert found.name == "api.json" and found.parent.name == "telegram-bot-api-spec"
    monkeypatch.setenv("TELEGRAM_API_SPEC", str(found))
    assert find_spec_path() == found
    monkeypatch.setenv("TELEGRAM_API_SPEC", str(tmp_path / "missing.json"))
    with pytest.raises(FileNotFoundError, match="TELEGRAM_API_SPEC"):
        find_spec_path()
