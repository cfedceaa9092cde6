"""Turn untrusted photo uploads into clean, metadata-free JPEGs.

Photovoice participants may be refugees: a GPS tag, a camera serial number or even an
embedded preview thumbnail (which may show the *uncropped* original) can endanger them.
``sanitize_image`` therefore never copies any container data across: it decodes the pixels,
applies the EXIF orientation and re-encodes them from a fresh image object, so the output
carries no EXIF, GPS, XMP, IPTC, ICC profile, comment or embedded thumbnail.

Decisions
---------
* Accepted inputs: JPEG (incl. MPO multi-picture JPEGs: first picture), PNG, WebP and HEIC/HEIF
  (primary image; only when pillow-heif is importable).
* Refused as ``unsupported_format``: GIF (even static: Telegram turns GIFs into videos, and
  it is not a photo), animated PNG/WebP, AVIF, TIFF, BMP, SVG and other image formats.
* Everything becomes a baseline JPEG (quality 88, optimised); alpha is flattened onto white.
  ICC profiles are dropped, so the output is implicitly sRGB (wide-gamut photos lose a little
  saturation; we prefer not to feed untrusted ICC profiles to a colour engine).
* Truncated *or otherwise corrupt* files are refused as ``truncated``; nothing is ever saved
  from a partial decode.
* ``sha256`` hashes the decoded, oriented, flattened RGB pixels (not the file), so the same
  picture sent twice -- even with different metadata or PNG compression -- gets the same id.

This module is pure and CPU-bound: call it from a worker thread. It never logs or prints.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import threading
import warnings
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Final

from PIL import Image, ImageFile, ImageOps, UnidentifiedImageError

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_PIXELS",
    "DEFAULT_MIN_SIDE",
    "HEIF_SUPPORTED",
    "JPEG_QUALITY",
    "THUMBNAIL_MAX_SIDE",
    "ImageRejected",
    "RejectReason",
    "SanitizedImage",
    "sanitize_image",
]

DEFAULT_MAX_PIXELS: Final = 40_000_000
DEFAULT_MAX_BYTES: Final = 20 * 1024 * 1024
DEFAULT_MIN_SIDE: Final = 32
JPEG_QUALITY: Final = 88
THUMBNAIL_QUALITY: Final = 80
THUMBNAIL_MAX_SIDE: Final = 320
CONTENT_TYPE: Final = "image/jpeg"

_HASH_DOMAIN: Final = b"integra-bot/media/pixels/v1"
_HASH_STRIP_BYTES: Final = 1 << 20
_WHITE: Final = (255, 255, 255)


class RejectReason(StrEnum):
    """Machine-readable reason why an upload was refused (safe to log and to branch on)."""

    NOT_AN_IMAGE = "not_an_image"
    UNSUPPORTED_FORMAT = "unsupported_format"
    TOO_LARGE_FILE = "too_large_file"
    TOO_MANY_PIXELS = "too_many_pixels"
    TRUNCATED = "truncated"
    TOO_SMALL = "too_small"


class ImageRejected(Exception):
    """The upload is not an acceptable picture. ``reason`` says why; ``detail`` is a hint
    for operators that never contains image content."""

    def __init__(self, reason: RejectReason | str, detail: str = "") -> None:
        super().__init__(reason, detail)  # keeps the exception picklable
        self.reason = RejectReason(reason)
        self.detail = detail

    def __str__(self) -> str:
        return f"{self.reason.value}: {self.detail}" if self.detail else self.reason.value


@dataclass(frozen=True, slots=True)
class SanitizedImage:
    """A re-encoded, metadata-free picture. ``repr`` deliberately omits the bytes."""

    data: bytes = field(repr=False)
    thumbnail: bytes = field(repr=False)
    width: int
    height: int
    sha256: str
    original_format: str
    content_type: str = CONTENT_TYPE


def _register_heif() -> bool:
    try:
        from pillow_heif import register_heif_opener
    except ImportError:  # pragma: no cover - pillow-heif is a declared dependency
        return False
    try:
        # We never use embedded thumbnails, depth maps or auxiliary images: don't parse them.
        register_heif_opener(thumbnails=False, depth_images=False, aux_images=False)
    except Exception:  # pragma: no cover - broken native library
        return False
    return True


HEIF_SUPPORTED: Final = _register_heif()

_ALLOWED_FORMATS: Final = ("JPEG", "PNG", "WEBP", *(("HEIF",) if HEIF_SUPPORTED else ()))
# Pillow reports multi-picture JPEGs as MPO; they are JPEGs for our purposes.
_FORMAT_ALIASES: Final = {"MPO": "JPEG"}
_MAY_ANIMATE: Final = frozenset({"PNG", "WEBP"})

_HEIF_BRANDS: Final = frozenset(
    {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs", b"mif1", b"msf1"}
)
_OTHER_ISOBMFF_IMAGE_BRANDS: Final = frozenset({b"avif", b"avis", b"mif2", b"jxl "})
_OTHER_IMAGE_MAGIC: Final = (
    b"GIF87a",
    b"GIF89a",
    b"II*\x00",  # TIFF (and many camera RAW formats)
    b"MM\x00*",
    b"II+\x00",  # BigTIFF
    b"MM\x00+",
    b"8BPS",  # Photoshop
    b"qoif",
    b"\xff\x0a",  # JPEG XL codestream
    b"\x00\x00\x00\x0cJXL \r\n\x87\n",
    b"\x00\x00\x00\x0cjP  \r\n\x87\n",  # JPEG 2000
    b"\xffO\xffQ",
    b"II\xbc",  # JPEG XR
    b"DDS ",
    b"v/1\x01",  # OpenEXR
    b"#?RADIANCE",
    b"\x00\x00\x01\x00",  # ICO
    b"\x00\x00\x02\x00",  # CUR
    b"icns",
)

# Image.open() is the only place where Pillow *warns* about decompression bombs. Turning that
# warning into an error needs warnings.catch_warnings(), which swaps process-wide state, so
# our own calls are serialised around the (header-only, fast) open.
_OPEN_LOCK: Final = threading.Lock()


def _sniff(data: bytes) -> str | None:
    """Name the container by its magic bytes: an allowed format, "other" image, or None."""
    head = data[:64]
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WEBP"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in _HEIF_BRANDS:
            return "HEIF" if HEIF_SUPPORTED else "other"
        if brand in _OTHER_ISOBMFF_IMAGE_BRANDS:
            return "other"
        return None  # MP4, QuickTime, 3GP...: videos, not pictures
    if head.startswith(_OTHER_IMAGE_MAGIC):
        return "other"
    if head.startswith(b"BM") and len(head) >= 18 and head[14] in (12, 40, 52, 56, 64, 108, 124):
        return "other"  # BMP
    if b"<svg" in data[:1024].lower():
        return "other"
    return None


def _reason_for_unreadable(data: bytes) -> RejectReason:
    kind = _sniff(data)
    if kind is None:
        return RejectReason.NOT_AN_IMAGE
    if kind == "other":
        return RejectReason.UNSUPPORTED_FORMAT
    # Looks like one of ours but Pillow could not even parse the header.
    return RejectReason.TRUNCATED


def _open(data: bytes) -> ImageFile.ImageFile:
    try:
        with _OPEN_LOCK, warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            warnings.filterwarnings("ignore", category=UserWarning, module=r"PIL\.")
            return Image.open(io.BytesIO(data), formats=_ALLOWED_FORMATS)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning, MemoryError):
        raise ImageRejected(RejectReason.TOO_MANY_PIXELS, "over Pillow's limit") from None
    except UnidentifiedImageError:
        raise ImageRejected(_reason_for_unreadable(data)) from None
    except Exception as exc:  # any parser error on hostile input
        raise ImageRejected(_reason_for_unreadable(data), type(exc).__name__) from None


def _check_size(size: tuple[int, int], max_pixels: int, min_side: int) -> None:
    width, height = size
    if width <= 0 or height <= 0:
        raise ImageRejected(RejectReason.TRUNCATED, "empty image")
    if width * height > max_pixels:
        raise ImageRejected(RejectReason.TOO_MANY_PIXELS, f"{width}x{height} > {max_pixels} px")
    if min(width, height) < min_side:
        raise ImageRejected(RejectReason.TOO_SMALL, f"{width}x{height} < {min_side} px")


def _load(im: ImageFile.ImageFile) -> None:
    if ImageFile.LOAD_TRUNCATED_IMAGES:
        # A process-wide setting made elsewhere would let Pillow pad truncated files with grey.
        # Refuse to work rather than silently store partial pictures.
        raise RuntimeError("PIL.ImageFile.LOAD_TRUNCATED_IMAGES must be False for media")
    try:
        im.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning, MemoryError):
        raise ImageRejected(RejectReason.TOO_MANY_PIXELS, "decoded size over limit") from None
    except Exception as exc:  # truncated data, broken entropy coding, bad chunks...
        raise ImageRejected(RejectReason.TRUNCATED, type(exc).__name__) from None


def _verify_png_complete(data: bytes) -> None:
    """Pillow stops reading a PNG once the pixels are decoded; make sure the file really
    runs to its IEND chunk with valid CRCs, so a cut-off upload is refused as well."""
    try:
        with _open(data) as im:
            im.verify()
    except ImageRejected:
        raise
    except Exception as exc:
        raise ImageRejected(RejectReason.TRUNCATED, type(exc).__name__) from None


def _apply_orientation(im: Image.Image) -> None:
    # Unreadable EXIF: keep the stored orientation (the EXIF is discarded anyway).
    # exif_transpose only touches the pixels after the EXIF has been parsed.
    with contextlib.suppress(Exception):
        ImageOps.exif_transpose(im, in_place=True)


def _has_alpha(im: Image.Image) -> bool:
    return im.mode in {"RGBA", "RGBa", "LA", "La", "PA"} or "transparency" in im.info


def _to_rgb(im: Image.Image) -> Image.Image:
    """Return a *new* RGB image with no info/metadata attached."""
    if im.mode.startswith("I;16") or im.mode == "I":
        # 16-bit greyscale: scale to 8 bits instead of clipping everything to white.
        im = im.convert("I").point(lambda v: v * (1 / 256)).convert("L")
    elif im.mode == "La":
        im = im.convert("LA")
    if _has_alpha(im):
        rgba = im.convert("RGBA")
        rgb = Image.new("RGB", rgba.size, _WHITE)
        rgb.paste(rgba, mask=rgba.getchannel("A"))
        rgba.close()
    else:
        rgb = im.convert("RGB")
    rgb.info.clear()  # convert() copies info (comment, exif, icc_profile, xmp, dpi...)
    return rgb


def _pixel_sha256(im: Image.Image) -> str:
    width, height = im.size
    digest = hashlib.sha256(_HASH_DOMAIN)
    digest.update(f":{im.mode}:{width}x{height}:".encode())
    rows = max(1, _HASH_STRIP_BYTES // (width * len(im.getbands())))
    for top in range(0, height, rows):
        with im.crop((0, top, width, min(height, top + rows))) as strip:
            digest.update(strip.tobytes())
    return digest.hexdigest()


def _encode_jpeg(im: Image.Image, quality: int) -> bytes:
    if im.info:  # pragma: no cover - defensive: Pillow reads e.g. "comment" from info
        raise AssertionError("refusing to encode an image that still carries info")
    buffer = io.BytesIO()
    # No exif/icc_profile/xmp/comment/dpi arguments: the encoder writes none of them.
    im.save(buffer, format="JPEG", quality=quality, optimize=True)
    return buffer.getvalue()


def _thumbnail(im: Image.Image) -> bytes:
    width, height = im.size
    scale = THUMBNAIL_MAX_SIDE / max(width, height)
    if scale >= 1:
        return _encode_jpeg(im, THUMBNAIL_QUALITY)
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    with im.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0) as small:
        small.info.clear()
        return _encode_jpeg(small, THUMBNAIL_QUALITY)


def sanitize_image(
    data: bytes,
    *,
    max_pixels: int = DEFAULT_MAX_PIXELS,
    max_bytes: int = DEFAULT_MAX_BYTES,
    min_side: int = DEFAULT_MIN_SIDE,
) -> SanitizedImage:
    """Validate an untrusted upload and re-encode it as a metadata-free JPEG + thumbnail.

    Raises :class:`ImageRejected` for anything that is not an acceptable picture; no other
    exception escapes for any input bytes (except ``RuntimeError`` when Pillow has been
    configured process-wide to accept truncated images).
    """
    if len(data) > max_bytes:
        raise ImageRejected(RejectReason.TOO_LARGE_FILE, f"{len(data)} > {max_bytes} bytes")
    if not data:
        raise ImageRejected(RejectReason.NOT_AN_IMAGE, "empty")
    data = bytes(data)

    with _open(data) as im:
        fmt = im.format or ""
        if fmt.upper() not in {*_ALLOWED_FORMATS, *_FORMAT_ALIASES}:
            raise ImageRejected(RejectReason.UNSUPPORTED_FORMAT)  # pragma: no cover
        fmt = _FORMAT_ALIASES.get(fmt, fmt)
        # Header dimensions: checked BEFORE any pixel memory is allocated.
        _check_size(im.size, max_pixels, min_side)
        if fmt in _MAY_ANIMATE and getattr(im, "is_animated", False):
            raise ImageRejected(RejectReason.UNSUPPORTED_FORMAT, "animated")
        if fmt == "PNG":
            _verify_png_complete(data)
        _load(im)
        _check_size(im.size, max_pixels, min_side)  # some decoders learn the size late
        try:
            _apply_orientation(im)
            clean = _to_rgb(im)
        except MemoryError:
            raise ImageRejected(RejectReason.TOO_MANY_PIXELS, "out of memory") from None
        except Exception as exc:  # exotic pixel modes we cannot convert
            raise ImageRejected(RejectReason.UNSUPPORTED_FORMAT, type(exc).__name__) from None

    with clean:
        try:
            sha256 = _pixel_sha256(clean)
            encoded = _encode_jpeg(clean, JPEG_QUALITY)
            thumbnail = _thumbnail(clean)
        except MemoryError:
            raise ImageRejected(RejectReason.TOO_MANY_PIXELS, "out of memory") from None
        width, height = clean.size

    return SanitizedImage(
        data=encoded,
        thumbnail=thumbnail,
        width=width,
        height=height,
        sha256=sha256,
        original_format=fmt,
    )
