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
