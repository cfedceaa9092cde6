"""Calls Telegram would refuse are refused with its answer and recorded with a readable reason."""

from __future__ import annotations

import json

import pytest
from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from sandbox import Sandbox
from tests.sandbox.conftest import Api


@pytest.fixture
def amal(sb: Sandbox):  # type: ignore[no-untyped-def]
    return sb.user(1001, "Amal", started=True)


async def test_missing_required_parameter(sb: Sandbox, api: Api) -> None:
    status, body = await api.json("sendMessage", text="hi")
    assert (status, body["description"]) == (400, "Bad Request: chat_id is empty")
    status, body = await api.json("sendMessage", chat_id=1001)
    assert body["description"] == "Bad Request: message text is empty"
    reasons = [v.reason for v in sb.violations]
    assert reasons == [
        "required parameter 'chat_id' of sendMessage is missing",
        "required parameter 'text' of sendMessage is missing",
    ]
    assert sb.violations[0].params == {"text": "hi"}


@pytest.mark.usefixtures("amal")
async def test_empty_and_whitespace_text(sb: Sandbox, api: Api) -> None:
    for text in ("", "   \n ", "<b> </b>"):
        status, body = await api.json("sendMessage", chat_id=1001, text=text, parse_mode="HTML")
        assert (status, body["description"]) == (400, "Bad Request: message text is empty")
    assert len(sb.violations) == 3


@pytest.mark.usefixtures("amal")
async def test_length_limit_applies_after_entity_parsing(sb: Sandbox, api: Api) -> None:
    text = "<b>" + "x" * 4096 + "</b>"  # 4103 characters raw, 4096 after parsing
    result = await api.ok("sendMessage", chat_id=1001, text=text, parse_mode="HTML")
    assert len(result["text"]) == 4096
    status, body = await api.json("sendMessage", chat_id=1001, text="y" * 4097)
    assert (status, body["description"]) == (400, "Bad Request: message is too long")
    assert "4097 characters" in sb.violations[0].reason


async def test_wrong_types_are_refused(sb: Sandbox, api: Api, amal: object) -> None:
    status, _ = await api.json("sendMessage", chat_id=1001, text="x", disable_notification="maybe")
    assert status == 400
    markup = {"inline_keyboard": [[{"text": 5, "callback_data": "a"}]]}
    status, _body = await api.json("sendMessage", chat_id=1001, text="x", reply_markup=markup)
    assert status == 400
    assert "reply_markup.inline_keyboard[0][0].text: expected String" in sb.violations[-1].reason
    status, _ = await api.form("sendMessage", chat_id=1001, text="x", reply_markup="{not json")
    assert status == 400
    assert len(sb.violations) == 3


@pytest.mark.usefixtures("amal")
async def test_inline_button_needs_exactly_one_action(sb: Sandbox, api: Api) -> None:
    for button in ({"text": "A"}, {"text": "A", "callback_data": "a", "url": "https://x.org"}):
        markup = {"inline_keyboard": [[button]]}
        status, _ = await api.json("sendMessage", chat_id=1001, text="x", reply_markup=markup)
        assert status == 400
    assert "has none" in sb.violations[0].reason
    assert "has url, callback_data" in sb.violations[1].reason


async def test_callback_data_over_64_bytes(sb: Sandbox, bot: Bot, amal: object) -> None:
    data = "é" * 33  # 33 characters but 66 bytes
    markup = InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text="Go", callback_data=data)]]
    )
    with pytest.raises(TelegramBadRequest, match="BUTTON_DATA_INVALID"):
        await bot.send_message(1001, "pick", reply_markup=markup)
    assert "66 bytes" in sb.violations[0].reason


@pytest.mark.usefixtures("amal")
@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("<b>open", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<blink>x</blink>", 'Unsupported start tag "blink" at byte offset 0'),
        ("<b>x</i>", 'Unmatched end tag at byte offset 4, expected "</b>", found "</i>"'),
        ("<span>x</span>", 'Tag "span" must have class "tg-spoiler"'),
        ("a < b", 'Unsupported start tag "" at byte offset 2'),
    ],
)
async def test_bad_html(sb: Sandbox, api: Api, text: str, fragment: str) -> None:
    status, body = await api.json("sendMessage", chat_id=1001, text=text, parse_mode="HTML")
    assert status == 400
    assert body["description"] == "Bad Request: can't parse entities: " + fragment
    assert text in sb.violations[0].reason


@pytest.mark.usefixtures("amal")
async def test_bad_markdown_v2_and_parse_mode(sb: Sandbox, api: Api) -> None:
    status, body = await api.json("sendMessage", chat_id=1001, text="1.5", parse_mode="MarkdownV2")
    assert status == 400 and "Character '.' is reserved" in body["description"]
    status, body = await api.json("sendMessage", chat_id=1001, text="x", parse_mode="BBCode")
    assert body["description"] == "Bad Request: unsupported parse_mode"


@pytest.mark.parametrize(
    ("command", "description", "expected"),
    [
        ("Start", "Begin", "Bad Request: BOT_COMMAND_INVALID"),
        ("/start", "Begin", "Bad Request: BOT_COMMAND_INVALID"),
        ("x" * 33, "Begin", "Bad Request: BOT_COMMAND_INVALID"),
        ("start", "", "Bad Request: command description must be non-empty"),
        ("start", "d" * 257, "Bad Request: command description is too long"),
    ],
)
async def test_bad_commands(
    sb: Sandbox, api: Api, command: str, description: str, expected: str
) -> None:
    commands = [{"command": command, "description": description}]
    status, body = await api.json("setMyCommands", commands=commands)
    assert (status, body["description"]) == (400, expected)
    assert sb.get_commands() == []


async def test_command_language_code(sb: Sandbox, api: Api) -> None:
    commands = json.dumps([{"command": "start", "description": "Begin"}])
    status, body = await api.form("setMyCommands", commands=commands, language_code="eng")
    assert (status, body["description"]) == (400, "Bad Request: invalid language code specified")
    await api.ok("setMyCommands", commands=json.loads(commands), language_code="bg")
    assert sb.get_commands(language_code="bg") == [{"command": "start", "description": "Begin"}]


async def test_answer_callback_query_rules(sb: Sandbox, api: Api) -> None:
    status, body = await api.json("answerCallbackQuery", callback_query_id="nope")
    assert status == 400 and body["description"].startswith("Bad Request: query is too old")
    status, body = await api.json("answerCallbackQuery", callback_query_id="1", text="x" * 201)
    assert status == 400
    assert "201 characters" in sb.violations[-1].reason


async def test_discriminated_unions(sb: Sandbox, api: Api) -> None:
    commands = [{"command": "start", "description": "Begin"}]
    bad_scope = {"type": "everyone"}
    status, _ = await api.json("setMyCommands", commands=commands, scope=bad_scope)
    assert status == 400
    assert "must be one of" in sb.violations[-1].reason
    scope = {"type": "chat"}  # BotCommandScopeChat needs chat_id
    status, _ = await api.json("setMyCommands", commands=commands, scope=scope)
    assert status == 400 and "needs field 'chat_id'" in sb.violations[-1].reason
    await api.ok("setMyCommands", commands=commands, scope={"type": "chat", "chat_id": 1001})
    assert sb.get_commands({"type": "chat", "chat_id": 1001})
