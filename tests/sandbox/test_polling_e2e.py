"""A real aiogram Dispatcher driven end to end by simulated users through long polling."""

from __future__ import annotations

import pytest
from aiogram import Bot, Dispatcher, F, Router, html
from aiogram.exceptions import TelegramBadRequest
from aiogram.filters import CommandObject, CommandStart
from aiogram.types import (
    BufferedInputFile,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
)

from sandbox import Sandbox
from tests.sandbox.conftest import make_image, polling


def keyboard(*labels: tuple[str, str]) -> InlineKeyboardMarkup:
    rows = [[InlineKeyboardButton(text=text, callback_data=data)] for text, data in labels]
    return InlineKeyboardMarkup(inline_keyboard=rows)


def echo_dispatcher() -> Dispatcher:
    router = Router()

    @router.message(CommandStart())
    async def start(message: Message, command: CommandObject) -> None:
        await message.answer(
            f"Hello <b>{html.quote(message.from_user.first_name)}</b>, payload={command.args}",
            reply_markup=keyboard(("👍 Like", "like"), ("Help", "help"), ("Map", "map")),
        )

    @router.callback_query(F.data == "like")
    async def like(query: CallbackQuery) -> None:
        assert isinstance(query.message, Message)
        await query.message.edit_text(
            "Thanks for the like!", reply_markup=keyboard(("Undo", "undo"))
        )
        await query.answer("Noted", show_alert=True)

    @router.callback_query(F.data == "help")
    async def helper(query: CallbackQuery) -> None:
        await query.answer()
        assert isinstance(query.message, Message)
        await query.message.delete()

    @router.callback_query(F.data == "map")
    async def show_map(query: CallbackQuery) -> None:
        await query.answer()
        assert isinstance(query.message, Message)
        await query.message.edit_text("Map shown")

    @router.message(F.photo)
    async def photo(message: Message, bot: Bot) -> None:
        assert message.photo
        file = await bot.get_file(message.photo[-1].file_id)
        assert file.file_path
        data = await bot.download_file(file.file_path)
        assert data is not None
        await message.answer_photo(BufferedInputFile(data.read(), "back.jpg"), caption="got it")

    @router.message(F.text)
    async def echo(message: Message) -> None:
        await message.answer(html.quote(message.text or ""))

    dp = Dispatcher()
    dp.include_router(router)
    return dp


async def test_conversation_with_buttons_and_edits(sb: Sandbox, bot: Bot) -> None:
    amal = sb.user(1001, "Amal", language_code="ar")
    async with polling(echo_dispatcher(), bot):
        replies = await amal.command("/start", payload="poll_x")
        assert [m.text for m in replies] == ["Hello Amal, payload=poll_x"]
        assert amal.buttons() == [["👍 Like"], ["Help"], ["Map"]]

        first = amal.last
        replies = await amal.press("Like")  # unique substring of "👍 Like"
        assert replies == []  # edited in place, nothing new
        assert first.text == "Thanks for the like!" and first.edited == 1
        assert first.buttons == [["Undo"]]
        assert amal.callback_answers[-1]["text"] == "Noted"
        assert amal.callback_answers[-1]["show_alert"] is True

        replies = await amal.send("1 < 2 & <b>")
        assert [m.text for m in replies] == ["1 < 2 & <b>"]

        with pytest.raises(AssertionError, match=r"visible buttons: \[\['Undo'\]\]"):
            await amal.press("Nope")
    assert sb.violations == []
    assert sb.unanswered_callback_queries == []


async def test_pressing_an_older_message_and_deleted_messages(sb: Sandbox, bot: Bot) -> None:
    amal = sb.user(1001, "Amal")
    async with polling(echo_dispatcher(), bot):
        await amal.command("/start")
        older = amal.last
        await amal.command("/start")
        newer = amal.last
        await amal.press("Map", message=older)
        assert older.text == "Map shown" and older.buttons == []
        assert newer.edited == 0 and newer.buttons[2] == ["Map"]
        await amal.press("Help")  # the newest keyboard is `newer`'s; the bot deletes it
        assert newer.deleted and [m.deleted for m in amal.messages] == [False, True]
        with pytest.raises(AssertionError, match="was deleted"):
            await amal.press("Map", message=newer)
        with pytest.raises(AssertionError, match="no bot message with an inline keyboard"):
            await amal.press("Map")
    assert sb.violations == []


async def test_edit_refusals_seen_by_aiogram(sb: Sandbox, bot: Bot) -> None:
    sb.user(1001, started=True)
    sent = await bot.send_message(1001, "same", reply_markup=keyboard(("A", "a")))
    with pytest.raises(TelegramBadRequest, match="message is not modified"):
        await bot.edit_message_text(
            "same", chat_id=1001, message_id=sent.message_id, reply_markup=keyboard(("A", "a"))
        )
    edited = await bot.edit_message_text("same", chat_id=1001, message_id=sent.message_id)
    assert isinstance(edited, Message) and edited.reply_markup is None  # keyboard dropped
    with pytest.raises(TelegramBadRequest, match="message is not modified"):
        await bot.edit_message_reply_markup(chat_id=1001, message_id=sent.message_id)
    await bot.delete_message(1001, sent.message_id)
    with pytest.raises(TelegramBadRequest, match="message to edit not found"):
        await bot.edit_message_text("new", chat_id=1001, message_id=sent.message_id)
    with pytest.raises(TelegramBadRequest, match="message to delete not found"):
        await bot.delete_message(1001, sent.message_id)
    assert [v.description.split(":")[1].strip() for v in sb.violations] == [
        "message is not modified",
        "message is not modified",
        "message to edit not found",
        "message to delete not found",
    ]


async def test_photo_round_trip_through_the_bot(sb: Sandbox, bot: Bot) -> None:
    amal = sb.user(1001, "Amal")
    image = make_image(320, 240)
    async with polling(echo_dispatcher(), bot):
        replies = await amal.send_photo(image)
    assert len(replies) == 1 and replies[0].caption == "got it"
    assert replies[0].photo_bytes() == image
    assert sb.violations == []


async def test_concurrent_handling_with_wait_for(sb: Sandbox, bot: Bot) -> None:
    users = [sb.user(2000 + i, f"U{i}") for i in range(5)]
    async with polling(echo_dispatcher(), bot, handle_as_tasks=True):
        for user in users:
            await user.send(f"hi {user.id}", wait=False)
        for user in users:
            await user.wait_for(lambda u: u.messages, timeout=5)
        await sb.idle()
    assert [u.last.text for u in users] == [f"hi {u.id}" for u in users]
    assert sb.violations == []


async def test_unhandled_update_times_out_clearly(sb: Sandbox) -> None:
    amal = sb.user(1001)
    await amal.send("x", wait=False)
    update_id = sb.updates.pending[-1]["update_id"]
    with pytest.raises(TimeoutError, match=r"did not handle update \d+ \(message 'x' from user"):
        await sb.wait_handled(update_id, timeout=0.2)
