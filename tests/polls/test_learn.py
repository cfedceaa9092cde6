"""'Learn more' content: the data file is valid and every text renders in every language."""

from __future__ import annotations

import re

import pytest

from bot.l10n import Locales
from dialogs import learn
from dialogs.languages import LANGUAGES

LOCALES = Locales()


def test_the_campaign_videos_and_facts_are_in_the_data_file():
    content = learn.content()
    assert [v.id for v in content.videos] == [
        "olympic-dream",
        "we-the-others",
        "st-ana-center",
        "beyond-the-barriers",
    ]
    assert all(v.url.startswith("https://") for v in content.videos)
    assert {"population", "students", "threat", "crime", "work-permits"} <= {
        f.id for f in content.facts
    }
    assert content.after_poll["economic-migrants"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_learn_screen_renders_without_missing_texts(language, caplog):
    l10n = LOCALES.for_language(language)
    screens = [learn.menu_screen()]
    screens += [learn.fact_screen(i) for i in range(len(learn.content().facts))]
    screens.append(learn.after_vote("economic-migrants", 3))
    for screen in screens:
        assert screen is not None
        text = "\n".join(l10n.render(p) for p in screen.parts)
        labels = [l10n.render(b.label, markup=False) for row in screen.buttons for b in row]
        assert "{" not in text and text != "…"
        assert all(labels)
    assert not [r for r in caplog.records if r.levelname in ("WARNING", "ERROR")]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_figures_reach_the_text_formatted_for_the_language(language):
    l10n = LOCALES.for_language(language)
    population = l10n.render(learn.fact_text(learn.content().facts[0]))
    assert re.search(r"1[.,]3", population) and re.search(r"2[.,]5\s?%", population)
    facts = {f.id: f for f in learn.content().facts}
    permits = l10n.render(learn.fact_text(facts["work-permits"]))
    assert "2015" in permits and re.search(r"2[,\s\u00a0\u202f]?356", permits)


def test_bad_content_is_refused_with_a_reason():
    with pytest.raises(ValueError, match="https"):
        learn.parse({"videos": [{"id": "x", "url": "http://example.org"}]})
    with pytest.raises(ValueError, match="unknown facts"):
        learn.parse({"facts": [], "after_poll": {"p": ["nope"]}})
    assert learn.parse_action("learn:fact:3") == 3
    assert learn.parse_action("learn:fact:x") is None
