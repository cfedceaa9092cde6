"""Counting votes: totals per option and respondent group, percentages, bars, suppression.

Rounding rule (largest remainder, or Hamilton, method): each option gets the whole part of its
exact share of 100; the points still missing to 100 go one each to the options with the largest
remainders, and among equal remainders to the option listed first. So the shown percentages
always add up to exactly 100 (when anyone voted), in every language.

Suppression: the split by respondent group shows no count that a small group of people could be
recognised in. With threshold T (default 5):
1. cell rule: a group's column is shown only if the group has at least T voters and each of its
   option counts is 0 or at least T (a small count hidden alone could be recovered as the
   group's total minus the shown counts, so the whole column goes: complementary suppression
   within the column);
2. margin rule: the overall option counts are shown, so the hidden columns together are
   "overall minus the shown columns". They must pool at least two groups with votes, at least T
   voters, and per option 0 or at least T; otherwise the smallest shown column is hidden too
   (ties: later group first), until that holds or nothing is shown.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

DEFAULT_THRESHOLD = 5
# Residents see counts that change only after this many people voted or changed their vote
# (see dialogs.polls.voting.public_tally).
DEFAULT_STEP = 10
BAR_CELLS = 10
BAR_FULL, BAR_EMPTY = "▓", "░"

# Columns of the split: residents with Bulgarian citizenship, foreign nationals from outside the
# EU (third-country nationals, whom the audit is about), EU citizens, and everyone else
# (visitors and people who did not say). A respondent group maps to exactly one column.
SPLIT_GROUPS: tuple[str, ...] = ("bulgarian_citizen", "foreign_national", "eu_citizen", "other")


def split_of(group: str | None) -> str:
    return group if group in SPLIT_GROUPS[:3] else "other"


def largest_remainder(counts: Sequence[int], total: int = 100) -> list[int]:
    """Whole percentages of `counts` adding up to `total` (Hamilton method, ties by order)."""
    base = sum(counts)
    if base <= 0:
        return [0] * len(counts)
    scaled = [count * total for count in counts]
    shares = [value // base for value in scaled]
    remainders = [value % base for value in scaled]
    missing = total - sum(shares)
    for index in sorted(range(len(counts)), key=lambda i: (-remainders[i], i))[:missing]:
        shares[index] += 1
    return shares


def bar(percent: int, cells: int = BAR_CELLS) -> str:
    """A text bar: one filled cell per 10 % (rounded half up), e.g. 45 % → ▓▓▓▓▓░░░░░."""
    percent = min(max(percent, 0), 100)
    filled = (percent * cells + 50) // 100
    return BAR_FULL * filled + BAR_EMPTY * (cells - filled)


def options_of(mask: int, option_count: int) -> list[int]:
    return [i for i in range(option_count) if mask >> i & 1]


@dataclass(frozen=True)
class Tally:
    """Votes of one poll. `cells[group][i]`: people of that split group who chose option i."""

    option_count: int
    cells: Mapping[str, tuple[int, ...]]
    voters_by_group: Mapping[str, int]

    @classmethod
    def from_rows(cls, option_count: int, rows: Iterable[tuple[str | None, int, int]]) -> Tally:
        """From (respondent group, choices mask, number of people) rows."""
        cells = {g: [0] * option_count for g in SPLIT_GROUPS}
        voters = dict.fromkeys(SPLIT_GROUPS, 0)
        for group, mask, people in rows:
            column = split_of(group)
            voters[column] += people
            for option in options_of(mask, option_count):
                cells[column][option] += people
        return cls(option_count, {g: tuple(c) for g, c in cells.items()}, voters)

    @property
    def voters(self) -> int:
        return sum(self.voters_by_group.values())

    @property
    def counts(self) -> tuple[int, ...]:
        """Per option, over every group."""
        return tuple(sum(col[i] for col in self.cells.values()) for i in range(self.option_count))

    @property
    def percents(self) -> list[int]:
        """Per option; for multiple choice, shares of all choices made (they add up to 100)."""
        return largest_remainder(self.counts)

    def shown_groups(self, threshold: int = DEFAULT_THRESHOLD) -> list[str]:
        """The split columns that may be shown (see the module's suppression rules)."""
        with_votes = [g for g in SPLIT_GROUPS if self.voters_by_group[g] > 0]

        def small(value: int) -> bool:
            return 0 < value < threshold

        shown = [
            g
            for g in with_votes
            if self.voters_by_group[g] >= threshold and not any(map(small, self.cells[g]))
        ]
        while shown:
            hidden = [g for g in with_votes if g not in shown]
            if not hidden:
                break
            pooled_voters = sum(self.voters_by_group[g] for g in hidden)
            pooled = [sum(self.cells[g][i] for g in hidden) for i in range(self.option_count)]
            if len(hidden) >= 2 and pooled_voters >= threshold and not any(map(small, pooled)):
                break
            smallest = min(shown, key=lambda g: (self.voters_by_group[g], -SPLIT_GROUPS.index(g)))
            shown.remove(smallest)
        return shown

    def hidden_any(self, threshold: int = DEFAULT_THRESHOLD) -> bool:
        shown = self.shown_groups(threshold)
        return any(self.voters_by_group[g] > 0 and g not in shown for g in SPLIT_GROUPS)
