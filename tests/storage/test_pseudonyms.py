"""Pseudonyms (storage.pseudonyms) and the key kept outside the database
(storage.pseudonym_key): stable, fixed length, never overwritten, moved out of the database."""

from __future__ import annotations

import asyncio
import stat
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storage.db import session_factory
from storage.models import KeyValue
from storage.pseudonym_key import DB_KEY, create_key_file, key_file_for, resolve_key
from storage.pseudonyms import LENGTH, pseudonym
from storage.repositories import Repositories

KEY = "0123456789abcdef" * 4


def test_a_pseudonym_is_stable_and_fixed_length():
    assert pseudonym(KEY, 1006) == pseudonym(KEY, 1006)
    # a regression vector: changing the recipe would change every pseudonym ever exported
    assert pseudonym(KEY, 1006) == "47ea4c68df1c6a6a"  # openssl dgst -sha256 -hmac KEY
    assert pseudonym(KEY, 1007) != pseudonym(KEY, 1006)
    assert pseudonym(KEY[::-1], 1006) != pseudonym(KEY, 1006)


@given(st.integers(min_value=-(2**63), max_value=2**63 - 1))
def test_every_id_gives_a_readable_fixed_length_label(telegram_id):
    label = pseudonym(KEY, telegram_id)
    assert len(label) == LENGTH and all(c in "0123456789abcdef" for c in label)


def test_the_key_file_sits_beside_the_data(tmp_path):
    media = tmp_path / "data" / "media"
    assert key_file_for("sqlite+aiosqlite:///data/integra.db", media) == Path(
        "data/integra.db.pseudonym-key"
    )
    server = "postgresql+asyncpg://bot@db/integra"
    assert key_file_for(server, media) == tmp_path / "data" / "pseudonym-key"


def test_the_key_file_is_private_and_never_overwritten(tmp_path):
    path = tmp_path / "keys" / "x.pseudonym-key"
    assert create_key_file(path, "first-key-value-0001") == "first-key-value-0001"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert create_key_file(path, "second-key-value-02") == "first-key-value-0001"
    assert path.read_text().strip() == "first-key-value-0001"
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary left


async def _stored_key(engine) -> str | None:
    async with session_factory(engine)() as session:
        return await Repositories(session).key_values.get(DB_KEY)


async def _store_key(engine, value: str) -> None:
    """As versions before 0009 did: the generated key in key_values."""
    async with session_factory(engine)() as session, session.begin():
        session.add(KeyValue(key=DB_KEY, value=value))


async def test_a_key_in_the_database_moves_to_the_file_unchanged(engine, tmp_path):
    await _store_key(engine, "old-key-from-the-database")
    key_file = tmp_path / "integra.db.pseudonym-key"
    assert await resolve_key(engine, None, key_file) == "old-key-from-the-database"
    assert key_file.read_text().strip() == "old-key-from-the-database"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert await _stored_key(engine) is None  # not in the database any more
    assert await resolve_key(engine, None, key_file) == "old-key-from-the-database"


async def test_a_new_key_is_generated_once_outside_the_database(engine, tmp_path):
    key_file = tmp_path / "k"
    keys = await asyncio.gather(*(resolve_key(engine, None, key_file) for _ in range(4)))
    assert len(set(keys)) == 1 and len(keys[0]) == 64
    assert await _stored_key(engine) is None


async def test_the_setting_wins_and_a_different_database_key_is_kept_aside(engine, tmp_path):
    await _store_key(engine, "old-key-from-the-database")
    key_file = tmp_path / "k"
    assert await resolve_key(engine, "the-setting-key-1234", key_file) == "the-setting-key-1234"
    assert not key_file.exists()
    kept = tmp_path / "k.from-database"
    assert kept.read_text().strip() == "old-key-from-the-database"
    assert await _stored_key(engine) is None


async def test_an_empty_key_file_is_an_error_not_a_new_key(engine, tmp_path):
    key_file = tmp_path / "k"
    key_file.write_text("\n")
    with pytest.raises(ValueError, match="empty"):
        await resolve_key(engine, None, key_file)
