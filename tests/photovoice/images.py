"""Test pictures made in memory with Pillow (and piexif for GPS tags): nothing is mocked."""

from __future__ import annotations

import io

import piexif
from PIL import Image

# Lozenets, Sofia: where a refugee family might live. It must never reach the disk.
GPS = {
    piexif.GPSIFD.GPSLatitudeRef: b"N",
    piexif.GPSIFD.GPSLatitude: ((42, 1), (40, 1), (3012, 100)),
    piexif.GPSIFD.GPSLongitudeRef: b"E",
    piexif.GPSIFD.GPSLongitude: ((23, 1), (19, 1), (1800, 100)),
}
CAMERA = b"Secret Phone Model X"


def picture(seed: int, size: tuple[int, int] = (640, 480)) -> Image.Image:
    """A distinct picture per seed (different pixels, so a different content hash)."""
    im = Image.new("RGB", size, ((seed * 67) % 256, (seed * 131) % 256, (seed * 29) % 256))
    for x in range(0, size[0], 40):
        for y in range(0, size[1], 40):
            if (x // 40 + y // 40 + seed) % 3 == 0:
                im.paste((255 - (seed * 7) % 256, 40, 90), (x, y, x + 20, y + 20))
    return im


def jpeg(seed: int, *, gps: bool = False, size: tuple[int, int] = (640, 480)) -> bytes:
    out = io.BytesIO()
    kwargs = {}
    if gps:
        exif = {"0th": {piexif.ImageIFD.Model: CAMERA}, "GPS": GPS}
        kwargs["exif"] = piexif.dump(exif)
    picture(seed, size).save(out, format="JPEG", quality=90, **kwargs)
    return out.getvalue()


def png(seed: int, size: tuple[int, int] = (640, 480)) -> bytes:
    out = io.BytesIO()
    picture(seed, size).save(out, format="PNG")
    return out.getvalue()


def huge_png() -> bytes:
    """12000 x 8000 = 96 million pixels in a few hundred KB: a decompression bomb."""
    out = io.BytesIO()
    Image.new("L", (12000, 8000), 200).save(out, format="PNG", optimize=True)
    return out.getvalue()


def truncated_jpeg(seed: int) -> bytes:
    data = jpeg(seed, size=(800, 600))
    return data[: len(data) // 2]


PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
