"""Bad configuration or arguments: one clear line naming the setting, exit code 2, no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None):
    base = {k: v for k, v in os.environ.items() if not k.isupper() or k in {"PATH", "HOME"}}
    base.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        capture_output=True,
        text=True,
        env={**base, "PYTHONPATH": str(ROOT)},
        cwd=cwd or ROOT,
        timeout=60,
    )


@pytest.mark.parametrize(
    ("env", "setting"),
    [
        ({"BOT_TOKEN": "not-a-token"}, "BOT_TOKEN"),
        ({"DEFAULT_LOCALE": "de"}, "DEFAULT_LOCALE"),
        ({"FALLBACK_LOCALE": "xx"}, "FALLBACK_LOCALE"),
        ({"ADMIN_IDS": "12,abc"}, "ADMIN_IDS"),
        ({"TIMEZONE": "Mars/Olympus"}, "TIMEZONE"),
        ({"DATABASE_URL": "nonsense://"}, "DATABASE_URL"),
        ({"DATABASE_URL": "postgresql+asyncpg://nobody@127.0.0.1:1/none"}, "DATABASE_URL"),
    ],
)
def test_bad_setting_gives_one_line_and_exit_2(env, setting, tmp_path):
    result = run_cli("db", "current", env=env, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert setting in lines[0]
    assert "Traceback" not in result.stderr


def test_unknown_argument_exit_2_without_traceback(tmp_path):
    result = run_cli("frobnicate", cwd=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "invalid choice" in result.stderr


def test_db_upgrade_then_current_names_the_revision(tmp_path):
    env = {"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'x.db'}"}
    up = run_cli("db", "upgrade", env=env, cwd=tmp_path)
    assert up.returncode == 0, up.stderr
    current = run_cli("db", "current", env=env, cwd=tmp_path)
    assert "revision 0001" in current.stdout or "revision " in current.stdout
    assert "None" not in current.stdout.split("(")[0]


def test_locales_check_passes_on_the_shipped_texts():
    result = run_cli("locales", "check")
    assert result.returncode == 0, result.stdout[-2000:]


def test_unknown_revision_is_one_line(tmp_path):
    env = {"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'r.db'}"}
    result = run_cli("db", "upgrade", "nosuchrev", env=env, cwd=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0 and "nosuchrev" in result.stderr


def test_qr_into_an_unwritable_place_is_one_line(tmp_path):
    (tmp_path / "poll-economic-migrants.png").mkdir()  # where the PNG should go
    result = run_cli(
        "polls", "qr", "economic-migrants", "--out", str(tmp_path), "--bot-username", "x_sofia_bot"
    )
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_a_pathologically_nested_form_is_reported_not_crashed(tmp_path):
    deep = tmp_path / "deep.yaml"
    deep.write_text("a: " + "[" * 5000 + "\n", encoding="utf-8")
    result = run_cli("forms", "validate", str(deep))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "deep.yaml:" in result.stdout
