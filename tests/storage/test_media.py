"""Tests for storage.media: metadata stripping, hostile input, and the folder media store.

All fixtures are generated in memory with Pillow (and piexif for EXIF/GPS); nothing is mocked.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import os
import pickle
import random
import resource
import stat
import struct
import zipfile
import zlib
from pathlib import Path

import piexif
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageFile

from storage.media import (
    DIR_MODE,
    FILE_MODE,
    HEIF_SUPPORTED,
    THUMBNAIL_MAX_SIDE,
    FolderMediaStore,
    ImageRejected,
    InvalidMediaKey,
    MediaNotFound,
    MediaStore,
    RejectReason,
    SanitizedImage,
    keep_image,
    keys_for,
    sanitize_image,
)

RED = (220, 20, 20)
BLUE = (20, 40, 200)
GREY = (128, 128, 128)

XMP_PACKET = (
    b'<?xpacket begin="\xef\xbb\xbf" id="W5M0MpCehiHzreSzNTczkc9d"?>'
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
    b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    b'<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" '
    b'exif:GPSLatitude="42,41.8333N" exif:GPSLongitude="23,19.3000E"/>'
    b'</rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
)
SECRET_COMMENT = b"secret-place-Lozenets"
IPTC_CITY = b"SecretCityName"


# --------------------------------------------------------------------------- fixtures


def _encode(im: Image.Image, fmt: str, **kwargs: object) -> bytes:
    buffer = io.BytesIO()
    im.save(buffer, format=fmt, **kwargs)
    return buffer.getvalue()


def _corner_image(size: tuple[int, int] = (120, 60)) -> Image.Image:
    """Grey picture with a red block in the top-left corner (as stored, before rotation)."""
    im = Image.new("RGB", size, GREY)
    im.paste(RED, (0, 0, 20, 20))
    return im


def _noise(size: tuple[int, int] = (96, 64), seed: int = 0) -> Image.Image:
    """Deterministic noise picture (reproducible test runs)."""
    width, height = size
    return Image.frombytes("RGB", size, random.Random(seed).randbytes(width * height * 3))


def _gps_exif(orientation: int | None = None) -> bytes:
    zeroth: dict[int, object] = {
        piexif.ImageIFD.Make: b"SpyCam",
        piexif.ImageIFD.Model: b"Model-X 1234",
    }
    if orientation is not None:
        zeroth[piexif.ImageIFD.Orientation] = orientation
    exif_ifd = {
        piexif.ExifIFD.DateTimeOriginal: b"2024:05:01 10:11:12",
        piexif.ExifIFD.BodySerialNumber: b"SN-0042",
        piexif.ExifIFD.UserComment: b"ASCII\x00\x00\x00meet at the station",
    }
    gps_ifd = {
        piexif.GPSIFD.GPSLatitudeRef: b"N",
        piexif.GPSIFD.GPSLatitude: ((42, 1), (41, 1), (5000, 100)),
        piexif.GPSIFD.GPSLongitudeRef: b"E",
        piexif.GPSIFD.GPSLongitude: ((23, 1), (19, 1), (1800, 100)),
        piexif.GPSIFD.GPSAltitude: (550, 1),
    }
    return piexif.dump({"0th": zeroth, "Exif": exif_ifd, "GPS": gps_ifd})


def _segment(marker: int, payload: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


def _insert_after_soi(jpeg: bytes, *segments: bytes) -> bytes:
    assert jpeg[:2] == b"\xff\xd8"
    return jpeg[:2] + b"".join(segments) + jpeg[2:]


def _xmp_segment() -> bytes:
    return _segment(0xE1, b"http://ns.adobe.com/xap/1.0/\x00" + XMP_PACKET)


def _iptc_segment() -> bytes:
    iim = b"\x1c\x02\x5a" + struct.pack(">H", len(IPTC_CITY)) + IPTC_CITY
    resource_block = b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(iim)) + iim
    return _segment(0xED, b"Photoshop 3.0\x00" + resource_block)


def _spy_jpeg(im: Image.Image | None = None, orientation: int | None = None) -> bytes:
    """A JPEG with GPS/camera EXIF, an XMP packet, IPTC, a comment and an ICC profile."""
    im = im if im is not None else _noise()
    icc = b"\x00" * 128  # junk profile: must not be copied either
    base = _encode(
        im, "JPEG", exif=_gps_exif(orientation), comment=SECRET_COMMENT, icc_profile=icc
    )
    return _insert_after_soi(base, _xmp_segment(), _iptc_segment())


def _png_chunk(kind: bytes, payload: bytes) -> bytes:
    crc = zlib.crc32(kind + payload) & 0xFFFFFFFF
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", crc)


def _png_with_declared_size(width: int, height: int) -> bytes:
    """A tiny PNG whose IHDR claims a huge size (valid CRCs, a few bytes of pixel data)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 64)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", ihdr)
        + _png_chunk(b"IDAT", idat)
        + _png_chunk(b"IEND", b"")
    )


def _jpeg_with_declared_size(width: int, height: int) -> bytes:
    data = bytearray(_encode(_noise((64, 64)), "JPEG"))
    sof = data.find(b"\xff\xc0")
    assert sof > 0
    struct.pack_into(">HH", data, sof + 5, height, width)
    return bytes(data)


def jpeg_segments(data: bytes) -> list[tuple[int, bytes]]:
    """(marker, payload) for every segment up to and including SOS."""
    assert data[:2] == b"\xff\xd8", "not a JPEG"
    out: list[tuple[int, bytes]] = []
    pos = 2
    while pos < len(data):
        assert data[pos] == 0xFF, f"bad marker at {pos}"
        while data[pos] == 0xFF:
            pos += 1
        marker = data[pos]
        pos += 1
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            continue
        (length,) = struct.unpack(">H", data[pos : pos + 2])
        out.append((marker, data[pos + 2 : pos + length]))
        pos += length
        if marker == 0xDA:
            break
    return out


def assert_clean_jpeg(data: bytes) -> None:
    """Only the segments a bare encoder writes: no APP1-15 (EXIF/XMP/ICC/IPTC), no COM."""
    allowed = {0xDB, 0xC4, 0xC0, 0xC1, 0xC2, 0xDD, 0xDA}
    segments = jpeg_segments(data)
    for marker, payload in segments:
        if marker == 0xE0:
            assert payload.startswith(b"JFIF\x00"), "APP0 that is not JFIF"
            assert len(payload) == 14, "JFIF with an embedded thumbnail"
        else:
            assert marker in allowed, f"unexpected JPEG segment 0xFF{marker:02X}"
    assert data.endswith(b"\xff\xd9"), "data after EOI"
    # Short needles are only meaningful outside the entropy-coded pixels, where random
    # 3-byte sequences such as b"GPS" do occur by chance.
    header = data[: data.index(b"\xff\xda")]
    for needle in (b"Exif", b"GPS", b"XMP", b"xap", b"SpyCam", b"Model-X", b"2024:05:01"):
        assert needle not in header, needle
    for needle in (
        b"Exif\x00\x00",
        b"http://ns.adobe.com/xap",
        b"xmpmeta",
        b"Photoshop 3.0",
        b"ICC_PROFILE",
        SECRET_COMMENT,
        IPTC_CITY,
    ):
        assert needle not in data, needle
    with Image.open(io.BytesIO(data)) as im:
        assert im.format == "JPEG"
        assert not im.getexif()
        assert "exif" not in im.info
        assert "icc_profile" not in im.info
        assert "comment" not in im.info
        assert "xmp" not in im.info
    loaded = piexif.load(data)
    assert not any(loaded.get(ifd) for ifd in ("0th", "Exif", "GPS", "Interop", "1st"))
    assert loaded.get("thumbnail") is None


def _pixel(data: bytes, xy: tuple[int, int]) -> tuple[int, int, int]:
    with Image.open(io.BytesIO(data)) as im:
        value = im.convert("RGB").getpixel(xy)
    assert isinstance(value, tuple)
    return (int(value[0]), int(value[1]), int(value[2]))


def _close(actual: tuple[int, int, int], expected: tuple[int, int, int], tol: int = 30) -> bool:
    return all(abs(a - e) <= tol for a, e in zip(actual, expected, strict=True))


def _files_under(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


# --------------------------------------------------------------------------- sanitising


def test_spy_jpeg_fixture_really_carries_metadata() -> None:
    data = _spy_jpeg()
    with Image.open(io.BytesIO(data)) as im:
        gps = im.getexif().get_ifd(0x8825)
        assert gps[2] == (42.0, 41.0, 50.0)
        assert im.info["comment"] == SECRET_COMMENT
        assert b"xmpmeta" in im.info["xmp"]
    assert piexif.load(data)["GPS"]


def test_jpeg_metadata_is_stripped() -> None:
    result = sanitize_image(_spy_jpeg())
    assert result.original_format == "JPEG"
    assert result.content_type == "image/jpeg"
    assert (result.width, result.height) == (96, 64)
    assert_clean_jpeg(result.data)
    assert_clean_jpeg(result.thumbnail)


@pytest.mark.parametrize(
    ("orientation", "size", "red_corner"),
    [
        (1, (120, 60), (5, 5)),
        (3, (120, 60), (114, 54)),
        (6, (60, 120), (54, 5)),  # rotate 90° clockwise: top-left goes top-right
        (8, (60, 120), (5, 114)),
    ],
)
def test_exif_orientation_is_applied(
    orientation: int, size: tuple[int, int], red_corner: tuple[int, int]
) -> None:
    result = sanitize_image(_spy_jpeg(_corner_image(), orientation=orientation))
    assert (result.width, result.height) == size
    with Image.open(io.BytesIO(result.data)) as im:
        assert im.size == size
    assert _close(_pixel(result.data, red_corner), RED)
    # the opposite corner stays grey
    opposite = (size[0] - 1 - red_corner[0], size[1] - 1 - red_corner[1])
    assert _close(_pixel(result.data, opposite), GREY)
    assert_clean_jpeg(result.data)


def test_png_with_alpha_is_flattened_onto_white() -> None:
    im = Image.new("RGBA", (80, 40), (0, 0, 0, 0))
    im.paste((*BLUE, 255), (40, 0, 80, 40))
    exif = Image.Exif()
    exif[0x010F] = "SpyCam"
    data = _encode(im, "PNG", exif=exif)
    result = sanitize_image(data)
    assert result.original_format == "PNG"
    assert _close(_pixel(result.data, (10, 20)), (255, 255, 255), tol=8)
    assert _close(_pixel(result.data, (70, 20)), BLUE)
    assert_clean_jpeg(result.data)


def test_palette_png_with_transparency() -> None:
    im = Image.new("P", (64, 64), 0)
    im.putpalette([0, 0, 0, *RED] + [0] * (256 * 3 - 6))
    im.paste(1, (32, 0, 64, 64))
    data = _encode(im, "PNG", transparency=0)
    result = sanitize_image(data)
    assert _close(_pixel(result.data, (5, 5)), (255, 255, 255), tol=8)
    assert _close(_pixel(result.data, (60, 5)), RED)


def test_sixteen_bit_greyscale_png_is_scaled_not_clipped() -> None:
    im = Image.new("I;16", (64, 64), 32768)
    result = sanitize_image(_encode(im, "PNG"))
    assert _close(_pixel(result.data, (10, 10)), (128, 128, 128), tol=4)


def test_webp_with_exif_is_stripped() -> None:
    data = _encode(_corner_image(), "WEBP", exif=_gps_exif(orientation=6), quality=90)
    assert b"EXIF" in data and b"SpyCam" in data
    result = sanitize_image(data)
    assert result.original_format == "WEBP"
    assert (result.width, result.height) == (60, 120)  # orientation honoured for WebP too
    assert _close(_pixel(result.data, (54, 5)), RED)
    assert_clean_jpeg(result.data)


def test_heic_is_converted_and_stripped() -> None:
    if not HEIF_SUPPORTED:
        pytest.skip("pillow-heif is not available")
    try:
        data = _encode(_corner_image(), "HEIF", exif=_gps_exif(), quality=90)
    except Exception as exc:  # the plugin may lack an HEVC encoder
        pytest.skip(f"pillow-heif cannot encode HEIC here: {exc}")
    assert data[4:12] == b"ftypheic"
    result = sanitize_image(data)
    assert result.original_format == "HEIF"
    assert (result.width, result.height) == (120, 60)
    assert _close(_pixel(result.data, (5, 5)), RED, tol=40)
    assert_clean_jpeg(result.data)


def test_cmyk_and_multi_picture_jpegs_are_accepted() -> None:
    cmyk = sanitize_image(_encode(_corner_image().convert("CMYK"), "JPEG"))
    assert cmyk.original_format == "JPEG"
    assert _close(_pixel(cmyk.data, (5, 5)), RED, tol=40)
    assert_clean_jpeg(cmyk.data)
    mpo_bytes = _encode(
        _corner_image(), "MPO", save_all=True, append_images=[_noise((120, 60))], exif=_gps_exif()
    )
    with Image.open(io.BytesIO(mpo_bytes)) as im:
        assert im.format == "MPO"
    mpo = sanitize_image(mpo_bytes)
    assert mpo.original_format == "JPEG"
    assert _close(_pixel(mpo.data, (5, 5)), RED)  # the first picture is used
    assert_clean_jpeg(mpo.data)


def test_thumbnail_fits_in_320_pixels_and_keeps_aspect() -> None:
    result = sanitize_image(_encode(_noise((1000, 500)), "JPEG"))
    assert (result.width, result.height) == (1000, 500)
    with Image.open(io.BytesIO(result.thumbnail)) as thumb:
        assert thumb.format == "JPEG"
        assert max(thumb.size) == THUMBNAIL_MAX_SIDE
        assert thumb.size == (320, 160)


def test_small_image_thumbnail_is_not_upscaled() -> None:
    result = sanitize_image(_encode(_noise((100, 50)), "PNG"))
    with Image.open(io.BytesIO(result.thumbnail)) as thumb:
        assert thumb.size == (100, 50)


def test_hash_is_of_pixels_not_metadata() -> None:
    picture = _noise()
    plain = _encode(picture, "JPEG", quality=92)
    with_metadata = _insert_after_soi(plain, _xmp_segment(), _iptc_segment())
    exif_inserted = io.BytesIO()
    piexif.insert(_gps_exif(), plain, exif_inserted)
    first = sanitize_image(plain)
    assert sanitize_image(with_metadata).sha256 == first.sha256
    assert sanitize_image(exif_inserted.getvalue()).sha256 == first.sha256
    assert sanitize_image(plain).data == first.data  # deterministic output
    # PNG: same pixels, different compression level and text chunks -> same id
    png_a = _encode(picture, "PNG", compress_level=1)
    png_b = _encode(picture, "PNG", compress_level=9, optimize=True)
    assert png_a != png_b
    assert sanitize_image(png_a).sha256 == sanitize_image(png_b).sha256
    # different picture -> different id
    assert sanitize_image(_encode(_noise(seed=1), "JPEG")).sha256 != first.sha256
    assert len(first.sha256) == 64
    assert int(first.sha256, 16) >= 0


def test_repr_does_not_leak_image_bytes() -> None:
    result = sanitize_image(_spy_jpeg())
    text = repr(result)
    assert "data=" not in text
    assert "thumbnail=" not in text
    assert result.sha256 in text
    assert isinstance(result, SanitizedImage)


# --------------------------------------------------------------------------- rejections


def _reason(data: bytes, **limits: int) -> RejectReason:
    with pytest.raises(ImageRejected) as info:
        sanitize_image(data, **limits)
    return info.value.reason


def _zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("photo.jpg", _encode(_noise(), "JPEG"))
    return buffer.getvalue()


PDF = (
    b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
    b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
    b"trailer << /Root 1 0 R >>\n%%EOF\n"
)


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(PDF, id="pdf"),
        pytest.param(b"", id="empty"),
        pytest.param("Здравейте, това е текст".encode(), id="text"),
        pytest.param(b"<html><body>hi</body></html>", id="html"),
        pytest.param(_zip_bytes(), id="zip"),
        pytest.param(b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\0" * 64, id="mp4"),
        pytest.param(os.urandom(2048), id="random"),
    ],
)
def test_non_images_are_refused(data: bytes) -> None:
    assert _reason(data) is RejectReason.NOT_AN_IMAGE


def _animated(fmt: str) -> bytes:
    frames = [Image.new("RGB", (64, 64), colour) for colour in (RED, BLUE, GREY)]
    return _encode(frames[0], fmt, save_all=True, append_images=frames[1:], duration=100)


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(_encode(_noise().convert("P"), "GIF"), id="static-gif"),
        pytest.param(_animated("GIF"), id="animated-gif"),
        pytest.param(_animated("WEBP"), id="animated-webp"),
        pytest.param(_animated("PNG"), id="apng"),
        pytest.param(_encode(_noise(), "BMP"), id="bmp"),
        pytest.param(_encode(_noise(), "TIFF"), id="tiff"),
        pytest.param(b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>', id="svg"),
    ],
)
def test_other_image_formats_are_unsupported(data: bytes) -> None:
    assert _reason(data) is RejectReason.UNSUPPORTED_FORMAT


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP", "HEIF"])
def test_truncated_files_are_refused(fmt: str) -> None:
    if fmt == "HEIF" and not HEIF_SUPPORTED:
        pytest.skip("pillow-heif is not available")
    data = _encode(_noise((200, 150)), fmt)
    sanitize_image(data)  # the complete file is fine
    for cut in (len(data) // 2, len(data) - 16, 24):
        assert _reason(data[:cut]) is RejectReason.TRUNCATED, cut


def test_corrupt_jpeg_entropy_data_is_refused_or_clean() -> None:
    data = bytearray(_encode(_noise((200, 150)), "JPEG"))
    sos = bytes(data).find(b"\xff\xda")
    data[sos + 20 : len(data) - 2] = b"\xff" * (len(data) - 2 - sos - 20)
    try:
        result = sanitize_image(bytes(data))
    except ImageRejected as exc:
        assert exc.reason is RejectReason.TRUNCATED
    else:
        assert_clean_jpeg(result.data)


def _max_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@pytest.mark.parametrize(
    ("data", "limits"),
    [
        pytest.param(_png_with_declared_size(30_000, 30_000), {}, id="png-30000-pillow-error"),
        pytest.param(
            _png_with_declared_size(10_000, 10_000),
            {"max_pixels": 10**9},
            id="png-10000-pillow-warning",
        ),
        pytest.param(_png_with_declared_size(8_000, 6_000), {}, id="png-48mp-our-limit"),
        pytest.param(_jpeg_with_declared_size(60_000, 60_000), {}, id="jpeg-sof-60000"),
        pytest.param(_jpeg_with_declared_size(9_000, 9_000), {}, id="jpeg-sof-81mp"),
    ],
)
def test_decompression_bombs_are_refused_before_decoding(
    data: bytes, limits: dict[str, int]
) -> None:
    assert len(data) < 10_000
    before = _max_rss_mib()
    assert _reason(data, **limits) is RejectReason.TOO_MANY_PIXELS
    assert _max_rss_mib() - before < 100  # nothing close to the declared size was allocated


def test_custom_pixel_limit() -> None:
    data = _encode(_noise((200, 200)), "JPEG")
    assert _reason(data, max_pixels=39_999) is RejectReason.TOO_MANY_PIXELS
    assert sanitize_image(data, max_pixels=40_000).width == 200


def test_file_size_limit() -> None:
    data = _encode(_noise((200, 200)), "PNG")
    assert _reason(data, max_bytes=len(data) - 1) is RejectReason.TOO_LARGE_FILE
    assert sanitize_image(data, max_bytes=len(data)).height == 200
    assert _reason(b"x" * (20 * 1024 * 1024 + 1)) is RejectReason.TOO_LARGE_FILE


def test_tiny_images_are_refused() -> None:
    assert _reason(_encode(_noise((16, 200)), "PNG")) is RejectReason.TOO_SMALL
    assert _reason(_encode(_noise((1, 1)), "JPEG")) is RejectReason.TOO_SMALL
    assert sanitize_image(_encode(_noise((16, 16)), "PNG"), min_side=16).width == 16


def test_load_truncated_images_setting_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", True)
    with pytest.raises(RuntimeError, match="LOAD_TRUNCATED_IMAGES"):
        sanitize_image(_encode(_noise(), "JPEG"))


def test_image_rejected_is_informative_and_picklable() -> None:
    exc = ImageRejected("truncated", "OSError")
    assert exc.reason is RejectReason.TRUNCATED
    assert str(exc) == "truncated: OSError"
    assert str(ImageRejected(RejectReason.TOO_SMALL)) == "too_small"
    clone = pickle.loads(pickle.dumps(exc))
    assert clone.reason is RejectReason.TRUNCATED
    assert clone.detail == "OSError"
    assert {r.value for r in RejectReason} == {
        "not_an_image",
        "unsupported_format",
        "too_large_file",
        "too_many_pixels",
        "truncated",
        "too_small",
    }


# --------------------------------------------------------------------------- fuzzing


def _seed_images() -> list[bytes]:
    picture = _noise((48, 40))
    seeds = [
        _spy_jpeg(picture, orientation=6),
        _encode(picture, "JPEG", progressive=True),
        _encode(picture.convert("RGBA"), "PNG"),
        _encode(picture, "WEBP"),
    ]
    if HEIF_SUPPORTED:
        with contextlib.suppress(Exception):  # no HEVC encoder: fuzz the others
            seeds.append(_encode(picture, "HEIF"))
    return seeds


SEEDS = _seed_images()
FUZZ_LIMITS = {"max_pixels": 2_000_000, "max_bytes": 1 << 20}


def _sanitize_or_reject(data: bytes) -> None:
    try:
        result = sanitize_image(data, **FUZZ_LIMITS)
    except ImageRejected as exc:
        assert isinstance(exc.reason, RejectReason)
    else:
        assert_clean_jpeg(result.data)
        assert max(result.width, result.height) >= 32


# Pillow warns (harmlessly) about corrupt EXIF blocks in mutated files.
pytestmark_fuzz = pytest.mark.filterwarnings("ignore::UserWarning:PIL")

FUZZ = settings(
    max_examples=300,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytestmark_fuzz
@FUZZ
@given(st.binary(max_size=4096))
def test_fuzz_random_bytes(data: bytes) -> None:
    _sanitize_or_reject(data)


@st.composite
def mutated_images(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 8))):
        action = draw(st.sampled_from(["flip", "byte", "insert", "delete", "cut", "dims"]))
        if not data:
            break
        pos = draw(st.integers(0, len(data) - 1))
        if action == "flip":
            data[pos] ^= 1 << draw(st.integers(0, 7))
        elif action == "byte":
            data[pos] = draw(st.integers(0, 255))
        elif action == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=32))
        elif action == "delete":
            del data[pos : pos + draw(st.integers(1, 64))]
        elif action == "cut":
            del data[pos:]
        else:  # overwrite 4 bytes with a big-endian "dimension"-like value
            data[pos : pos + 4] = struct.pack(
                ">HH", *draw(st.tuples(*[st.integers(0, 65535)] * 2))
            )
    return bytes(data)


@pytestmark_fuzz
@FUZZ
@given(mutated_images())
def test_fuzz_mutated_images(data: bytes) -> None:
    _sanitize_or_reject(data)


# --------------------------------------------------------------------------- keys


def test_keys_for_layout() -> None:
    digest = "ab" + "cd" + "0" * 60
    assert keys_for(digest) == (f"ab/cd/{digest}.jpg", f"ab/cd/{digest}.thumb.jpg")


@pytest.mark.parametrize("bad", ["", "ABCD" + "0" * 60, "0" * 63, "g" * 64, "../" + "0" * 61])
def test_keys_for_rejects_non_digests(bad: str) -> None:
    with pytest.raises(ValueError):
        keys_for(bad)


# --------------------------------------------------------------------------- folder store


def test_folder_store_satisfies_protocol(tmp_path: Path) -> None:
    assert isinstance(FolderMediaStore(tmp_path), MediaStore)


async def test_put_get_exists_delete_roundtrip(tmp_path: Path) -> None:
    store = FolderMediaStore(tmp_path / "media")
    key = "ab/cd/object.jpg"
    assert not await store.exists(key)
    await store.put(key, b"payload", "image/jpeg")
    assert await store.exists(key)
    assert await store.get(key) == b"payload"
    await store.put(key, b"replaced", "image/jpeg")
    assert await store.get(key) == b"replaced"
    await store.delete(key)
    assert not await store.exists(key)
    await store.delete(key)  # idempotent, like S3
    with pytest.raises(MediaNotFound):
        await store.get(key)
    with pytest.raises(KeyError):  # MediaNotFound is a KeyError
        await store.get("never/stored.jpg")
    assert not await store.exists("ab")  # a directory is not an object
    with pytest.raises(MediaNotFound):
        await store.get("ab")


async def test_permissions_are_private(tmp_path: Path) -> None:
    root = tmp_path / "media"
    store = FolderMediaStore(root)
    old_umask = os.umask(0o000)  # even a permissive umask must not widen the modes
    try:
        await store.put("ab/cd/x.jpg", b"1", "image/jpeg")
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE((root / "ab/cd/x.jpg").stat().st_mode) == FILE_MODE == 0o600
    for directory in (root, root / "ab", root / "ab/cd"):
        assert stat.S_IMODE(directory.stat().st_mode) == DIR_MODE == 0o700


async def test_writes_leave_no_temporary_files(tmp_path: Path) -> None:
    store = FolderMediaStore(tmp_path)
    await asyncio.gather(*(store.put(f"a/{i}.bin", bytes([i]) * 1000, "x/y") for i in range(20)))
    names = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert names == sorted(f"{i}.bin" for i in range(20))


async def test_failed_write_leaves_nothing_behind(tmp_path: Path) -> None:
    store = FolderMediaStore(tmp_path)
    await store.put("a/b/c.bin", b"1", "x/y")
    with pytest.raises(OSError):
        await store.put("a/b", b"cannot replace a directory", "x/y")  # os.replace fails
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == ["b"]
    assert [p.name for p in (tmp_path / "a/b").iterdir()] == ["c.bin"]
    assert await store.get("a/b/c.bin") == b"1"


async def test_concurrent_overwrites_are_all_or_nothing(tmp_path: Path) -> None:
    store = FolderMediaStore(tmp_path)
    versions = [bytes([i]) * 200_000 for i in range(8)]
    await asyncio.gather(*(store.put("k/obj.bin", v, "x/y") for v in versions))
    assert await store.get("k/obj.bin") in versions
    assert [p.name for p in (tmp_path / "k").iterdir()] == ["obj.bin"]


BAD_KEYS = [
    "",
    "/etc/passwd",
    "../escape.jpg",
    "ab/../../escape.jpg",
    "ab/..",
    "./x.jpg",
    "ab//cd.jpg",
    "ab/cd/",
    ".hidden",
    "ab/.tmp-123.part",
    "ab\\..\\x.jpg",
    "C:/x.jpg",
    "a\x00b",
    "ab/cd.jpg\n",
    "ключ.jpg",
    "x" * 600,
]


@pytest.mark.parametrize("key", BAD_KEYS)
async def test_unsafe_keys_are_refused(tmp_path: Path, key: str) -> None:
    store = FolderMediaStore(tmp_path / "media")
    with pytest.raises(InvalidMediaKey):
        await store.put(key, b"x", "x/y")
    with pytest.raises(InvalidMediaKey):
        await store.get(key)
    with pytest.raises(InvalidMediaKey):
        await store.exists(key)
    with pytest.raises(InvalidMediaKey):
        await store.delete(key)
    assert not (tmp_path / "escape.jpg").exists()
    assert not (tmp_path / "media").exists()


async def test_symlink_out_of_the_store_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "media"
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_bytes(b"secret")
    root.mkdir()
    (root / "link").symlink_to(outside, target_is_directory=True)
    store = FolderMediaStore(root)
    with pytest.raises(InvalidMediaKey):
        await store.put("link/evil.jpg", b"x", "x/y")
    with pytest.raises(InvalidMediaKey):
        await store.get("link/secret.txt")
    with pytest.raises(InvalidMediaKey):
        await store.delete("link/secret.txt")
    assert sorted(p.name for p in outside.iterdir()) == ["secret.txt"]


# --------------------------------------------------------------------------- keep_image


async def store_photo(store: FolderMediaStore, data: bytes, **limits: int):
    """The bot's path: clean in a worker thread, then keep (bot.images.Images)."""
    return await keep_image(store, await asyncio.to_thread(sanitize_image, data, **limits))


async def test_store_photo_writes_clean_image_and_thumbnail(tmp_path: Path) -> None:
    store = FolderMediaStore(tmp_path / "media")
    photo = await store_photo(store, _spy_jpeg(_noise((800, 600)), orientation=6))
    assert not photo.already_stored
    assert (photo.width, photo.height) == (600, 800)
    assert photo.original_format == "JPEG"
    assert (photo.image_key, photo.thumb_key) == keys_for(photo.sha256)
    assert photo.image_key == f"{photo.sha256[:2]}/{photo.sha256[2:4]}/{photo.sha256}.jpg"
    on_disk = (tmp_path / "media" / photo.image_key).read_bytes()
    assert len(on_disk) == photo.size
    assert_clean_jpeg(on_disk)
    thumb = (tmp_path / "media" / photo.thumb_key).read_bytes()
    assert_clean_jpeg(thumb)
    with Image.open(io.BytesIO(thumb)) as im:
        assert im.size == (240, 320)


async def test_same_photo_twice_is_detected(tmp_path: Path) -> None:
    store = FolderMediaStore(tmp_path)
    picture = _noise((300, 200))
    first = await store_photo(store, _encode(picture, "PNG"))
    # same pixels, different file (compression + metadata): still the same photo
    second = await store_photo(store, _encode(picture, "PNG", compress_level=9, exif=_gps_exif()))
    assert not first.already_stored
    assert second.already_stored
    assert second.sha256 == first.sha256
    assert len(_files_under(tmp_path)) == 2
    third = await store_photo(store, _encode(_noise((300, 200), seed=1), "PNG"))
    assert not third.already_stored
    assert len(_files_under(tmp_path)) == 4


async def test_concurrent_uploads(tmp_path: Path) -> None:
    store = FolderMediaStore(tmp_path)
    uploads = [_encode(_noise((64 + i, 64)), fmt) for i in range(6) for fmt in ("JPEG", "PNG")]
    uploads.append(_png_with_declared_size(30_000, 30_000))
    results = await asyncio.gather(
        *(store_photo(store, data) for data in uploads), return_exceptions=True
    )
    assert isinstance(results[-1], ImageRejected)
    stored = [r for r in results[:-1] if not isinstance(r, BaseException)]
    assert len(stored) == 12
    assert len({photo.sha256 for photo in stored}) == 12
    assert len(_files_under(tmp_path)) == 24


async def test_missing_thumbnail_is_repaired(tmp_path: Path) -> None:
    store = FolderMediaStore(tmp_path)
    data = _encode(_noise(), "JPEG")
    photo = await store_photo(store, data)
    await store.delete(photo.thumb_key)
    again = await store_photo(store, data)
    assert again.already_stored
    assert await store.exists(photo.thumb_key)


async def test_rejected_upload_writes_nothing(tmp_path: Path) -> None:
    store = FolderMediaStore(tmp_path / "media")
    with pytest.raises(ImageRejected) as info:
        await store_photo(store, PDF)
    assert info.value.reason is RejectReason.NOT_AN_IMAGE
    good = _encode(_noise((200, 200)), "JPEG")
    with pytest.raises(ImageRejected) as info:
        await store_photo(store, good[: len(good) // 2])
    assert info.value.reason is RejectReason.TRUNCATED
    with pytest.raises(ImageRejected) as info:
        await store_photo(store, good, max_pixels=1000)
    assert info.value.reason is RejectReason.TOO_MANY_PIXELS
    assert not (tmp_path / "media").exists()
