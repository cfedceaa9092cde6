"""The public channel: post an approved submission the way its author chose, remove it again.

Both happen after the deciding transaction has committed, as outbox rows delivered by the
courier (bot.courier): no Telegram call is made while a database transaction is open, so a
flood wait in the channel never holds up anyone else's writes. A submission's posts and
removals share one outbox lane, so they happen in the order they were decided.

Right before posting, `dialogs.photovoice.display.reviewed_showing` is asked again: nothing is
posted without approval and consent (and the agreement of recognisable people), and never with
a name no moderator saw. After posting, the submission is locked and asked once more; if it was
withdrawn or deleted meanwhile, the new post is removed at once. The channel reads the default
locale (theme names); the story stays in the words its author wrote.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import timedelta
from typing import Any

from aiogram.exceptions import TelegramAPIError, TelegramBadRequest
from aiogram.types import BufferedInputFile, InputMediaPhoto
from aiogram.types.media_union import MediaUnion

from bot.courier import Courier, Post, Undeliverable
from bot.images import Images
from bot.render import MAX_CAPTION
from bot.settings import Settings
from dialogs.notify import Notify, send_later
from dialogs.photovoice import (
    PublicShowing,
    Publish,
    RemovePosts,
    SubmissionRecord,
    channel_caption,
    posted_ids,
    reviewed_showing,
)
from dialogs.screen_codec import dump_screens, load_screens
from storage.models import utcnow
from storage.repositories import Repositories
from storage.repositories.outbox import Job

log = logging.getLogger(__name__)
POST, UNPOST = "photovoice-post", "photovoice-unpost"
# One submission is posted at most twice in ten minutes (an approval and one change of name),
# so nobody can make the channel repost their picture over and over.
POSTS_PER_WINDOW, POST_WINDOW = 2, timedelta(minutes=10)


def lane(submission_id: int) -> str:
    return f"photovoice:{submission_id}"


async def post_later(repo: Repositories, effect: Publish, actor: int | None) -> None:
    """Queue the post; one posted POSTS_PER_WINDOW times within POST_WINDOW waits."""
    then = None
    if effect.then is not None:
        then = {"person": effect.then.person_id, "screens": dump_screens(effect.then.screens)}
    recent = await repo.outbox.sent_since(lane(effect.submission_id), POST, utcnow() - POST_WINDOW)
    wait_until = None
    if len(recent) >= POSTS_PER_WINDOW:
        wait_until = recent[-POSTS_PER_WINDOW] + POST_WINDOW
    await repo.outbox.enqueue(
        POST,
        {
            "submission": effect.submission_id,
            "attribution": effect.attribution,
            "actor": actor,
            "then": then,
        },
        lane=lane(effect.submission_id),
        not_before=wait_until,
    )


async def unpost_later(repo: Repositories, effect: RemovePosts, actor: int | None) -> None:
    """Queue the removal. Not tied to the person: it stays queued when they delete their data."""
    await repo.outbox.enqueue(
        UNPOST,
        {"posts": [list(p) for p in effect.posts], "actor": actor},
        lane=lane(effect.submission_id) if effect.submission_id is not None else None,
    )


def _caption(
    settings: Settings, post: Post, submission: SubmissionRecord, showing: PublicShowing
) -> str:
    l10n = post.locales.for_language(settings.default_locale)
    parts = channel_caption(submission, showing)
    caption = "\n\n".join(l10n.render(part) for part in parts)
    if len(caption) > MAX_CAPTION:  # never cut inside markup: drop the story instead
        caption = "\n\n".join(l10n.render(p) for p in (parts[0], *parts[2:]))
    return caption


async def deliver_post(job: Job, post: Post, *, settings: Settings, images: Images) -> None:
    channel = settings.public_channel_id
    sid, attribution = int(job.payload["submission"]), job.payload.get("attribution")
    if channel is None:  # stays approved and unposted: posted at a start with a channel
        raise Undeliverable("no channel", status="cancelled")
    async with post.sessions() as session:
        submission = await Repositories(session).photovoice.get(sid)
    showing = reviewed_showing(submission, attribution) if submission else None
    if submission is None or showing is None or posted_ids(submission):
        raise Undeliverable("not to be shown", status="cancelled")
    caption = _caption(settings, post, submission, showing)
    pictures = [await images.for_telegram(p.image_key) for p in submission.photos]
    files = [
        BufferedInputFile(data, filename=f"photovoice-{sid}-{i + 1}.jpg")
        for i, data in enumerate(pictures)
        if data is not None
    ]
    if not files:
        raise Undeliverable("files missing")
    if len(files) == 1:
        photo = files[0]
        sent = [
            await post.call(channel, lambda: post.bot.send_photo(channel, photo, caption=caption))
        ]
    else:
        group: list[MediaUnion] = [
            InputMediaPhoto(media=f, caption=caption if i == 0 else None)
            for i, f in enumerate(files)
        ]
        sent = await post.call(channel, lambda: post.bot.send_media_group(channel, group))
    posts = [(channel, m.message_id) for m in sent]
    if not await _record(post, job, submission, pictures, posts, bool(showing.attribution)):
        await _remove(post, posts, actor=job.payload.get("actor"), why="withdrawn-meanwhile")


async def _record(
    post: Post,
    job: Job,
    before: SubmissionRecord,
    images: list[bytes | None],
    posts: list[tuple[int, int]],
    named: bool,
) -> bool:
    """Keep the post's ids on the submission if it may still be shown; False otherwise."""
    sid, attribution = before.id, job.payload.get("attribution")
    async with post.sessions() as session, session.begin():
        repo = Repositories(session)
        try:
            now = await repo.photovoice.lock(sid)
        except LookupError:
            return False  # deleted meanwhile
        if reviewed_showing(now, attribution) is None or posted_ids(now):
            return False
        kept = [p for p, data in zip(before.photos, images, strict=True) if data is not None]
        await repo.photovoice.set_channel_messages(
            {p.id: msg for p, msg in zip(kept, posts, strict=False)}
        )
        await repo.audit.record(
            job.payload.get("actor"),
            "photovoice-post",
            "ok",
            target=f"submission:{sid}",
            details={"chat": posts[0][0], "messages": [m for _, m in posts], "named": named},
        )
        then = job.payload.get("then")
        if then:
            notice = Notify(int(then["person"]), tuple(load_screens(then["screens"])))
            await send_later(repo.outbox, [notice])
    log.info("photovoice submission posted to the channel (%d photos)", len(posts))
    return True


async def deliver_unpost(job: Job, post: Post) -> None:
    posts = [(int(c), int(m)) for c, m in job.payload["posts"]]
    await _remove(post, posts, actor=job.payload.get("actor"), why=None)


async def _remove(
    post: Post, posts: Iterable[tuple[int, int]], *, actor: int | None, why: str | None
) -> None:
    """Delete the posts (one already gone counts as removed) and audit the result, with the
    ids of any Telegram refused (too old, bot not in the channel) for removal by hand."""
    posts = list(posts)
    failed = [p for p in posts if not await _delete_post(post, *p)]
    details: dict[str, Any] = {
        "messages": [m for _, m in posts],
        "failed": [[c, m] for c, m in failed],
    }
    if why:
        details["why"] = why
    async with post.sessions() as session, session.begin():
        await Repositories(session).audit.record(
            actor, "photovoice-unpost", "failed" if failed else "ok", details=details
        )


async def _delete_post(post: Post, chat_id: int, message_id: int) -> bool:
    """True when the post is gone. Any refusal is reported, never raised: it must not stop
    anyone from withdrawing or deleting their data."""
    try:
        await post.call(chat_id, lambda: post.bot.delete_message(chat_id, message_id))
        return True
    except TelegramBadRequest as exc:
        if "not found" in exc.message.lower():
            return True
        log.warning("a channel post could not be deleted: %s", exc.message)
    except TelegramAPIError as exc:
        log.warning("a channel post could not be deleted: %s", type(exc).__name__)
    return False


def register(courier: Courier, settings: Settings, images: Images) -> None:
    async def post_handler(job: Job, post: Post) -> None:
        await deliver_post(job, post, settings=settings, images=images)

    courier.register(POST, post_handler)
    courier.register(UNPOST, deliver_unpost)
