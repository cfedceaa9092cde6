"""Downloading pictures from Telegram's file server, shared by photovoice and the questionnaire:
failures are refusals, and downloads are bounded per process and per person."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer

from bot.images import BUSY, DownloadLimits, DownloadRefused, fetch_image
from tests.e2e.photovoice_helpers import media_files, onboard, photos, start_photo
from tests.e2e.texts import shown
from tests.fixtures import jpeg_bytes


@pytest.fixture
async def bot(sb) -> AsyncIterator[Bot]:
    session = AiohttpSession(api=TelegramAPIServer.from_base(sb.base_url))
    yield Bot(sb.token, session=session)
    await session.close()


def photo_ids(sb, count: int) -> list[str]:
    colours = ["teal", "navy", "olive", "maroon", "purple", "gray", "orange", "lime"]
    return [sb.files.add(jpeg_bytes(color=colours[i]), "photo").file_id for i in range(count)]


async def test_photovoice_file_server_failure_is_a_refusal(sb, running):
    amal = sb.user(2401, "Amal", language_code="ar")
    await onboard(amal, "ar")
    await start_photo(amal, "ar", "housing")
    sb.fail_download(503)
    await amal.send_photo(jpeg_bytes(color="teal"))
    assert amal.last.text == shown("ar", "pv-refused-download-failed")
    assert await photos(running) == [] and media_files(running.media_dir) == []
    await amal.send_photo(jpeg_bytes(color="teal"))  # sent again: kept
    assert amal.last.text == shown("ar", "pv-photo-received", count=1, max=3)
    assert [d.status for d in sb.downloads] == [503, 200]


async def test_downloads_at_once_never_exceed_the_process_bound(sb, bot):
    limits = DownloadLimits(2)
    sb.download_delay = 0.2  # each download takes a moment, so they would overlap
    ids = photo_ids(sb, 6)
    images = await asyncio.gather(
        *(fetch_image(bot, limits, person, file_id, None) for person, file_id in enumerate(ids))
    )
    assert len({image.sha256 for image in images}) == 6
    assert sb.stats.max_downloads_at_once == 2  # bounded, and the bound is used
    assert len(sb.downloads) == 6


async def test_one_person_downloads_one_picture_at_a_time(sb, bot):
    limits = DownloadLimits(4)
    sb.download_delay = 0.1
    ids = photo_ids(sb, 3)  # an album: three updates handled at once
    await asyncio.gather(*(fetch_image(bot, limits, 7, file_id, None) for file_id in ids))
    assert sb.stats.max_downloads_at_once == 1
    assert len(sb.downloads) == 3


async def test_a_person_with_a_full_queue_is_told_to_wait(sb, bot):
    limits = DownloadLimits(4, person_queue=2)
    sb.download_delay = 0.2
    ids = photo_ids(sb, 3)
    results = await asyncio.gather(
        *(fetch_image(bot, limits, 7, file_id, None) for file_id in ids), return_exceptions=True
    )
    refused = [r for r in results if isinstance(r, DownloadRefused)]
    assert [r.reason for r in refused] == [BUSY]
    assert len(sb.downloads) == 2  # the refused one was never fetched
    # once the queue is empty, the same person is served again
    await fetch_image(bot, limits, 7, photo_ids(sb, 1)[0], None)


async def test_waiting_too_long_for_ones_turn_is_busy(sb, bot):
    limits = DownloadLimits(4, person_wait=0.05)
    sb.download_delay = 0.3
    first, second = photo_ids(sb, 2)
    results = await asyncio.gather(
        fetch_image(bot, limits, 7, first, None),
        fetch_image(bot, limits, 7, second, None),
        return_exceptions=True,
    )
    assert not isinstance(results[0], BaseException)
    assert isinstance(results[1], DownloadRefused) and results[1].reason == BUSY
    assert len(sb.downloads) == 1
