"""Rendering pieces "My data" relies on: lists of texts joined in the reader's language, long
texts cut where Telegram can still parse them, and files whose texts are translated."""

from __future__ import annotations

import datetime
import html
import json
import re

from bot.l10n import Locales
from bot.render import MAX_TEXT, document_bytes, split_text
from dialogs.screen import Document, Plain, msg

LOCALES = Locales()
ENTITY = re.compile(r"&[a-z]*$")


def test_a_tuple_argument_is_a_list_in_the_readers_language():
    roles = (msg("role-admin"), msg("role-moderator"), Plain("<b>x</b>"))
    for lang, joined in (("en", ", and "), ("bg", " и "), ("ru", " и "), ("ar", " و")):
        l10n = LOCALES.for_language(lang)
        text = l10n("admin-roles-person", user="7", roles=roles)
        assert l10n.plain("role-admin") in text and l10n.plain("role-moderator") in text
        assert joined in text, (lang, text)
        assert "&lt;b&gt;x&lt;/b&gt;" in text  # text people wrote stays escaped
    assert LOCALES.for_language("en")("admin-roles-person", user="7", roles=()) == "User 7: "


def test_a_long_line_is_never_cut_inside_an_html_entity():
    for shift in range(6):
        text = "a" * (MAX_TEXT - 3 - shift) + html.escape("<&>" * 600)
        chunks = split_text(text)
        assert all(len(c) <= MAX_TEXT for c in chunks)
        assert all(not ENTITY.search(c) for c in chunks), shift
        assert html.unescape("".join(chunks)) == html.unescape(text)


def test_a_long_text_is_cut_between_words_when_it_can_be():
    words = " ".join(["word"] * 2000)
    chunks = split_text(words)
    assert len(chunks) == 3 and all(len(c) <= MAX_TEXT for c in chunks)
    assert all(c.strip().split(" ") == ["word"] * len(c.strip().split(" ")) for c in chunks)


def test_a_json_document_is_written_in_the_readers_language():
    tree = {
        "group": msg("group-visitor"),
        "said": Plain("Здравейте"),
        "when": datetime.datetime(2026, 11, 30, 9, 5, tzinfo=datetime.UTC),
        "list": (msg("survey-yes"), None, 3),
    }
    data = document_bytes(Document("x.json", tree), LOCALES.for_language("ar"))
    assert json.loads(data) == {
        "group": LOCALES.for_language("ar").plain("group-visitor"),
        "said": "Здравейте",
        "when": "2026-11-30T09:05:00+00:00",
        "list": ["نعم", None, 3],
    }
    assert "Здравейте".encode() in data  # readable UTF-8, not \\u escapes
    assert document_bytes(Document("x.bin", b"\x00\x01"), LOCALES.for_language("en")) == b"\0\1"
