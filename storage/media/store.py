"""Where sanitised photos live: a tiny async blob-store interface and a folder implementation.

Keys are relative POSIX-style paths made of ``[A-Za-z0-9._-]`` segments that do not start
with a dot (so ``..``, ``.`` and our own ``.tmp-*`` files can never be addressed). Photos are
content-addressed: ``ab/cd/<sha256>.jpg`` and ``ab/cd/<sha256>.thumb.jpg``.

An S3-compatible store only has to implement :class:`MediaStore`; ``delete`` is idempotent
(like S3's DeleteObject) and ``get`` raises :class:`MediaNotFound` for a missing key.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Final, Protocol, runtime_checkable

from .sanitize import SanitizedImage

__all__ = [
    "DIR_MODE",
    "FILE_MODE",
    "FolderMediaStore",
    "InvalidMediaKey",
    "MediaNotFound",
    "MediaStore",
    "StoredPhoto",
    "keep_image",
    "keys_for",
    "validate_key",
]

FILE_MODE: Final = 0o600
DIR_MODE: Final = 0o700
MAX_KEY_LENGTH: Final = 512

_SEGMENT: Final = r"[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}"
_KEY_RE: Final = re.compile(rf"{_SEGMENT}(?:/{_SEGMENT})*")
_SHA256_RE: Final = re.compile(r"[0-9a-f]{64}")
_TMP_PREFIX: Final = ".tmp-"


class MediaNotFound(KeyError):
    """No object is stored under this key."""


class InvalidMediaKey(ValueError):
    """The key is not a safe relative path (absolute, ``..``, odd characters...)."""


@runtime_checkable
class MediaStore(Protocol):
    async def put(self, key: str, data: bytes, content_type: str) -> None: ...

    async def get(self, key: str) -> bytes: ...

    async def exists(self, key: str) -> bool: ...

    async def delete(self, key: str) -> None: ...


def validate_key(key: str) -> str:
    """Return ``key`` if it is a safe relative key, else raise :class:`InvalidMediaKey`."""
    if not isinstance(key, str) or len(key) > MAX_KEY_LENGTH or not _KEY_RE.fullmatch(key):
        raise InvalidMediaKey(f"invalid media key: {key!r:.80}")
    return key


def keys_for(sha256: str) -> tuple[str, str]:
    """``(image_key, thumbnail_key)`` for a lowercase hex sha256."""
    if not isinstance(sha256, str) or not _SHA256_RE.fullmatch(sha256):
        raise ValueError("sha256 must be 64 lowercase hex characters")
    prefix = f"{sha256[:2]}/{sha256[2:4]}/{sha256}"
    return f"{prefix}.jpg", f"{prefix}.thumb.jpg"


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class FolderMediaStore:
    """:class:`MediaStore` on a local directory: atomic writes, 0o600 files, 0o700 dirs.

    All file I/O runs in worker threads (``asyncio.to_thread``). The constructor does no I/O;
    the root directory is created (mode 0o700) on the first ``put``.
    """

    def __init__(self, root: Path | str) -> None:
        self._root = Path(root).absolute()

    @property
    def root(self) -> Path:
        return self._root

    def __repr__(self) -> str:
        return f"FolderMediaStore({str(self._root)!r})"

    # -- async interface -------------------------------------------------------------------

    async def put(self, key: str, data: bytes, content_type: str) -> None:
        path = self._path(key)
        payload = bytes(data)
        await asyncio.to_thread(self._put_sync, path, payload)

    async def get(self, key: str) -> bytes:
        path = self._path(key)
        return await asyncio.to_thread(self._get_sync, key, path)

    async def exists(self, key: str) -> bool:
        path = self._path(key)
        return await asyncio.to_thread(self._exists_sync, path)

    async def delete(self, key: str) -> None:
        path = self._path(key)
        await asyncio.to_thread(self._delete_sync, path)

    # -- helpers ---------------------------------------------------------------------------

    def _path(self, key: str) -> Path:
        return self._root.joinpath(*validate_key(key).split("/"))

    def _confine(self, path: Path) -> None:
        """Refuse paths that a symlink inside the store would send outside of it."""
        if not path.resolve().is_relative_to(self._root.resolve()):
            raise InvalidMediaKey("media key escapes the store root")

    def _ensure_dirs(self, directory: Path) -> None:
        if not self._root.is_dir():
            self._root.parent.mkdir(parents=True, exist_ok=True)
            with contextlib.suppress(FileExistsError):
                self._root.mkdir(mode=DIR_MODE)
                os.chmod(self._root, DIR_MODE)
        current = self._root
        for part in directory.relative_to(self._root).parts:
            current = current / part
            try:
                os.mkdir(current, DIR_MODE)
            except FileExistsError:
                continue
            os.chmod(current, DIR_MODE)  # independent of the process umask

    def _put_sync(self, path: Path, data: bytes) -> None:
        self._confine(path)
        self._ensure_dirs(path.parent)
        self._confine(path)
        fd, tmp_name = tempfile.mkstemp(prefix=_TMP_PREFIX, suffix=".part", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                os.fchmod(handle.fileno(), FILE_MODE)
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp_name, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
            raise
        _fsync_dir(path.parent)

    def _get_sync(self, key: str, path: Path) -> bytes:
        self._confine(path)
        try:
            with open(path, "rb") as handle:
                return handle.read()
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
            raise MediaNotFound(key) from None

    def _exists_sync(self, path: Path) -> bool:
        self._confine(path)
        return path.is_file()

    def _delete_sync(self, path: Path) -> None:
        self._confine(path)
        try:
            os.unlink(path)
        except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
            return  # idempotent, like S3; a directory is not an object
        except PermissionError:
            if path.is_dir():  # some platforms report EPERM for unlink(dir)
                return
            raise
        _fsync_dir(path.parent)


@dataclass(frozen=True, slots=True)
class StoredPhoto:
    sha256: str
    image_key: str
    thumb_key: str
    width: int
    height: int
    size: int
    original_format: str
    content_type: str
    already_stored: bool


async def keep_image(store: MediaStore, image: SanitizedImage) -> StoredPhoto:
    """Store a clean picture (from ``sanitize_image``) and its thumbnail under content-hash
    keys. ``already_stored`` is True when the same picture (same decoded pixels) was stored
    before: an existing file stays as it is. Two *concurrent* keeps of one picture may both
    report False; a unique constraint on ``sha256`` in the database is the final arbiter.
    Cleaning comes first, and apart (bounded by the caller: decoding a 40 MP photo needs a
    few hundred MB); nothing is written for a picture that was refused.
    """
    image_key, thumb_key = keys_for(image.sha256)
    image_exists = await store.exists(image_key)
    if not await store.exists(thumb_key):
        await store.put(thumb_key, image.thumbnail, image.content_type)
    if not image_exists:
        # Written last: an existing image implies a complete earlier store.
        await store.put(image_key, image.data, image.content_type)
    return StoredPhoto(
        sha256=image.sha256,
        image_key=image_key,
        thumb_key=thumb_key,
        width=image.width,
        height=image.height,
        size=len(image.data),
        original_format=image.original_format,
        content_type=image.content_type,
        already_stored=image_exists,
    )
