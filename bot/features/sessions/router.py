"""Information sessions: /sessions and the menu entry, a session's card (register, cancel, the
calendar file, the map), deep links t.me/<bot>?start=session_<id>, and the reminders the courier
delivers before a session ("session-reminder" rows). Staff handlers: bot.features.sessions.staff.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import timedelta

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, TelegramObject

from bot.courier import Post, Undeliverable
from bot.feature import Hooks, Wiring
from bot.features.sessions import staff
from bot.l10n import Translator
from bot.render import Reply, Venue, send_screen
from bot.settings import Settings
from dialogs import onboarding
from dialogs.broadcasts import topics_button
from dialogs.ids import parse_key
from dialogs.notify import send_later
from dialogs.profile import Profile
from dialogs.screen import msg
from dialogs.sessions import (
    KIND,
    Env,
    SessionRecord,
    ask_unregister,
    browse,
    calendar_file,
    description_parts,
    due_screen,
    filename,
    forget,
    ics,
    place,
    show,
    title_for,
    unregister,
)
from dialogs.sessions import (
    register as take_seat,
)
from storage.models import utcnow
from storage.repositories import Repositories
from storage.repositories.outbox import Job

ACTIONS = ("open", "reg", "unreg", "unreg-yes", "ics", "map")


def env_of(settings: Settings) -> Env:
    return Env(
        now=utcnow(),
        tz=settings.timezone,
        fallback=settings.fallback_locale,
        reminder_hours=settings.reminder_hours,
    )


async def show_list(
    event: TelegramObject, repo: Repositories, profile: Profile, settings: Settings
) -> Reply:
    edit = isinstance(event, CallbackQuery)
    rows = [[topics_button()]] if profile.consented else []  # hear of new sessions
    screen = await browse(repo.sessions, profile, env_of(settings), edit=edit, extra_rows=rows)
    return Reply([screen])


async def list_page(
    query: CallbackQuery, repo: Repositories, profile: Profile, settings: Settings
) -> Reply:
    raw = (query.data or "").removeprefix("ss:list:")
    page = int(raw) if raw.isascii() and raw.isdigit() and len(raw) < 5 else None
    if page is None:
        return Reply(toast=msg("button-expired"))
    rows = [[topics_button()]] if profile.consented else []
    screen = await browse(
        repo.sessions, profile, env_of(settings), page, edit=True, extra_rows=rows
    )
    return Reply([screen])


async def press(
    query: CallbackQuery,
    repo: Repositories,
    profile: Profile,
    settings: Settings,
    l10n: Translator,
) -> Reply:
    what, _, raw = (query.data or "").removeprefix("ss:").partition(":")
    session_id = parse_key(raw)
    if what not in ACTIONS or session_id is None:
        return Reply(toast=msg("button-expired"))
    env = env_of(settings)
    store = repo.sessions
    if what == "reg" and not profile.onboarded:  # a registration is a record of the person
        step = onboarding.next_step(profile)
        return Reply([step] if step is not None else [], toast=msg("sessions-needs-consent"))
    if what == "open":
        outcome = await show(store, profile, env, session_id)
    elif what == "reg":
        outcome = await take_seat(store, repo.outbox, profile, env, session_id)
    elif what == "unreg":
        outcome = await ask_unregister(store, profile, env, session_id)
    elif what == "unreg-yes":
        outcome = await unregister(store, repo.outbox, profile, env, session_id)
    elif what == "ics":
        outcome = await calendar_file(store, env, session_id)
    else:
        outcome = await place(store, env, session_id)
    await send_later(repo.outbox, outcome.notices)
    reply = Reply(outcome.screens, toast=outcome.toast)
    if outcome.calendar is not None:
        name = filename(outcome.calendar, env.tz)
        reply.documents.append((name, ics_for(outcome.calendar, l10n, settings)))
    if outcome.place is not None:
        p = outcome.place
        reply.venues.append(Venue(p.latitude, p.longitude, p.name, p.address))
    return reply


def ics_for(session: SessionRecord, l10n: Translator, settings: Settings) -> bytes:
    """The calendar file in the reader's language."""
    title = title_for(session, l10n.language)
    lines = [session.notes] if session.notes else []
    lines += [l10n.render(part, markup=False) for part in description_parts(session)]
    before = min(settings.reminder_hours, default=2)
    return ics(
        session,
        summary=title,
        description="\n\n".join(lines),
        alarm_text=l10n.plain("sessions-calendar-alarm", title=title),
        alarm_before=timedelta(hours=before),
        tz=settings.timezone,
        stamp=utcnow(),
    )


def opener(settings: Settings) -> Callable[[str, Repositories, Profile], Awaitable[Reply | None]]:
    async def open_session(arg: str, repo: Repositories, profile: Profile) -> Reply | None:
        session_id = parse_key(arg)
        if session_id is None:
            return None
        outcome = await show(repo.sessions, profile, env_of(settings), session_id)
        if not outcome.screens:
            screen = await browse(repo.sessions, profile, env_of(settings))
            return Reply([screen])
        return Reply(outcome.screens)

    return open_session


def reminder_handler(settings: Settings) -> Callable[[Job, Post], Awaitable[None]]:
    """Renders a reminder when it is due, in the person's language then, with the session as
    it is then; ends the row unsent when it no longer applies."""

    async def deliver(job: Job, post: Post) -> None:
        session_id, hours = int(job.payload["session"]), int(job.payload["hours"])
        if job.person_id is None:
            raise Undeliverable("no person", status="cancelled")
        async with post.sessions() as db:
            repo = Repositories(db)
            person = await repo.people.get(job.person_id)
            if person is None:  # they deleted their data meanwhile
                raise Undeliverable("gone", status="cancelled")
            session = await repo.sessions.get(session_id)
            mine = await repo.sessions.registration_of(session_id, job.person_id)
            chat_id, language = person.telegram_id, person.language
        l10n = post.locales.for_language(language)
        screen = due_screen(session, mine, hours, l10n.language, settings.timezone, utcnow())
        if screen is None:
            raise Undeliverable("not due any more", status="cancelled")
        await post.call(chat_id, lambda: send_screen(post.bot, chat_id, screen, l10n))

    return deliver


def setup() -> Router:
    """A fresh router each time: a dispatcher can be built more than once (tests, restarts)."""
    router = Router(name="sessions")
    router.message.register(show_list, Command("sessions"))
    router.callback_query.register(show_list, F.data == "menu:sessions")
    router.callback_query.register(list_page, F.data.startswith("ss:list:"))
    router.callback_query.register(press, F.data.startswith("ss:"))
    router.include_router(staff.staff_router())
    return router


ORDERED = ("ss:reg:", "ss:unreg-yes:", "sx:cancel-yes:")


def press_queue(data: str) -> str | None:
    """Presses that take or give up a seat, or cancel the session: one queue per session, so
    they are handled in the order people pressed (bot.ordering)."""
    for prefix in ORDERED:
        if data.startswith(prefix):
            session_id = parse_key(data.removeprefix(prefix))
            return f"session:{session_id}" if session_id is not None else None
    return None


async def forget_seats(hooks: Hooks) -> None:
    """ "Delete all my data": the person's seats go to those waiting, who are told."""
    env = env_of(hooks.service("settings", Settings))
    notices = await forget(hooks.repo.sessions, hooks.repo.outbox, hooks.profile.person_id, env)
    await send_later(hooks.repo.outbox, notices)


def register(wiring: Wiring) -> None:
    settings = wiring.settings
    wiring.in_order.add(press_queue)
    wiring.courier.register(KIND, reminder_handler(settings))
    wiring.deep_links.register("session", opener(settings))
    staff.register(wiring)
