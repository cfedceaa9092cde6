"""Contended presses handled in the order people pressed.

When updates are handled as parallel tasks, thirty presses on one session's "Register" would
otherwise reach the database in whatever order their first queries happened to finish, and the
seats would not go to the first thirty… ten who pressed. Features name the presses that must
keep their order (`InOrder.add`: callback data → a queue key, e.g. one queue per session);
this middleware, which runs before the unit of work, lets the updates of one queue through one
at a time, each after the one before it has committed, in the order this process received
them (Telegram's update order). Other updates are not held.

It runs first among our middlewares, before any database or network wait, so the order in
which it is entered is the order in which the updates were received (aiogram starts the tasks
in that order; with in-process conversation state nothing before it waits). Several processes
(webhook replicas) each keep their own order; the database's row lock still guarantees the
capacity across them.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import TelegramObject, Update

from bot.middlewares import Handler

KeyOf = Callable[[str], str | None]  # callback data -> queue key, or None (not ordered)


class InOrder(BaseMiddleware):
    def __init__(self) -> None:
        self._keys: list[KeyOf] = []
        self._locks: dict[str, asyncio.Lock] = {}
        self._users: dict[str, int] = {}

    def add(self, key_of: KeyOf) -> None:
        self._keys.append(key_of)

    def key(self, update: Update) -> str | None:
        query = update.callback_query
        if query is None or not query.data:
            return None
        for key_of in self._keys:
            key = key_of(query.data)
            if key is not None:
                return key
        return None

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        key = self.key(event) if isinstance(event, Update) else None
        if key is None:
            return await handler(event, data)
        lock = self._locks.setdefault(key, asyncio.Lock())  # asyncio.Lock wakes waiters FIFO
        self._users[key] = self._users.get(key, 0) + 1
        try:
            async with lock:
                return await handler(event, data)
        finally:
            self._users[key] -= 1
            if not self._users[key]:
                del self._users[key], self._locks[key]
