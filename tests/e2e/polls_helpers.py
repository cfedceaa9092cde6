"""Helpers for the poll end-to-end tests: onboarding, waiting, reading results screens."""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable
from fractions import Fraction
from typing import Any

from sqlalchemy import select

from sandbox.state import CallbackRecord
from storage.db import create_engine, session_factory
from tests.e2e.texts import label

BAR_LINE = re.compile(r"^[▓░]{10} (\d+)\s?% · .*$", re.MULTILINE)
COUNT = re.compile(r"· \D*?(\d+)")
SPLIT_CELL = re.compile(r"(\d+): (\d+)\s?% \((\d+)\)")
LINK = "poll_economic-migrants"
OPTION = "poll-economic-migrants-option-{}"
# where an answer starts on a screen: "1. …" (the Arabic and Persian lines start with a word)
OPTION_START = re.compile(r"^(?:(\d+)\.|الإجابة (\d+):|پاسخ (\d+):) ")


async def stored(database_url: str, model: Any, **where: Any) -> list[Any]:
    engine = create_engine(database_url)
    try:
        async with session_factory(engine)() as session:
            stmt = select(model).filter_by(**where)
            return list((await session.execute(stmt)).scalars())
    finally:
        await engine.dispose()


async def onboard(user: Any, lang: str, group: str) -> None:
    """Onboarding against a bot that handles updates one by one (press waits for the answer)."""
    await user.command("/start")
    await user.press(label(lang, f"language-name-{lang}"))
    await user.press(label(lang, "privacy-agree"))
    await user.press(label(lang, f"group-{group.replace('_', '-')}"))


async def forge(user: Any, message: Any, data: str) -> list[Any]:
    """Press a button that is not on `message` (callback data a modified client sends)."""
    sb = user.sb
    query_id = str(secrets.randbits(63))
    sb.callbacks[query_id] = CallbackRecord(query_id, user.id, user.id, message.message_id, data)
    body = {
        "callback_query": {
            "id": query_id,
            "from": user.info.to_json(),
            "message": dict(message.data),
            "chat_instance": str(user.id * 7919 % 10**12),
            "data": data,
        }
    }
    mark = len(user.messages)
    await sb.wait_handled(sb.updates.push(body, f"forged press {data!r} by user {user.id}"))
    return user.messages[mark:]


async def set_results_step(database_url: str, value: int) -> None:
    """As `integra-bot polls step N` does."""
    from storage.repositories import Repositories

    engine = create_engine(database_url)
    try:
        async with session_factory(engine)() as session, session.begin():
            await Repositories(session).polls.set_results_step(value)
    finally:
        await engine.dispose()


def quietly(predicate: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def check(user: Any) -> Any:
        try:
            return predicate(user)
        except (AssertionError, TypeError, IndexError):
            return False

    return check


def bar_lines(text: str | None) -> list[str]:
    return [m.group(0) for m in BAR_LINE.finditer(text or "")]


def shown_results(text: str | None) -> list[tuple[int, int]]:
    """(percent, count) per option, from a results screen in any language; the count is the
    first number after "·" (Arabic writes small counts as words: use counts of 3 or more)."""
    found = []
    for line in bar_lines(text):
        percent = int(BAR_LINE.match(line).group(1))  # type: ignore[union-attr]
        count = COUNT.search(line)
        found.append((percent, int(count.group(1)) if count else -1))
    return found


def marked(text: str | None) -> list[int]:
    """Which options the screen marks as the reader's own vote (✔️ on the answer's bar line,
    or on the answer's line while there are no results to show yet)."""
    found: list[int] = []
    current = None
    for line in (text or "").splitlines():
        start = OPTION_START.match(line)
        if start:
            current = int(next(g for g in start.groups() if g)) - 1
        if "✔" in line and current is not None and current not in found:
            found.append(current)
    return found


def option_button(lang: str, number: int, text: str | None = None, *, mine: bool = False) -> str:
    """The button of answer `number` (1-based): its number and the start of its text; `text`
    defaults to the campaign poll's answer."""
    full = text if text is not None else label(lang, OPTION.format(number))
    return label(
        lang, "polls-option-button", number=number, label=full, mine="yes" if mine else "no"
    )


def list_button(lang: str, number: int, question: str) -> str:
    return label(lang, "polls-list-button", number=number, question=question)


def split_cells(text: str | None) -> list[tuple[int, int, int]]:
    return [tuple(map(int, m.groups())) for m in SPLIT_CELL.finditer(text or "")]  # type: ignore[misc]


def hamilton(counts: list[int]) -> list[int]:
    """An independent largest-remainder computation (exact fractions), ties by order."""
    total = sum(counts)
    if total == 0:
        return [0] * len(counts)
    quotas = [Fraction(100 * c, total) for c in counts]
    result = [q.numerator // q.denominator for q in quotas]
    order = sorted(range(len(counts)), key=lambda i: (-(quotas[i] - result[i]), i))
    for i in order[: 100 - sum(result)]:
        result[i] += 1
    return result
