"""Long polling over raw HTTP: offsets confirm updates, long polls wake up, filters apply."""

from __future__ import annotations

import asyncio

from aiogram import Bot
from aiogram.types import BufferedInputFile

from sandbox import Sandbox
from tests.sandbox.conftest import Api, make_image


async def test_get_updates_returns_and_offset_acknowledges(sb: Sandbox, api: Api) -> None:
    amal = sb.user(1001, "Amal", language_code="ar")
    await amal.command("/start", payload="poll_x", wait=False)
    updates = await api.ok("getUpdates", timeout=0)
    assert len(updates) == 1
    message = updates[0]["message"]
    assert message["text"] == "/start poll_x"
    assert message["entities"] == [{"type": "bot_command", "offset": 0, "length": 6}]
    assert message["from"] == {
        "id": 1001,
        "is_bot": False,
        "first_name": "Amal",
        "language_code": "ar",
    }
    assert message["chat"] == {"id": 1001, "type": "private", "first_name": "Amal"}
    update_id = updates[0]["update_id"]
    assert await api.ok("getUpdates") == updates  # not confirmed yet: delivered again
    assert not sb.updates.is_handled(update_id)
    assert await api.ok("getUpdates", offset=update_id + 1) == []
    await sb.wait_handled(update_id, timeout=0.1)  # confirmed by the higher offset
    await sb.idle(timeout=0.1)


async def test_long_poll_wakes_up_for_a_new_update(sb: Sandbox, api: Api) -> None:
    amal = sb.user(1001)
    poll = asyncio.create_task(api.ok("getUpdates", timeout=5))
    await asyncio.sleep(0.05)
    assert not poll.done()
    started = asyncio.get_running_loop().time()
    await amal.send("wake", wait=False)
    updates = await poll
    assert asyncio.get_running_loop().time() - started < 1
    assert updates[0]["message"]["text"] == "wake"


async def test_allowed_updates_filter_and_limit(sb: Sandbox, api: Api) -> None:
    amal = sb.user(1001)
    for i in range(3):
        await amal.send(f"m{i}", wait=False)
    assert len(await api.ok("getUpdates", limit=2)) == 2
    updates = await api.ok("getUpdates", allowed_updates=["callback_query"])
    assert updates == [] and len(sb.updates.dropped) == 3


async def test_second_poll_terminates_the_first(sb: Sandbox, api: Api) -> None:
    first = asyncio.create_task(api.json("getUpdates", timeout=5))
    await asyncio.sleep(0.05)
    assert await api.ok("getUpdates", timeout=0) == []
    status, body = await first
    assert status == 409 and "terminated by other getUpdates request" in body["description"]
    assert sb.violations == []  # environmental, not the bot's fault


async def test_copy_and_forward_to_channel(sb: Sandbox, bot: Bot) -> None:
    channel = -1001000000001
    sb.add_channel(channel, "Photovoice")
    amal = sb.user(1001, "Amal")
    image = make_image(300, 200)
    await amal.send_photo(image, caption="my street", wait=False)
    message_id = sb.updates.pending[0]["message"]["message_id"]
    copied = await bot.copy_message(channel, 1001, message_id, caption="<b>Street</b> by Amal")
    forwarded = await bot.forward_message(channel, 1001, message_id)
    posts = sb.channel_posts(channel)
    assert [p["message_id"] for p in posts] == [copied.message_id, forwarded.message_id]
    assert posts[0]["caption"] == "Street by Amal" and "forward_origin" not in posts[0]
    assert posts[1]["forward_origin"]["sender_user"]["id"] == 1001
    assert sb.file_bytes(posts[0]["photo"][-1]["file_id"]) == image
    own = await bot.send_photo(channel, BufferedInputFile(image, "p.jpg"), caption="old")
    edited = await bot.edit_message_caption(
        chat_id=channel, message_id=own.message_id, caption="new"
    )
    assert not isinstance(edited, bool) and edited.caption == "new"
    assert sb.violations == []
