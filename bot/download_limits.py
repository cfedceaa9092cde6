"""How many pictures the bot fetches and decodes at once: per process, and per person.

Why: updates are handled as concurrent tasks, and a photo costs up to 20 MB while it is
downloaded and a few hundred MB while it is decoded. Without a bound, someone re-sending a
19 MB file by its file_id a hundred times makes the process hold a hundred downloads at once.

- Per process: at most `DOWNLOADS_AT_ONCE` fetch-and-clean jobs run at the same time (setting,
  small default); the download and the decoding of one picture share one slot, so the bytes
  of a waiting picture are never held in memory. Decoding itself is bounded further
  (`IMAGE_WORKERS` at a time).
- Per person: one picture at a time. The next one waits for the one before (an album comes as
  several updates at once), but a person with a whole album already queued, or a wait longer
  than `PERSON_WAIT` seconds, gets "busy": a polite "one at a time" in the chat.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Coroutine
from contextlib import asynccontextmanager
from typing import Any

from aiogram import Bot

from bot.photovoice_media import IMAGE_WORKERS, DownloadRefused, download, sanitize
from storage.media import SanitizedImage

log = logging.getLogger(__name__)

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
