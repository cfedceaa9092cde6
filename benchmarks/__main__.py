"""Run every benchmark and print medians and same-run ratios.

make bench                 # the default sizes (a few minutes)
python -m benchmarks --quick
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import platform
import tempfile
from pathlib import Path

from benchmarks import bot, broadcast, engine, images
from benchmarks.common import Result


def ratio(a: Result, b: Result, what: str) -> str:
    return f"{what:<58} {a.median / b.median:>12.3g} ×"


async def main(quick: bool) -> None:
    rounds = 3 if quick else 5
    logging.basicConfig(level=logging.WARNING)
    print(f"integra-bot benchmarks · Python {platform.python_version()} · {platform.machine()}")
    print(f"medians of {rounds} rounds; ratios come from the same run\n")
    results: list[Result] = [
        engine.survey_step(rounds),
        engine.poll_tally(rounds),
        images.sanitize_time(rounds),
        images.sanitize_memory(3),
    ]
    for result in results:
        print(result.line(), flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        people = 20 if quick else 60
        throughput = await bot.throughput(rounds, people, Path(tmp))
    for result in throughput:
        print(result.line(), flush=True)
    if len(throughput) == 2:
        print(ratio(throughput[1], throughput[0], "PostgreSQL / SQLite onboarding throughput"))
    echo = await bot.runtimes(rounds, 200 if quick else 600)
    for result in echo:
        print(result.line(), flush=True)
    print(ratio(echo[0], echo[1], "aiogram / python-telegram-bot echo throughput"))
    with tempfile.TemporaryDirectory() as tmp:
        for result in await broadcast.broadcast(2_000 if quick else 20_000, Path(tmp)):
            print(result.line(), flush=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--quick", action="store_true", help="fewer rounds, smaller loads")
    asyncio.run(main(parser.parse_args().quick))
