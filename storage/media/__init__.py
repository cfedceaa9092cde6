"""Photovoice media: metadata stripping (``sanitize_image``) and blob storage (``MediaStore``).

``sanitize_image`` turns any accepted upload (JPEG, PNG, WebP, HEIC/HEIF) into a clean JPEG
plus a thumbnail; ``keep_image`` writes both to a :class:`MediaStore` under
content-addressed keys. No aiogram here: the bot layer downloads
the bytes and maps :class:`RejectReason` codes to translated messages.
"""

from .sanitize import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_PIXELS,
    DEFAULT_MIN_SIDE,
    HEIF_SUPPORTED,
    JPEG_QUALITY,
    THUMBNAIL_MAX_SIDE,
    ImageRejected,
    RejectReason,
    SanitizedImage,
    sanitize_image,
)
from .store import (
    DIR_MODE,
    FILE_MODE,
    FolderMediaStore,
    InvalidMediaKey,
    MediaNotFound,
    MediaStore,
    StoredPhoto,
    keep_image,
    keys_for,
    validate_key,
)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_PIXELS",
    "DEFAULT_MIN_SIDE",
    "DIR_MODE",
    "FILE_MODE",
    "HEIF_SUPPORTED",
    "JPEG_QUALITY",
    "THUMBNAIL_MAX_SIDE",
    "FolderMediaStore",
    "ImageRejected",
    "InvalidMediaKey",
    "MediaNotFound",
    "MediaStore",
    "RejectReason",
    "SanitizedImage",
    "StoredPhoto",
    "keep_image",
    "keys_for",
    "sanitize_image",
    "validate_key",
]
