"""The public channel: post an approved submission the way its author chose, remove it again.

`dialogs.photovoice.display.public_showing` is asked right before posting; nothing is posted
without approval and consent (and the agreement of recognisable people). The channel reads the
default locale (theme names); the story stays in the words its author wrote.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError, TelegramBadRequest, TelegramRetryAfter
from aiogram.types import BufferedInputFile, InputMediaPhoto
from aiogram.types.media_union import MediaUnion

from bot.l10n import Locales
from bot.notify import after_rollback
from bot.photovoice_media import for_telegram
from bot.render import MAX_CAPTION
from bot.settings import Settings
from dialogs.photovoice.display import channel_caption, reviewed_showing
from dialogs.photovoice.flow import Publish
from storage.media import MediaStore
from storage.repositories import Repositories

log = logging.getLogger(__name__)


async def publish(
    bot: Bot,
    settings: Settings,
    locales: Locales,
    media: MediaStore,
    repo: Repositories,
    tasks: set[asyncio.Task[None]],
    effect: Publish,
    actor: int | None,
) -> int:
    """Post the submission if it may be shown and is not posted yet, with the name a
    moderator reviewed (or none); returns how many photos are in the channel now. If the
    transaction rolls back, the posts are removed again."""
    channel = settings.public_channel_id
    submission_id = effect.submission_id
    submission = await repo.photovoice.get(submission_id)
    if channel is None or submission is None:
        return 0
    showing = reviewed_showing(submission, effect.attribution)
    if showing is None:
        return 0
    if any(p.channel_message_id for p in submission.photos):
        return sum(1 for p in submission.photos if p.channel_message_id)
    l10n = locales.for_language(settings.default_locale)
    parts = channel_caption(submission, showing)
    caption = "\n\n".join(l10n.render(part) for part in parts)
    if len(caption) > MAX_CAPTION:  # never cut inside markup: drop the story instead
        caption = "\n\n".join(l10n.render(p) for p in (parts[0], *parts[2:]))
    images = [await for_telegram(media, p.image_key) for p in submission.photos]
    files = [
        BufferedInputFile(data, filename=f"photovoice-{submission_id}-{i + 1}.jpg")
        for i, data in enumerate(images)
        if data is not None
    ]
    if not files:
        return 0
    if len(files) == 1:
        sent = [await bot.send_photo(channel, files[0], caption=caption)]
    else:
        group: list[MediaUnion] = [
            InputMediaPhoto(media=f, caption=caption if i == 0 else None)
            for i, f in enumerate(files)
        ]
        sent = await bot.send_media_group(channel, group)
    posts = [(channel, m.message_id) for m in sent]
    kept = [p for p, data in zip(submission.photos, images, strict=True) if data is not None]
    await repo.photovoice.set_channel_messages(
        {p.id: post for p, post in zip(kept, posts, strict=False)}
    )
    await repo.audit.record(
        actor,
        "photovoice-post",
        "ok",
        target=f"submission:{submission_id}",
        details={
            "chat": channel,
            "messages": [m for _, m in posts],
            "named": bool(showing.attribution),
        },
    )

    async def undo() -> None:
        await remove_posts(bot, posts)

    after_rollback(repo.session, tasks, undo)
    log.info("photovoice submission posted to the channel (%d photos)", len(posts))
    return len(posts)


async def remove_posts(bot: Bot, posts: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Delete channel posts; a post already gone counts as removed. Returns those that could
    not be removed (Telegram refused), for the audit log and a person to remove by hand."""
    failed = []
    for chat_id, message_id in posts:
        if not await _delete_post(bot, chat_id, message_id):
            failed.append((chat_id, message_id))
    return failed


async def _delete_post(bot: Bot, chat_id: int, message_id: int) -> bool:
    """True when the post is gone. Any refusal (too old to delete, bot removed from the
    channel, flood limit twice, network) is reported, never raised: it must not stop a person
    from withdrawing or deleting their data."""
    for attempt in range(2):
        try:
            await bot.delete_message(chat_id, message_id)
            return True
        except TelegramRetryAfter as exc:
            if attempt == 0:
                await asyncio.sleep(exc.retry_after)
                continue
            log.warning("a channel post could not be deleted: flood limit")
        except TelegramBadRequest as exc:
            if "not found" in exc.message.lower():
                return True
            log.warning("a channel post could not be deleted: %s", exc.message)
        except TelegramAPIError as exc:
            log.warning("a channel post could not be deleted: %s", type(exc).__name__)
        return False
    return False
