"""Telegram's pace: 30 a second overall, one a second into a chat, a 429 stops everyone."""

from __future__ import annotations

from bot.pacing import GROUP_INTERVAL, Pacer


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_thirty_chats_a_second_and_no_more() -> None:
    clock = Clock()
    pacer = Pacer(rate=30, chat_interval=1.0, clock=clock)
    waits = [pacer.reserve(chat) for chat in range(1, 61)]  # sixty different people at once
    assert waits[0] == 0
    assert abs(waits[29] - 29 / 30) < 1e-9
    assert abs(waits[59] - 59 / 30) < 1e-9  # the sixtieth goes just under two seconds later


def test_one_message_a_second_into_one_chat_others_not_held_up() -> None:
    clock = Clock()
    pacer = Pacer(rate=30, chat_interval=1.0, clock=clock)
    assert pacer.reserve(7) == 0
    assert abs(pacer.reserve(7) - 1.0) < 1e-9  # the same chat again waits a second
    assert abs(pacer.reserve(8) - 2 / 30) < 1e-9  # someone else only waits for the overall pace


def test_a_channel_gets_twenty_a_minute() -> None:
    clock = Clock()
    pacer = Pacer(rate=30, chat_interval=1.0, clock=clock)
    pacer.reserve(-1001)
    assert abs(pacer.reserve(-1001) - GROUP_INTERVAL) < 1e-9


def test_a_429_pauses_every_chat() -> None:
    clock = Clock()
    pacer = Pacer(rate=30, chat_interval=1.0, clock=clock)
    pacer.pause(5)
    assert pacer.reserve(1) == 5
    assert abs(pacer.reserve(2) - (5 + 1 / 30)) < 1e-9
    clock.now += 10
    assert pacer.reserve(3) == 0


def test_no_second_holds_more_than_the_rate_even_when_answers_come_late() -> None:
    clock = Clock()
    pacer = Pacer(rate=3, chat_interval=0, clock=clock)
    first = pacer.reserve(1)
    clock.now += 0.2  # the first send's answer took 0.2 s: it may have arrived that late
    pacer.answered()
    for chat in (2, 3):
        clock.now += pacer.reserve(chat)
        pacer.answered()
    assert first == 0
    # the fourth goes a second after the first one's answer, not a second after its slot
    assert abs(clock.now + pacer.reserve(4) - (100.2 + 1.0)) < 1e-9


def test_a_late_send_is_made_up_for_but_not_after_a_429() -> None:
    clock = Clock()
    pacer = Pacer(rate=10, chat_interval=0, clock=clock)
    assert pacer.reserve(1) == 0
    clock.now += 0.3  # that send took longer: two slots (0.1 and 0.2) went by unused
    assert pacer.reserve(2) == 0
    assert pacer.reserve(3) == 0  # made up
    assert pacer.reserve(4) == 0
    assert abs(pacer.reserve(5) - 0.1) < 1e-9  # caught up: the pace again
    clock.now += 5  # idle for a while: nothing to make up, the pace starts again
    assert pacer.reserve(6) == 0
    assert abs(pacer.reserve(7) - 0.1) < 1e-9
    pacer.pause(2)
    assert abs(pacer.reserve(8) - 2) < 1e-9
    assert abs(pacer.reserve(9) - 2.1) < 1e-9  # after a 429 nothing is made up
