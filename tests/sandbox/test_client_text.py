"""A simulated person's long text reaches the bot as a Telegram app sends it: in messages of at
most 4,096 UTF-16 code units, cut at the best place and never inside a character or cluster."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from sandbox import Sandbox
from sandbox.client_text import MAX_MESSAGE, split_message, units

CLUSTER = regex.compile(r"\X")


def clusters(text: str) -> list[str]:
    return CLUSTER.findall(text)


def test_short_texts_are_one_message_and_blank_ones_none():
    assert split_message("  Здравей!\n") == ["Здравей!"]
    assert split_message("x" * MAX_MESSAGE) == ["x" * MAX_MESSAGE]
    assert split_message(" \n\t ") == []


def test_5000_cyrillic_letters_are_4096_and_904():
    assert [len(p) for p in split_message("я" * 5000)] == [4096, 904]


def test_emoji_count_twice_and_pairs_are_never_cut():
    parts = split_message("🙂" * 2500)  # 5,000 units
    assert [units(p) for p in parts] == [4096, 904]
    assert all(p == "🙂" * len(p) for p in parts)


def test_a_cut_prefers_a_paragraph_then_a_line_then_a_sentence_then_a_space():
    first, second = "a" * 3000 + ".", "b" * 3000
    assert split_message(f"{first}\n\n{second}") == [first, second]
    assert split_message(f"{first}\n{second}") == [first, second]
    words = "Sentence one is here. " * 300
    assert all(p.endswith(".") for p in split_message(words)[:-1])
    assert split_message("слово " * 1000)[0].endswith("слово")


def test_accents_skin_tones_and_flags_stay_whole():
    for unit in ("e\u0301", "👍🏽", "🇧🇬", "👩‍👩‍👧", "ی\u200c"):
        text = "x" + unit * (MAX_MESSAGE // units(unit) + 7)  # "x": the limit falls mid-cluster
        parts = split_message(text)
        assert len(parts) == 2
        assert [c for p in parts for c in clusters(p)] == clusters(text), unit


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["я", "a", " ", "\n", ".", "🙂", "e\u0301", "👍🏽", "ی", "\u200c", "۳"]),
        max_size=400,
    ),
    st.integers(min_value=8, max_value=60),
)
def test_any_text_keeps_every_character_outside_the_cuts(pieces: list[str], limit: int):
    """With a small limit, so that a few hundred characters need many cuts."""
    text = "".join(pieces)
    parts = split_message(text, limit)
    assert all(0 < units(p) <= limit for p in parts)
    assert all(p == p.strip() for p in parts)
    squeeze = regex.compile(r"\s+")
    assert squeeze.sub("", "".join(parts)) == squeeze.sub("", text)
    # every cut is between grapheme clusters, unless trimming whitespace split one (" \u0301")
    # or a cluster is longer than a whole message
    position, cuts = 0, []
    for part in parts:
        start = text.index(part, position)
        position = start + len(part)
        cuts += [start, position]
    for match in CLUSTER.finditer(text):
        inside = [c for c in cuts if match.start() < c < match.end()]
        cluster = match.group()
        assert not inside or cluster.strip() != cluster or units(cluster) > limit, cluster


async def test_the_simulated_person_sends_a_long_text_as_several_messages(sb: Sandbox):
    anna = sb.user(1001, "Anna", language_code="uk")
    await anna.send("я" * 5000, wait=False)
    texts = [u["message"]["text"] for u in sb.updates.pending]
    assert [len(t) for t in texts] == [4096, 904]
    await anna.send("/start " + "x" * 5000, wait=False)
    first = sb.updates.pending[2]["message"]
    assert first["entities"] == [{"type": "bot_command", "offset": 0, "length": 6}]
    assert "entities" not in sb.updates.pending[3]["message"]


async def test_a_caption_over_1024_is_refused_like_a_telegram_app_does(sb: Sandbox):
    anna = sb.user(1001, "Anna")
    with pytest.raises(ValueError, match="1024"):
        await anna.send_photo(b"not sent", caption="щ" * 1025, wait=False)
    assert sb.updates.pending == []
