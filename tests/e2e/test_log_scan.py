"""The check every end-to-end test's logs go through finds each thing it looks for."""

from __future__ import annotations

import logging

from tests.e2e.log_scan import leaks


async def test_the_scan_finds_a_token_an_id_and_a_persons_words(sb, running):
    amira = sb.user(5551777, "Amira", language_code="ar")
    await amira.send("my street is Oborishte 25")
    info, debug = logging.INFO, logging.DEBUG
    assert leaks(sb, [(info, "handled an update quickly")]) == []
    assert leaks(sb, [(debug, f"GET /file/bot{sb.token}/photos/1.jpg")])  # at any level
    assert leaks(sb, [(info, "person 5551777 pressed a button")])
    assert leaks(sb, [(info, "answer: my street is Oborishte 25")])
    assert leaks(sb, [(debug, "person 5551777 pressed a button")]) == []  # ids: INFO and up
    assert leaks(sb, [(info, "took 5551777.5 ms")]) == []  # a number that only looks alike
