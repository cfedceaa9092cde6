"""Staff create and edit an information session in the chat, step by step. Every answer is
stored at once (a draft session row and the staff member's place in `session_drafts`), so a
restart in the middle loses nothing.

New: title → titles in other languages (optional) → start → end → venue (saved, or a new one:
name → address → coordinates, optional) → interpretation languages → seats → notes → publish,
keep as a draft, or discard. Edit: a menu of the same fields; each change is saved at once,
and for a published session people registered or waiting are told when the time or the place
changes (their reminders follow the new time); new seats go to the waiting list.
Buttons: sn:<what>[:<value>].
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any, Protocol

from dialogs.languages import LANGUAGES
from dialogs.profile import Profile
from dialogs.screen import Screen, msg
from dialogs.sessions import announce, changes
from dialogs.sessions.model import (
    DEFAULT_DURATION,
    FLOW,
    MAX_ADDRESS,
    MAX_CAPACITY,
    MAX_NOTES,
    MAX_TITLE,
    MAX_VENUE_NAME,
    Env,
    OutboxStore,
    SessionRecord,
    VenueRecord,
)
from dialogs.sessions.people import Outcome
from dialogs.sessions.prompts import DURATIONS, FIELDS, Draft, ask, complete, prompt
from dialogs.sessions.when import example, parse_moment
from dialogs.text import clean_text

NEW_STEPS = ("title", "titles", "start", "end", "venue", "languages", "capacity", "notes")
FINISHES = {(s, w) for s in ("confirm", "menu") for w in ("publish", "discard")} | {
    ("confirm", "keep")
}
COORDS_RE = re.compile(r"^\s*(-?\d{1,2}(?:[.,]\d+)?)\s*[,;\s]\s*(-?\d{1,3}(?:[.,]\d+)?)\s*$")


class EditorStore(changes.ChangeStore, Protocol):
    async def create(self, title: str, created_by: int | None, **fields: Any) -> int: ...
    async def update(self, session_id: int, **fields: Any) -> None: ...
    async def set_status(self, session_id: int, status: str, now: datetime) -> None: ...
    async def delete(self, session_id: int) -> None: ...
    async def venues(self, limit: int = 8) -> Sequence[VenueRecord]: ...
    async def venue(self, venue_id: int) -> VenueRecord | None: ...
    async def venue_for(
        self, name: str, address: str, latitude: float | None, longitude: float | None
    ) -> int: ...
    async def draft_of(self, person_id: int) -> Draft | None: ...
    async def save_draft(
        self,
        person_id: int,
        session_id: int | None,
        step: str,
        *,
        mode: str = "new",
        language: str | None = None,
        scratch: dict[str, str] | None = None,
    ) -> None: ...
    async def drop_draft(self, person_id: int) -> None: ...


class FlowStore(Protocol):
    async def set_active_flow(self, person_id: int, flow: str | None) -> None: ...


async def _screen(store: EditorStore, draft: Draft, env: Env) -> Screen:
    session = await store.get(draft.session_id) if draft.session_id else None
    venues = await store.venues() if draft.step == "venue" else ()
    return prompt(draft, session, venues, env)


async def start_new(store: EditorStore, flows: FlowStore, profile: Profile, env: Env) -> Outcome:
    """/newsession: a new draft, or back to the unfinished one."""
    draft = await store.draft_of(profile.person_id)
    await flows.set_active_flow(profile.person_id, FLOW)
    if draft is not None:
        return Outcome(
            [Screen(parts=[msg("sessions-new-resume")]), await _screen(store, draft, env)]
        )
    await store.save_draft(profile.person_id, None, "title")
    return Outcome([ask("sessions-new-title")])


async def start_edit(
    store: EditorStore, flows: FlowStore, profile: Profile, env: Env, session_id: int
) -> Outcome:
    session = await store.get(session_id)
    if session is None or session.status == "cancelled":
        return Outcome(toast=msg("button-expired"))
    await store.drop_draft(profile.person_id)  # one draft per staff member: this one now
    await store.save_draft(profile.person_id, session_id, "menu", mode="edit")
    await flows.set_active_flow(profile.person_id, FLOW)
    draft = await store.draft_of(profile.person_id)
    assert draft is not None
    return Outcome([await _screen(store, draft, env)])


async def _go(
    store: EditorStore, me: int, draft: Draft, step: str, env: Env, **changes_: Any
) -> list[Screen]:
    await store.save_draft(
        me,
        changes_.get("session_id", draft.session_id),
        step,
        mode=draft.mode,
        language=changes_.get("language"),
        scratch=changes_.get("scratch"),
    )
    now = await store.draft_of(me)
    assert now is not None
    return [await _screen(store, now, env)]


def _next(draft: Draft, step: str) -> str:
    """The step after `step`: in the editor, back to the menu."""
    if draft.mode == "edit":
        return "menu"
    index = NEW_STEPS.index(step)
    return NEW_STEPS[index + 1] if index + 1 < len(NEW_STEPS) else "confirm"


async def _gone(store: EditorStore, flows: FlowStore, me: int) -> Outcome:
    await store.drop_draft(me)
    await flows.set_active_flow(me, None)
    return Outcome([ask("sessions-new-gone")])


async def on_text(
    store: EditorStore,
    flows: FlowStore,
    outbox: OutboxStore,
    profile: Profile,
    env: Env,
    text: str,
) -> Outcome:
    """Typed text: the answer to the step the draft is at."""
    me = profile.person_id
    draft = await store.draft_of(me)
    if draft is None:
        await flows.set_active_flow(me, None)
        return Outcome([ask("sessions-new-gone")])
    text = clean_text(text)
    again = [await _screen(store, draft, env)]
    if draft.step == "title" and draft.session_id is None:
        if not 0 < len(text) <= MAX_TITLE:
            return Outcome([ask("sessions-new-too-long", most=MAX_TITLE), *again])
        session_id = await store.create(text, me)
        return Outcome(await _go(store, me, draft, "titles", env, session_id=session_id))
    session = await store.get(draft.session_id) if draft.session_id else None
    if session is None:
        return await _gone(store, flows, me)
    return await _answer(store, outbox, me, draft, session, text, env, again)


async def _answer(
    store: EditorStore,
    outbox: OutboxStore,
    me: int,
    draft: Draft,
    session: SessionRecord,
    text: str,
    env: Env,
    again: list[Screen],
) -> Outcome:
    step, sid = draft.step, session.id
    if step in ("title", "title-lang", "notes", "venue-name", "venue-address"):
        most = {"notes": MAX_NOTES, "venue-name": MAX_VENUE_NAME, "venue-address": MAX_ADDRESS}
        limit = most.get(step, MAX_TITLE)
        if not 0 < len(text) <= limit:
            return Outcome([ask("sessions-new-too-long", most=limit), *again])
    if step == "title":  # editing: then the titles in other languages
        await store.update(sid, title=text)
        return Outcome(await _go(store, me, draft, "titles", env))
    if step == "title-lang" and draft.language in LANGUAGES:
        await store.update(sid, titles={**session.titles, draft.language: text})
        return Outcome(await _go(store, me, draft, "titles", env))
    if step == "start":
        return await _start(store, outbox, me, draft, session, text, env, again)
    if step == "end":
        assert session.starts_at is not None
        parsed = parse_moment(text, env.now, env.tz, day_of=session.starts_at)
        if parsed.moment is None or parsed.moment <= session.starts_at:
            return Outcome([ask("sessions-new-end-bad"), *again])
        return await _set_time(store, outbox, me, draft, session, None, parsed.moment, env)
    if step == "venue-name":
        return Outcome(await _go(store, me, draft, "venue-address", env, scratch={"name": text}))
    if step == "venue-address":
        scratch = {**draft.scratch, "address": text}
        return Outcome(await _go(store, me, draft, "venue-coords", env, scratch=scratch))
    if step == "venue-coords":
        match = COORDS_RE.match(text)
        lat, lon = (float(g.replace(",", ".")) for g in match.groups()) if match else (99, 0)
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            return Outcome([ask("sessions-new-coords-bad"), *again])
        return await _new_venue(store, outbox, me, draft, session, (lat, lon), env)
    if step == "capacity":
        return await _capacity(store, outbox, me, draft, session, text, env, again)
    if step == "notes":
        await store.update(sid, notes=text)
        return Outcome(await _go(store, me, draft, _next(draft, "notes"), env))
    return Outcome([ask("sessions-new-use-buttons"), *again])


async def _start(
    store: EditorStore,
    outbox: OutboxStore,
    me: int,
    draft: Draft,
    session: SessionRecord,
    text: str,
    env: Env,
    again: list[Screen],
) -> Outcome:
    parsed = parse_moment(text, env.now, env.tz)
    if parsed.moment is None:
        key = "sessions-new-start-past" if parsed.problem == "past" else "sessions-new-start-bad"
        return Outcome([ask(key, example=example(env.now, env.tz)), *again])
    start = parsed.moment
    length = DEFAULT_DURATION
    if session.starts_at is not None and session.ends_at is not None:
        length = session.ends_at - session.starts_at  # moving a session keeps its length
    return await _set_time(store, outbox, me, draft, session, start, start + length, env)


async def _set_time(
    store: EditorStore,
    outbox: OutboxStore,
    me: int,
    draft: Draft,
    session: SessionRecord,
    start: datetime | None,
    end: datetime,
    env: Env,
) -> Outcome:
    fields: dict[str, Any] = {"ends_at": end}
    if start is not None:
        fields["starts_at"] = start
    await store.update(session.id, **fields)
    notices = []
    if session.status == "published":
        changed = await store.get(session.id)
        assert changed is not None
        notices = await changes.moved(
            store, outbox, changed, env, new_time=changed.starts_at != session.starts_at
        )
    step = draft.step
    after = "end" if step == "start" and draft.mode == "new" else _next(draft, "end")
    return Outcome(await _go(store, me, draft, after, env), notices=notices)


async def _new_venue(
    store: EditorStore,
    outbox: OutboxStore,
    me: int,
    draft: Draft,
    session: SessionRecord,
    coords: tuple[float, float] | None,
    env: Env,
) -> Outcome:
    name, address = draft.scratch.get("name", ""), draft.scratch.get("address", "")
    if not name or not address:
        return Outcome(await _go(store, me, draft, "venue-name", env))
    lat, lon = coords if coords is not None else (None, None)
    venue_id = await store.venue_for(name, address, lat, lon)
    return await _set_venue(store, outbox, me, draft, session, venue_id, env)


async def _set_venue(
    store: EditorStore,
    outbox: OutboxStore,
    me: int,
    draft: Draft,
    session: SessionRecord,
    venue_id: int,
    env: Env,
) -> Outcome:
    await store.update(session.id, venue_id=venue_id)
    notices = []
    if session.status == "published" and (session.venue is None or session.venue.id != venue_id):
        changed = await store.get(session.id)
        assert changed is not None
        notices = await changes.moved(store, outbox, changed, env, new_time=False)
    return Outcome(await _go(store, me, draft, _next(draft, "venue"), env), notices=notices)


async def _capacity(
    store: EditorStore,
    outbox: OutboxStore,
    me: int,
    draft: Draft,
    session: SessionRecord,
    text: str,
    env: Env,
    again: list[Screen],
) -> Outcome:
    digits = text.strip()
    if not (digits.isascii() and digits.isdigit() and 0 < int(digits) <= MAX_CAPACITY):
        return Outcome([ask("sessions-new-capacity-bad", most=MAX_CAPACITY), *again])
    capacity = int(digits)
    if capacity < session.registered:
        return Outcome([ask("sessions-new-capacity-low", count=session.registered), *again])
    await store.update(session.id, capacity=capacity)
    notices = []
    if session.status == "published" and capacity > (session.capacity or 0):
        notices = await changes.seats_added(store, outbox, session.id, env)
    return Outcome(await _go(store, me, draft, _next(draft, "capacity"), env), notices=notices)


async def on_location(
    store: EditorStore,
    flows: FlowStore,
    outbox: OutboxStore,
    profile: Profile,
    env: Env,
    latitude: float,
    longitude: float,
) -> Outcome:
    """A location pin shared while the editor asks for the place's coordinates."""
    me = profile.person_id
    draft = await store.draft_of(me)
    session = await store.get(draft.session_id) if draft and draft.session_id else None
    if draft is None or session is None:
        return Outcome([ask("sessions-new-gone")])
    if draft.step != "venue-coords":
        return Outcome([ask("sessions-new-use-buttons"), await _screen(store, draft, env)])
    return await _new_venue(store, outbox, me, draft, session, (latitude, longitude), env)


async def on_button(
    store: EditorStore,
    flows: FlowStore,
    outbox: OutboxStore,
    announcer: announce.Announcer,
    profile: Profile,
    env: Env,
    data: str,
) -> Outcome:
    """An sn:… button. One from an earlier step (or a forged one) changes nothing."""
    outcome = await _button(store, flows, outbox, announcer, profile, env, data)
    outcome.screens = [
        replace(s, edit=True) if i == 0 else s for i, s in enumerate(outcome.screens)
    ]
    return outcome


async def _button(
    store: EditorStore,
    flows: FlowStore,
    outbox: OutboxStore,
    announcer: announce.Announcer,
    profile: Profile,
    env: Env,
    data: str,
) -> Outcome:
    me = profile.person_id
    draft = await store.draft_of(me)
    session = await store.get(draft.session_id) if draft and draft.session_id else None
    if draft is None or session is None:
        return Outcome(toast=msg("button-expired"))
    what, _, value = data.removeprefix("sn:").partition(":")
    step = draft.step
    if step == "titles" and what == "lang" and value in LANGUAGES:
        return Outcome(await _go(store, me, draft, "title-lang", env, language=value))
    if step in ("titles", "languages") and what == "next":
        return Outcome(await _go(store, me, draft, _next(draft, step), env))
    if step == "end" and what == "dur" and value.isdigit() and int(value) in DURATIONS:
        assert session.starts_at is not None
        end = session.starts_at + timedelta(minutes=int(value))
        return await _set_time(store, outbox, me, draft, session, None, end, env)
    if step == "venue" and what == "venue-new":
        return Outcome(await _go(store, me, draft, "venue-name", env))
    if step == "venue" and what == "venue" and value.isdigit():
        venue = await store.venue(int(value)) if len(value) < 10 else None
        if venue is not None:
            return await _set_venue(store, outbox, me, draft, session, venue.id, env)
    if step == "venue-coords" and what == "nocoords":
        return await _new_venue(store, outbox, me, draft, session, None, env)
    if step == "languages" and what == "tog" and value in LANGUAGES:
        chosen = set(session.languages) ^ {value}
        await store.update(session.id, languages=[c for c in LANGUAGES if c in chosen])
        return Outcome(await _go(store, me, draft, "languages", env))
    if step == "notes" and what == "nonotes":
        await store.update(session.id, notes=None)
        return Outcome(await _go(store, me, draft, _next(draft, "notes"), env))
    if step == "menu" and what == "field" and value in FIELDS:
        return Outcome(await _go(store, me, draft, value, env))
    if step == "menu" and what == "done":
        await store.drop_draft(me)
        await flows.set_active_flow(me, None)
        return Outcome([ask("sessions-edit-finished")])
    if (step, what) in FINISHES and session.status == "draft":
        return await _finish(store, flows, announcer, me, draft, session, what, env)
    return Outcome(toast=msg("button-expired"))


async def _finish(
    store: EditorStore,
    flows: FlowStore,
    announcer: announce.Announcer,
    me: int,
    draft: Draft,
    session: SessionRecord,
    what: str,
    env: Env,
) -> Outcome:
    start = session.starts_at
    if what == "publish" and not (complete(session) and start is not None and start > env.now):
        # kept for days, the draft's time has passed: the editor asks for a new one
        await store.save_draft(me, session.id, "start", mode="edit")
        fixed = await store.draft_of(me)
        assert fixed is not None
        lead = ask("sessions-new-start-past", example=example(env.now, env.tz))
        return Outcome([lead, await _screen(store, fixed, env)])
    await store.drop_draft(me)
    await flows.set_active_flow(me, None)
    if what == "discard":
        await store.delete(session.id)
        return Outcome([ask("sessions-new-discarded")])
    if what == "keep":
        return Outcome([ask("sessions-new-kept")])
    return await publish(store, announcer, session, env)


async def publish(
    store: EditorStore, announcer: announce.Announcer, session: SessionRecord, env: Env
) -> Outcome:
    await store.set_status(session.id, "published", env.now)
    published = await store.get(session.id)
    assert published is not None
    await announce.session_event(announcer, published, "published", env.tz)
    return Outcome([ask("sessions-new-published")])


async def cancel(store: EditorStore, profile: Profile) -> bool:
    """/cancel in the editor: an unfinished new session is discarded; edits already saved
    stay (people were told about them as they were made)."""
    draft = await store.draft_of(profile.person_id)
    if draft is None:
        return False
    await store.drop_draft(profile.person_id)
    if draft.mode == "new" and draft.session_id is not None:
        session = await store.get(draft.session_id)
        if session is not None and session.status == "draft":
            await store.delete(session.id)
    return True
