"""`integra-bot broadcast send|status|cancel` and `integra-bot worker` from the command line:
queued for the right people with the right texts, cleaned photos, one clear line for bad
input (exit 2), never a traceback."""

from __future__ import annotations

import asyncio
import io

import pytest
from PIL import Image
from sqlalchemy import select

from bot.cli import main
from storage.db import create_engine, session_factory
from storage.models_broadcasts import Broadcast
from storage.models_outbox import Delivery
from tests.e2e.broadcast_helpers import seed_subscribers
from tests.photovoice.images import jpeg


@pytest.fixture
def db(tmp_path, monkeypatch) -> str:
    url = f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("MEDIA_DIR", str(tmp_path / "media"))
    monkeypatch.delenv("BOT_TOKEN", raising=False)
    asyncio.run(seed_subscribers(url, 8, languages=("ar", "en", "uk", "bg")))
    return url


def rows(url: str, model) -> list:
    async def read() -> list:
        engine = create_engine(url)
        try:
            async with session_factory(engine)() as session:
                return list((await session.execute(select(model))).scalars())
        finally:
            await engine.dispose()

    return asyncio.run(read())


def test_send_queues_one_row_per_subscriber_and_says_so(db, capsys):
    assert main(["broadcast", "send", "--topic", "results", "--text", "  The results!  "]) == 0
    assert "broadcast #1 queued for 8 people (topic results)" in capsys.readouterr().out
    [broadcast] = rows(db, Broadcast)
    assert (broadcast.status, broadcast.texts) == ("queued", {"bg": "The results!"})
    assert len(rows(db, Delivery)) == 8
    assert main(["broadcast", "send", "--topic", "sessions", "--text", "x"]) == 0
    assert "queued for 0 people" in capsys.readouterr().out  # nobody asked for sessions


def test_a_file_gives_a_text_per_language_and_the_audience_can_be_narrowed(db, tmp_path, capsys):
    texts = tmp_path / "results.yaml"
    texts.write_text("en: Results are out\nar: صدرت النتائج\n", encoding="utf-8")
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(jpeg(5, gps=True))
    argv = ["broadcast", "send", "--topic", "results", "--language", "ar", "--file", str(texts)]
    assert main([*argv, "--photo", str(photo)]) == 0
    assert "queued for 2 people (topic results, language ar)" in capsys.readouterr().out
    [broadcast] = rows(db, Broadcast)
    assert broadcast.texts == {"en": "Results are out", "ar": "صدرت النتائج"}
    kept = tmp_path / "media" / broadcast.photo_key
    assert not Image.open(io.BytesIO(kept.read_bytes())).getexif()  # no GPS kept
    assert [d.payload["lang"] for d in rows(db, Delivery)] == ["ar", "ar"]


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("xx: hello\n", "'xx' is not one of bg, en, ar, fa, uk, ru"),
        ("- a list\n", "must map languages to texts"),
        ("en: [1, 2]\n", "the en text must be a text"),
        ("en: '   '\n", "the en text is empty"),
        ("en: 'a\n", "is not YAML"),
    ],
)
def test_a_bad_file_is_one_line_and_nothing_is_queued(db, tmp_path, capsys, content, says):
    texts = tmp_path / "bad.yaml"
    texts.write_text(content, encoding="utf-8")
    assert main(["broadcast", "send", "--topic", "polls", "--file", str(texts)]) == 2
    err = capsys.readouterr().err
    assert says in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert rows(db, Broadcast) == []


def test_status_and_cancel(db, capsys):
    main(["broadcast", "send", "--topic", "results", "--text", "One"])
    capsys.readouterr()
    assert main(["broadcast", "status"]) == 0
    listing = capsys.readouterr().out.splitlines()
    assert listing[1].split()[:5] == ["#1", "results", "-", "sending", "8"]
    assert main(["broadcast", "cancel", "1"]) == 0
    assert "broadcast #1 cancelled: 8 messages will not be sent" in capsys.readouterr().out
    assert main(["broadcast", "status", "1"]) == 0
    assert capsys.readouterr().out.splitlines()[1].split()[3] == "cancelled"
    assert {d.status for d in rows(db, Delivery)} == {"cancelled"}
    assert main(["broadcast", "cancel", "1"]) == 0
    assert "already cancelled" in capsys.readouterr().out
    assert main(["broadcast", "cancel", "99"]) == 2
    assert "there is no broadcast #99" in capsys.readouterr().err


def test_the_worker_needs_the_token(db, capsys):
    assert main(["worker"]) == 2
    assert "BOT_TOKEN" in capsys.readouterr().err
