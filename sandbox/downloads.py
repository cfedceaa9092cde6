"""The file server: `GET /file/bot<token>/<file_path>`, as Telegram serves what getFile named.

Tests can see and shape what happens there:
- every request is logged in `Sandbox.downloads` (path, status, bytes sent), so a test can
  count downloads ("a photo at a text question is never fetched") and see how much of a body
  the bot read before it hung up;
- `Sandbox.fail_download(status)` makes the next request(s) fail with a 4xx/5xx, as Telegram's
  file server does now and then;
- `Sandbox.download_delay` holds each response for a moment, so that concurrent downloads
  overlap and `Sandbox.stats.max_downloads_at_once` can show how many the bot runs at once;
- `Sandbox.download_pause` paces the body (seconds between 64 KB chunks).

The body is written in chunks, each waiting until the connection takes it: a client that
stops reading (and closes) stops the transfer, and `bytes_sent` says where. The kernel's
socket buffers on loopback can hold tens of MB, so a test that wants `bytes_sent` close to
what the client read paces the body: then the buffers stay nearly empty.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import TYPE_CHECKING

from aiohttp import web

if TYPE_CHECKING:
    from sandbox.server import Sandbox

CHUNK = 64 * 1024
FAULT_KEY = "(file download)"  # the FaultPlan key; never a Bot API method name


@dataclass
class DownloadRecord:
    path: str
    status: int
    size: int  # the file's full size (0 when unknown path)
    bytes_sent: int = 0
    complete: bool = False


async def serve_file(sb: Sandbox, request: web.Request) -> web.StreamResponse:
    if request.match_info["token"] != sb.token:
        return web.Response(status=404, text="Not Found")
    path = request.match_info["path"]
    stored = sb.files.by_path(path)
    record = DownloadRecord(path, 404, stored.file_size if stored else 0)
    sb.downloads.append(record)
    if stored is None:
        return web.Response(status=404, text="Not Found")
    injected = sb.faults.take(FAULT_KEY)
    if injected is not None:
        sb.stats.injected_failures += 1
        record.status = injected.code
        return web.Response(status=injected.code, text=injected.description)
    stats = sb.stats
    stats.downloads_at_once += 1
    stats.max_downloads_at_once = max(stats.max_downloads_at_once, stats.downloads_at_once)
    try:
        if sb.download_delay:
            await asyncio.sleep(sb.download_delay)
        content_type = stored.mime_type or ("image/jpeg" if stored.kind == "photo" else None)
        response = web.StreamResponse(status=200)
        response.content_type = content_type or "application/octet-stream"
        response.content_length = stored.file_size
        record.status = 200
        await response.prepare(request)
        data = memoryview(stored.data)
        try:
            for start in range(0, len(data), CHUNK):
                chunk = data[start : start + CHUNK]
                await response.write(chunk)
                record.bytes_sent += len(chunk)
                if sb.download_pause:
                    await asyncio.sleep(sb.download_pause)
            await response.write_eof()
        except ConnectionError:
            return response  # the client hung up: what it read is in bytes_sent
        record.complete = True
        return response
    finally:
        stats.downloads_at_once -= 1
