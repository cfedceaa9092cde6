"""Photovoice images in the bot layer: download from Telegram into memory, sanitise, keep.

- Telegram lets bots download files up to 20 MB. A bigger file is refused before getFile
  (by the size Telegram announces), when getFile answers "file is too big", and while
  reading: the body is streamed and dropped past 20 MB. Any failure is a refusal.
- How many downloads run at once (per process, per person): `bot.download_limits`.
- The bytes go into memory, never to disk; `storage.media.sanitize_image` decodes,
  applies the EXIF orientation and re-encodes without any metadata in a worker thread, at most
  `IMAGE_WORKERS` at a time (`DownloadLimits.decoders`), since decoding a 40 MP photo
  needs a few hundred MB.
- Only after the dialog has decided to keep a photo are the clean JPEG and its thumbnail
  written to the media store, under content-hash keys.
"""

from __future__ import annotations

import asyncio
import io
import logging
from collections.abc import Iterable
from contextlib import aclosing

from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest
from PIL import Image

from dialogs.photovoice.model import IncomingPhoto
from dialogs.screen import Screen
from storage.media import (
    ImageRejected,
    MediaNotFound,
    MediaStore,
    SanitizedImage,
    keys_for,
    sanitize_image,
)

log = logging.getLogger(__name__)

MAX_DOWNLOAD = 20 * 1024 * 1024  # Telegram's getFile limit for bots
DOWNLOAD_CHUNK = 64 * 1024
DOWNLOAD_TIMEOUT = 60  # seconds for the whole body
IMAGE_WORKERS = 2
CONTENT_TYPE = "image/jpeg"
# What Telegram accepts in sendPhoto: at most 10 MB, width + height <= 10000, ratio <= 20.
SEND_MAX_BYTES = 10 * 1024 * 1024
SEND_MAX_SIDES = 10_000
SEND_MAX_RATIO = 20
SEND_LONG_SIDE = 2560


class DownloadRefused(Exception):
    """The file could not be fetched; `reason` is a photovoice refusal code."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


async def download(bot: Bot, file_id: str, file_size: int | None) -> bytes:
    """The bytes, in memory; raises DownloadRefused("too_big_download" / "download_failed").

    Every failure is a refusal, never an exception for the generic error handler: the person
    is told, nothing is kept, and they can send the picture again. The body is read in
    chunks and reading stops past MAX_DOWNLOAD, whatever size was announced (file_size is
    optional in the Bot API). Logs name the failure's type only: the file URL holds the
    bot token.
    """
    if file_size is not None and file_size > MAX_DOWNLOAD:
        raise DownloadRefused("too_big_download")
    try:
        file = await bot.get_file(file_id)
    except TelegramBadRequest as exc:
        if "too big" in exc.message.lower():
            raise DownloadRefused("too_big_download") from None
        log.warning("getFile refused: %s", exc.message)
        raise DownloadRefused("download_failed") from None
    except Exception as exc:  # server errors, network, timeouts: all the same to the person
        log.warning("getFile failed: %s", type(exc).__name__)
        raise DownloadRefused("download_failed") from None
    if file.file_size is not None and file.file_size > MAX_DOWNLOAD:
        raise DownloadRefused("too_big_download")
    if not file.file_path:
        raise DownloadRefused("download_failed")
    try:
        return await _read_limited(bot, file.file_path)
    except DownloadRefused:
        raise
    except Exception as exc:  # aiohttp.ClientResponseError (4xx/5xx), resets, timeouts...
        status = getattr(exc, "status", None)
        log.warning("photo download failed: %s %s", type(exc).__name__, status or "")
        raise DownloadRefused("download_failed") from None


async def _read_limited(bot: Bot, file_path: str) -> bytes:
    url = bot.session.api.file_url(bot.token, file_path)
    stream = bot.session.stream_content(
        url, timeout=DOWNLOAD_TIMEOUT, chunk_size=DOWNLOAD_CHUNK, raise_for_status=True
    )
    buffer = bytearray()
    async with aclosing(stream):  # closes the connection at once when we stop early
        async for chunk in stream:
            buffer += chunk
            if len(buffer) > MAX_DOWNLOAD:
                raise DownloadRefused("too_big_download")
    return bytes(buffer)


async def sanitize(data: bytes, semaphore: asyncio.Semaphore) -> SanitizedImage:
    """Validate and clean an upload (raises storage.media.ImageRejected)."""
    async with semaphore:
        return await asyncio.to_thread(sanitize_image, data)


def incoming(image: SanitizedImage, media_group_id: str | None) -> IncomingPhoto:
    image_key, thumb_key = keys_for(image.sha256)
    return IncomingPhoto(
        sha256=image.sha256,
        image_key=image_key,
        thumb_key=thumb_key,
        width=image.width,
        height=image.height,
        size=len(image.data),
        original_format=image.original_format,
        media_group_id=media_group_id,
    )


async def keep(store: MediaStore, image: SanitizedImage) -> None:
    """Write the clean picture and its thumbnail (content-addressed: an existing one stays)."""
    image_key, thumb_key = keys_for(image.sha256)
    if not await store.exists(thumb_key):
        await store.put(thumb_key, image.thumbnail, CONTENT_TYPE)
    if not await store.exists(image_key):  # written last: an image implies its thumbnail
        await store.put(image_key, image.data, CONTENT_TYPE)


async def delete_files(store: MediaStore, keys: Iterable[str]) -> None:
    for key in keys:
        await store.delete(key)


def _fit_for_telegram(data: bytes) -> bytes:
    """Our own sanitised JPEG, shrunk or padded only if Telegram would refuse it as a photo."""
    with Image.open(io.BytesIO(data)) as im:
        width, height = im.size
        ratio = max(width, height) / max(1, min(width, height))
        if (
            len(data) <= SEND_MAX_BYTES
            and width + height <= SEND_MAX_SIDES
            and ratio <= SEND_MAX_RATIO
        ):
            return data
        picture = im.convert("RGB")
    picture.thumbnail((SEND_LONG_SIDE, SEND_LONG_SIDE))
    width, height = picture.size
    if max(width, height) > SEND_MAX_RATIO * min(width, height):
        side = max(width, height) // SEND_MAX_RATIO + 1
        canvas = Image.new("RGB", (max(width, side), max(height, side)), (255, 255, 255))
        canvas.paste(picture, ((canvas.width - width) // 2, (canvas.height - height) // 2))
        picture = canvas
    out = io.BytesIO()
    picture.save(out, format="JPEG", quality=85)
    return out.getvalue()


async def for_telegram(store: MediaStore, key: str) -> bytes | None:
    try:
        data = await store.get(key)
    except MediaNotFound:
        log.warning("a photovoice media file is missing")
        return None
    return await asyncio.to_thread(_fit_for_telegram, data)


async def photos_for(store: MediaStore, screens: Iterable[Screen]) -> dict[str, bytes]:
    """The bytes of every photo the screens show (a missing file is left out: text only)."""
    found: dict[str, bytes] = {}
    for screen in screens:
        if screen.photo is not None and screen.photo.media_key not in found:
            data = await for_telegram(store, screen.photo.media_key)
            if data is not None:
                found[screen.photo.media_key] = data
    return found


__all__ = [
    "IMAGE_WORKERS",
    "MAX_DOWNLOAD",
    "DownloadRefused",
    "ImageRejected",
    "delete_files",
    "download",
    "for_telegram",
    "incoming",
    "keep",
    "photos_for",
    "sanitize",
]
