"""What photovoice handlers share: dependencies built once per dispatcher, carrying out the
effects a dialog returns, and turning an `Outcome` into a `Reply` with its photos."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import replace

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError
from aiogram.types import CallbackQuery, Message, TelegramObject, User
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot import photovoice_media as images
from bot.l10n import Locales
from bot.photovoice_channel import publish, remove_posts
from bot.render import Reply
from bot.settings import Settings
from dialogs.notify import Notify as Notices
from dialogs.notify import send_later
from dialogs.photovoice import moderation
from dialogs.photovoice.flow import (
    Audit,
    Context,
    DeleteFiles,
    Effect,
    KeepFiles,
    Notify,
    Outcome,
    Publish,
    RemovePosts,
)
from dialogs.photovoice.model import FormSettings, load_settings
from dialogs.profile import Profile
from dialogs.screen import Screen
from storage.media import MediaStore, SanitizedImage
from storage.repositories import Repositories

log = logging.getLogger(__name__)
Tasks = set[asyncio.Task[None]]


class Deps:
    """Built once per dispatcher (`register`), injected into handlers as `photovoice`."""

    def __init__(self, settings: Settings, locales: Locales, media: MediaStore) -> None:
        self.settings = settings
        self.locales = locales
        self.form: FormSettings = load_settings()
        self.media = media
        self.semaphore = asyncio.Semaphore(images.IMAGE_WORKERS)
        self.tasks: Tasks = set()  # notices waiting to be sent after a commit


def context(repo: Repositories, profile: Profile, deps: Deps, user: User | None) -> Context:
    first_name = user.first_name if user is not None else None
    return Context(
        repo.photovoice,
        repo.profiles,
        profile,
        deps.form,
        first_name,
        timezone=deps.settings.timezone,
        public_channel=deps.settings.public_channel_id is not None,
    )


async def run_effects(
    effects: Sequence[Effect],
    *,
    bot: Bot,
    repo: Repositories,
    deps: Deps,
    actor: int | None = None,
    kept: dict[str, SanitizedImage] | None = None,
) -> int:
    """Carry out a dialog's effects inside the update's transaction; returns photos posted.

    Files are written or deleted and channel posts made or removed now (a failure rolls the
    transaction back; posts made are then removed again); notices wait for the commit."""
    posted = 0
    for effect in effects:
        if isinstance(effect, KeepFiles):
            assert kept is not None
            await images.keep(deps.media, kept[effect.photo.sha256])
        elif isinstance(effect, DeleteFiles):
            await images.delete_files(deps.media, effect.keys)
        elif isinstance(effect, RemovePosts):
            failed = await remove_posts(bot, effect.posts)
            # chat and message ids of posts still up, so staff can remove them by hand
            details = {
                "messages": [m for _, m in effect.posts],
                "failed": [[c, m] for c, m in failed],
            }
            outcome = "failed" if failed else "ok"
            await repo.audit.record(actor, "photovoice-unpost", outcome, details=details)
        elif isinstance(effect, Publish):
            posted += await publish(
                bot,
                deps.settings,
                deps.locales,
                deps.media,
                repo,
                deps.tasks,
                effect,
                actor,
            )
        elif isinstance(effect, Notify):
            await notify(bot, repo, deps, effect)
        elif isinstance(effect, Audit):
            details = dict(effect.details)
            await repo.audit.record(
                actor, effect.action, "ok", target=effect.target, details=details
            )
    return posted


async def publish_waiting(bot: Bot, sessions: async_sessionmaker[AsyncSession], deps: Deps) -> int:
    """Publish approved public submissions that have no post yet (approved while no public
    channel was set up), each in its own transaction, and tell their authors. Telegram
    refusing (a flood limit, the bot not in the channel) stops this run; the rest wait for the
    next start. Returns how many submissions were posted."""
    if deps.settings.public_channel_id is None:
        return 0
    async with sessions() as session, session.begin():
        waiting = await Repositories(session).photovoice.approved_unposted()
    done = 0
    for sid in waiting:
        try:
            async with sessions() as session, session.begin():
                repo = Repositories(session)
                found = await moderation.waiting_for_channel(repo.photovoice, sid)
                if found is None:
                    continue
                post, note = found
                if await run_effects([post], bot=bot, repo=repo, deps=deps):
                    await run_effects([note], bot=bot, repo=repo, deps=deps)
                    done += 1
        except TelegramAPIError as exc:
            log.warning(
                "approved photovoice posts wait for the next start: %s", type(exc).__name__
            )
            break
    if waiting:
        log.info("photovoice: %d of %d approved submissions posted at start", done, len(waiting))
    return done


async def notify(bot: Bot, repo: Repositories, deps: Deps, effect: Notify) -> None:
    """Through the outbox: sent after the commit, in the person's language then."""
    await send_later(repo.outbox, [Notices.of(effect.person_id, effect.screen)])


def _pressed_photo(event: TelegramObject | None) -> bool:
    message = event.message if isinstance(event, CallbackQuery) else None
    return isinstance(message, Message) and bool(message.photo)


async def reply(outcome: Outcome, deps: Deps, event: TelegramObject | None = None) -> Reply:
    """The outcome as a Reply with the photos its screens show. A photo message cannot be
    edited into text, so screens answering a button on a photo are sent as new messages."""
    screens: list[Screen] = list(outcome.screens)
    if _pressed_photo(event):
        screens = [replace(s, edit=False) for s in screens]
    photos = await images.photos_for(deps.media, screens)
    return Reply(screens, toast=outcome.toast, photos=photos)
