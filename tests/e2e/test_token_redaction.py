"""No log line at any level carries the bot token, whatever logged it (issue 9, item 2).

aiohttp puts the token in the URL of a failed file download (`…/file/bot<TOKEN>/…`); when that
error reaches bot.errors it is logged with its traceback. bot.logs redacts it centrally."""

from __future__ import annotations

import io
import logging

from aiogram.types import Message

from bot import logs
from tests.e2e.texts import shown

SECRET_TEXT = "call me at home"


async def test_a_failed_download_is_logged_without_the_token(sb, running, caplog):
    caplog.set_level(logging.DEBUG)

    async def fetch_missing(message: Message, bot) -> None:
        await bot.download_file("photos/gone-from-telegram.jpg")  # 404 from the file server

    # on the dispatcher itself: tried before every feature router
    running.app.dp.message.register(fetch_missing, lambda m: m.text == "/fetch")
    user = sb.user(4242001, "Ana", language_code="en")
    await user.send("/fetch")
    assert user.last.text.startswith(shown("en", "error-generic", ref="X").split("X")[0])

    failure = [r for r in caplog.records if r.levelno == logging.ERROR and "failed" in r.msg]
    assert failure, caplog.text
    assert "ClientResponseError" in caplog.text and "/file/bot" in caplog.text  # the real error
    assert sb.token not in caplog.text
    assert sb.token.split(":")[1] not in caplog.text  # not even the secret half
    assert logs.MARK in caplog.text


def test_every_root_handler_redacts_records_made_any_way():
    token = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        logs.install()
        logs.add_secret("webhook-secret-value")
        try:
            raise RuntimeError(f"GET https://api.telegram.org/file/bot{token}/photos/1.jpg")
        except RuntimeError:
            logging.getLogger("anything").warning("download %s failed", token, exc_info=True)
        # a record not made by a logger (e.g. received from another process)
        handler.handle(logging.makeLogRecord({"msg": "secret webhook-secret-value", "args": ()}))
        handler.handle(logging.makeLogRecord({"msg": "token %s", "args": (token,)}))
    finally:
        root.removeHandler(handler)
    text = stream.getvalue()
    assert token not in text and "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw" not in text
    assert "webhook-secret-value" not in text
    assert text.count(logs.MARK) == 4, text
    assert "Traceback" in text and "RuntimeError" in text  # the traceback itself is kept
