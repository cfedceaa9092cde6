"""/review for moderators: the oldest submitted photovoice item, Approve or Reject with a reason,
and the reason a moderator writes after "Another reason".

On a privileged router: anyone without the moderator (or admin) role gets the unknown-command
answer and the attempt is audited. Decisions and channel posts are audited too (effects).
Thin: the buttons are read and decided in dialogs.photovoice (actions, moderation).
"""

from __future__ import annotations

from aiogram import Bot, F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message

from bot.features.photovoice.runtime import Deps, context, reply, run_effects
from bot.flows import InFlow
from bot.render import Reply
from bot.roles import privileged_router
from dialogs.photovoice import (
    REASON_FLOW,
    Outcome,
    forget_reason,
    reason_text,
    reason_wrong_input,
    review,
    review_press,
)
from dialogs.profile import Profile
from storage.repositories import Repositories


async def _run(
    outcome: Outcome,
    event: Message | CallbackQuery,
    bot: Bot,
    repo: Repositories,
    deps: Deps,
    actor: int,
) -> Reply:
    await run_effects(outcome.effects, repo=repo, deps=deps, actor=actor)
    return await reply(outcome, deps, event)


async def review_command(
    message: Message, repo: Repositories, profile: Profile, photovoice: Deps
) -> Reply:
    ctx = context(repo, profile, photovoice, message.from_user)
    await forget_reason(ctx)
    return await reply(await review(repo.photovoice), photovoice)


async def on_button(
    query: CallbackQuery, bot: Bot, repo: Repositories, profile: Profile, photovoice: Deps
) -> Reply:
    ctx = context(repo, profile, photovoice, query.from_user)
    outcome = await review_press(ctx, query.data)
    return await _run(outcome, query, bot, repo, photovoice, profile.telegram_id)


async def on_reason(
    message: Message, bot: Bot, repo: Repositories, profile: Profile, photovoice: Deps
) -> Reply:
    ctx = context(repo, profile, photovoice, message.from_user)
    outcome = await reason_text(ctx, message.text or "")
    return await _run(outcome, message, bot, repo, photovoice, profile.telegram_id)


async def on_reason_other(
    message: Message, repo: Repositories, profile: Profile, photovoice: Deps
) -> Reply:
    ctx = context(repo, profile, photovoice, message.from_user)
    return await reply(await reason_wrong_input(ctx), photovoice)


async def cancel_reason(repo: Repositories, profile: Profile, *, deps: Deps) -> bool:
    """/cancel while writing a reason: the submission stays undecided."""
    await forget_reason(context(repo, profile, deps, None))
    return True


def setup() -> Router:
    """A fresh router each time: a dispatcher can be built more than once (tests, restarts)."""
    router = privileged_router("photovoice-review", "moderator")
    router.message.register(review_command, Command("review"))
    router.callback_query.register(on_button, F.data.startswith("phm:"))
    writing = InFlow(REASON_FLOW)
    router.message.register(on_reason, writing, F.text, ~F.text.startswith("/"))
    router.message.register(on_reason_other, writing, ~F.text)
    return router
