"""Parsing matches Telegram: plain text plus entities with UTF-16 offsets, trimmed."""

from __future__ import annotations

import html

from hypothesis import given
from hypothesis import strategies as st

from sandbox.formatting import (
    MDV2_RESERVED,
    format_text,
    parse_html,
    parse_markdown_v2,
    utf16_len,
)


def test_html_entities_and_utf16_offsets() -> None:
    text, entities = format_text("🙂 <b>Софія</b> <a href='https://x.org'>link</a>", "HTML", None)
    assert text == "🙂 Софія link"
    assert entities == [
        {"type": "bold", "offset": 3, "length": 5},  # the emoji counts as 2 UTF-16 units
        {"type": "text_link", "offset": 9, "length": 4, "url": "https://x.org"},
    ]


def test_nested_tags_pre_language_and_spoiler() -> None:
    text, entities = parse_html(
        '<b>a<i>b</i></b><pre><code class="language-python">x=1</code></pre>'
        '<span class="tg-spoiler">s</span><blockquote expandable>q</blockquote>'
    )
    assert text == "abx=1sq"
    kinds = [(e["type"], e["offset"], e["length"]) for e in entities]
    assert kinds == [
        ("italic", 1, 1),
        ("bold", 0, 2),
        ("pre", 2, 3),
        ("spoiler", 5, 1),
        ("expandable_blockquote", 6, 1),
    ]
    assert entities[2]["language"] == "python"


def test_trimming_moves_entities() -> None:
    text, entities = format_text("  \n<b>hi</b> there \n", "HTML", None)
    assert text == "hi there"
    assert entities == [{"type": "bold", "offset": 0, "length": 2}]


def test_markdown_v2() -> None:
    text, entities = parse_markdown_v2(
        r"*bold* _it_ __u__ ~s~ ||sp|| `c\`` [l](https://x.org) 1\.5"
    )
    assert text == "bold it u s sp c` l 1.5"
    assert [e["type"] for e in entities] == [
        "bold",
        "italic",
        "underline",
        "strikethrough",
        "spoiler",
        "code",
        "text_link",
    ]


def test_numeric_character_references() -> None:
    assert parse_html("&#1057;&#x43e; &nbsp;")[0] == "Со &nbsp;"


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_escaped_text_round_trips(raw: str) -> None:
    text, entities = format_text(f"<b>{html.escape(raw, quote=False)}</b>", "HTML", None)
    expected = raw.strip(" \t\r\n")
    assert text == expected
    if expected:
        assert entities == [{"type": "bold", "offset": 0, "length": utf16_len(expected)}]
    else:
        assert entities == []


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_markdown_v2_escaped_text_round_trips(raw: str) -> None:
    escaped = "".join("\\" + ch if ch in MDV2_RESERVED or ch == "\\" else ch for ch in raw)
    text, entities = format_text(escaped, "MarkdownV2", None)
    assert text == raw.strip(" \t\r\n") and entities == []
