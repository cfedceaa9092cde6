"""Percentages (largest remainder), bars and the suppression of small groups."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogs.polls.tally import SPLIT_GROUPS, Tally, bar, largest_remainder, split_of


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ([32, 18], [64, 36]),
        ([1, 1, 1], [34, 33, 33]),  # equal remainders: the first option gets the point
        ([1, 2], [33, 67]),
        ([2, 1, 1], [50, 25, 25]),
        ([1, 1, 1, 1, 1, 1, 1], [15, 15, 14, 14, 14, 14, 14]),
        ([0, 0, 0], [0, 0, 0]),
        ([0, 5], [0, 100]),
        ([1, 0, 1], [50, 0, 50]),
        ([667, 333], [67, 33]),
        ([1, 1, 998], [0, 0, 100]),  # 0.1 each: the big remainder goes to the last option
    ],
)
def test_largest_remainder_examples(counts, expected):
    assert largest_remainder(counts) == expected


@given(st.lists(st.integers(min_value=0, max_value=10_000), min_size=1, max_size=10))
def test_percentages_add_to_100_and_stay_next_to_the_exact_share(counts):
    percents = largest_remainder(counts)
    total = sum(counts)
    if total == 0:
        assert percents == [0] * len(counts)
        return
    assert sum(percents) == 100
    for count, percent in zip(counts, percents, strict=True):
        exact = Fraction(100 * count, total)
        assert exact - 1 < percent < exact + 1
    # more votes never show a smaller percentage
    for a in range(len(counts)):
        for b in range(len(counts)):
            if counts[a] > counts[b]:
                assert percents[a] >= percents[b]


def test_bars_have_ten_cells_rounded_half_up():
    assert bar(0) == "░" * 10
    assert bar(100) == "▓" * 10
    assert bar(45) == "▓" * 5 + "░" * 5
    assert bar(44) == "▓" * 4 + "░" * 6
    assert bar(4) == "░" * 10
    assert bar(5) == "▓" + "░" * 9
    assert all(len(bar(p)) == 10 for p in range(101))


def test_groups_map_to_the_split_columns():
    assert [split_of(g) for g in ("bulgarian_citizen", "foreign_national", "eu_citizen")] == [
        "bulgarian_citizen",
        "foreign_national",
        "eu_citizen",
    ]
    assert split_of("visitor") == split_of("undisclosed") == split_of(None) == "other"


def test_tally_counts_people_and_multiple_choices():
    rows = [("bulgarian_citizen", 0b01, 3), ("bulgarian_citizen", 0b11, 2), ("visitor", 0b10, 1)]
    tally = Tally.from_rows(2, rows)
    assert tally.voters == 6
    assert tally.counts == (5, 3)
    assert tally.cells["bulgarian_citizen"] == (5, 2)
    assert tally.cells["other"] == (0, 1)
    assert tally.percents == [63, 37]  # 62.5 : 37.5 of all 8 choices; the tie goes to the first


def table(**columns: tuple[int, ...]) -> Tally:
    rows = []
    for group, cells in columns.items():
        for option, people in enumerate(cells):
            if people:
                rows.append((group, 1 << option, people))
    return Tally.from_rows(2, rows)


def test_everything_shown_when_every_cell_is_large_enough():
    tally = table(bulgarian_citizen=(12, 8), foreign_national=(15, 5), eu_citizen=(5, 5))
    assert tally.shown_groups(5) == ["bulgarian_citizen", "foreign_national", "eu_citizen"]
    assert not tally.hidden_any(5)


def test_a_small_cell_hides_its_whole_column():
    # 2 cannot be hidden alone: it would be 12 - 10
    tally = table(bulgarian_citizen=(10, 2), foreign_national=(15, 5), eu_citizen=(6, 6))
    assert "bulgarian_citizen" not in tally.shown_groups(5)


def test_one_hidden_column_would_be_total_minus_the_others_so_another_goes_too():
    # EU citizens (4 voters) alone hidden = overall minus the rest: the smallest shown goes too
    tally = table(bulgarian_citizen=(12, 8), foreign_national=(15, 5), eu_citizen=(2, 2))
    assert tally.shown_groups(5) == ["bulgarian_citizen"]
    # the pooled hidden groups are 17:7: nothing small can be worked out
    assert tally.hidden_any(5)


def test_a_small_pooled_remainder_hides_more():
    tally = table(
        bulgarian_citizen=(20, 20), foreign_national=(6, 5), eu_citizen=(1, 2), other=(1, 1)
    )
    # EU + others pooled are 2:3, small: hide foreign nationals too -> 8:8 pooled
    assert tally.shown_groups(5) == ["bulgarian_citizen"]


def test_nothing_shown_when_only_small_groups_voted():
    tally = table(bulgarian_citizen=(3, 1), eu_citizen=(2, 0))
    assert tally.shown_groups(5) == []


def test_the_threshold_is_a_setting():
    tally = table(bulgarian_citizen=(7, 3), foreign_national=(9, 9))
    assert tally.shown_groups(5) == []  # 3 is small, and one hidden column is not enough
    assert tally.shown_groups(3) == ["bulgarian_citizen", "foreign_national"]


cells = st.tuples(st.integers(0, 30), st.integers(0, 30), st.integers(0, 30))


@given(st.fixed_dictionaries({g: cells for g in SPLIT_GROUPS}), st.integers(2, 10))
def test_no_published_number_reveals_a_small_group(columns, threshold):
    rows = [(g, 1 << o, n) for g, c in columns.items() for o, n in enumerate(c) if n]
    tally = Tally.from_rows(3, rows)
    shown = tally.shown_groups(threshold)

    def small(value: int) -> bool:
        return 0 < value < threshold

    for group in shown:
        assert tally.voters_by_group[group] >= threshold
        assert not any(small(c) for c in tally.cells[group])
    hidden = [g for g in SPLIT_GROUPS if g not in shown and tally.voters_by_group[g] > 0]
    if shown and hidden:
        # the hidden columns can only be known together: overall minus the shown columns
        assert len(hidden) >= 2
        assert sum(tally.voters_by_group[g] for g in hidden) >= threshold
        for option in range(3):
            assert not small(sum(tally.cells[g][option] for g in hidden))
