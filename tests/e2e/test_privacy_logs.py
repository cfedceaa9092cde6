"""No message text and no Telegram id reaches the logs at INFO, even when a handler fails."""

from __future__ import annotations

import logging

from tests.e2e.texts import label

SECRET_TEXT = "my address is Vitosha 12, flat 3"


async def test_info_logs_carry_neither_ids_nor_words(sb, running, caplog):
    caplog.set_level(logging.INFO)
    user = sb.user(5550123, "Hidden", language_code="en")
    await user.command("/start")
    await user.press(label("en", "language-name-en"))
    await user.press(label("en", "privacy-agree"))
    await user.send(SECRET_TEXT)
    await user.send("/grant 5550123 admin")  # refused and audited
    logged = "\n".join(r.getMessage() for r in caplog.records if r.levelno >= logging.INFO)
    assert "5550123" not in logged
    assert "Vitosha" not in logged
    assert "Hidden" not in logged
    assert any(r.levelno == logging.INFO for r in caplog.records)  # the logs were captured
