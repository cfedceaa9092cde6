"""Small media made in code for tests (no binary files in the repository)."""

from __future__ import annotations

import io

from PIL import Image


def jpeg_bytes(size: tuple[int, int] = (64, 48), color: str = "teal") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, "JPEG")
    return buffer.getvalue()


def jpeg_with_gps(color: str = "olive") -> bytes:
    """A JPEG carrying GPS coordinates (Sofia), camera make and a date, as phones write them."""
    import piexif

    exif = {
        "0th": {piexif.ImageIFD.Make: b"PhoneMaker", piexif.ImageIFD.Model: b"P-42"},
        "Exif": {piexif.ExifIFD.DateTimeOriginal: b"2026:11:01 10:00:00"},
        "GPS": {
            piexif.GPSIFD.GPSLatitudeRef: b"N",
            piexif.GPSIFD.GPSLatitude: ((42, 1), (41, 1), (5, 1)),
            piexif.GPSIFD.GPSLongitudeRef: b"E",
            piexif.GPSIFD.GPSLongitude: ((23, 1), (19, 1), (20, 1)),
        },
    }
    buffer = io.BytesIO()
    Image.new("RGB", (96, 64), color).save(buffer, "JPEG", exif=piexif.dump(exif))
    return buffer.getvalue()
