"""Files: users' photos and documents, getFile + download, bot uploads, media groups."""

from __future__ import annotations

import asyncio

import aiohttp
import pytest
from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest
from aiogram.types import BufferedInputFile, InputMediaPhoto

from sandbox import Sandbox
from tests.sandbox.conftest import Api, make_image


async def test_user_photo_get_file_and_download(
    sb: Sandbox, api: Api, http: aiohttp.ClientSession, bot: Bot
) -> None:
    image = make_image(640, 480)
    amal = sb.user(1001, "Amal")
    await amal.send_photo(image, caption="my street", wait=False)
    update = sb.updates.pending[0]
    photo = update["message"]["photo"]
    assert update["message"]["caption"] == "my street"
    assert (photo[-1]["width"], photo[-1]["height"]) == (640, 480)
    assert [p["width"] for p in photo] == [90, 320, 640]
    for size in photo:
        file = await api.ok("getFile", file_id=size["file_id"])
        assert file["file_path"] and file["file_size"] == len(image)
        async with http.get(f"{sb.base_url}/file/bot{sb.token}/{file['file_path']}") as resp:
            assert resp.status == 200 and await resp.read() == image
    tg_file = await bot.get_file(photo[-1]["file_id"])
    assert tg_file.file_path is not None
    downloaded = await bot.download_file(tg_file.file_path)
    assert downloaded is not None and downloaded.read() == image
    assert sb.violations == []


async def test_user_document_keeps_metadata(sb: Sandbox) -> None:
    amal = sb.user(1001)
    await amal.send_document(b"a,b\n1,2\n", "answers.csv", "text/csv", wait=False)
    document = sb.updates.pending[0]["message"]["document"]
    assert document["file_name"] == "answers.csv"
    assert document["mime_type"] == "text/csv" and document["file_size"] == 8


async def test_get_file_too_big(sb: Sandbox, api: Api) -> None:
    amal = sb.user(1001)
    await amal.send_document(b"\0" * (20 * 1024 * 1024 + 1), "big.bin", wait=False)
    file_id = sb.updates.pending[0]["message"]["document"]["file_id"]
    status, body = await api.json("getFile", file_id=file_id)
    assert (status, body["description"]) == (400, "Bad Request: file is too big")
    assert sb.violations[0].method == "getFile"


async def test_bot_uploads_photo_and_resends_by_file_id(sb: Sandbox, bot: Bot) -> None:
    sb.user(1001, started=True)
    image = make_image(800, 600, "PNG")
    sent = await bot.send_photo(1001, BufferedInputFile(image, "map.png"), caption="<i>Map</i>")
    assert sent.photo is not None and sent.photo[-1].width == 800
    assert sent.caption == "Map" and sent.caption_entities is not None
    assert sb.file_bytes(sent.photo[-1].file_id) == image
    again = await bot.send_photo(1001, sent.photo[-1].file_id)
    assert (
        again.photo is not None and again.photo[-1].file_unique_id == sent.photo[-1].file_unique_id
    )
    user = sb.users[1001]
    assert user.messages[0].photo_bytes() == image
    assert sb.violations == []


async def test_bot_upload_refusals(sb: Sandbox, bot: Bot) -> None:
    sb.user(1001, started=True)
    with pytest.raises(TelegramBadRequest, match="IMAGE_PROCESS_FAILED"):
        await bot.send_photo(1001, BufferedInputFile(b"not an image", "x.jpg"))
    with pytest.raises(TelegramBadRequest, match="wrong file identifier"):
        await bot.send_photo(1001, "AgACnonexistent")
    with pytest.raises(TelegramBadRequest, match="caption is too long"):
        await bot.send_photo(1001, BufferedInputFile(make_image(), "a.jpg"), caption="c" * 1025)
    assert len(sb.violations) == 3


async def test_document_upload_guesses_mime_type(sb: Sandbox, bot: Bot) -> None:
    sb.user(1001, started=True)
    sent = await bot.send_document(1001, BufferedInputFile(b"%PDF-1.4", "report.pdf"))
    assert sent.document is not None
    assert sent.document.file_name == "report.pdf"
    assert sent.document.mime_type == "application/pdf"
    assert sb.users[1001].last.document_bytes() == b"%PDF-1.4"


async def test_media_group_with_attachments(sb: Sandbox, bot: Bot) -> None:
    sb.user(1001, started=True)
    images = [make_image(100 + i, 100) for i in range(3)]
    media = [
        InputMediaPhoto(media=BufferedInputFile(img, f"{i}.jpg"), caption=f"#{i}")
        for i, img in enumerate(images)
    ]
    sent = await bot.send_media_group(1001, media)
    assert len(sent) == 3 and len({m.media_group_id for m in sent}) == 1
    assert [m.caption for m in sent] == ["#0", "#1", "#2"]
    assert [sb.file_bytes(m.photo[-1].file_id) for m in sent if m.photo] == images
    with pytest.raises(TelegramBadRequest):
        await bot.send_media_group(1001, media[:1])
    assert len(sb.violations) == 1


async def test_user_album_shares_media_group(sb: Sandbox) -> None:
    amal = sb.user(1001)
    await amal.send_album([make_image(), make_image(), make_image()], wait=False)
    groups = {u["message"]["media_group_id"] for u in sb.updates.pending}
    assert len(sb.updates.pending) == 3 and len(groups) == 1


async def test_media_group_mixing_rules(sb: Sandbox, api: Api) -> None:
    sb.user(1001, started=True)
    photo = await api.ok(
        "sendPhoto", chat_id=1001, photo=sb.files.add(make_image(), "photo").file_id
    )
    photo_id = photo["photo"][-1]["file_id"]
    doc_id = sb.files.add(b"doc", "document", file_name="a.txt").file_id
    video_like = {"type": "video", "media": photo_id}
    mixed_ok = [{"type": "photo", "media": photo_id}, video_like]
    status, _ = await api.json("sendMediaGroup", chat_id=1001, media=mixed_ok)
    assert status == 200  # photos and videos may share an album
    mixed_bad = [{"type": "photo", "media": photo_id}, {"type": "document", "media": doc_id}]
    status, body = await api.json("sendMediaGroup", chat_id=1001, media=mixed_bad)
    assert status == 400 and "MEDIA_GROUP_MIXED" in body["description"]
    status, _ = await api.json(
        "sendMediaGroup", chat_id=1001, media=[{"type": "gif", "media": "x"}] * 2
    )
    assert status == 400
    assert len(sb.violations) == 2


async def test_file_server_logs_downloads_and_injects_failures(
    sb: Sandbox, http: aiohttp.ClientSession, api: Api
) -> None:
    image = make_image(320, 240)
    amal = sb.user(1001)
    await amal.send_photo(image, wait=False)
    file_id = sb.updates.pending[0]["message"]["photo"][-1]["file_id"]
    path = (await api.ok("getFile", file_id=file_id))["file_path"]
    url = f"{sb.base_url}/file/bot{sb.token}/{path}"
    sb.fail_download(503)
    async with http.get(url) as resp:
        assert resp.status == 503
    async with http.get(url) as resp:
        assert resp.status == 200 and await resp.read() == image
    assert [(d.path, d.status, d.complete) for d in sb.downloads] == [
        (path, 503, False),
        (path, 200, True),
    ]
    assert sb.downloads[1].bytes_sent == len(image) and sb.stats.injected_failures == 1


async def test_a_client_that_stops_reading_stops_the_transfer(
    sb: Sandbox, http: aiohttp.ClientSession, api: Api
) -> None:
    body = b"\0" * (20 * 1024 * 1024)
    amal = sb.user(1001)
    await amal.send_document(body, "big.jpg", "image/jpeg", wait=False, size_known=False)
    document = sb.updates.pending[0]["message"]["document"]
    assert "file_size" not in document
    file = await api.ok("getFile", file_id=document["file_id"])
    assert "file_size" not in file  # unknown size: getFile cannot refuse it by size
    async with http.get(f"{sb.base_url}/file/bot{sb.token}/{file['file_path']}") as resp:
        await resp.content.readexactly(1024 * 1024)
        resp.close()  # hang up after 1 MB
    for _ in range(100):
        if not sb.stats.downloads_at_once:
            break
        await asyncio.sleep(0.02)
    [download] = sb.downloads
    assert not download.complete and download.bytes_sent < len(body)
    assert sb.violations == []
