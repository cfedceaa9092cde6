"""Pictures, for every feature that takes or shows them: one `Images` per dispatcher.

`fetch` downloads a picture from Telegram into memory and cleans it (EXIF and GPS gone, see
`storage.media.sanitize_image`) within the download limits (bot.images.download); `keep`
writes the clean picture and its thumbnail to the media store only once a dialog has decided
to keep it; `for_telegram` reads one back, fitted to what Telegram accepts in sendPhoto.
"""

from __future__ import annotations

import asyncio
import io
import logging
from collections.abc import Iterable

from aiogram import Bot
from PIL import Image

from bot.images.download import (
    BUSY,
    IMAGE_WORKERS,
    MAX_DOWNLOAD,
    DownloadLimits,
    DownloadRefused,
    download,
    fetch_image,
)
from dialogs.screen import Screen
from storage.media import (
    ImageRejected,
    MediaNotFound,
    MediaStore,
    SanitizedImage,
    keep_image,
)

log = logging.getLogger(__name__)

# What Telegram accepts in sendPhoto: at most 10 MB, width + height <= 10000, ratio <= 20.
SEND_MAX_BYTES = 10 * 1024 * 1024
SEND_MAX_SIDES = 10_000
SEND_MAX_RATIO = 20
SEND_LONG_SIDE = 2560


class Images:
    """Built once per dispatcher (`dp["images"]`), injected into handlers as `images`."""

    def __init__(self, store: MediaStore, limits: DownloadLimits) -> None:
        self.store = store
        self.limits = limits

    async def fetch(
        self, bot: Bot, person_id: int, file_id: str, file_size: int | None
    ) -> SanitizedImage:
        """Download and clean; raises DownloadRefused or ImageRejected (tell the person)."""
        return await fetch_image(bot, self.limits, person_id, file_id, file_size)

    async def keep(self, image: SanitizedImage) -> None:
        """Write the clean picture and its thumbnail (content-addressed: one already there
        stays as it is)."""
        await keep_image(self.store, image)

    async def delete(self, keys: Iterable[str]) -> None:
        for key in keys:
            await self.store.delete(key)

    async def for_telegram(self, key: str) -> bytes | None:
        """A kept picture as Telegram takes it in sendPhoto; None when the file is missing."""
        try:
            data = await self.store.get(key)
        except MediaNotFound:
            log.warning("a kept picture is missing from the media store")
            return None
        return await asyncio.to_thread(_fit_for_telegram, data)

    async def photos_for(self, screens: Iterable[Screen]) -> dict[str, bytes]:
        """The bytes of every picture the screens show (a missing one is left out)."""
        found: dict[str, bytes] = {}
        for screen in screens:
            if screen.photo is not None and screen.photo.media_key not in found:
                data = await self.for_telegram(screen.photo.media_key)
                if data is not None:
                    found[screen.photo.media_key] = data
        return found


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


__all__ = [
    "BUSY",
    "IMAGE_WORKERS",
    "MAX_DOWNLOAD",
    "DownloadLimits",
    "DownloadRefused",
    "ImageRejected",
    "Images",
    "download",
    "fetch_image",
]
