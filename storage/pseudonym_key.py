"""The pseudonym key, kept outside the database it protects.

A copy of the database must not carry the means to link its pseudonyms back to Telegram ids.
The key is the PSEUDONYM_KEY setting when set, otherwise a file generated once beside the data
(`key_file_for`), created with mode 0600 and never overwritten. A key an older version
generated into the database (key_values "pseudonym_key") is moved into that file on first
start, so pseudonyms stay the same.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.db import session_factory
from storage.repositories.settings import KeyValueRepository

log = logging.getLogger(__name__)

DB_KEY = "pseudonym_key"  # where versions before 0009 kept a generated key (key_values)
KEY_FILE_SUFFIX = ".pseudonym-key"


def key_file_for(database_url: str, media_dir: Path) -> Path:
    """Beside a SQLite file (`data/integra.db.pseudonym-key`); for a database server, in the
    data folder that holds MEDIA_DIR (`data/pseudonym-key` by default)."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        database = Path(url.database)
        return database.with_name(database.name + KEY_FILE_SUFFIX)
    return media_dir.parent / KEY_FILE_SUFFIX.lstrip(".")


def read_key_file(path: Path) -> str | None:
    try:
        key = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        return None
    if not key:
        raise ValueError(f"the pseudonym key file {path} is empty")
    return key


def create_key_file(path: Path, key: str) -> str:
    """Write `key` to `path` unless the file exists; return the key the file holds.

    The key is written to a private temporary file first and linked into place, so another
    process never reads a half-written key and an existing key is never replaced."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(key + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(FileExistsError):
            os.link(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    existing = read_key_file(path)
    assert existing is not None
    return existing


async def resolve_key(engine: AsyncEngine, setting: str | None, key_file: Path) -> str:
    """The key to use: PSEUDONYM_KEY, else the key file (made from a key the database still
    holds, or a new random one). A key left in the database is removed once it is safe outside;
    one that differs from the key in use is kept in `<key file>.from-database`, never lost."""
    async with session_factory(engine)() as session, session.begin():
        values = KeyValueRepository(session)
        stored = await values.get(DB_KEY)
        if setting:
            key = setting
        else:
            key = read_key_file(key_file) or create_key_file(
                key_file, stored or secrets.token_hex(32)
            )
        if stored is not None:
            if stored != key:
                kept = key_file.with_name(key_file.name + ".from-database")
                create_key_file(kept, stored)
                log.warning(
                    "the database held a different pseudonym key; it is kept in %s, "
                    "and the key in use is %s",
                    kept,
                    "PSEUDONYM_KEY" if setting else key_file,
                )
            await values.delete(DB_KEY)
            log.info("pseudonym key moved out of the database")
    return key
