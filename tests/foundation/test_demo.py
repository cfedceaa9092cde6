"""`make run` without a token: the demo drives the real bot on the sandbox from the terminal."""

from __future__ import annotations

import io

from bot.demo import run_demo
from bot.settings import Settings
from tests.e2e.texts import label, shown


async def test_demo_onboards_a_person_from_typed_input(tmp_path):
    settings = Settings(_env_file=None, database_url=f"sqlite+aiosqlite:///{tmp_path / 'd.db'}")  # type: ignore[call-arg]
    typed = io.StringIO(
        "2\n1\n3\n/help\n9\n/quit\n"
    )  # English, agree, EU citizen, help, no button 9
    out = io.StringIO()
    assert await run_demo(settings, stdin=typed, out=out) == 0
    screen = out.getvalue()
    assert "[1] ✓ Български" in screen
    assert f"[1] {label('en', 'privacy-agree')}" in screen
    assert shown("en", "welcome") in screen
    assert shown("en", "help").splitlines()[0] in screen
    assert "(no button 9;" in screen
