"""Photovoice image cleaning: time and peak memory for a 12-megapixel phone photo.

Peak memory is read in a child process (VmHWM, the peak resident size of its own memory map),
because Pillow allocates outside Python's tracemalloc; the baseline is taken just before the
work. (ru_maxrss would not do: Linux carries the parent's peak across exec.)
"""

from __future__ import annotations

import io
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image

from benchmarks.common import Result
from storage.media import sanitize_image

CHILD = """
import sys
from pathlib import Path
from storage.media import sanitize_image
def peak_kib():
    status = Path("/proc/self/status").read_text()
    return int(next(l for l in status.splitlines() if l.startswith("VmHWM:")).split()[1])
data = Path(sys.argv[1]).read_bytes()
base = peak_kib()
sanitize_image(data)
print(peak_kib() - base)
"""


def photo_12mp() -> bytes:
    buffer = io.BytesIO()
    Image.effect_noise((4000, 3000), 64).convert("RGB").save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def sanitize_time(rounds: int) -> Result:
    data = photo_12mp()
    result = Result("sanitize_image: 12 MP JPEG → clean JPEG + thumbnail", "ms/photo")
    for _ in range(rounds):
        start = time.perf_counter()
        sanitize_image(data)
        result.samples.append(1000 * (time.perf_counter() - start))
    return result


def sanitize_memory(rounds: int) -> Result:
    result = Result("sanitize_image: extra peak memory for a 12 MP photo", "MiB")
    with tempfile.TemporaryDirectory() as tmp:
        photo = Path(tmp) / "photo.jpg"
        photo.write_bytes(photo_12mp())
        for _ in range(rounds):
            out = subprocess.run(
                [sys.executable, "-c", CHILD, str(photo)],
                capture_output=True,
                text=True,
                check=True,
                cwd=Path(__file__).resolve().parents[1],
            )
            result.samples.append(int(out.stdout.strip()) / 1024)
    return result
