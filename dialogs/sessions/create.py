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

from dataclasses import replace
from datetime import timedelta

from dialogs.languages import LANGUAGES
from dialogs.profile import FlowStore, Profile
from dialogs.screen import Screen, msg
from dialogs.sessions import announce, fields
from dialogs.sessions.editor import Editing, EditorStore, screen_for
from dialogs.sessions.model import FLOW, MAX_TITLE, Env, OutboxStore, SessionRecord
from dialogs.sessions.people import Outcome
from dialogs.sessions.prompts import DURATIONS, FIELDS, ask, complete
from dialogs.sessions.when import example
from dialogs.text import clean_text

FINISHES = {(s, w) for s in ("confirm", "menu") for w in ("publish", "discard")} | {
    ("confirm", "keep")
}


async def start_new(store: EditorStore, flows: FlowStore, profile: Profile, env: Env) -> Outcome:
    """/newsession: a new draft, or back to the unfinished one."""
    draft = await store.draft_of(profile.person_id)
    await flows.set_active_flow(profile.person_id, FLOW)
    if draft is not None:
        resume = Screen(parts=[msg("sessions-new-resume")])
        return Outcome([resume, await screen_for(store, draft, env)])
    await store.save_draft(profile.person_id, None, "title")
    return Outcome([ask("sessions-new-title")])


async def start_edit(
    store: EditorStore, flows: FlowStore, profile: Profile, env: Env, session_id: int
) -> Outcome:
    session = await store.get(session_id)
    if session is None or session.status == "cancelled":
        return Outcome(toast=msg("button-expired"))
    # one draft per staff member: an unfinished new session stays a draft in /sessionlist
    await store.save_draft(profile.person_id, session_id, "menu", mode="edit")
    await flows.set_active_flow(profile.person_id, FLOW)
    draft = await store.draft_of(profile.person_id)
    assert draft is not None
    return Outcome([await screen_for(store, draft, env)])


async def _editing(
    store: EditorStore, flows: FlowStore, outbox: OutboxStore, me: int, env: Env
) -> Editing | Outcome:
    """Where this staff member is, or what to say when the draft is gone."""
    draft = await store.draft_of(me)
    session = await store.get(draft.session_id) if draft and draft.session_id else None
    if draft is None or session is None:
        await store.drop_draft(me)
        await flows.set_active_flow(me, None)
        return Outcome([ask("sessions-new-gone")])
    return Editing(store, outbox, me, draft, session, env)


async def on_text(
    store: EditorStore,
    flows: FlowStore,
    outbox: OutboxStore,
    profile: Profile,
    env: Env,
    text: str,
) -> Outcome:
    """Typed text: the answer to the step the draft is at."""
    me, text = profile.person_id, clean_text(text)
    draft = await store.draft_of(me)
    if draft is not None and draft.step == "title" and draft.session_id is None:
        if not 0 < len(text) <= MAX_TITLE:
            too_long = ask("sessions-new-too-long", most=MAX_TITLE)
            return Outcome([too_long, ask("sessions-new-title")])
        session_id = await store.create(text, me)  # the draft session row, from now on
        await store.save_draft(me, session_id, "titles")
        now = await store.draft_of(me)
        assert now is not None
        return Outcome([await screen_for(store, now, env)])
    editing = await _editing(store, flows, outbox, me, env)
    if isinstance(editing, Outcome):
        return editing
    return await fields.answer(editing, text)


async def on_location(
    store: EditorStore,
    flows: FlowStore,
    outbox: OutboxStore,
    profile: Profile,
    env: Env,
    latitude: float,
    longitude: float,
) -> Outcome:
    """A location shared while the editor asks for the place's coordinates."""
    editing = await _editing(store, flows, outbox, profile.person_id, env)
    if isinstance(editing, Outcome):
        return editing
    if editing.draft.step != "venue-coords":
        return Outcome([ask("sessions-new-use-buttons"), await editing.again()])
    return await fields.new_venue(editing, (latitude, longitude))


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
    editing = await _editing(store, flows, outbox, profile.person_id, env)
    if isinstance(editing, Outcome):
        return Outcome(toast=msg("button-expired"))
    outcome = await _button(editing, flows, announcer, data)
    outcome.screens = [
        replace(s, edit=True) if not i else s for i, s in enumerate(outcome.screens)
    ]
    return outcome


async def _button(
    e: Editing, flows: FlowStore, announcer: announce.Announcer, data: str
) -> Outcome:
    what, _, value = data.removeprefix("sn:").partition(":")
    step, session = e.draft.step, e.session
    if step == "titles" and what == "lang" and value in LANGUAGES:
        return Outcome(await e.go("title-lang", language=value))
    if step in ("titles", "languages") and what == "next":
        return Outcome(await e.go(e.after(step)))
    if step == "end" and what == "dur" and value.isdigit() and int(value) in DURATIONS:
        assert session.starts_at is not None
        return await fields.set_time(e, None, session.starts_at + timedelta(minutes=int(value)))
    if step == "venue" and what == "venue-new":
        return Outcome(await e.go("venue-name"))
    if step == "venue" and what == "venue" and value.isdigit() and len(value) < 10:
        venue = await e.store.venue(int(value))
        if venue is not None:
            return await fields.set_venue(e, venue.id)
    if step == "venue-coords" and what == "nocoords":
        return await fields.new_venue(e, None)
    if step == "languages" and what == "tog" and value in LANGUAGES:
        chosen = set(session.languages) ^ {value}
        await e.store.update(session.id, languages=[c for c in LANGUAGES if c in chosen])
        return Outcome(await e.go("languages"))
    if step == "notes" and what == "nonotes":
        await e.store.update(session.id, notes=None)
        return Outcome(await e.go(e.after("notes")))
    if step == "menu" and what == "field" and value in FIELDS:
        return Outcome(await e.go(value))
    if step == "menu" and what == "done":
        await e.store.drop_draft(e.me)
        await flows.set_active_flow(e.me, None)
        return Outcome([ask("sessions-edit-finished")])
    if (step, what) in FINISHES and session.status == "draft":
        return await _finish(e, flows, announcer, what)
    return Outcome(toast=msg("button-expired"))


async def _finish(
    e: Editing, flows: FlowStore, announcer: announce.Announcer, what: str
) -> Outcome:
    session, env = e.session, e.env
    start = session.starts_at
    if what == "publish" and not (complete(session) and start is not None and start > env.now):
        # kept for days, the draft's time has passed: the editor asks for a new one
        await e.store.save_draft(e.me, session.id, "start", mode="edit")
        fixed = await e.store.draft_of(e.me)
        assert fixed is not None
        lead = ask("sessions-new-start-past", example=example(env.now, env.tz))
        return Outcome([lead, await screen_for(e.store, fixed, env)])
    await e.store.drop_draft(e.me)
    await flows.set_active_flow(e.me, None)
    if what == "discard":
        await e.store.delete(session.id)
        return Outcome([ask("sessions-new-discarded")])
    if what == "keep":
        return Outcome([ask("sessions-new-kept")])
    return await publish(e.store, announcer, session, env)


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
