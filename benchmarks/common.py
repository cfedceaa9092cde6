"""Timing helpers: repeat, take the median, report ratios measured in the same run."""

from __future__ import annotations

import statistics
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field


@dataclass
class Result:
    name: str
    unit: str
    samples: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    def line(self) -> str:
        spread = f"min {min(self.samples):.3g}, max {max(self.samples):.3g}, n={len(self.samples)}"
        return f"{self.name:<58} {self.median:>12.4g} {self.unit:<14} ({spread})"


async def repeat_async(rounds: int, run: Callable[[], Awaitable[float]]) -> list[float]:
    return [await run() for _ in range(rounds)]


def timed(run: Callable[[], object], number: int) -> float:
    """Seconds per call, over `number` calls."""
    start = time.perf_counter()
    for _ in range(number):
        run()
    return (time.perf_counter() - start) / number
