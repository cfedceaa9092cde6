"""The questions of the staff's session editor, one per step, and the summary of a session.

Buttons: sn:<what>[:<value>] (see dialogs.sessions.create)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from dialogs.languages import LANGUAGES
from dialogs.screen import Button, Msg, Plain, Screen, msg, rows_of
from dialogs.sessions.model import MAX_CAPACITY, Env, SessionRecord, VenueRecord, short_title
from dialogs.sessions.screens import block, language_list, when
from dialogs.sessions.when import example

DURATIONS = (60, 90, 120, 180)  # minutes offered as buttons for the end
FIELDS = ("title", "start", "end", "venue", "languages", "capacity", "notes")


class Draft(Protocol):
    @property
    def session_id(self) -> int | None: ...
    @property
    def mode(self) -> str: ...
    @property
    def step(self) -> str: ...
    @property
    def language(self) -> str | None: ...
    @property
    def scratch(self) -> dict[str, str]: ...


def language_name(code: str) -> Msg:
    return msg(f"language-name-{code}")


def tick(on: bool, label: Msg) -> Msg:
    return msg("sessions-new-tick", on="yes" if on else "no", label=label)


def ask(key: str, buttons: Sequence[Sequence[Button]] = (), **args: Any) -> Screen:
    return Screen(parts=[msg(key, **args)], buttons=buttons)


def summary_parts(session: SessionRecord, env: Env) -> list[Msg]:
    """Every field of a session for staff, "—" for what is not given yet."""
    missing = msg("sessions-field-missing")
    own = [c for c in LANGUAGES if session.titles.get(c)]
    parts = [msg("sessions-title", title=session.title)]
    if own:
        parts.append(msg("sessions-staff-titles", languages=language_list(own)))
    parts.append(
        when(session, env.tz) if session.starts_at else msg("sessions-staff-when-missing")
    )
    if session.venue is not None:
        v = session.venue
        parts.append(msg("sessions-where", venue=v.name, address=v.address))
        if v.latitude is not None and v.longitude is not None:
            coords = f"{round(v.latitude, 6)}, {round(v.longitude, 6)}"  # not rounded by locale
            parts.append(msg("sessions-staff-coords", coords=coords))
    else:
        parts.append(msg("sessions-staff-where-missing"))
    if session.languages:
        parts.append(msg("sessions-interpretation", languages=language_list(session.languages)))
    else:
        parts.append(msg("sessions-no-interpretation"))
    parts.append(
        msg("sessions-staff-capacity", capacity=session.capacity)
        if session.capacity
        else msg("sessions-staff-capacity-missing", missing=missing)
    )
    if session.notes:
        parts.append(msg("sessions-notes", notes=session.notes))
    return parts


def complete(session: SessionRecord) -> bool:
    return bool(session.starts_at and session.ends_at and session.venue and session.capacity)


def prompt(
    draft: Draft, session: SessionRecord | None, venues: Sequence[VenueRecord], env: Env
) -> Screen:
    """The question of the step the draft is at."""
    step = draft.step
    if session is None or step == "title":
        return ask("sessions-new-title")
    if step == "titles":
        own = [c for c in LANGUAGES if session.titles.get(c)]
        buttons = [
            Button(tick(c in own, language_name(c)), action=f"sn:lang:{c}") for c in LANGUAGES
        ]
        rows = [*rows_of(buttons, 3), [Button(msg("sessions-new-next"), action="sn:next")]]
        return ask("sessions-new-titles", rows, title=session.title)
    if step == "title-lang":
        return ask("sessions-new-title-lang", language=language_name(draft.language or "en"))
    if step == "start":
        return ask("sessions-new-start", example=example(env.now, env.tz))
    if step == "end":
        durations = [
            Button(msg("sessions-new-hours", hours=m // 60, minutes=m % 60), action=f"sn:dur:{m}")
            for m in DURATIONS
        ]
        return ask("sessions-new-end", rows_of(durations, 2))
    if step == "venue":
        rows = [
            [Button(Plain(short_title(f"{v.name}, {v.address}")), action=f"sn:venue:{v.id}")]
            for v in venues
        ]
        rows.append([Button(msg("sessions-new-venue-add"), action="sn:venue-new")])
        return ask("sessions-new-venue" if venues else "sessions-new-venue-first", rows)
    if step == "venue-name":
        return ask("sessions-new-venue-name")
    if step == "venue-address":
        return ask("sessions-new-venue-address", name=draft.scratch.get("name", ""))
    if step == "venue-coords":
        skip = [[Button(msg("sessions-new-skip"), action="sn:nocoords")]]
        return ask("sessions-new-venue-coords", skip)
    if step == "languages":
        chosen = set(session.languages)
        buttons = [
            Button(tick(c in chosen, language_name(c)), action=f"sn:tog:{c}") for c in LANGUAGES
        ]
        rows = [*rows_of(buttons, 3), [Button(msg("sessions-new-next"), action="sn:next")]]
        return ask("sessions-new-languages", rows)
    if step == "capacity":
        return ask("sessions-new-capacity", most=MAX_CAPACITY)
    if step == "notes":
        skip = [[Button(msg("sessions-new-skip"), action="sn:nonotes")]]
        return ask("sessions-new-notes", skip)
    if step == "menu":
        return edit_menu(session, env)
    return confirm(session, env)


def confirm(session: SessionRecord, env: Env) -> Screen:
    return Screen(
        parts=[msg("sessions-new-summary"), block(summary_parts(session, env))],
        buttons=[
            [Button(msg("sessions-new-publish"), action="sn:publish")],
            [Button(msg("sessions-new-keep"), action="sn:keep")],
            [Button(msg("sessions-new-discard"), action="sn:discard")],
        ],
    )


def edit_menu(session: SessionRecord, env: Env) -> Screen:
    buttons = [Button(msg(f"sessions-edit-{f}"), action=f"sn:field:{f}") for f in FIELDS]
    rows = rows_of(buttons, 2)
    if session.status == "draft":
        rows.append([Button(msg("sessions-new-publish"), action="sn:publish")])
        rows.append([Button(msg("sessions-new-discard"), action="sn:discard")])
    rows.append([Button(msg("sessions-edit-done"), action="sn:done")])
    return Screen(
        parts=[msg("sessions-edit-menu"), block(summary_parts(session, env))], buttons=rows
    )
