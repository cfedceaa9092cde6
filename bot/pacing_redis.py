"""Telegram's pace shared by every process of one bot, through Redis (REDIS_URL).

Each send books its slot with one Lua script, atomically: the next free slot overall (one every
1/SEND_RATE seconds for the whole bot, and a second after the answer to the send SEND_RATE
sends before, see bot.pacing) and the chat's next slot (SEND_CHAT_INTERVAL apart, 20 a minute
into groups), never before a 429's pause ends. Time is Redis's own clock (TIME), so
processes on several machines agree on it. A 429 sets the pause for everyone; a send that
waited for its slot looks once more whether a pause began meanwhile.
"""

from __future__ import annotations

import asyncio
import math
import secrets
from collections import deque
from typing import Any

from bot.pacing import CATCH_UP, REORDER, chat_gap

MICRO = 1_000_000

_NOW = """
if redis.replicate_commands then redis.replicate_commands() end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
"""

# KEYS: next slot overall, the chat's next slot, paused until, the latest answers (newest
# first), the sends booked and not answered yet (token -> slot). ARGV: interval, chat gap (µs),
# messages per second, this send's token, how much lateness may be made up and how far answers
# may come out of order (µs). Returns the wait in µs (see bot.pacing for the rules).
# The send `rate` sends before this one is the answer at index rate - 1 - (sends on their way);
# booked sends left unanswered by a process that died drop out after ten seconds.
RESERVE = (
    _NOW
    + """
local virtual = math.max(tonumber(redis.call('GET', KEYS[1]) or '0'),
                         tonumber(redis.call('GET', KEYS[3]) or '0'))
if now - virtual > tonumber(ARGV[5]) then virtual = now end
local slot = math.max(virtual, now)
redis.call('ZREMRANGEBYSCORE', KEYS[5], '-inf', now - 10000000)
local flying = redis.call('ZCARD', KEYS[5])
local back = math.max(0, tonumber(ARGV[3]) - 1 - flying)
local old = redis.call('LINDEX', KEYS[4], back)
if old then
  local reorder = 0
  if flying > 0 then reorder = tonumber(ARGV[6]) end
  slot = math.max(slot, tonumber(old) + 1000000 + reorder)
end
redis.call('SET', KEYS[1], string.format('%.0f', virtual + tonumber(ARGV[1])), 'PX', 60000)
local start = math.max(slot, tonumber(redis.call('GET', KEYS[2]) or '0'))
local free = start + tonumber(ARGV[2])
redis.call('SET', KEYS[2], string.format('%.0f', free), 'PX',
           math.floor((free - now) / 1000) + 1000)
redis.call('ZADD', KEYS[5], string.format('%.0f', start), ARGV[4])
redis.call('PEXPIRE', KEYS[5], 60000)
return start - now
"""
)

# KEYS: the latest answers, the sends on their way. ARGV: how many to keep, the send's token.
SENT = (
    _NOW
    + """
redis.call('ZREM', KEYS[2], ARGV[2])
redis.call('LPUSH', KEYS[1], string.format('%.0f', now))
redis.call('LTRIM', KEYS[1], 0, tonumber(ARGV[1]) - 1)
redis.call('PEXPIRE', KEYS[1], 60000)
return 0
"""
)

# KEYS: paused until. ARGV: seconds of pause in µs (0: only read). Returns the µs left.
HOLD = (
    _NOW
    + """
local untill = tonumber(redis.call('GET', KEYS[1]) or '0')
local asked = now + tonumber(ARGV[1])
if tonumber(ARGV[1]) > 0 and asked > untill then
  untill = asked
  redis.call('SET', KEYS[1], string.format('%.0f', untill), 'PX',
             math.floor((untill - now) / 1000) + 1000)
end
return math.max(0, untill - now)
"""
)


class RedisPacer:
    """The `bot.pacing.Pacing` of a bot whose sends come from several processes."""

    def __init__(
        self,
        client: Any,  # redis.asyncio.Redis
        rate: float = 30.0,
        chat_interval: float = 1.0,
        *,
        prefix: str = "integra:pace",
    ) -> None:
        self.client = client
        self.interval = round(MICRO / rate) if rate > 0 else 0
        self.per_second = max(1, math.floor(rate))
        self.chat_interval = chat_interval
        self.prefix = prefix
        self._reserve = client.register_script(RESERVE)
        self._hold = client.register_script(HOLD)
        self._sent = client.register_script(SENT)
        self._me = secrets.token_hex(6)
        self._booked = 0
        self._tokens: deque[str] = deque()  # booked here, not answered yet (oldest first)

    @classmethod
    def from_url(cls, url: str, rate: float, chat_interval: float, bot_id: str) -> RedisPacer:
        from redis.asyncio import Redis

        return cls(
            Redis.from_url(url), rate, chat_interval, prefix=f"integra:pace:{bot_id or 'bot'}"
        )

    def _keys(self, chat_id: int) -> list[str]:
        p = self.prefix
        return [f"{p}:next", f"{p}:chat:{chat_id}", f"{p}:pause", f"{p}:answers", f"{p}:flying"]

    async def reserve(self, chat_id: int) -> float:
        """Book the next slot for a message into `chat_id`; seconds to wait for it."""
        gap = round(chat_gap(chat_id, self.chat_interval) * MICRO)
        self._booked += 1
        token = f"{self._me}:{self._booked}"
        self._tokens.append(token)
        catch_up, reorder = round(CATCH_UP * MICRO), round(REORDER * MICRO)
        args = [self.interval, gap, self.per_second, token, catch_up, reorder]
        waited = await self._reserve(keys=self._keys(chat_id), args=args)
        return int(waited) / MICRO

    async def paused_for(self) -> float:
        left = await self._hold(keys=[f"{self.prefix}:pause"], args=[0])
        return int(left) / MICRO

    async def wait(self, chat_id: int) -> None:
        delay = await self.reserve(chat_id)
        if delay > 0:
            await asyncio.sleep(delay)
            pause = await self.paused_for()  # a 429 arrived while this call waited its turn
            if pause > 0:
                await asyncio.sleep(pause)

    async def hold(self, seconds: float) -> None:
        await self._hold(keys=[f"{self.prefix}:pause"], args=[round(seconds * MICRO)])

    async def sent(self) -> None:
        token = self._tokens.popleft() if self._tokens else ""
        keys = [f"{self.prefix}:answers", f"{self.prefix}:flying"]
        await self._sent(keys=keys, args=[self.per_second, token])

    async def close(self) -> None:
        await self.client.aclose()
