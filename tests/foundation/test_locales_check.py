"""`integra-bot locales check`: parse errors, missing messages, differing variables, bad HTML."""

from __future__ import annotations

from pathlib import Path

from bot.l10n import Locales
from bot.l10n.check import check
from dialogs.languages import LANGUAGES

GOOD = "hello = Hello, { $name }!\nbye = <b>Bye</b>\n"


def make_locales(root: Path, overrides: dict[str, str]) -> Path:
    for lang in LANGUAGES:
        (root / lang).mkdir(parents=True)
        (root / lang / "main.ftl").write_text(overrides.get(lang, GOOD), encoding="utf-8")
    return root


def test_complete_locales_pass(tmp_path):
    assert check(make_locales(tmp_path, {})) == []


def test_parse_error_is_reported_with_file_and_line(tmp_path):
    root = make_locales(tmp_path, {"fa": "hello = سلام { $name }!\nbye = { oops\n"})
    problems = check(root)
    assert any(p.startswith("fa/main.ftl:2: parse error") for p in problems), problems


def test_missing_message_is_reported(tmp_path):
    root = make_locales(tmp_path, {"uk": "hello = Привіт, { $name }!\n"})
    assert "uk: message 'bye' is missing (defined in en/main.ftl)" in check(root)


def test_differing_variable_is_reported(tmp_path):
    root = make_locales(tmp_path, {"ar": "hello = مرحبا { $nam }!\nbye = <b>وداعا</b>\n"})
    problems = check(root)
    assert any("'hello' uses variables ['nam']" in p for p in problems), problems


def test_unbalanced_or_unknown_html_is_reported(tmp_path):
    root = make_locales(
        tmp_path, {"bg": "hello = Здравей, { $name }!\nbye = <b>Чао<div>x</div>\n"}
    )
    problems = check(root)
    assert any("<div> is not allowed" in p for p in problems), problems
    assert any("never closed" in p for p in problems), problems


def test_missing_text_at_run_time_falls_back_never_shows_the_id(tmp_path):
    root = make_locales(tmp_path, {"ru": "hello = Привет, { $name }!\n"})
    (tmp_path / "en" / "main.ftl").write_text(GOOD + "error-text-missing = (missing)\n")
    l10n = Locales(root=root, fallback="en", default="bg").for_language("ru")
    assert l10n("bye") == "<b>Bye</b>"  # from the fallback language
    assert l10n("no-such-message") == "(missing)"
    assert l10n("hello", name="<Иван>") == "Привет, &lt;Иван&gt;!"


def test_a_long_text_with_markup_characters_is_shown_whole(tmp_path):
    root = make_locales(tmp_path, {})
    l10n = Locales(root=root, fallback="en", default="bg").for_language("en")
    story = "Tom & Jerry <3 " * 300  # 4,500 characters; escaped it grows past Fluent's limit
    shown = l10n("hello", name=story)
    assert "{???}" not in shown
    assert shown == "Hello, " + story.replace("&", "&amp;").replace("<", "&lt;") + "!"
