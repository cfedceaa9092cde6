"""Dates and times as staff type them, read in Sofia time."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from dialogs.sessions.when import example, parse_moment

TZ = "Europe/Sofia"
NOW = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)  # 12:00 in Sofia (EET, +2)


@pytest.mark.parametrize(
    ("typed", "utc"),
    [
        ("12.12.2026 18:00", datetime(2026, 12, 12, 16, 0, tzinfo=UTC)),
        ("12/12/2026 18:30", datetime(2026, 12, 12, 16, 30, tzinfo=UTC)),
        ("2026-12-12 18:00", datetime(2026, 12, 12, 16, 0, tzinfo=UTC)),
        ("2026-12-12T18:00", datetime(2026, 12, 12, 16, 0, tzinfo=UTC)),
        ("12/12 18:30", datetime(2026, 12, 12, 16, 30, tzinfo=UTC)),
        ("12.12. 18:30", datetime(2026, 12, 12, 16, 30, tzinfo=UTC)),
        ("  12.12.2026   9:05 ", datetime(2026, 12, 12, 7, 5, tzinfo=UTC)),
        ("18:00 12.12.2026", datetime(2026, 12, 12, 16, 0, tzinfo=UTC)),
        ("۱۲/۱۲ ۱۸:۳۰", datetime(2026, 12, 12, 16, 30, tzinfo=UTC)),  # Persian digits
        ("١٢/١٢/٢٠٢٦ ١٨:٠٠", datetime(2026, 12, 12, 16, 0, tzinfo=UTC)),  # Arabic-Indic
        ("утре 18:00", datetime(2026, 12, 1, 16, 0, tzinfo=UTC)),
        ("Tomorrow 18:00", datetime(2026, 12, 1, 16, 0, tzinfo=UTC)),
        ("فردا 18:00", datetime(2026, 12, 1, 16, 0, tzinfo=UTC)),
        ("غدا 18:00", datetime(2026, 12, 1, 16, 0, tzinfo=UTC)),
        ("днес 18:00", datetime(2026, 11, 30, 16, 0, tzinfo=UTC)),
        ("15.07.2027 18:00", datetime(2027, 7, 15, 15, 0, tzinfo=UTC)),  # summer: EEST, +3
        ("05/01 10:00", datetime(2027, 1, 5, 8, 0, tzinfo=UTC)),  # no year: the next 5 January
    ],
)
def test_typed_forms_are_read_in_sofia_time(typed, utc):
    assert parse_moment(typed, NOW, TZ).moment == utc


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "soon",
        "12.12.2026",
        "18:00",
        "31.02.2027 10:00",
        "12.13.2026 10:00",
        "12.12.2026 25:00",
        "12.12.2026 18:00 19:00",
        "2026/12/12 18:00",
        "12-12-2026 18:00",
        "1.1.1 1:00",
    ],
)
def test_what_cannot_be_read_is_unknown(typed):
    assert parse_moment(typed, NOW, TZ) == parse_moment("nonsense", NOW, TZ)
    assert parse_moment(typed, NOW, TZ).problem == "unknown"


def test_a_time_in_the_past_is_refused():
    assert parse_moment("01.01.2020 10:00", NOW, TZ).problem == "past"
    assert parse_moment("днес 11:00", NOW, TZ).problem == "past"


def test_a_time_alone_means_the_given_day():
    start = datetime(2026, 12, 12, 16, 0, tzinfo=UTC)
    assert parse_moment("20:00", NOW, TZ, day_of=start).moment == datetime(
        2026, 12, 12, 18, 0, tzinfo=UTC
    )


def test_the_example_is_a_time_the_parser_reads():
    assert parse_moment(example(NOW, TZ), NOW, TZ).moment is not None
