"""Fetching a picture from Telegram: the download itself, and how many run at once.

- Telegram lets bots download files up to 20 MB. A bigger file is refused before getFile
  (by the size Telegram announces), when getFile answers "file is too big", and while
  reading: the body is streamed and dropped past 20 MB. Any failure is a refusal.
- The bytes go into memory, never to disk; cleaning them is `storage.media.sanitize_image`.
- Updates are handled as concurrent tasks, and a photo costs up to 20 MB while it is
  downloaded and a few hundred MB while it is decoded. Per process, at most
  `DOWNLOADS_AT_ONCE` fetch-and-clean jobs run at the same time; the download and the
  decoding of one picture share one slot, so the bytes of a waiting picture are never held.
  Decoding itself is bounded further (`IMAGE_WORKERS` at a time). Per person, one picture at
  a time: the next waits for the one before (an album comes as several updates at once), but
  a person with a whole album already queued, or a wait longer than `PERSON_WAIT` seconds,
  gets "busy": a polite "one at a time" in the chat.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Coroutine
from contextlib import aclosing, asynccontextmanager
from typing import Any

from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest

from storage.media import SanitizedImage, sanitize_image

log = logging.getLogger(__name__)

MAX_DOWNLOAD = 20 * 1024 * 1024  # Telegram's getFile limit for bots
DOWNLOAD_CHUNK = 64 * 1024
DOWNLOAD_TIMEOUT = 60  # seconds for the whole body


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


IMAGE_WORKERS = 2

DEFAULT_DOWNLOADS_AT_ONCE = 3
PERSON_QUEUE = 10  # Telegram's largest album: a person's pictures waiting or running
PERSON_WAIT = 30.0  # seconds a picture may wait for the person's previous one
PROCESS_WAIT = 60.0  # seconds a picture may wait for a free slot in the process

BUSY = "busy"


class DownloadLimits:
    """Built once per dispatcher (`dp["downloads"]`), injected into handlers as `downloads`."""

    def __init__(
        self,
        at_once: int = DEFAULT_DOWNLOADS_AT_ONCE,
        *,
        person_queue: int = PERSON_QUEUE,
        person_wait: float = PERSON_WAIT,
        process_wait: float = PROCESS_WAIT,
    ) -> None:
        self.at_once = at_once
        self.person_queue = person_queue
        self.person_wait = person_wait
        self.process_wait = process_wait
        self._slots = asyncio.Semaphore(at_once)
        self.decoders = asyncio.Semaphore(IMAGE_WORKERS)
        self._people: dict[int, asyncio.Lock] = {}
        self._queued: dict[int, int] = {}  # pictures of a person waiting or running

    @asynccontextmanager
    async def slot(self, person_id: int) -> AsyncIterator[None]:
        """Hold one of the process's slots and the person's turn; DownloadRefused("busy") when
        the person already has a full queue or the wait is too long."""
        if self._queued.get(person_id, 0) >= self.person_queue:
            raise DownloadRefused(BUSY)
        lock = self._people.setdefault(person_id, asyncio.Lock())
        self._queued[person_id] = self._queued.get(person_id, 0) + 1
        try:
            await _within(lock.acquire(), self.person_wait)
            try:
                await _within(self._slots.acquire(), self.process_wait)
                try:
                    yield
                finally:
                    self._slots.release()
            finally:
                lock.release()
        finally:
            self._queued[person_id] -= 1
            if not self._queued[person_id]:
                del self._queued[person_id], self._people[person_id]


async def _within(acquiring: Coroutine[Any, Any, bool], seconds: float) -> None:
    try:
        async with asyncio.timeout(seconds):
            await acquiring
    except TimeoutError:
        log.info("a picture waited too long for its turn")
        raise DownloadRefused(BUSY) from None


async def fetch_image(
    bot: Bot, limits: DownloadLimits, person_id: int, file_id: str, file_size: int | None
) -> SanitizedImage:
    """Download a picture from Telegram and clean it, within the limits above.

    Raises DownloadRefused (too big, download failed, busy) or storage.media.ImageRejected;
    both mean "tell the person and keep nothing"."""
    async with limits.slot(person_id):
        data = await download(bot, file_id, file_size)
        return await sanitize(data, limits.decoders)
