## Information sessions of the ombudsperson. Reference language: every other language has the
## same message ids and the same variables. Key terms: see locales/GLOSSARY.md.

## A session's lines (list, card, notices)
sessions-title = 📅 <b>{ $title }</b>
sessions-when = 🕒 When: { DATETIME($date, dateStyle: "full") }, { $start }–{ $end } (Sofia time)
sessions-where = 📍 Place: { $venue }, { $address }
sessions-interpretation = 🗣 Interpretation into: { $languages }
sessions-no-interpretation = 🗣 In Bulgarian, without interpretation
sessions-seats = 💺 Free seats: { $left } of { $capacity }
sessions-full =
    💺 No free seats. { $waiting ->
        [0] Nobody is on the waiting list yet.
        [one] { $waiting } person is on the waiting list.
       *[other] { $waiting } people are on the waiting list.
    }
sessions-notes = 📝 Good to know: { $notes }
sessions-join = { $first }, { $rest }
sessions-lines =
    { $first }
    { $rest }

## The list
sessions-list-title = <b>Information sessions</b> of the ombudsperson in migrant integration centres. Everyone is welcome; taking part is free. Page { $page } of { $pages }.
sessions-list-empty = There are no information sessions planned right now. Please look again later.
sessions-open = { DATETIME($day, dateStyle: "medium") } · { $title }
sessions-earlier = ◀️ Earlier
sessions-later = Later ▶️
sessions-all = 📅 All sessions

## A session's card
sessions-register = ✍️ Register
sessions-join-waiting = ⏳ Join the waiting list
sessions-unregister = ❌ Cancel my registration
sessions-calendar = 📆 Add to calendar
sessions-map = 🗺 Show on map
sessions-open-card = 📅 See the session
sessions-you-registered = ✅ You are registered for this session.
sessions-you-waiting = ⏳ You are on the waiting list, number { $position }. If a seat becomes free, you move up and we tell you.
sessions-registered = ✅ Done: you are registered. We will send you a reminder before the session.
sessions-registered-toast = You are registered.
sessions-waiting = ⏳ All seats are taken. You are number { $position } on the waiting list. If a seat becomes free, you move up automatically and we tell you.
sessions-waiting-toast = You are on the waiting list.
sessions-already-registered = You are already registered.
sessions-already-waiting = You are already on the waiting list.
sessions-closed = Registration for this session is closed: it was cancelled, or it has started.
sessions-needs-consent = To register, please first agree to the privacy notice.
sessions-unregister-confirm = Cancel your registration for “{ $title }”?
sessions-unregister-yes = Yes, cancel it
sessions-unregister-no = No, keep it
sessions-unregistered = Your registration is cancelled. You can register again while there are free seats.
sessions-unregistered-toast = Registration cancelled.
sessions-not-registered = You are not registered for this session.
sessions-calendar-sent = The calendar file is below. Open it to add the session to your calendar.
sessions-calendar-alarm = Reminder: { $title }
sessions-no-map = There is no map for this place yet.

## Messages the bot sends later (through the outbox)
sessions-moved-up = 🎉 Good news: a seat became free. You are now registered for this information session.
sessions-cancelled-notice = ❌ Sorry: this information session is cancelled. It will not take place.
sessions-changed-notice = ✏️ This information session has changed. Please see the new details.
sessions-reminder =
    ⏰ Reminder: the information session starts in { $hours ->
        [one] { $hours } hour.
       *[other] { $hours } hours.
    }
sessions-announce-new = 📣 New information session of the ombudsperson:
sessions-announce-cancelled = 📣 This information session is cancelled:

## Staff: creating and editing a session in the chat
sessions-new-title = Send the title of the information session. It is shown in every language; after it you can add the title in other languages. (/cancel stops.)
sessions-new-titles = Title for every language: “{ $title }”. You can add the title in a language (✅ = written). Press “Next” when it is enough.
sessions-new-title-lang = Send the title in { $language }.
sessions-new-start = When does it start? Send the date and time (Sofia time), for example: { $example }
sessions-new-start-bad = Sorry, I could not read this date and time. Please write it like this: { $example }
sessions-new-start-past = This time has already passed. Please send a time in the future, for example: { $example }
sessions-new-end = How long does it last? Choose below, or send the end time, for example 20:00.
sessions-new-hours =
    { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    }{ $minutes ->
        [0] {""}
       *[other] {" "}{ $minutes } min
    }
sessions-new-end-bad = Sorry, this is not an end time after the start. Send it like 20:00, or choose a button.
sessions-new-venue = Where is it? Choose a saved place, or add a new one.
sessions-new-venue-first = Where is it? There are no saved places yet: please add one.
sessions-new-venue-add = ➕ New place
sessions-new-venue-name = Send the name of the place, for example the name of the integration centre.
sessions-new-venue-address = Send the address of “{ $name }”.
sessions-new-venue-coords = Send the location of the place for the map: share a location in Telegram, or send the coordinates, for example 42.6977, 23.3219. Or press “Skip”: then people see only the address.
sessions-new-coords-bad = Sorry, these are not coordinates. Send them like 42.6977, 23.3219, share a location, or press “Skip”.
sessions-new-languages = Into which languages will it be interpreted? Press a language to choose it or to remove it (✅ = chosen), then “Next”.
sessions-new-capacity = How many seats are there? Send a number from 1 to { $most }.
sessions-new-capacity-bad = Please send a whole number from 1 to { $most }.
sessions-new-capacity-low =
    { $count ->
        [one] { $count } person is already registered.
       *[other] { $count } people are already registered.
    } The number of seats cannot be lower.
sessions-new-notes = Is there anything people should know, for example what to bring or how to find the room? Send it, or press “Skip”.
sessions-new-too-long = This is too long: at most { $most } characters, please.
sessions-new-use-buttons = Please use the buttons for this step.
sessions-new-next = Next ➡️
sessions-new-skip = Skip
sessions-new-tick =
    { $on ->
        [yes] ✅
       *[no] ⬜
    } { $label }
sessions-new-summary = <b>Please check the information session:</b>
sessions-new-publish = ✅ Publish
sessions-new-keep = 💾 Keep as a draft
sessions-new-discard = 🗑 Discard
sessions-new-published = Published. People see it in /sessions.
sessions-new-kept = Kept as a draft. You find it in /sessionlist and can publish it from there.
sessions-new-discarded = The draft is discarded.
sessions-new-resume = You have an unfinished information session. Let us continue where you stopped. (/cancel discards it.)
sessions-new-gone = This draft no longer exists. /newsession starts a new one.
sessions-edit-menu = <b>What do you want to change?</b> Changes are saved at once. If the time or the place of a published session changes, everyone registered or waiting is told.
sessions-edit-title = Title
sessions-edit-start = Start
sessions-edit-end = End
sessions-edit-venue = Place
sessions-edit-languages = Interpretation
sessions-edit-capacity = Seats
sessions-edit-notes = Notes
sessions-edit-done = ✅ Done
sessions-edit-finished = Editing finished. /sessionlist shows all sessions.
sessions-field-missing = not given yet
sessions-staff-titles = 🌐 Own titles in: { $languages }
sessions-staff-when-missing = 🕒 When: not given yet
sessions-staff-where-missing = 📍 Place: not given yet
sessions-staff-coords = 🗺 Map: { $coords }
sessions-staff-capacity = 💺 Seats: { $capacity }
sessions-staff-capacity-missing = 💺 Seats: { $missing }

## Staff: the list, a session's card, the registration list
sessions-staff-title = <b>Information sessions</b> (drafts, coming ones and those of the last 30 days). Page { $page } of { $pages }. Press a number to open one.
sessions-staff-empty = There are no information sessions yet. Create one with the button below or with /newsession.
sessions-staff-item = { $number }. { $line }
sessions-staff-line =
    { $state ->
        [draft] 📝 Draft
        [upcoming] 🟢 Published
        [past] ⚪ Over
       *[cancelled] ❌ Cancelled
    } · { DATETIME($date, dateStyle: "medium") } { $time } · <b>{ $title }</b> · registered: { $registered }/{ $capacity }, waiting: { $waiting }
sessions-staff-line-undated = 📝 Draft · <b>{ $title }</b> · no date yet
sessions-staff-open = { $number }
sessions-staff-new = ➕ New session
sessions-staff-edit = ✏️ Edit
sessions-staff-people = 👥 Registrations
sessions-staff-cancel = ❌ Cancel the session
sessions-staff-back = ⬅️ All sessions
sessions-staff-back-one = ⬅️ Back to the session
sessions-staff-cancel-confirm =
    Cancel “{ $title }”? { $count ->
        [0] Nobody is registered yet.
        [one] { $count } person registered or waiting will be told.
       *[other] { $count } people registered or waiting will be told.
    } This cannot be undone.
sessions-staff-cancel-yes = Yes, cancel the session
sessions-staff-cancel-no = No, keep it
sessions-staff-cancelled =
    The session is cancelled. { $count ->
        [0] Nobody had registered.
        [one] { $count } person is being told.
       *[other] { $count } people are being told.
    }
sessions-staff-publish-past = This draft's start time has passed. Press “Edit” to set a new time.
sessions-staff-people-title = <b>Registrations: { $title }</b> · registered: { $registered }/{ $capacity }, waiting: { $waiting }. No names are kept: each person is shown by a pseudonym.
sessions-staff-waiting-title = <b>Waiting list</b>
sessions-staff-person = { $number }. { $pseudonym } · { $language } · { $group }
sessions-staff-people-none = Nobody has registered yet.
