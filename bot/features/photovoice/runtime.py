"""What photovoice handlers share: dependencies built once per dispatcher, carrying out the
effects a dialog returns, and turning an `Outcome` into a `Reply` with its photos."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace

from aiogram.types import CallbackQuery, Message, TelegramObject, User
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.features.photovoice.channel import post_later, unpost_later
from bot.images import Images
from bot.l10n import Locales
from bot.render import Reply
from bot.settings import Settings
from dialogs.notify import send_later
from dialogs.photovoice import (
    Audit,
    Context,
    DeleteFiles,
    Effect,
    FormSettings,
    IncomingPhoto,
    KeepFiles,
    Notify,
    Outcome,
    Publish,
    RemovePosts,
    load_settings,
    waiting_for_channel,
)
from dialogs.profile import Profile
from dialogs.screen import Screen
from storage.media import SanitizedImage, keys_for
from storage.repositories import Repositories

log = logging.getLogger(__name__)


class Deps:
    """Built once per dispatcher (`register`), injected into handlers as `photovoice`."""

    def __init__(self, settings: Settings, locales: Locales, images: Images) -> None:
        self.settings = settings
        self.locales = locales
        self.form: FormSettings = load_settings()
        self.images = images


def incoming(image: SanitizedImage, media_group_id: str | None) -> IncomingPhoto:
    """What the flow needs to know of a cleaned picture (not yet kept)."""
    image_key, thumb_key = keys_for(image.sha256)
    return IncomingPhoto(
        sha256=image.sha256,
        image_key=image_key,
        thumb_key=thumb_key,
        width=image.width,
        height=image.height,
        size=len(image.data),
        original_format=image.original_format,
        media_group_id=media_group_id,
    )


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
    repo: Repositories,
    deps: Deps,
    actor: int | None = None,
    kept: dict[str, SanitizedImage] | None = None,
) -> None:
    """Carry out a dialog's effects inside the update's transaction.

    Files are written or deleted now (a clean picture only, before its row is committed);
    channel posts and their removal, and notices to other people, are written to the outbox
    and made by the courier once the transaction has committed."""
    for effect in effects:
        if isinstance(effect, KeepFiles):
            assert kept is not None
            await deps.images.keep(kept[effect.photo.sha256])
        elif isinstance(effect, DeleteFiles):
            await deps.images.delete(effect.keys)
        elif isinstance(effect, RemovePosts):
            await unpost_later(repo, effect, actor)
        elif isinstance(effect, Publish):
            await post_later(repo, effect, actor)
        elif isinstance(effect, Notify):
            await send_later(repo.outbox, [effect])
        elif isinstance(effect, Audit):
            details = dict(effect.details)
            await repo.audit.record(
                actor, effect.action, "ok", target=effect.target, details=details
            )


async def publish_waiting(sessions: async_sessionmaker[AsyncSession], deps: Deps) -> int:
    """Queue the posts of approved public submissions that have none yet (approved while no
    public channel was set up); each author is told once their post is up. Returns how many
    were queued."""
    if deps.settings.public_channel_id is None:
        return 0
    async with sessions() as session, session.begin():
        repo = Repositories(session)
        queued = 0
        for sid in await repo.photovoice.approved_unposted():
            found = await waiting_for_channel(repo.photovoice, sid)
            if found is not None:
                await run_effects([found], repo=repo, deps=deps)
                queued += 1
    if queued:
        log.info("photovoice: %d approved submissions queued for the channel at start", queued)
    return queued


def _pressed_photo(event: TelegramObject | None) -> bool:
    message = event.message if isinstance(event, CallbackQuery) else None
    return isinstance(message, Message) and bool(message.photo)


async def reply(outcome: Outcome, deps: Deps, event: TelegramObject | None = None) -> Reply:
    """The outcome as a Reply with the photos its screens show. A photo message cannot be
    edited into text, so screens answering a button on a photo are sent as new messages."""
    screens: list[Screen] = list(outcome.screens)
    if _pressed_photo(event):
        screens = [replace(s, edit=False) for s in screens]
    photos = await deps.images.photos_for(screens)
    return Reply(screens, toast=outcome.toast, photos=photos)
