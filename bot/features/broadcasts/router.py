"""Announcements: the topics screen for everyone (tp:…), and for staff /broadcast (write one,
step by step), /broadcasts (the latest and their progress) and the Cancel button (bc:…)."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from functools import partial

from aiogram import Bot, F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message

from bot.feature import Wiring
from bot.flows import InFlow
from bot.images import DownloadRefused, Images
from bot.render import Reply
from bot.roles import privileged_router
from bot.settings import Settings
from dialogs.broadcasts import (
    DRAFT_PREFIX,
    FLOW,
    TOPIC_PREFIX,
    Env,
    cancel_broadcast,
    discard_draft,
    on_draft_button,
    on_photo,
    on_text,
    press_topic,
    recent_broadcasts,
    start,
    start_for_session,
)
from dialogs.ids import parse_key
from dialogs.profile import Profile
from dialogs.screen import Msg, Screen
from storage.media import ImageRejected, keys_for
from storage.repositories import Repositories

log = logging.getLogger(__name__)

# Who registered for (or waits for) a session, for the audience "the people of one session".
SessionPeople = Callable[[Repositories, int], Awaitable[Sequence[int]]]


async def session_people(repo: Repositories, session_id: int) -> Sequence[int]:
    return [a.person_id for a in await repo.sessions.attendees(session_id)]


# -- everyone: topics ----------------------------------------------------------------------
async def topics_press(query: CallbackQuery, repo: Repositories, profile: Profile) -> Reply:
    screens, toast = await press_topic(repo.subscriptions, profile, query.data or "")
    return Reply(screens, toast=toast)


# -- staff -----------------------------------------------------------------------------------
def _env(settings: Settings, repo: Repositories) -> Env:
    return Env(
        default=settings.default_locale,
        fallback=settings.fallback_locale,
        session_people=partial(session_people, repo),
    )


async def new_broadcast(
    message: Message, repo: Repositories, profile: Profile, settings: Settings, images: Images
) -> Reply:
    await repo.audit.record(profile.telegram_id, "broadcast", "ok")
    screens = await start(repo.broadcasts, repo.profiles, profile, _env(settings, repo))
    return Reply(screens, photos=await images.photos_for(screens))


async def draft_text(
    message: Message, repo: Repositories, profile: Profile, settings: Settings, images: Images
) -> Reply:
    env = _env(settings, repo)
    screens = await on_text(repo.broadcasts, repo.profiles, profile, message.text or "", env)
    return Reply(screens, photos=await images.photos_for(screens))


async def draft_photo(
    message: Message,
    repo: Repositories,
    profile: Profile,
    settings: Settings,
    bot: Bot,
    images: Images,
) -> Reply:
    env = _env(settings, repo)
    draft = await repo.broadcasts.draft_of(profile.person_id)
    if draft is None or draft.step != "text":
        return Reply([Screen.of("broadcast-new-photo-not-now")])
    largest = (message.photo or [])[-1]
    try:
        image = await images.fetch(bot, profile.person_id, largest.file_id, largest.file_size)
    except DownloadRefused:
        return Reply([Screen.of("broadcast-new-photo-bad")])
    except ImageRejected as exc:
        log.info("broadcast photo refused: %s", exc.reason.value)
        return Reply([Screen.of("broadcast-new-photo-bad")])
    await images.keep(image)  # clean bytes only, content-addressed
    image_key, _ = keys_for(image.sha256)
    screens = await on_photo(repo.broadcasts, profile, image_key, message.caption, env)
    return Reply(screens)


async def draft_other(message: Message) -> Reply:
    return Reply([Screen.of("broadcast-new-use-text")])


async def draft_button(
    query: CallbackQuery,
    repo: Repositories,
    profile: Profile,
    settings: Settings,
    images: Images,
) -> Reply:
    env = _env(settings, repo)
    pressed = query.data or ""
    screens, toast = await on_draft_button(repo.broadcasts, repo.profiles, profile, pressed, env)
    if pressed == "bc:send" and screens:
        draft_gone = await repo.broadcasts.draft_of(profile.person_id) is None
        await repo.audit.record(
            profile.telegram_id, "broadcast-send", "ok" if draft_gone else "noop"
        )
    return Reply(screens, toast=toast, photos=await images.photos_for(screens))


async def cancel_press(query: CallbackQuery, repo: Repositories, profile: Profile) -> Reply:
    screens, toast = await cancel_broadcast(repo.broadcasts, repo.audit, profile, query.data or "")
    return Reply(screens, toast=toast)


async def for_session(
    query: CallbackQuery, repo: Repositories, profile: Profile, settings: Settings
) -> Reply:
    """bc:session:<id>, a button the sessions feature may put on a session's staff screen."""
    session_id = parse_key((query.data or "").rpartition(":")[2])
    if session_id is None:
        return Reply(toast=Msg("button-expired"))
    env = _env(settings, repo)
    screens = await start_for_session(repo.broadcasts, repo.profiles, profile, session_id, env)
    return Reply(screens)


async def recent(message: Message, repo: Repositories, profile: Profile) -> Reply:
    await repo.audit.record(profile.telegram_id, "broadcasts", "ok")
    return Reply(await recent_broadcasts(repo.broadcasts))


async def cancel_draft(repo: Repositories, profile: Profile) -> bool:
    return await discard_draft(repo.broadcasts, profile)


def staff_router() -> Router:
    router = privileged_router("broadcasts", "staff")
    router.message.register(new_broadcast, Command("broadcast"))
    router.message.register(recent, Command("broadcasts"))
    router.message.register(draft_text, InFlow(FLOW), F.text, ~F.text.startswith("/"))
    router.message.register(draft_photo, InFlow(FLOW), F.photo)
    router.message.register(draft_other, InFlow(FLOW), ~F.text)
    router.callback_query.register(cancel_press, F.data.startswith("bc:cancel:"))
    router.callback_query.register(for_session, F.data.startswith("bc:session:"))
    router.callback_query.register(draft_button, F.data.startswith(DRAFT_PREFIX))
    return router


def setup() -> Router:
    """A fresh router each time: a dispatcher can be built more than once (tests, restarts)."""
    router = Router(name="broadcasts-topics")
    router.callback_query.register(topics_press, F.data.startswith(TOPIC_PREFIX))
    router.include_router(staff_router())
    return router


def register(wiring: Wiring) -> None:
    wiring.cancellers.register(FLOW, cancel_draft)
