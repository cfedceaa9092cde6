"""Photovoice in the chat: /photo (the flow), photos and image files, "My data" → my photos.

Thin: parse the update, call dialogs.photovoice, carry out the effects it returns (keep or
delete files, remove or make channel posts) inside the update's transaction, and reply.
The moderators' /review is in bot.features.photovoice.review.
"""

from __future__ import annotations

import logging
from functools import partial

from aiogram import Bot, F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message, TelegramObject

from bot.feature import Hooks, Running, Wiring
from bot.features.photovoice import channel, review
from bot.features.photovoice.runtime import (
    Deps,
    context,
    incoming,
    publish_waiting,
    reply,
    run_effects,
)
from bot.flows import InFlow
from bot.images import DownloadRefused
from bot.render import Reply
from dialogs.photovoice import (
    DRAFT,
    FLOW,
    MY_LIST,
    PUBLIC_DISPLAYS,
    REASON_FLOW,
    RESEARCH_ONLY,
    DeleteFiles,
    Outcome,
    add_photo,
    answer_text,
    before_download,
    change_display,
    discard,
    forget_everything,
    my_list,
    open_flow,
    photo_refused,
    press,
    wrong_input,
)
from dialogs.profile import Profile
from dialogs.screen import Msg, msg
from storage.db import session_factory
from storage.media import ImageRejected
from storage.repositories import Repositories

log = logging.getLogger(__name__)


async def _run(
    outcome: Outcome, event: TelegramObject, bot: Bot, repo: Repositories, deps: Deps
) -> Reply:
    await run_effects(outcome.effects, repo=repo, deps=deps)
    return await reply(outcome, deps, event)


# -- the flow ---------------------------------------------------------------------------------


async def open_entry(
    event: TelegramObject, repo: Repositories, profile: Profile, photovoice: Deps
) -> Reply:
    user = event.from_user if isinstance(event, Message | CallbackQuery) else None
    outcome = await open_flow(context(repo, profile, photovoice, user))
    return await reply(outcome, photovoice, event)


async def on_button(
    query: CallbackQuery, bot: Bot, repo: Repositories, profile: Profile, photovoice: Deps
) -> Reply:
    ctx = context(repo, profile, photovoice, query.from_user)
    outcome = await press(ctx, query.data)
    return await _run(outcome, query, bot, repo, photovoice)


async def on_text(
    message: Message, bot: Bot, repo: Repositories, profile: Profile, photovoice: Deps
) -> Reply:
    ctx = context(repo, profile, photovoice, message.from_user)
    outcome = await answer_text(ctx, message.text or "")
    return await _run(outcome, message, bot, repo, photovoice)


async def on_other(
    message: Message, bot: Bot, repo: Repositories, profile: Profile, photovoice: Deps
) -> Reply:
    outcome = await wrong_input(context(repo, profile, photovoice, message.from_user))
    return await reply(outcome, photovoice, message)


async def on_image(
    message: Message,
    bot: Bot,
    repo: Repositories,
    profile: Profile,
    photovoice: Deps,
) -> Reply:
    """A photo, or an image sent as a file (full quality). Albums come one photo per update."""
    ctx = context(repo, profile, photovoice, message.from_user)
    early = await before_download(ctx)
    if early is not None:
        return await reply(early, photovoice, message)
    if message.photo:
        file_id, size = message.photo[-1].file_id, message.photo[-1].file_size
    else:
        assert message.document is not None
        file_id, size = message.document.file_id, message.document.file_size
    try:
        image = await photovoice.images.fetch(bot, profile.person_id, file_id, size)
    except DownloadRefused as exc:
        log.info("photovoice upload refused: %s", exc.reason)
        return await reply(await photo_refused(ctx, exc.reason), photovoice)
    except ImageRejected as exc:
        log.info("photovoice upload refused: %s", exc.reason.value)
        return await reply(await photo_refused(ctx, exc.reason.value), photovoice)
    outcome = await add_photo(ctx, incoming(image, message.media_group_id))
    await run_effects(outcome.effects, repo=repo, deps=photovoice, kept={image.sha256: image})
    return await reply(outcome, photovoice, message)


# -- My data ----------------------------------------------------------------------------------


async def my_photos(
    query: CallbackQuery, repo: Repositories, profile: Profile, photovoice: Deps
) -> Reply:
    outcome = await my_list(context(repo, profile, photovoice, query.from_user))
    return await reply(outcome, photovoice, query)


async def cancel_flow(repo: Repositories, profile: Profile, *, deps: Deps) -> Msg:
    ctx = context(repo, profile, deps, None)
    outcome = await discard(ctx)
    for effect in outcome.effects:
        if isinstance(effect, DeleteFiles):
            await deps.images.delete(effect.keys)
    return msg("pv-discarded")  # not the generic "cancelled": nothing of the draft is kept


async def forget_person(hooks: Hooks) -> None:
    """Before "delete all my data": remove the person's channel posts and image files (rows go
    by cascade). A file another person also sent stays for them."""
    effects = await forget_everything(hooks.repo.photovoice, hooks.profile.person_id)
    await run_effects(effects, repo=hooks.repo, deps=hooks.service("photovoice", Deps))


async def take_down_public(hooks: Hooks) -> None:
    """Before consent is withdrawn (what was given stays for the research): each submission
    shown or meant to be shown in public goes to the research team only, posts removed."""
    repo, profile, deps = hooks.repo, hooks.profile, hooks.service("photovoice", Deps)
    for submission in await repo.photovoice.of_person(profile.person_id):
        if submission.status == DRAFT or submission.display not in PUBLIC_DISPLAYS:
            continue
        ctx = context(repo, profile, deps, None)
        outcome = await change_display(ctx, submission.id, RESEARCH_ONLY)
        await run_effects(outcome.effects, repo=repo, deps=deps)


def setup() -> Router:
    """A fresh router each time: a dispatcher can be built more than once (tests, restarts)."""
    router = Router(name="photovoice")
    router.message.register(open_entry, Command("photo"))
    router.callback_query.register(open_entry, F.data == "menu:photo")
    router.callback_query.register(my_photos, F.data == MY_LIST)
    router.callback_query.register(on_button, F.data.startswith("ph:"))
    in_flow = InFlow(FLOW)
    router.message.register(on_image, in_flow, F.photo)
    router.message.register(on_image, in_flow, F.document)
    router.message.register(on_text, in_flow, F.text, ~F.text.startswith("/"))
    router.message.register(on_other, in_flow, ~F.text)
    router.include_router(review.setup())
    return router


def register(wiring: Wiring) -> None:
    deps = Deps(wiring.settings, wiring.locales, wiring.images)
    wiring.provide("photovoice", deps)
    channel.register(wiring.courier, deps.settings, deps.images)
    wiring.cancellers.register(FLOW, partial(cancel_flow, deps=deps))
    wiring.cancellers.register(REASON_FLOW, partial(review.cancel_reason, deps=deps))


async def on_start(app: Running) -> None:
    """At start: publish approved public submissions that have no post yet (approved while no
    public channel was set up), and tell their authors."""
    await publish_waiting(session_factory(app.engine), app.dp["photovoice"])
    app.courier.wake()
