"""The editor's answers, field by field: what staff type (or share) is checked, stored at once,
and, for a published session, followed by what people must know (dialogs.sessions.changes)."""

from __future__ import annotations

import re
from datetime import datetime

from dialogs.languages import LANGUAGES
from dialogs.sessions import changes
from dialogs.sessions.editor import Editing
from dialogs.sessions.model import (
    DEFAULT_DURATION,
    MAX_ADDRESS,
    MAX_CAPACITY,
    MAX_NOTES,
    MAX_TITLE,
    MAX_VENUE_NAME,
)
from dialogs.sessions.people import Outcome
from dialogs.sessions.prompts import ask
from dialogs.sessions.when import example, parse_moment

COORDS_RE = re.compile(r"^\s*(-?\d{1,2}(?:[.,]\d+)?)\s*[,;\s]\s*(-?\d{1,3}(?:[.,]\d+)?)\s*$")
LIMITS = {
    "title": MAX_TITLE,
    "title-lang": MAX_TITLE,
    "notes": MAX_NOTES,
    "venue-name": MAX_VENUE_NAME,
    "venue-address": MAX_ADDRESS,
}


async def answer(e: Editing, text: str) -> Outcome:
    """Typed text at the step the draft is at (the text is already cleaned)."""
    step, session = e.draft.step, e.session
    limit = LIMITS.get(step)
    if limit is not None and not 0 < len(text) <= limit:
        return Outcome([ask("sessions-new-too-long", most=limit), await e.again()])
    if step == "title":  # editing: then the titles in other languages
        await e.store.update(session.id, title=text)
        return Outcome(await e.go("titles"))
    if step == "title-lang" and e.draft.language in LANGUAGES:
        await e.store.update(session.id, titles={**session.titles, e.draft.language: text})
        return Outcome(await e.go("titles"))
    if step == "start":
        return await start(e, text)
    if step == "end":
        assert session.starts_at is not None
        parsed = parse_moment(text, e.env.now, e.env.tz, day_of=session.starts_at)
        if parsed.moment is None or parsed.moment <= session.starts_at:
            return Outcome([ask("sessions-new-end-bad"), await e.again()])
        return await set_time(e, None, parsed.moment)
    if step == "venue-name":
        return Outcome(await e.go("venue-address", scratch={"name": text}))
    if step == "venue-address":
        return Outcome(await e.go("venue-coords", scratch={**e.draft.scratch, "address": text}))
    if step == "venue-coords":
        match = COORDS_RE.match(text)
        lat, lon = (float(g.replace(",", ".")) for g in match.groups()) if match else (99, 0)
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            return Outcome([ask("sessions-new-coords-bad"), await e.again()])
        return await new_venue(e, (lat, lon))
    if step == "capacity":
        return await capacity(e, text)
    if step == "notes":
        await e.store.update(session.id, notes=text)
        return Outcome(await e.go(e.after("notes")))
    return Outcome([ask("sessions-new-use-buttons"), await e.again()])


async def start(e: Editing, text: str) -> Outcome:
    parsed = parse_moment(text, e.env.now, e.env.tz)
    if parsed.moment is None:
        key = "sessions-new-start-past" if parsed.problem == "past" else "sessions-new-start-bad"
        return Outcome([ask(key, example=example(e.env.now, e.env.tz)), await e.again()])
    length = DEFAULT_DURATION
    if e.session.starts_at is not None and e.session.ends_at is not None:
        length = e.session.ends_at - e.session.starts_at  # a moved session keeps its length
    return await set_time(e, parsed.moment, parsed.moment + length)


async def set_time(e: Editing, start_at: datetime | None, end: datetime) -> Outcome:
    """A new start (the end moves with it) or a new end."""
    before = e.session
    fields: dict[str, datetime] = {"ends_at": end}
    if start_at is not None:
        fields["starts_at"] = start_at
    await e.store.update(before.id, **fields)
    notices = []
    if before.status == "published":
        now = await e.fresh()
        new_time = now.starts_at != before.starts_at
        notices = await changes.moved(e.store, e.outbox, now, e.env, new_time=new_time)
    step = "end" if e.draft.step == "start" and e.draft.mode == "new" else e.after("end")
    return Outcome(await e.go(step), notices=notices)


async def new_venue(e: Editing, coords: tuple[float, float] | None) -> Outcome:
    name, address = e.draft.scratch.get("name", ""), e.draft.scratch.get("address", "")
    if not name or not address:
        return Outcome(await e.go("venue-name"))
    lat, lon = coords if coords is not None else (None, None)
    return await set_venue(e, await e.store.venue_for(name, address, lat, lon))


async def set_venue(e: Editing, venue_id: int) -> Outcome:
    before = e.session
    await e.store.update(before.id, venue_id=venue_id)
    notices = []
    if before.status == "published" and (before.venue is None or before.venue.id != venue_id):
        notices = await changes.moved(e.store, e.outbox, await e.fresh(), e.env, new_time=False)
    return Outcome(await e.go(e.after("venue")), notices=notices)


async def capacity(e: Editing, text: str) -> Outcome:
    digits = text.strip()
    if not (digits.isascii() and digits.isdigit() and 0 < int(digits) <= MAX_CAPACITY):
        return Outcome([ask("sessions-new-capacity-bad", most=MAX_CAPACITY), await e.again()])
    seats = int(digits)
    await e.store.lock(e.session.id)  # nobody registers between the count and the change
    session = await e.fresh()
    if seats < session.registered:
        return Outcome(
            [ask("sessions-new-capacity-low", count=session.registered), await e.again()]
        )
    await e.store.update(session.id, capacity=seats)
    notices = []
    if session.status == "published" and seats > (session.capacity or 0):
        notices = await changes.seats_added(e.store, e.outbox, session.id, e.env)
    return Outcome(await e.go(e.after("capacity")), notices=notices)
