"""Information sessions of the ombudsperson in migrant integration centres.

People (buttons ss:…): the upcoming sessions, soonest first and paged (`people.browse`); one
session's card (`people.show`); register, or wait for a seat when it is full (`people.register`);
cancel (`people.unregister`: the first person waiting moves up and is told); the calendar file
(`calendar.ics`) and the place on a map. Reminders before the start: `reminders`.

Staff (buttons sx:… and sn:…): create and edit a session step by step (`create`), the list with
registration counts, the registration list, publish, cancel (`staff`). `announce` is where the
topic "sessions" of the announcements feature is told about new and cancelled sessions.

`integra-bot sessions import FILE.ics|FILE.csv` reads a schedule (`importer`).
"""

# What bot/ uses of this package: its public face (import-linter keeps bot/ to it).
from dialogs.sessions.announce import NO_ANNOUNCER, Announcement, Announcer
from dialogs.sessions.calendar import description_parts, filename, ics
from dialogs.sessions.create import cancel, on_button, on_location, on_text, start_edit, start_new
from dialogs.sessions.importer import UnreadableFile, read_csv, read_ics, save
from dialogs.sessions.model import FLOW, Env, SessionRecord, title_for
from dialogs.sessions.people import (
    Outcome,
    ask_unregister,
    browse,
    calendar_file,
    forget,
    place,
    register,
    show,
    unregister,
)
from dialogs.sessions.reminders import KIND, due_screen
from dialogs.sessions.staff import (
    ask_cancel,
    cancel_session,
    publish,
    registrations,
    session_card,
    session_list,
    state,
)

__all__ = [
    "FLOW",
    "KIND",
    "NO_ANNOUNCER",
    "Announcement",
    "Announcer",
    "Env",
    "Outcome",
    "SessionRecord",
    "UnreadableFile",
    "ask_cancel",
    "ask_unregister",
    "browse",
    "calendar_file",
    "cancel",
    "cancel_session",
    "description_parts",
    "due_screen",
    "filename",
    "forget",
    "ics",
    "on_button",
    "on_location",
    "on_text",
    "place",
    "publish",
    "read_csv",
    "read_ics",
    "register",
    "registrations",
    "save",
    "session_card",
    "session_list",
    "show",
    "start_edit",
    "start_new",
    "state",
    "title_for",
    "unregister",
]
