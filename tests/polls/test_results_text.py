"""The results screen through the real Fluent files: the same numbers in every language."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime

import pytest

from bot.l10n import Locales
from dialogs.languages import LANGUAGES
from dialogs.polls.screens import results_screen
from dialogs.polls.tally import Tally
from dialogs.screen import Screen, msg
from storage.repositories.polls import PollRecord

NOW = datetime(2026, 12, 1, tzinfo=UTC)
LOCALES = Locales()


def poll(**changes) -> PollRecord:
    values = dict(
        id=1,
        slug="economic-migrants",
        source="shipped",
        status="open",
        multiple=False,
        allow_change=True,
        option_count=2,
        audience=None,
        opens_at=None,
        closes_at=None,
        created_by=None,
        texts={},
    )
    values.update(changes)
    return PollRecord(**values)


def render(language: str, screen) -> str:
    l10n = LOCALES.for_language(language)
    text = "\n\n".join(l10n.render(part) for part in screen.parts)
    return html.unescape(re.sub(r"</?[a-z]+>", "", text))


def numbers(text: str) -> list[tuple[str, str]]:
    return re.findall(r"([▓░]{10}) (\d+)\s?%", text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_results_read_the_same_in_every_language(language):
    rows = [("bulgarian_citizen", 1, 12), ("bulgarian_citizen", 2, 8), ("foreign_national", 1, 9)]
    tally = Tally.from_rows(2, rows)
    screen = results_screen(poll(), tally, language, "en", now=NOW, mine=2)
    text = render(language, screen)
    assert numbers(text) == [("▓▓▓▓▓▓▓░░░", "72"), ("▓▓▓░░░░░░░", "28")]
    assert "error" not in text.lower() and "{" not in text
    assert text.count("✔") == 1
    reference = re.findall(r"\d+", render("en", screen))
    # every number the English screen shows (counts, percentages, the threshold) is there too,
    # except those a language writes as a word (Arabic "one vote", "two votes")
    assert set(re.findall(r"\d+", text)) >= set(reference) - {"1", "2"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_staff_poll_texts_fall_back_to_the_fallback_language(language):
    staff = poll(
        source="staff",
        slug="tram-safety",
        option_count=3,
        texts={
            "en": ("Safe at night?", ("Yes", "No", "<b>n/a</b>")),
            "bg": ("Сигурно ли е?", ("Да", "Не", "—")),
        },
    )
    screen = results_screen(staff, Tally.from_rows(3, []), language, "en", now=NOW)
    text = render(language, screen)
    if language == "bg":
        assert "Сигурно ли е?" in text and "Да" in text
    else:
        assert "Safe at night?" in text and "<b>n/a</b>" in text  # shown as typed, not markup
    assert numbers(text) == []  # nobody voted yet: no bars, the answers and when results come
    assert "3. " in text or "3:" in text
    assert render(language, Screen(parts=[msg("polls-results-waiting", step=10, closed="no")]))


# The rounding method's name is for staff; residents get a plain sentence.
JARGON = {
    "en": "remainder",
    "bg": "остат",
    "ru": "остатк",
    "uk": "остач",
    "ar": "باقٍ",
    "fa": "باقی‌مانده",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_residents_read_plain_words_about_rounding_and_the_results_step(language):
    rows = [("bulgarian_citizen", 1, 12), ("bulgarian_citizen", 2, 8)]
    for multiple in (False, True):
        screen = results_screen(
            poll(multiple=multiple), Tally.from_rows(2, rows), language, "en", now=NOW, step=25
        )
        text = render(language, screen)
        assert JARGON[language] not in text
        assert "100" in text  # "percentages … add up to 100"
        assert "25" in text  # "results update after every 25 votes"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_split_by_group_comes_with_the_final_results_only(language):
    # ten new votes between two snapshots, only one of them from an EU citizen: a live EU
    # column going from 5:5 to 6:5 would show that person's vote
    rows = [("bulgarian_citizen", 1, 12), ("bulgarian_citizen", 2, 8), ("eu_citizen", 1, 6)]
    rows += [("eu_citizen", 2, 5)]
    tally = Tally.from_rows(2, rows)
    live = render(language, results_screen(poll(), tally, language, "en", now=NOW))
    final = render(language, results_screen(poll(status="closed"), tally, language, "en", now=NOW))
    split_cell = re.compile(r"\d+\s?% \(\d+\)")
    assert not split_cell.search(live)
    assert render(language, Screen(parts=[msg("polls-split-at-close")])) in live
    assert len(split_cell.findall(final)) == 4  # both groups' columns
