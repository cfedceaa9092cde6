"""Shared steps for the photovoice end-to-end tests."""

from __future__ import annotations

import secrets
from pathlib import Path

from sqlalchemy import select

from sandbox.state import CallbackRecord
from storage.db import create_engine, session_factory
from storage.models_photovoice import Photo, PhotoSubmission
from tests.e2e.texts import label

CHANNEL = -100123


async def rows(running, model, **where) -> list:
    engine = create_engine(running.database_url)
    try:
        async with session_factory(engine)() as session:
            key = model.id if hasattr(model, "id") else next(iter(model.__table__.primary_key))
            stmt = select(model).filter_by(**where).order_by(key)
            return list((await session.execute(stmt)).scalars())
    finally:
        await engine.dispose()


async def submissions(running, **where) -> list[PhotoSubmission]:
    return await rows(running, PhotoSubmission, **where)


async def photos(running, **where) -> list[Photo]:
    return await rows(running, Photo, **where)


def media_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


async def onboard(user, lang: str = "en", group: str = "foreign_national") -> None:
    await user.command("/start")
    await user.press(label(lang, f"language-name-{lang}"))
    await user.press(label(lang, "privacy-agree"))
    await user.press(label(lang, f"group-{group.replace('_', '-')}"))


async def start_photo(user, lang: str = "en", theme: str = "housing") -> None:
    await user.command("/photo")
    await user.press(label(lang, f"pv-theme-{theme}"))


async def tell_story(user, lang: str = "en", answers: tuple[str | None, ...] = ()) -> None:
    """Press Next, then answer the five SHOWeD prompts (None = Skip)."""
    await user.press(label(lang, "pv-next"))
    for i in range(5):
        answer = answers[i] if i < len(answers) else None
        if answer is None:
            await user.press(label(lang, "pv-skip"))
        else:
            await user.send(answer)


async def finish(
    user, lang: str = "en", *, recognisable: str = "no", agreed: bool = True, display: str
) -> None:
    await user.press(label(lang, f"pv-recognisable-{recognisable}"))
    if recognisable != "no":
        await user.press(label(lang, f"pv-agreement-{'yes' if agreed else 'no'}"))
        if not agreed:
            return
    name = user.info.first_name.split()[0]
    await user.press(label(lang, f"pv-display-{display}", name=name))


async def submit_one(
    user,
    image: bytes,
    *,
    lang: str = "en",
    display: str = "anonymous",
    theme: str = "housing",
    story: tuple[str | None, ...] = ("A bus stop with no shade.",),
) -> None:
    await start_photo(user, lang, theme)
    await user.send_photo(image)
    await tell_story(user, lang, story)
    await finish(user, lang, display=display)
    await user.press(label(lang, "pv-send"))


async def press_data(user, message, data: str) -> None:
    """Press a button carrying `data` on `message`, as a client would send it: an old button
    whose keyboard is gone since, or one forged by hand."""
    query_id = str(secrets.randbits(63))
    user.sb.callbacks[query_id] = CallbackRecord(
        query_id, user.id, user.id, message.message_id, data
    )
    body = {
        "callback_query": {
            "id": query_id,
            "from": user.info.to_json(),
            "message": dict(message.data),
            "chat_instance": str(user.id * 7919 % 10**12),
            "data": data,
        }
    }
    await user.sb.wait_handled(user.sb.updates.push(body, f"forged press by user {user.id}"))


def button_data(message, text: str) -> str:
    [data] = [
        b["callback_data"] for row in message.inline_keyboard for b in row if b["text"] == text
    ]
    return data
