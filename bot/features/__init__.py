"""The features this bot runs, in the order of the main menu (bot.feature.Feature).

Adding a feature: a package here whose `__init__` declares `FEATURE`, and one line below.
"""

from __future__ import annotations

from bot.feature import Feature


def features() -> tuple[Feature, ...]:
    from bot.features import broadcasts, learn, photovoice, polls, sessions, survey

    return (
        survey.FEATURE,
        polls.FEATURE,
        photovoice.FEATURE,
        sessions.FEATURE,
        learn.FEATURE,
        broadcasts.FEATURE,
    )
