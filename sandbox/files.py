"""Files in the sandbox: what users send, what the bot uploads, and getFile/download.

Telegram identifies a file by an opaque file_id (usable to resend) and a stable file_unique_id,
and serves the bytes under a file_path returned by getFile. Photos come as several PhotoSize
entries; here they all point to the same bytes, with dimensions read from the image header so
that a bot that checks orientation or size sees real numbers.
"""

from __future__ import annotations

import base64
import io
import itertools
import secrets
from dataclasses import dataclass
from typing import Any

from sandbox.errors import IMAGE_PROCESS_FAILED, PHOTO_INVALID_DIMENSIONS, ApiError

try:  # Pillow is a project dependency, but the sandbox still works without it.
    from PIL import Image
except ImportError:  # pragma: no cover
    Image = None  # type: ignore[assignment]

MAX_DOWNLOAD = 20 * 1024 * 1024  # getFile refuses bigger files
MAX_PHOTO_UPLOAD = 10 * 1024 * 1024
DEFAULT_SIZE = (1280, 960)
_EXTENSIONS = {"photo": "jpg", "document": "bin"}
_counter = itertools.count(1)


@dataclass
class StoredFile:
    file_id: str
    file_unique_id: str
    data: bytes
    kind: str  # "photo" or "document"
    file_path: str
    file_name: str | None = None
    mime_type: str | None = None
    width: int | None = None
    height: int | None = None
    uploaded_by_bot: bool = False
    # False: like a server that does not know the size, file_size is left out of every answer
    # (Telegram documents it as optional), so getFile cannot refuse the file by its size.
    size_known: bool = True

    @property
    def file_size(self) -> int:
        return len(self.data)


def _new_ids(kind: str) -> tuple[str, str]:
    # Real ids are URL-safe base64 of a binary structure; photos start with "AgAC", documents
    # with "BQAC". Tests and bots must treat them as opaque, so random bodies are fine.
    prefix = "AgAC" if kind == "photo" else "BQAC"
    body = base64.urlsafe_b64encode(secrets.token_bytes(48)).decode().rstrip("=")
    unique = "AQAD" + base64.urlsafe_b64encode(secrets.token_bytes(9)).decode().rstrip("=")
    return prefix + body, unique


def image_size(data: bytes, *, strict: bool) -> tuple[int, int]:
    """Width and height from the image header; a non-image is refused like Telegram does."""
    if Image is None:
        return DEFAULT_SIZE
    try:
        with Image.open(io.BytesIO(data)) as img:
            return img.size
    except Exception:
        if strict:
            raise ApiError(
                400, IMAGE_PROCESS_FAILED, "the uploaded photo is not a readable image"
            ) from None
        return DEFAULT_SIZE


class FileStore:
    def __init__(self) -> None:
        self._by_id: dict[str, StoredFile] = {}
        self._by_path: dict[str, StoredFile] = {}
        self._aliases: dict[str, list[StoredFile]] = {}

    def add(
        self,
        data: bytes,
        kind: str,
        *,
        file_name: str | None = None,
        mime_type: str | None = None,
        uploaded_by_bot: bool = False,
        strict_image: bool = False,
        size_known: bool = True,
    ) -> StoredFile:
        width = height = None
        if kind == "photo":
            if strict_image and len(data) > MAX_PHOTO_UPLOAD:
                raise ApiError(400, "Bad Request: PHOTO_SAVE_FILE_INVALID", "photo over 10 MB")
            width, height = image_size(data, strict=strict_image)
            too_thin = max(width, height) > 20 * min(width, height)
            if strict_image and (width + height > 10000 or too_thin):
                raise ApiError(
                    400, PHOTO_INVALID_DIMENSIONS, f"photo is {width}x{height}: too big or thin"
                )
        file_id, unique = _new_ids(kind)
        folder = "photos" if kind == "photo" else "documents"
        ext = _EXTENSIONS[kind]
        if file_name and "." in file_name:
            ext = file_name.rsplit(".", 1)[1][:8]
        stored = StoredFile(
            file_id,
            unique,
            data,
            kind,
            f"{folder}/file_{next(_counter)}.{ext}",
            file_name=file_name,
            mime_type=mime_type,
            width=width,
            height=height,
            uploaded_by_bot=uploaded_by_bot,
            size_known=size_known,
        )
        self._by_id[file_id] = stored
        self._by_path[stored.file_path] = stored
        return stored

    def get(self, file_id: str) -> StoredFile | None:
        return self._by_id.get(file_id)

    def by_path(self, path: str) -> StoredFile | None:
        return self._by_path.get(path)

    def all(self) -> list[StoredFile]:
        return list(self._by_id.values())

    def photo_sizes(self, stored: StoredFile) -> list[dict[str, Any]]:
        """PhotoSize list, smallest first, like Telegram's thumbnails + original."""
        width, height = stored.width or DEFAULT_SIZE[0], stored.height or DEFAULT_SIZE[1]
        sizes = []
        for side in (90, 320, 800):
            if max(width, height) > side:
                scale = side / max(width, height)
                sizes.append((max(1, round(width * scale)), max(1, round(height * scale))))
        sizes.append((width, height))
        aliases = self._aliases.setdefault(stored.file_id, [])
        while len(aliases) < len(sizes) - 1:
            # Thumbnails get ids of their own that download the same bytes as the original.
            alias_id, alias_unique = _new_ids("photo")
            alias = StoredFile(
                alias_id,
                alias_unique,
                stored.data,
                "photo",
                stored.file_path,
                size_known=stored.size_known,
            )
            self._by_id[alias_id] = alias
            aliases.append(alias)
        ids = [(a.file_id, a.file_unique_id) for a in aliases[: len(sizes) - 1]]
        ids.append((stored.file_id, stored.file_unique_id))
        return [
            {
                "file_id": file_id,
                "file_unique_id": unique,
                **_size(stored),
                "width": w,
                "height": h,
            }
            for (file_id, unique), (w, h) in zip(ids, sizes, strict=True)
        ]

    def document_json(self, stored: StoredFile) -> dict[str, Any]:
        data: dict[str, Any] = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            **_size(stored),
        }
        if stored.file_name:
            data["file_name"] = stored.file_name
        if stored.mime_type:
            data["mime_type"] = stored.mime_type
        return data

    def file_json(self, stored: StoredFile) -> dict[str, Any]:
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            **_size(stored),
            "file_path": stored.file_path,
        }


def _size(stored: StoredFile) -> dict[str, int]:
    return {"file_size": stored.file_size} if stored.size_known else {}
