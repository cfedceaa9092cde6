"""bot.ordering.InOrder: presses with the same key pass one at a time in arrival order; other
updates are never held; nothing is kept once a queue is empty."""

from __future__ import annotations

import asyncio

from aiogram.types import CallbackQuery, Update, User

from bot.features.sessions.router import press_queue
from bot.ordering import InOrder


def press(update_id: int, data: str) -> Update:
    user = User(id=update_id, is_bot=False, first_name="P")
    query = CallbackQuery(id=str(update_id), from_user=user, chat_instance="c", data=data)
    return Update(update_id=update_id, callback_query=query)


async def test_same_key_in_arrival_order_others_not_held():
    gate = InOrder()
    gate.add(press_queue)
    log: list[str] = []
    release = asyncio.Event()

    def handler(name: str, hold: bool = False):
        async def run(event, data):
            log.append(f"{name} in")
            if hold:
                await release.wait()
            await asyncio.sleep(0)
            log.append(f"{name} out")

        return run

    first = asyncio.create_task(gate(handler("a", hold=True), press(1, "ss:reg:5"), {}))
    second = asyncio.create_task(gate(handler("b"), press(2, "ss:unreg-yes:5"), {}))
    third = asyncio.create_task(gate(handler("c"), press(3, "ss:reg:6"), {}))
    other = asyncio.create_task(gate(handler("d"), press(4, "ss:open:5"), {}))
    await asyncio.wait_for(asyncio.gather(third, other), 2)
    assert "c out" in log and "d out" in log  # other queues and unordered presses pass
    assert "a out" not in log and "b in" not in log  # b waits for a
    release.set()
    await asyncio.wait_for(asyncio.gather(first, second), 2)
    assert log.index("a out") < log.index("b in")
    assert gate._locks == {} and gate._users == {}


async def test_a_failing_handler_lets_the_next_through():
    gate = InOrder()
    gate.add(press_queue)

    async def boom(event, data):
        raise RuntimeError("handler failed")

    async def fine(event, data):
        return "ok"

    failing = asyncio.create_task(gate(boom, press(1, "ss:reg:7"), {}))
    following = asyncio.create_task(gate(fine, press(2, "ss:reg:7"), {}))
    results = await asyncio.gather(failing, following, return_exceptions=True)
    assert isinstance(results[0], RuntimeError) and results[1] == "ok"


def test_which_presses_share_a_queue():
    assert press_queue("ss:reg:12") == press_queue("ss:unreg-yes:12") == "session:12"
    assert press_queue("sx:cancel-yes:12") == "session:12"
    assert press_queue("ss:reg:13") == "session:13"
    for data in ("ss:open:12", "ss:reg:x", "ss:reg:99999999999", "menu:sessions", ""):
        assert press_queue(data) is None
