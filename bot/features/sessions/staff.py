"""Staff and information sessions: /newsession (create step by step), /sessionlist (the list
with registration counts → a session's card: edit, publish, registrations, cancel). Only for
the roles staff and admin (bot.roles.privileged_router); every change is in the audit log.
"""

from __future__ import annotations

from functools import partial

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message

from bot.events import SESSION_ANNOUNCED, Events
from bot.feature import Wiring
from bot.flows import InFlow
from bot.render import Reply
from bot.roles import privileged_router
from bot.settings import Settings
from dialogs.ids import parse_key
from dialogs.notify import send_later
from dialogs.profile import Profile
from dialogs.screen import msg
from dialogs.sessions import (
    FLOW,
    Announcement,
    Announcer,
    Env,
    Outcome,
    ask_cancel,
    cancel,
    cancel_session,
    on_button,
    on_location,
    on_text,
    publish,
    registrations,
    session_card,
    session_list,
    start_edit,
    start_new,
)
from storage.models import utcnow
from storage.pseudonyms import pseudonym
from storage.repositories import Repositories


def announcer_for(events: Events, repo: Repositories) -> Announcer:
    """Publishing or cancelling a session is told (bot.events) to whoever listens: the
    announcements feature then writes it for the topic "sessions", in this transaction."""

    async def announce(announcement: Announcement) -> None:
        await events.emit(SESSION_ANNOUNCED, repo, announcement=announcement)

    return announce


STAFF_ACTIONS = ("new", "list", "open", "edit", "publish", "people", "cancel", "cancel-yes")


def env_of(settings: Settings) -> Env:
    return Env(utcnow(), settings.timezone, settings.fallback_locale, settings.reminder_hours)


async def _reply(repo: Repositories, outcome: Outcome) -> Reply:
    await send_later(repo.outbox, outcome.notices)
    return Reply(outcome.screens, toast=outcome.toast)


async def new_session(
    message: Message, repo: Repositories, profile: Profile, settings: Settings
) -> Reply:
    await repo.audit.record(profile.telegram_id, "newsession", "ok")
    outcome = await start_new(repo.sessions, repo.profiles, profile, env_of(settings))
    return await _reply(repo, outcome)


async def list_command(
    message: Message, repo: Repositories, profile: Profile, settings: Settings
) -> Reply:
    await repo.audit.record(profile.telegram_id, "sessionlist", "ok")
    return Reply([await session_list(repo.sessions, env_of(settings))])


async def draft_text(
    message: Message, repo: Repositories, profile: Profile, settings: Settings
) -> Reply:
    outcome = await on_text(
        repo.sessions, repo.profiles, repo.outbox, profile, env_of(settings), message.text or ""
    )
    return await _reply(repo, outcome)


async def draft_location(
    message: Message, repo: Repositories, profile: Profile, settings: Settings
) -> Reply:
    assert message.location is not None
    outcome = await on_location(
        repo.sessions,
        repo.profiles,
        repo.outbox,
        profile,
        env_of(settings),
        message.location.latitude,
        message.location.longitude,
    )
    return await _reply(repo, outcome)


async def draft_button(
    query: CallbackQuery,
    repo: Repositories,
    profile: Profile,
    settings: Settings,
    events: Events,
) -> Reply:
    data = query.data or ""
    outcome = await on_button(
        repo.sessions,
        repo.profiles,
        repo.outbox,
        announcer_for(events, repo),
        profile,
        env_of(settings),
        data,
    )
    if data in ("sn:publish", "sn:discard") and outcome.screens:
        await repo.audit.record(profile.telegram_id, "session-" + data[3:], "ok")
    return await _reply(repo, outcome)


async def staff_button(
    query: CallbackQuery,
    repo: Repositories,
    profile: Profile,
    settings: Settings,
    pseudonym_key: str,
    events: Events,
) -> Reply:
    what, _, raw = (query.data or "").removeprefix("sx:").partition(":")
    env, store = env_of(settings), repo.sessions
    if what == "new":
        return await _reply(repo, await start_new(store, repo.profiles, profile, env))
    if what == "list":
        page = int(raw) if raw.isascii() and raw.isdigit() and len(raw) < 5 else 0
        return Reply([await session_list(store, env, page, edit=True)])
    session_id = parse_key(raw)
    if what not in STAFF_ACTIONS or session_id is None:
        return Reply(toast=msg("button-expired"))
    if what == "open":
        outcome = await session_card(store, env, session_id)
    elif what == "edit":
        outcome = await start_edit(store, repo.profiles, profile, env, session_id)
    elif what == "publish":
        outcome = await publish(store, announcer_for(events, repo), env, session_id)
    elif what == "people":
        label = partial(pseudonym, pseudonym_key)  # names are never stored, pseudonyms shown
        outcome = await registrations(store, env, session_id, label)
    elif what == "cancel":
        outcome = await ask_cancel(store, env, session_id)
    else:
        outcome = await cancel_session(
            store, repo.outbox, announcer_for(events, repo), env, session_id
        )
    if what in ("publish", "people", "cancel-yes", "edit"):
        done = "ok" if outcome.screens else "refused"
        await repo.audit.record(profile.telegram_id, f"session-{what}", done, str(session_id))
    return await _reply(repo, outcome)


async def cancel_draft(repo: Repositories, profile: Profile) -> bool:
    return await cancel(repo.sessions, profile)


def staff_router() -> Router:
    router = privileged_router("sessions-staff", "staff")
    router.message.register(new_session, Command("newsession"))
    router.message.register(list_command, Command("sessionlist"))
    router.message.register(draft_text, InFlow(FLOW), F.text, ~F.text.startswith("/"))
    router.message.register(draft_location, InFlow(FLOW), F.location)
    router.callback_query.register(draft_button, F.data.startswith("sn:"))
    router.callback_query.register(staff_button, F.data.startswith("sx:"))
    return router


def register(wiring: Wiring) -> None:
    wiring.cancellers.register(FLOW, cancel_draft)
