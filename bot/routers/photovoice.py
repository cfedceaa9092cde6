"""Photovoice in the chat: /photo (the flow), photos and image files, "My data" → my photos.

Thin: parse the update, call dialogs.photovoice, carry out the effects it returns (keep or
delete files, remove or make channel posts) inside the update's transaction, and reply.
The moderators' /review is in bot.routers.photovoice_review.
"""

from __future__ import annotations

import logging
from functools import partial

from aiogram import Bot, Dispatcher, F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message, TelegramObject

from bot import photovoice_media as images
from bot.download_limits import DownloadLimits, fetch_image
from bot.flows import InFlow
from bot.photovoice_runtime import Deps, context, reply, run_effects
from bot.render import Reply
from bot.routers import photovoice_review
from dialogs.photovoice import flow, mine
from dialogs.photovoice.flow import Context, DeleteFiles, Outcome
from dialogs.photovoice.model import DRAFT, FLOW, PUBLIC_DISPLAYS, RESEARCH_ONLY
from dialogs.profile import Profile
from dialogs.screen import msg
from storage.media import ImageRejected
from storage.repositories import Repositories

log = logging.getLogger(__name__)


async def _run(
    outcome: Outcome, event: TelegramObject, bot: Bot, repo: Repositories, deps: Deps
) -> Reply:
    await run_effects(outcome.effects, bot=bot, repo=repo, deps=deps)
    return await reply(outcome, deps, event)


# -- the flow ---------------------------------------------------------------------------------


async def open_flow(
    event: TelegramObject, repo: Repositories, profile: Profile, photovoice: Deps
) -> Reply:
    user = event.from_user if isinstance(event, Message | CallbackQuery) else None
    outcome = await flow.open_flow(context(repo, profile, photovoice, user))
    return await reply(outcome, photovoice, event)


async def on_button(
    query: CallbackQuery, bot: Bot, repo: Repositories, profile: Profile, photovoice: Deps
) -> Reply:
    ctx = context(repo, profile, photovoice, query.from_user)
    parts = (query.data or "").split(":")
    name, args = parts[1], parts[2:]
    outcome = await _dispatch(ctx, name, args)
    return await _run(outcome, query, bot, repo, photovoice)


async def _dispatch(ctx: Context, name: str, args: list[str]) -> Outcome:
    arg = args[0] if args else ""
    simple = {"next": flow.photos_done, "skip": flow.skip, "send": flow.send, "stop": flow.discard}
    if name in simple and not args:
        return await simple[name](ctx)
    steps = {
        "theme": flow.choose_theme,
        "rec": flow.recognisable,
        "agree": flow.agreement,
        "show": flow.choose_display,
    }
    if name in steps and len(args) == 1:
        return await steps[name](ctx, arg)
    if not (arg.isascii() and arg.isdigit()):
        return Outcome(toast=msg("button-expired"))
    sid = int(arg)
    store, profile = ctx.store, ctx.profile
    if name == "my" and len(args) == 1:
        return await mine.my_item(store, profile, sid, ctx.first_name)
    if name == "mys" and len(args) == 2:
        return await mine.change_display(store, profile, sid, args[1], ctx.first_name)
    if name == "myd" and len(args) == 1:
        return mine.confirm_delete(sid)
    if name == "mydy" and len(args) == 1:
        return await mine.delete_one(store, profile, sid)
    return Outcome(toast=msg("button-expired"))


async def on_text(
    message: Message, bot: Bot, repo: Repositories, profile: Profile, photovoice: Deps
) -> Reply:
    ctx = context(repo, profile, photovoice, message.from_user)
    outcome = await flow.answer_text(ctx, message.text or "")
    return await _run(outcome, message, bot, repo, photovoice)


async def on_other(
    message: Message, bot: Bot, repo: Repositories, profile: Profile, photovoice: Deps
) -> Reply:
    outcome = await flow.wrong_input(context(repo, profile, photovoice, message.from_user))
    return await reply(outcome, photovoice, message)


async def on_image(
    message: Message,
    bot: Bot,
    repo: Repositories,
    profile: Profile,
    photovoice: Deps,
    downloads: DownloadLimits,
) -> Reply:
    """A photo, or an image sent as a file (full quality). Albums come one photo per update."""
    ctx = context(repo, profile, photovoice, message.from_user)
    draft = await repo.photovoice.draft_of(profile.person_id)
    early = flow.photo_precheck(draft, photovoice.form)
    if early is not None:
        return await reply(early, photovoice, message)
    assert draft is not None
    if message.photo:
        file_id, size = message.photo[-1].file_id, message.photo[-1].file_size
    else:
        assert message.document is not None
        file_id, size = message.document.file_id, message.document.file_size
    try:
        image = await fetch_image(bot, downloads, profile.person_id, file_id, size)
    except images.DownloadRefused as exc:
        log.info("photovoice upload refused: %s", exc.reason)
        return await reply(flow.photo_refused(exc.reason, len(draft.photos)), photovoice)
    except ImageRejected as exc:
        log.info("photovoice upload refused: %s", exc.reason.value)
        return await reply(flow.photo_refused(exc.reason.value, len(draft.photos)), photovoice)
    outcome = await flow.add_photo(ctx, images.incoming(image, message.media_group_id))
    await run_effects(
        outcome.effects, bot=bot, repo=repo, deps=photovoice, kept={image.sha256: image}
    )
    return await reply(outcome, photovoice, message)


# -- My data ----------------------------------------------------------------------------------


async def my_photos(
    query: CallbackQuery, repo: Repositories, profile: Profile, photovoice: Deps
) -> Reply:
    outcome = await mine.my_list(repo.photovoice, profile)
    return await reply(outcome, photovoice, query)


async def cancel_flow(repo: Repositories, profile: Profile, *, deps: Deps) -> bool:
    ctx = context(repo, profile, deps, None)
    outcome = await flow.discard(ctx)
    for effect in outcome.effects:
        if isinstance(effect, DeleteFiles):
            await images.delete_files(deps.media, effect.keys)
    return True


async def forget_person(repo: Repositories, profile: Profile, *, bot: Bot, deps: Deps) -> None:
    """Before "delete all my data": remove the person's channel posts and image files (rows go
    by cascade). A file another person also sent stays for them."""
    effects = await mine.forget_everything(repo.photovoice, profile.person_id)
    await run_effects(effects, bot=bot, repo=repo, deps=deps)


async def take_down_public(repo: Repositories, profile: Profile, bot: Bot, *, deps: Deps) -> None:
    """Before consent is withdrawn (what was given stays for the research): each submission
    shown or meant to be shown in public goes to the research team only, posts removed."""
    for submission in await repo.photovoice.of_person(profile.person_id):
        if submission.status == DRAFT or submission.display not in PUBLIC_DISPLAYS:
            continue
        outcome = await mine.change_display(
            repo.photovoice, profile, submission.id, RESEARCH_ONLY, None
        )
        await run_effects(outcome.effects, bot=bot, repo=repo, deps=deps)


def setup() -> Router:
    """A fresh router each time: a dispatcher can be built more than once (tests, restarts)."""
    router = Router(name="photovoice")
    router.message.register(open_flow, Command("photo"))
    router.callback_query.register(open_flow, F.data == "menu:photo")
    router.callback_query.register(my_photos, F.data == mine.MY_LIST)
    router.callback_query.register(on_button, F.data.startswith("ph:"))
    in_flow = InFlow(FLOW)
    router.message.register(on_image, in_flow, F.photo)
    router.message.register(on_image, in_flow, F.document)
    router.message.register(on_text, in_flow, F.text, ~F.text.startswith("/"))
    router.message.register(on_other, in_flow, ~F.text)
    router.include_router(photovoice_review.setup())
    return router


def register(dp: Dispatcher) -> None:
    deps = Deps(dp["settings"], dp["locales"], dp["media"])
    dp["photovoice"] = deps
    dp["cancellers"].register(FLOW, partial(cancel_flow, deps=deps))
    hooks = dp.workflow_data.setdefault("before_forget", [])
    hooks.append(partial(_forget_hook, deps=deps))
    dp.workflow_data.setdefault("before_withdraw", []).append(partial(take_down_public, deps=deps))


async def _forget_hook(repo: Repositories, profile: Profile, bot: Bot, *, deps: Deps) -> None:
    await forget_person(repo, profile, bot=bot, deps=deps)
