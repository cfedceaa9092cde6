"""When Telegram misbehaves: the person still gets the answer, or a translated apology with a
reference code; what they chose is saved either way."""

from __future__ import annotations

import logging
import re

from storage.models import Person
from tests.e2e.test_onboarding import stored
from tests.e2e.texts import label, shown


async def test_a_passing_server_error_is_retried_and_the_answer_arrives(sb, running):
    ana = sb.user(4001, "Ana", language_code="en")
    sb.fail_next("sendMessage", error_code=502, description="Bad Gateway", count=1)
    await ana.command("/start")
    assert ana.last.text == shown("en", "language-prompt")


async def test_flood_limit_is_waited_out(sb, running):
    ana = sb.user(4002, "Ana", language_code="en")
    sb.fail_next("sendMessage", error_code=429, retry_after=1, count=1)
    await ana.command("/start")
    assert ana.last.text == shown("en", "language-prompt")


async def test_when_sending_keeps_failing_the_person_gets_an_apology_with_a_code(
    sb, running, caplog
):
    caplog.set_level(logging.INFO)
    ana = sb.user(4003, "Ana", language_code="en")
    await ana.command("/start")
    sb.fail_next("editMessageText", error_code=500, description="Internal Server Error", count=3)
    await ana.press("English")  # the language is saved, but showing the next step fails
    apology = ana.last.text or ""
    prefix = shown("en", "error-generic", ref="REF").split("REF")[0]
    assert apology.startswith(prefix), apology
    ref = re.search(r"([0-9a-f]{8})\s*$", apology)
    assert ref is not None
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert ref.group(1) in logged and "Traceback" not in apology
    [person] = await stored(running, Person, telegram_id=4003)
    assert person.language == "en"  # committed before the reply was attempted
    await ana.command("/start")  # and the next step comes once Telegram is back
    assert ana.last.buttons == [[label("en", "privacy-agree")], [label("en", "privacy-decline")]]
