"""/review for moderators: the oldest submitted photovoice item, Approve or Reject with a reason.

On a privileged router: anyone without the moderator (or admin) role gets the unknown-command
answer and the attempt is audited. Decisions and channel posts are audited too.
"""

from __future__ import annotations

from aiogram import Bot, F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message

from bot.photovoice_runtime import Deps, reply, run_effects
from bot.render import Reply
from bot.roles import privileged_router
from dialogs.photovoice import moderation
from dialogs.photovoice.flow import Notify, Outcome
from dialogs.profile import Profile
from dialogs.screen import msg
from storage.repositories import Repositories


async def review(message: Message, repo: Repositories, photovoice: Deps) -> Reply:
    return await reply(await moderation.review(repo.photovoice), photovoice)


async def _next(repo: Repositories, deps: Deps, lead: Outcome) -> Reply:
    following = await moderation.review(repo.photovoice)
    answer = await reply(following, deps)
    answer.toast = lead.toast
    return answer


async def on_button(
    query: CallbackQuery, bot: Bot, repo: Repositories, profile: Profile, photovoice: Deps
) -> Reply:
    parts = (query.data or "").split(":")
    name, args = parts[1], parts[2:]
    if not args or not (args[0].isascii() and args[0].isdigit()):
        return Reply(toast=msg("button-expired"))
    sid = int(args[0])
    store, actor = repo.photovoice, profile.telegram_id
    if name == "next":
        return await reply(await moderation.review(store, after_id=sid), photovoice, query)
    if name == "show":
        return await reply(await moderation.show(store, sid), photovoice, query)
    if name == "no":
        return await reply(await moderation.ask_reason(store, sid), photovoice, query)
    if name == "ok":
        outcome, decided = await moderation.approve(store, sid)
        if decided is None:
            return await reply(outcome, photovoice, query)
        posted = await run_effects(
            outcome.effects, bot=bot, repo=repo, deps=photovoice, actor=actor
        )
        note = Notify(decided.person_id, moderation.outcome_note(decided, posted=posted > 0))
        await run_effects([note], bot=bot, repo=repo, deps=photovoice)
        details = {"posted": posted, "display": decided.display}
        await repo.audit.record(
            actor, "photovoice-approve", "ok", target=f"submission:{sid}", details=details
        )
        return await _next(repo, photovoice, outcome)
    if name == "r" and len(args) == 2:
        outcome, decided = await moderation.reject(store, sid, args[1])
        if decided is None:
            return await reply(outcome, photovoice, query)
        await run_effects(outcome.effects, bot=bot, repo=repo, deps=photovoice, actor=actor)
        await repo.audit.record(
            actor,
            "photovoice-reject",
            "ok",
            target=f"submission:{sid}",
            details={"reason": args[1]},
        )
        return await _next(repo, photovoice, outcome)
    return Reply(toast=msg("button-expired"))


def setup() -> Router:
    """A fresh router each time: a dispatcher can be built more than once (tests, restarts)."""
    router = privileged_router("photovoice-review", "moderator")
    router.message.register(review, Command("review"))
    router.callback_query.register(on_button, F.data.startswith("phm:"))
    return router
