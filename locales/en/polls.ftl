## Opinion polls. Reference language: every other language has the same message ids and the
## same variables. Key terms: see locales/GLOSSARY.md.

## The poll that ships with the bot: the campaign's question (the Bulgarian text is the seed's).
poll-economic-migrants-question = Which view of economic migrants do you share?
poll-economic-migrants-option-1 = Overall they support the state with their hard work and talented people
poll-economic-migrants-option-2 = Overall they burden the state because they take jobs and housing and use health care

## Voting
polls-list-title = <b>Opinion polls</b> open now. Choose one to vote:
polls-list-line = { $number }. { $question }
polls-list-button = { $number }. { SHORT($question) }
polls-list-empty = There are no open opinion polls right now. Please come back later.
polls-closed-list = 🏁 Results of closed polls
polls-closed-title = <b>Closed opinion polls</b>. Choose one to see its final results:
polls-closed-empty = No opinion poll has closed yet.
polls-open-list = 📊 Open polls
polls-not-found = This opinion poll was not found, or it is not open.
polls-other = 📊 Other polls
polls-question = 📊 <b>{ $question }</b>
polls-hint-single = Choose one answer.
polls-hint-multiple = Choose one or more answers, then press “Send”.
polls-hint-change = You can change your vote while the poll is open.
polls-hint-final = You cannot change your vote later.
polls-hint-closes = The poll is open until { DATETIME($date, dateStyle: "long") }, { $time } (Sofia time).
polls-join-lines =
    { $first }
    { $rest }
polls-join-cells = { $first } · { $rest }
polls-join-comma = { $first }, { $rest }
polls-option-line =
    { $number }. { $label }{ $mine ->
        [yes] {" "}· ✔️ your vote
       *[no] {""}
    }
polls-option-button =
    { $mine ->
        [yes] ✓{" "}
       *[no] {""}
    }{ $number }. { SHORT($label) }
polls-option-ticked = ☑️ { $number }. { SHORT($label) }
polls-option-unticked = ⬜ { $number }. { SHORT($label) }
polls-send = ✅ Send
polls-choose-one = Please choose at least one answer.
polls-saved = Thank you! Your vote is saved.
polls-changed = Your vote is changed.
polls-same = This is already your vote.
polls-locked = You have already voted in this poll. In this poll a vote cannot be changed.
polls-locked-toast = In this poll a vote cannot be changed.
polls-closed = This poll is closed. Thank you for your interest! Here are the final results.
polls-closed-toast = This poll is closed.
polls-audience = This poll is only for some groups of people. Thank you for your interest! You can vote in the other polls.
polls-change = ✏️ Change my vote
polls-change-lead =
    { $multiple ->
        [yes] Tick your new answers and press “Send”. Your current answers are already ticked.
       *[no] Choose your new answer. Your current vote is marked with ✓.
    }

## Results. Percentages are whole numbers that add up to 100 (largest remainder method).
polls-results-title =
    { $closed ->
        [yes] 📊 <b>Final results</b>
       *[no] 📊 <b>Results so far</b>
    }
    { $question }
polls-result-line =
    { $number }. { $label }
    { $bar } { NUMBER($share, style: "percent") } · { $count ->
        [one] { NUMBER($count) } vote
       *[other] { NUMBER($count) } votes
    }{ $mine ->
        [yes] {" "}· ✔️ your vote
       *[no] {""}
    }
polls-results-total =
    Votes counted here: { NUMBER($count) }. { $multiple ->
        [yes] People could choose more than one answer; the percentages are shares of all answers chosen.{" "}
       *[no] {""}
    }Percentages are rounded so that they add up to 100.
polls-results-step =
    { $closed ->
        [yes] To protect the privacy of those who voted, the results were updated only after every { $step } votes, so the last few votes may not be counted here.
       *[no] Results update after every { $step } votes, so that nobody can work out how one person voted. The newest votes, perhaps yours, may not be counted yet.
    }
polls-results-waiting =
    { $closed ->
        [yes] Fewer than { $step } votes were cast in this poll, so its results are not shown, to protect the privacy of those who voted.
       *[no] Results are shown once there are { $step } votes, so that nobody can work out how one person voted.
    }
polls-split-title = <b>By group</b>
polls-split-group =
    <b>{ $group }</b> · { $count ->
        [one] { NUMBER($count) } vote
       *[other] { NUMBER($count) } votes
    }
    { $cells }
polls-split-cell = answer { $number }: { NUMBER($share, style: "percent") } ({ NUMBER($count) })
polls-split-bulgarian-citizen = Bulgarian citizens
polls-split-foreign-national = Foreign nationals (not from the EU)
polls-split-eu-citizen = EU citizens
polls-split-other = Visitors and people who did not say
polls-split-waiting = Results by group appear when enough people have voted: at least { $threshold } in a group.
polls-split-hidden = To protect privacy, groups with fewer than { $threshold } votes are not shown separately.
polls-split-at-close = Results by group are shown when the poll closes, so that no one's vote can be worked out from small changes in a group.

## Staff: writing a poll in the chat
polls-new-resume = You have an unfinished poll. Let us continue where you stopped. (/cancel discards it.)
polls-new-slug =
    <b>New poll.</b> First, a short name for its link, e.g. <code>metro-safety</code>: small Latin letters, digits and hyphens, up to 40 characters.
    The link will be t.me/…?start=poll_<i>name</i>. /cancel stops.
polls-new-slug-bad = This name cannot be used: please use only small Latin letters, digits and hyphens (2 to 40 characters).
polls-new-slug-taken = The name { $slug } is already used by another poll. Please choose another name.
polls-new-question = Send the question in { $language }.
polls-new-too-long = This is too long: at most { $most } characters, please.
polls-new-empty = There is no text left in this message once invisible characters are removed. Please type it again.
polls-new-options = Send the answers in { $language }, one per line (2 to { $most } answers).
polls-new-translate-options =
    Send the { $count } answers in { $language }, one per line, in this order:
    { $reference }
polls-new-options-bad = Please send between 2 and { $most } answers, one per line.
polls-new-options-count = Please send exactly { $count } answers, one per line, in the same order as in the first language.
polls-new-languages =
    Saved. Languages written so far: { $done }.
    People who use another language see the poll in the fallback language. Add a language, or continue.
polls-new-languages-done = Continue ➡️
polls-new-kind = May people choose one answer or several?
polls-new-single = One answer
polls-new-multiple = Several answers
polls-new-change = May people change their vote while the poll is open?
polls-new-yes = Yes
polls-new-no = No
polls-new-audience = Who may vote? Everyone, or only the groups you tick.
polls-new-everyone = Everyone
polls-new-tick =
    { $on ->
        [yes] ✅ { $label }
       *[no] ⬜ { $label }
    }
polls-new-next = Continue ➡️
polls-new-closes = When should the poll close? Send a date and time in Sofia time, e.g. { $example }, or press the button.
polls-new-no-end = No closing time
polls-new-closes-bad = Please send a future date and time like 2026-12-31 18:00.
polls-new-summary =
    <b>Poll { $slug }</b>
    { $question }
    Answers: { $count }. Several answers: { $multiple ->
        [yes] yes
       *[no] no
    }. Vote can be changed: { $change ->
        [yes] yes
       *[no] no
    }.
    Who may vote: { $audience }. Closes: { $closes }. Languages: { $languages }.
polls-new-open = ▶️ Open now
polls-new-keep = 💾 Keep as a draft
polls-new-discard = 🗑 Discard
polls-new-opened =
    The poll { $slug } is open. Its link:
    { $link }
polls-new-kept = The poll { $slug } is saved as a draft. Open it with /openpoll { $slug }
polls-new-discarded = The draft { $slug } is discarded.
polls-new-cancelled = Stopped. The unfinished poll is discarded: nothing of it is kept.
polls-new-gone = This draft no longer exists. /newpoll starts a new poll.
polls-new-use-buttons = Please use the buttons for this step.

## Staff: running polls
polls-staff-list-title = <b>All polls</b> (name · state · votes):
polls-staff-line =
    { $slug } · { $state ->
        [open] open
        [closed] closed
        [scheduled] scheduled
       *[draft] draft
    } · { NUMBER($count) }
polls-staff-list-empty = There are no polls yet. /newpoll writes one.
polls-staff-usage = Please add the poll's name: /{ $command } name
polls-staff-unknown = There is no poll named { $slug }. /polllist shows all polls.
polls-staff-unfinished = The poll { $slug } is still being written. Finish it first, or /cancel it.
polls-staff-already =
    The poll { $slug } is already { $state ->
        [open] open
        [closed] closed
        [scheduled] scheduled
       *[draft] a draft
    }.
polls-staff-opened =
    The poll { $slug } is open. Its link:
    { $link }
polls-staff-closed = The poll { $slug } is closed. People who open it now see the final results.
polls-chart-caption =
    📊 <b>{ $question }</b>
    { $slug } · { $state ->
        [open] open
        [closed] closed
        [scheduled] scheduled
       *[draft] draft
    } · { $count ->
        [one] { NUMBER($count) } vote
       *[other] { NUMBER($count) } votes
    }
    Groups with fewer than { $threshold } votes are not drawn.
polls-chart-votes = Votes
polls-chart-note =
    { $count ->
        [one] One vote in total.
       *[other] { NUMBER($count) } votes in total.
    } Groups with fewer than { $threshold } votes are not drawn, to protect privacy.
