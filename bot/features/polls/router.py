"""Opinion polls: /polls and the menu entry, closed polls' results, voting buttons, deep links
t.me/<bot>?start=poll_…, and the staff commands /newpoll, /openpoll, /closepoll, /polllist and
/pollresults."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from aiogram import Bot, F, Router
from aiogram.filters import Command, CommandObject
from aiogram.types import CallbackQuery, Message, TelegramObject

from bot.events import POLL_OPENED, Events
from bot.feature import Wiring
from bot.flows import InFlow
from bot.l10n import Locales, Translator
from bot.render import Reply
from bot.roles import privileged_router
from bot.settings import Settings
from dialogs import onboarding, polls
from dialogs.polls import (
    CLOSED_LIST,
    DEEP_LINK_PREFIX,
    DEFAULT_STEP,
    DEFAULT_THRESHOLD,
    FLOW,
    PREFIXES,
    Context,
    Env,
    cancel,
    chart_caption,
    closed_list,
    on_button,
    on_draft_button,
    on_text,
    open_by_slug,
    poll_list,
    results_data,
    set_open,
    staff_poll_list,
    start,
)
from dialogs.profile import Profile, message_key
from dialogs.screen import Msg, Photo, Screen
from exports.poll_chart import ChartInput, render_png
from storage.models import utcnow
from storage.repositories import Repositories

log = logging.getLogger(__name__)
CHART_KEY = "poll-chart"


async def context(repo: Repositories, settings: Settings) -> Context:
    return Context(
        now=utcnow(),
        fallback=settings.fallback_locale,
        tz=settings.timezone,
        threshold=await repo.polls.threshold(DEFAULT_THRESHOLD),
        step=await repo.polls.results_step(DEFAULT_STEP),
    )


async def show_list(
    event: TelegramObject, repo: Repositories, profile: Profile, settings: Settings
) -> Reply:
    ctx = await context(repo, settings)
    edit = isinstance(event, CallbackQuery)
    return Reply([await poll_list(repo.polls, profile, ctx, edit=edit)])


async def show_closed(
    query: CallbackQuery, repo: Repositories, profile: Profile, settings: Settings
) -> Reply:
    if not profile.onboarded:  # as every poll button: an old one after deleting one's data
        step = onboarding.next_step(profile)
        return Reply([step] if step is not None else [])
    ctx = await context(repo, settings)
    return Reply([await closed_list(repo.polls, profile, ctx, edit=True)])


async def press(
    query: CallbackQuery, repo: Repositories, profile: Profile, settings: Settings
) -> Reply:
    if not profile.onboarded:  # e.g. after deleting their data: no vote without consent
        step = onboarding.next_step(profile)
        return Reply([step] if step is not None else [])
    ctx = await context(repo, settings)
    outcome = await on_button(repo.polls, profile, query.data, ctx)
    if outcome.stored in ("new", "changed"):
        log.debug("poll vote %s", outcome.stored)
    return Reply(outcome.screens, toast=outcome.toast)


def opener(settings: Settings) -> Any:
    async def open_poll(slug: str, repo: Repositories, profile: Profile) -> Reply | None:
        if not profile.onboarded:
            return None
        ctx = await context(repo, settings)
        return Reply([await open_by_slug(repo.polls, slug.lower(), profile, ctx)])

    return open_poll


# -- staff ---------------------------------------------------------------------------------
async def _env(repo: Repositories, settings: Settings, bot: Bot) -> Env:
    me = await bot.me()
    return Env(utcnow(), settings.fallback_locale, settings.timezone, me.username or "")


async def new_poll(
    message: Message, repo: Repositories, profile: Profile, settings: Settings, bot: Bot
) -> Reply:
    env = await _env(repo, settings, bot)
    return Reply(await start(repo.polls, repo.profiles, repo.audit, profile, env))


async def draft_text(
    message: Message, repo: Repositories, profile: Profile, settings: Settings, bot: Bot
) -> Reply:
    env = await _env(repo, settings, bot)
    return Reply(await on_text(repo.polls, repo.profiles, profile, message.text or "", env))


async def draft_button(
    query: CallbackQuery,
    repo: Repositories,
    profile: Profile,
    settings: Settings,
    bot: Bot,
    events: Events,
) -> Reply:
    env = await _env(repo, settings, bot)
    data = query.data or ""
    screens, toast = await on_draft_button(
        repo.polls, repo.profiles, repo.audit, profile, data, env
    )
    if data == "pn:open" and screens:  # a poll opened now: whoever listens hears of it
        await events.emit(POLL_OPENED, repo, now=env.now)
    return Reply(screens, toast=toast)


async def open_or_close(
    message: Message,
    command: CommandObject,
    repo: Repositories,
    profile: Profile,
    settings: Settings,
    bot: Bot,
    events: Events,
) -> Reply:
    env = await _env(repo, settings, bot)
    screens = await set_open(
        repo.polls,
        repo.audit,
        profile,
        command.args,
        now=env.now,
        opening=command.command.lower() == "openpoll",
        bot_username=env.bot_username,
    )
    if command.command.lower() == "openpoll":  # a poll opened now: whoever listens hears of it
        await events.emit(POLL_OPENED, repo, now=env.now)
    return Reply(screens)


async def staff_list(message: Message, repo: Repositories, profile: Profile) -> Reply:
    return Reply(await staff_poll_list(repo.polls, repo.audit, profile, utcnow()))


async def results_chart(
    message: Message,
    command: CommandObject,
    repo: Repositories,
    profile: Profile,
    settings: Settings,
    l10n: Translator,
    locales: Locales,
) -> Reply:
    chart_l10n = l10n  # matplotlib >= 3.11 shapes Arabic script and lays out right to left
    threshold = await repo.polls.threshold(DEFAULT_THRESHOLD)
    data, errors = await results_data(
        repo.polls,
        repo.audit,
        profile,
        command.args,
        language=chart_l10n.language,
        fallback=settings.fallback_locale,
        threshold=threshold,
    )
    if data is None:
        return Reply(errors)

    def text(value: Msg | str) -> str:
        return chart_l10n.plain(value.key, value.args) if isinstance(value, Msg) else value

    chart = ChartInput(
        title=text(polls.model.question(data.poll, chart_l10n.language, settings.fallback_locale)),
        options=[text(o) for o in data.options],
        groups=[chart_l10n.plain(message_key("polls-split", g)) for g in data.groups],
        cells=[data.cells[g] for g in data.groups],
        x_label=chart_l10n.plain("polls-chart-votes"),
        note=chart_l10n.plain("polls-chart-note", threshold=threshold, count=data.tally.voters),
    )
    png = await asyncio.to_thread(render_png, chart)
    caption = chart_caption(data, profile.language, settings.fallback_locale, utcnow())
    screen = Screen(parts=caption.parts, photo=Photo(CHART_KEY))
    return Reply([screen], photos={CHART_KEY: png})


async def cancel_draft(repo: Repositories, profile: Profile) -> Msg:
    await cancel(repo.polls, profile)
    return Msg("polls-new-cancelled")  # the draft is discarded: not the generic "saved"


def staff_router() -> Router:
    router = privileged_router("polls-staff", "staff")
    router.message.register(new_poll, Command("newpoll"))
    router.message.register(open_or_close, Command("openpoll", "closepoll"))
    router.message.register(staff_list, Command("polllist"))
    router.message.register(results_chart, Command("pollresults"))
    router.message.register(draft_text, InFlow(FLOW), F.text, ~F.text.startswith("/"))
    router.callback_query.register(draft_button, F.data.startswith("pn:"))
    return router


def setup() -> Router:
    """A fresh router each time: a dispatcher can be built more than once (tests, restarts)."""
    router = Router(name="polls")
    router.message.register(show_list, Command("polls"))
    router.callback_query.register(show_list, F.data == "menu:polls")
    router.callback_query.register(show_closed, F.data == CLOSED_LIST)
    router.callback_query.register(press, F.data.startswith(PREFIXES))
    router.include_router(staff_router())
    return router


def register(wiring: Wiring) -> None:
    wiring.deep_links.register(DEEP_LINK_PREFIX, opener(wiring.settings))
    wiring.cancellers.register(FLOW, cancel_draft)
