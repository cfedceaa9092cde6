"""The command line on a fresh machine: commands that need the database make it (schema and
shipped data), read-only ones never do, any database can be named, and every bad argument is
one line with exit code 2."""

from __future__ import annotations

import argparse
import asyncio
import sqlite3
from dataclasses import dataclass

import pytest

from bot import cli
from bot.settings import Settings
from storage.migrate import head_revision
from tests.foundation.test_cli import run_cli

SETTING_NAMES = [name.upper() for name in Settings.model_fields]


@dataclass
class Result:
    code: int | str | None
    out: str
    err: str


@pytest.fixture
def fresh(tmp_path, monkeypatch, capsys):
    """`integra-bot ...` in this process, as on a fresh machine: an empty working folder, no
    settings in the environment (importing aiogram once, not per command, keeps this fast)."""
    for name in SETTING_NAMES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)

    def invoke(*argv: str, **env: str) -> Result:
        with monkeypatch.context() as scoped:
            for name, value in env.items():
                scoped.setenv(name, value)
            try:
                code: int | str | None = cli.main(list(argv))
            except SystemExit as exc:  # argparse
                code = exc.code
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return invoke


def test_polls_list_and_threshold_work_before_the_bot_ever_ran(fresh, tmp_path):
    listed = fresh("polls", "list")
    assert listed.code == 0, listed.err
    assert "economic-migrants" in listed.out  # the shipped poll, created as at start
    assert fresh("polls", "threshold", "7").code == 0
    assert "fewer than 7 votes" in fresh("polls", "threshold").out
    assert (tmp_path / "data" / "integra.db").is_file()


def test_database_option_and_setting_point_any_command_at_any_database(fresh, tmp_path):
    demo = tmp_path / "elsewhere" / "demo.db"
    url = f"sqlite+aiosqlite:///{demo}"
    first = fresh("--database", url, "polls", "threshold", "9")
    assert first.code == 0, first.err
    assert demo.is_file() and not (tmp_path / "data").exists()  # not the default database
    assert "fewer than 9 votes" in fresh("polls", "threshold", DATABASE_URL=url).out
    other = f"sqlite+aiosqlite:///{tmp_path / 'other.db'}"
    # the option wins over the setting
    assert (
        "fewer than 9 votes"
        in fresh("--database", url, "polls", "threshold", DATABASE_URL=other).out
    )
    assert "fewer than 5 votes" in fresh("polls", "threshold", DATABASE_URL=other).out
    with sqlite3.connect(demo) as conn:
        assert conn.execute("SELECT slug FROM polls").fetchall() == [("economic-migrants",)]
    assert fresh("--database", "nonsense://", "db", "current").err.startswith(
        "integra-bot: --database: not a usable database URL"
    )


def test_db_current_never_creates_a_database(fresh, tmp_path):
    missing = tmp_path / "no" / "such" / "x.db"
    url = f"sqlite+aiosqlite:///{missing}"
    result = fresh("db", "current", DATABASE_URL=url)
    assert result.code == 2
    assert result.err.strip().count("\n") == 0 and "does not exist" in result.err
    assert not (tmp_path / "no").exists()
    assert fresh("db", "upgrade", DATABASE_URL=url).code == 0  # this one makes it
    current = fresh("db", "current", DATABASE_URL=url)
    assert current.code == 0 and f"at revision {head_revision()} " in current.out


@pytest.mark.parametrize("command", ["run", "demo"])
@pytest.mark.parametrize("media", ["/proc/nope", "FILE/media"])
def test_an_unwritable_media_dir_stops_the_start_with_one_line(tmp_path, command, media):
    (tmp_path / "FILE").write_text("not a folder")
    media = media.replace("FILE", str(tmp_path / "FILE"))
    result = run_cli(command, env={"MEDIA_DIR": media}, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "MEDIA_DIR" in lines[0] and media in lines[0]
    assert "Traceback" not in result.stderr


def _subparsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    found = [parser]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                found.extend(_subparsers(child))
    return found


def test_every_argument_has_help_and_only_built_commands_are_listed():
    parser = cli.build_parser()
    for each in _subparsers(parser):
        for action in each._actions:
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    assert choice.help and "not built" not in choice.help, choice.dest
            else:
                assert action.help, f"{each.prog}: {action.dest} has no help"
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert not {"export", "admin"} & set(commands.choices)  # not built yet


BAD = [
    ["frobnicate"],
    ["--database"],
    ["--database", "nonsense://", "polls", "list"],
    ["run", "extra"],
    ["webhook"],
    ["webhook", "--bogus"],
    ["demo", "--bogus"],
    ["db"],
    ["db", "upgrade", "nosuchrev"],
    ["db", "current"],
    ["db", "current", "extra"],
    ["locales"],
    ["locales", "check", "--dir", "/no/such/folder"],
    ["polls"],
    ["polls", "list", "extra"],
    ["polls", "threshold", "abc"],
    ["polls", "threshold", "1"],
    ["polls", "qr", "BAD SLUG!", "--out", "OUT", "--bot-username", "x_sofia_bot"],
    ["polls", "qr", "economic-migrants", "--out", "OUT"],
    ["polls", "qr", "economic-migrants", "--out", "OUT", "--bot-username", "x!"],
    [
        "polls",
        "qr",
        "economic-migrants",
        "--out",
        "OUT",
        "--bot-username",
        "x_sofia_bot",
        "--scale",
        "0",
    ],
    ["polls", "qr", "no-such-poll", "--out", "OUT", "--bot-username", "x_sofia_bot"],
    ["forms"],
    ["forms", "validate"],
    ["forms", "validate", "missing.yaml"],
    ["forms", "list", "extra"],
]


@pytest.mark.parametrize("argv", BAD, ids=" ".join)
def test_every_bad_argument_is_one_line_and_exit_2(argv, fresh, tmp_path):
    database = tmp_path / "fresh" / "integra.db"
    argv = [str(tmp_path / "out") if a == "OUT" else a for a in argv]
    result = fresh(*argv, DATABASE_URL=f"sqlite+aiosqlite:///{database}")
    assert result.code == 2, result.err
    assert len(result.err.strip().splitlines()) == 1, result.err
    assert "Traceback" not in result.err
    if argv[:2] != ["db", "upgrade"]:
        assert not database.exists()  # failing commands leave nothing behind


async def test_a_token_telegram_refuses_or_an_unreachable_api_is_one_line(tmp_path):
    from sandbox import Sandbox
    from tests.e2e.test_webhook import free_port

    stranger = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"
    async with Sandbox() as sb:
        refused = await asyncio.to_thread(
            run_cli,
            "run",
            env={"BOT_TOKEN": stranger, "TELEGRAM_API_BASE": sb.base_url, "LOG_LEVEL": "ERROR"},
            cwd=tmp_path,
        )
        assert [v for v in sb.violations if "wrong bot token" not in str(v)] == []
    unreachable = await asyncio.to_thread(
        run_cli,
        "run",
        env={"BOT_TOKEN": stranger, "TELEGRAM_API_BASE": f"http://127.0.0.1:{free_port()}"},
        cwd=tmp_path,
    )
    for result, setting in ((refused, "BOT_TOKEN"), (unreachable, "TELEGRAM_API_BASE")):
        assert result.returncode == 2, result.stderr
        assert "Traceback" not in result.stderr and "Unclosed" not in result.stderr
        last = result.stderr.strip().splitlines()[-1]
        assert last.startswith(f"integra-bot: setting {setting}"), result.stderr
    assert stranger not in refused.stderr + unreachable.stderr
