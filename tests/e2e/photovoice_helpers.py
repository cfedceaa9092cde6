"""Shared steps for the photovoice end-to-end tests."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from storage.db import create_engine, session_factory
from storage.models_photovoice import Photo, PhotoSubmission
from tests.e2e.texts import label

CHANNEL = -100123


async def rows(running, model, **where) -> list:
    engine = create_engine(running.database_url)
    try:
        async with session_factory(engine)() as session:
            stmt = select(model).filter_by(**where).order_by(model.id)
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
