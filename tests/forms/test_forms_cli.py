"""`integra-bot forms validate|list` as an analyst runs them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
AUDIT = ROOT / "dialogs" / "forms" / "sofia-integration-audit.yaml"


def forms(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", "forms", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )


def test_the_shipped_audit_validates_and_is_listed_as_served():
    assert forms("validate", str(AUDIT)).returncode == 0
    listed = forms("list")
    assert listed.returncode == 0
    assert "sofia-integration-audit\tv1\t" in listed.stdout and "served" in listed.stdout


def test_a_broken_form_prints_each_error_and_fails(tmp_path):
    broken = tmp_path / "sofia-integration-audit.yaml"
    text = AUDIT.read_text(encoding="utf-8").replace(
        "${group} = 'foreign_national'", "${grup} = 1", 1
    )
    broken.write_text(text, encoding="utf-8")
    result = forms("validate", str(broken))
    assert result.returncode == 1
    assert "${grup}" in result.stdout or "grup" in result.stdout
    assert "Traceback" not in result.stderr


def test_a_missing_file_is_one_line_and_exit_2(tmp_path):
    result = forms("validate", str(tmp_path / "nope.yaml"))
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "nope.yaml" in result.stderr


def test_an_invalid_copy_next_to_a_valid_one_fails_only_itself(tmp_path):
    good = tmp_path / AUDIT.name  # a form's id must match its file name
    shutil.copy(AUDIT, good)
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\nversion: one\n", encoding="utf-8")
    result = forms("validate", str(good), str(bad))
    assert result.returncode == 1
    assert f"{AUDIT.name}: valid" in result.stdout and "bad.yaml:" in result.stdout


def test_patterns_nested_quantifiers_warn_and_patterns_from_answers_fail(tmp_path):
    form = tmp_path / AUDIT.name
    slow = "      - name: change_one_thing\n        type: text\n"
    text = AUDIT.read_text(encoding="utf-8")
    assert slow in text
    form.write_text(text.replace(slow, slow + "        constraint: regex(., '(\\w+\\s?)*')\n"))
    result = forms("validate", str(form))
    assert result.returncode == 0, result.stdout  # a warning does not stop the form
    assert "question 'change_one_thing': constraint: warning:" in result.stdout
    assert "(\\w+\\s?)*" in result.stdout and f"{AUDIT.name}: valid" in result.stdout
    form.write_text(text.replace(slow, slow + "        constraint: regex(., ${gender})\n"))
    result = forms("validate", str(form))
    assert result.returncode == 1
    assert "regex(): the pattern must be written in quotes" in result.stdout
