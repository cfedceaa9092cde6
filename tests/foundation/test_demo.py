"""`make run` without a token: the demo drives the real bot on the sandbox from the terminal.

These run the demo in this process with typed input from a string (no terminal); the whole
demo through a real terminal is in test_demo_terminal.py.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from bot.cli import main
from bot.cli_support import ENV_NAMES
from bot.demo import DEMO_DB, DemoOptions, banner, run_demo
from bot.settings import Settings
from tests.e2e.texts import label, shown


def settings_in(tmp_path: Path) -> Settings:
    return Settings(  # type: ignore[call-arg]
        _env_file=None,
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'd.db'}",
        media_dir=tmp_path / "media",
    )


async def demo(tmp_path: Path, typed: str, **options: object) -> tuple[int, str]:
    out = io.StringIO()
    code = await run_demo(
        settings_in(tmp_path), stdin=io.StringIO(typed), out=out, options=DemoOptions(**options)
    )
    return code, out.getvalue()


def lines(*typed: str) -> str:
    return "".join(f"{line}\n" for line in typed)


async def test_demo_onboards_a_person_from_typed_input(tmp_path):
    typed = lines("[2]", "/press 1", "[ 3 ]", "/help", "[9]", "/demo")  # English, agree, EU
    code, screen = await demo(tmp_path, typed)
    assert code == 0
    assert "[1] ✓ Български" in screen
    assert f"[1] {label('en', 'privacy-agree')}" in screen
    assert shown("en", "welcome") in screen
    assert shown("en", "help-title") in screen
    assert "(no button 9: the newest message has one button, [1])" in screen
    assert "demo commands (everything else goes to the bot" in screen
    assert "(end of input: leaving the demo)" in screen
    assert "[N] or /press N" in screen.split("── bot ──")[0]  # the banner says how to press


async def test_a_bare_number_is_text_and_the_demo_says_how_to_press(tmp_path):
    # the language picker has 6 buttons: "2" is sent as text, and the demo tells how to press
    code, screen = await demo(tmp_path, lines("2", "35"))
    assert code == 0
    assert "(sent “2” as text; to press button 2 type [2])" in screen
    assert screen.count(shown("bg", "not-understood")) == 2  # both went to the bot as text
    assert "to press button 35" not in screen


async def test_url_buttons_show_their_address_and_pressing_one_prints_it(tmp_path):
    typed = lines("[2]", "[1]", "[3]", "/learn", "[1]", "[5]")
    code, screen = await demo(tmp_path, typed)
    assert code == 0, screen
    learn = screen.split(shown("en", "learn-title").splitlines()[0])[-1]
    first = next(line for line in learn.splitlines() if line.startswith("  [1] "))
    assert first.startswith(f"  [1] {label('en', 'learn-watch', title='Olympic Dream')} → https")
    url = first.split(" → ")[1]
    assert f"(a link: Telegram would open {url} — the demo does not open links)" in screen
    assert shown("en", "learn-fact-title", number=1, count=2)[:6] in screen  # facts still work
    assert "Traceback" not in screen


async def test_lines_ending_in_a_backslash_are_one_message(tmp_path):
    typed = lines(
        "[2]",
        "[1]",
        "[3]",
        "/newpoll",
        "bus-lines",
        "Which bus line do you use most?",
        "Line 11\\",
        "Line 72\\",
        "Line 413",
    )
    code, screen = await demo(tmp_path, typed, admin=True)
    assert code == 0, screen
    assert "… Line 72" in screen  # the continuation prompt, echoed
    assert shown("en", "polls-new-options-bad", most=10) not in screen
    assert shown("en", "polls-new-languages", done="English").splitlines()[0] in screen


async def test_a_long_text_arrives_as_telegram_splits_it(tmp_path):
    """5,000 Cyrillic letters: two messages (4,096 + 904), as a Telegram app sends them."""
    code, screen = await demo(tmp_path, lines("[2]", "[1]", "[3]", "я" * 5000))
    assert code == 0
    after = screen.split("я" * 5000)[-1]
    assert after.count(shown("en", "not-understood")) == 2


async def test_people_take_turns_each_with_their_language(tmp_path):
    typed = lines("/user Amira ar", "[1]", "/as", "/as 1", "[2]", "/as 7", "/user amira")
    code, screen = await demo(tmp_path, typed, admin=True, language="fa")
    assert code == 0
    assert "#1 Demo (lang fa, admin) › " in screen
    assert "✓ فارسی" in screen.split("/user Amira ar")[0]
    amira = screen.split("/user Amira ar")[1]
    assert "── bot → Amira ──" in amira and "[1] ✓ العربية" in amira
    assert "#2 Amira (lang ar) › [1]" in screen
    people = "(people: #1 Demo (lang fa, admin), Telegram id 777000111; #2 Amira (lang ar), "
    assert f"{people}Telegram id 777000112." in screen
    assert "#1 Demo (lang fa, admin) › [2]" in screen  # back to person 1
    assert "(you are now #2 Amira (lang ar))" in screen.split("/user amira")[1]


async def test_files_photos_and_mistakes_never_stop_the_demo(tmp_path):
    image = tmp_path / "street.jpg"
    Image.new("RGB", (64, 48), (200, 60, 60)).save(image)
    notes = tmp_path / "notes.txt"
    notes.write_text("not an image", encoding="utf-8")
    typed = lines(
        "[2]",
        "[1]",
        "[3]",
        f"photo {tmp_path / 'missing.jpg'}",
        f"photo {notes}",  # not an image: a Telegram app sends it as a file
        f"photo {image}",
        f"photo {image} {image}",  # an album
        "/press",
        "/user",
        "/text [1]",
    )
    code, screen = await demo(tmp_path, typed)
    assert code == 0, screen
    assert f"(cannot read {tmp_path / 'missing.jpg'}: No such file or directory;" in screen
    assert screen.count(shown("en", "unsupported-input")) >= 3
    assert "(/press needs a button number" in screen
    assert "(/user needs a name" in screen
    assert "(demo problem" not in screen and "Traceback" not in screen


def test_the_banner_says_which_database_and_how_the_cli_reads_it():
    text = banner(DEMO_DB, "sqlite+aiosqlite:///data/integra.db", admin=False)
    assert "Database: data/demo.db. integra-bot commands read data/integra.db" in text
    assert "  DATABASE_URL=sqlite+aiosqlite:///data/demo.db integra-bot polls list" in text
    assert "not an admin (integra-bot demo --help" in text and "[N] or /press N" in text
    same = "postgresql+asyncpg://bot:secret@db/integra"
    text = banner(same, same, admin=True)
    assert "secret" not in text and "integra-bot commands read it too" in text


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--database", "nonsense://x"], "demo --database: not a usable database URL"),
        (
            ["--database", "postgresql+asyncpg://nobody@127.0.0.1:9/none"],
            "integra-bot: demo --database: cannot connect",
        ),
        (["--database", ""], "argument --database: empty"),
        (["--language", "12"], "argument --language: '12' is not a language code"),
    ],
)
def test_bad_demo_options_give_one_line_and_exit_2(args, expected, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)  # no .env of this checkout
    for name in ENV_NAMES.values():
        monkeypatch.delenv(name, raising=False)
    try:
        code = main(["demo", *args])
    except SystemExit as exc:  # argparse
        code = exc.code
    assert code == 2
    err = capsys.readouterr().err
    assert expected in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_demo_help_lists_the_options_a_tester_needs(capsys):
    with pytest.raises(SystemExit):
        main(["demo", "--help"])
    text = capsys.readouterr().out
    for option in ("--database URL", "--admin", "--language CODE", "/press N", "/user NAME"):
        assert option in text


async def test_a_terminal_that_cannot_show_arabic_gets_question_marks(tmp_path):
    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding="ascii", write_through=True)
    code = await run_demo(
        settings_in(tmp_path), stdin=io.StringIO("[3]\n"), out=out, options=DemoOptions()
    )
    assert code == 0
    assert b"[1] ? ???????" in raw.getvalue()  # the Arabic consent button, as "?"
