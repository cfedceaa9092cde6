"""The audit log keeps no stranger's Telegram id, and "delete my data" leaves only a pseudonym
where the log named the person (issue 9, item 10)."""

from __future__ import annotations

import logging

from bot.app import pseudonym_key
from storage.db import create_engine, session_factory
from storage.models import AuditEntry
from storage.pseudonyms import pseudonym
from tests.e2e.conftest import ADMIN_ID
from tests.e2e.harness import settings_for
from tests.e2e.test_onboarding import onboard, stored
from tests.e2e.texts import label, shown


def mentions(entry: AuditEntry, telegram_id: int) -> bool:
    text = f"{entry.actor_telegram_id} {entry.target} {entry.details}"
    return str(telegram_id) in text


async def test_deleting_my_data_leaves_only_my_pseudonym_in_the_audit_log(sb, running):
    key = running.app.dp["pseudonym_key"]
    mila = sb.user(1011, "Mila", language_code="en")
    await onboard(mila, "en", "bulgarian_citizen")
    await mila.send("/polllist")  # not staff yet: refused, audited under a pseudonym
    admin = sb.user(ADMIN_ID, "Admin", language_code="en")
    await onboard(admin, "en", "bulgarian_citizen")
    await admin.send("/grant 1011 staff")
    await mila.send("/polllist")  # staff now: audited by Telegram id
    entries = await stored(running, AuditEntry)
    assert [e.actor_telegram_id for e in entries] == [None, ADMIN_ID, 1011]
    assert entries[0].actor_pseudonym == pseudonym(key, 1011)
    assert entries[1].target == "1011"

    await mila.send("/mydata")
    await mila.press(label("en", "mydata-delete"))
    await mila.press(label("en", "mydata-delete-yes"))
    assert mila.last.text == shown("en", "mydata-deleted")

    entries = await stored(running, AuditEntry)
    assert [(e.action, e.outcome) for e in entries] == [
        ("polllist", "denied"),
        ("grant", "ok"),
        ("polllist", "ok"),
    ]  # what happened is kept...
    assert not [e for e in entries if mentions(e, 1011)]  # ...but not who, by Telegram id
    assert entries[1].actor_telegram_id == ADMIN_ID  # the admin's own action keeps its actor
    assert entries[1].target == pseudonym(key, 1011)
    assert entries[2].actor_pseudonym == pseudonym(key, 1011)


async def test_refused_attempts_kept_by_an_older_version_lose_their_ids_at_start(sb, running):
    engine = create_engine(running.database_url)
    try:
        async with session_factory(engine)() as session, session.begin():
            session.add(AuditEntry(actor_telegram_id=5550001, action="grant", outcome="denied"))
            session.add(AuditEntry(actor_telegram_id=ADMIN_ID, action="grant", outcome="ok"))
    finally:
        await engine.dispose()
    app = await running.restart()
    key = app.dp["pseudonym_key"]
    denied, allowed = await stored(running, AuditEntry)
    assert (denied.actor_telegram_id, denied.actor_pseudonym) == (None, pseudonym(key, 5550001))
    assert (allowed.actor_telegram_id, allowed.actor_pseudonym) == (ADMIN_ID, None)
    # the key is the same after a restart, so are the pseudonyms
    assert key == (await running.restart()).dp["pseudonym_key"]
    assert (await stored(running, AuditEntry))[0].actor_pseudonym == pseudonym(key, 5550001)


async def test_a_bot_on_a_database_server_without_pseudonym_key_warns(sb, tmp_path, caplog):
    sqlite = f"sqlite+aiosqlite:///{tmp_path / 'k.db'}"
    engine = create_engine(sqlite)
    try:
        from storage.migrate import upgrade

        await upgrade(engine)
        server = settings_for(
            sb, "postgresql+asyncpg://bot@db.example/integra", media_dir=str(tmp_path / "media")
        )
        with caplog.at_level(logging.WARNING):
            key = await pseudonym_key(server, engine)
        assert "PSEUDONYM_KEY is not set" in caplog.text
        assert (tmp_path / "pseudonym-key").read_text().strip() == key
        caplog.clear()
        chosen = "a-key-chosen-by-the-operator-0001"
        configured = settings_for(sb, sqlite, pseudonym_key=chosen)
        with caplog.at_level(logging.WARNING):
            assert await pseudonym_key(configured, engine) == chosen
        assert "PSEUDONYM_KEY" not in caplog.text
    finally:
        await engine.dispose()
