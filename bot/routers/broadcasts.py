"""Announcements: the topics screen for everyone (tp:…), and for staff /broadcast (write one,
step by step), /broadcasts (the latest and their progress) and the Cancel button (bc:…)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from functools import partial
from typing import Any

from aiogram import Bot, Dispatcher, F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message

from bot import photovoice_media as images
from bot.flows import InFlow
from bot.render import Reply
from bot.roles import privileged_router
from bot.settings import Settings
from dialogs.broadcasts import compose, staff, topics
from dialogs.ids import parse_key
from dialogs.profile import Profile
from dialogs.screen import Msg, Screen
from storage.media import ImageRejected, MediaStore, keys_for
from storage.repositories import Repositories

log = logging.getLogger(__name__)

# The sessions feature hands over who registered for a session: dp[SESSION_PEOPLE] = an async
# function (repo, session id) -> person ids. Without it, session audiences are not offered.
SESSION_PEOPLE = "broadcast_session_people"
SessionPeople = Callable[[Repositories, int], Awaitable[Sequence[int]]]


# -- everyone: topics ----------------------------------------------------------------------
async def topics_press(query: CallbackQuery, repo: Repositories, profile: Profile) -> Reply:
    screens, toast = await topics.press(repo.subscriptions, profile, query.data or "")
    return Reply(screens, toast=toast)


# -- staff -----------------------------------------------------------------------------------
def _env(settings: Settings, repo: Repositories, data: dict[str, Any]) -> compose.Env:
    query: SessionPeople | None = data.get(SESSION_PEOPLE)
    return compose.Env(
        default=settings.default_locale,
        fallback=settings.fallback_locale,
        session_people=partial(query, repo) if query is not None else None,
    )


async def _photos(media: MediaStore, screens: Sequence[Screen]) -> dict[str, bytes]:
    return await images.photos_for(media, screens)


async def new_broadcast(
    message: Message, repo: Repositories, profile: Profile, settings: Settings, **data: Any
) -> Reply:
    await repo.audit.record(profile.telegram_id, "broadcast", "ok")
    screens = await compose.start(
        repo.broadcasts, repo.profiles, profile, _env(settings, repo, data)
    )
    return Reply(screens, photos=await _photos(data["media"], screens))


async def draft_text(
    message: Message, repo: Repositories, profile: Profile, settings: Settings, **data: Any
) -> Reply:
    env = _env(settings, repo, data)
    screens = await compose.on_text(
        repo.broadcasts, repo.profiles, profile, message.text or "", env
    )
    return Reply(screens, photos=await _photos(data["media"], screens))


async def draft_photo(
    message: Message,
    repo: Repositories,
    profile: Profile,
    settings: Settings,
    bot: Bot,
    **data: Any,
) -> Reply:
    env = _env(settings, repo, data)
    draft = await repo.broadcasts.draft_of(profile.person_id)
    if draft is None or draft.step != "text":
        return Reply([Screen.of("broadcast-new-photo-not-now")])
    largest = (message.photo or [])[-1]
    try:
        raw = await images.download(bot, largest.file_id, largest.file_size)
        image = await images.sanitize(raw, data["broadcast_images"])
    except images.DownloadRefused:
        return Reply([Screen.of("broadcast-new-photo-bad")])
    except ImageRejected as exc:
        log.info("broadcast photo refused: %s", exc.reason.value)
        return Reply([Screen.of("broadcast-new-photo-bad")])
    await images.keep(data["media"], image)  # clean bytes only, content-addressed
    image_key, _ = keys_for(image.sha256)
    screens = await compose.on_photo(repo.broadcasts, profile, image_key, message.caption, env)
    return Reply(screens)


async def draft_other(message: Message) -> Reply:
    return Reply([Screen.of("broadcast-new-use-text")])


async def draft_button(
    query: CallbackQuery, repo: Repositories, profile: Profile, settings: Settings, **data: Any
) -> Reply:
    env = _env(settings, repo, data)
    pressed = query.data or ""
    screens, toast = await compose.on_button(repo.broadcasts, repo.profiles, profile, pressed, env)
    if pressed == "bc:send" and screens:
        draft_gone = await repo.broadcasts.draft_of(profile.person_id) is None
        await repo.audit.record(
            profile.telegram_id, "broadcast-send", "ok" if draft_gone else "noop"
        )
    return Reply(screens, toast=toast, photos=await _photos(data["media"], screens))


async def cancel_press(query: CallbackQuery, repo: Repositories, profile: Profile) -> Reply:
    screens, toast = await staff.cancel(repo.broadcasts, repo.audit, profile, query.data or "")
    return Reply(screens, toast=toast)


async def for_session(
    query: CallbackQuery, repo: Repositories, profile: Profile, settings: Settings, **data: Any
) -> Reply:
    """bc:session:<id>, a button the sessions feature may put on a session's staff screen."""
    session_id = parse_key((query.data or "").rpartition(":")[2])
    if session_id is None:
        return Reply(toast=Msg("button-expired"))
    env = _env(settings, repo, data)
    screens = await compose.start_for_session(
        repo.broadcasts, repo.profiles, profile, session_id, env
    )
    return Reply(screens)


async def recent(message: Message, repo: Repositories, profile: Profile) -> Reply:
    await repo.audit.record(profile.telegram_id, "broadcasts", "ok")
    return Reply(await staff.recent(repo.broadcasts))


async def cancel_draft(repo: Repositories, profile: Profile) -> bool:
    return await compose.cancel(repo.broadcasts, profile)


def staff_router() -> Router:
    router = privileged_router("broadcasts", "staff")
    router.message.register(new_broadcast, Command("broadcast"))
    router.message.register(recent, Command("broadcasts"))
    router.message.register(draft_text, InFlow(compose.FLOW), F.text, ~F.text.startswith("/"))
    router.message.register(draft_photo, InFlow(compose.FLOW), F.photo)
    router.message.register(draft_other, InFlow(compose.FLOW), ~F.text)
    router.callback_query.register(cancel_press, F.data.startswith("bc:cancel:"))
    router.callback_query.register(for_session, F.data.startswith("bc:session:"))
    router.callback_query.register(draft_button, F.data.startswith(compose.PREFIX))
    return router


def setup() -> Router:
    """A fresh router each time: a dispatcher can be built more than once (tests, restarts)."""
    router = Router(name="broadcasts-topics")
    router.callback_query.register(topics_press, F.data.startswith(topics.PREFIX))
    router.include_router(staff_router())
    return router


def register(dp: Dispatcher) -> None:
    dp["broadcast_images"] = asyncio.Semaphore(images.IMAGE_WORKERS)
    dp["cancellers"].register(compose.FLOW, cancel_draft)
