## "My data": what the bot keeps about a person, their own answers, the file with all of it,
## withdrawing consent and deleting everything.

mydata-title = <b>My data</b>
mydata-language = Language: { $name }
mydata-group = You said you are: { $group }
mydata-none = not given
mydata-consent = You agreed to the privacy notice on { DATETIME($date, dateStyle: "long") }.
mydata-consent-withdrawn = You withdrew your consent on { DATETIME($date, dateStyle: "long") }. Since then we collect nothing new from you.
mydata-kept = <b>What we keep from you</b>
mydata-records =
    { $kind ->
        [finished] Questionnaires finished
        [unfinished] Questionnaires not finished
        [answers] Questionnaire answers
        [votes] Poll votes
        [photos] Photos
        [registrations] Session registrations
        [subscriptions] Announcement topics
       *[other] Other records
    }: { $count }
mydata-nothing-kept = We keep no answers, votes or photos from you.
mydata-no-consent = You have not agreed to the privacy notice, so I keep nothing but your language.
mydata-answers = 📄 See my answers
mydata-export = 📥 Download all my data (file)
mydata-change-group = Change “Which describes you?”
mydata-withdraw = ✋ Withdraw my consent
mydata-delete = 🗑 Delete all my data
mydata-back = ⬅️ My data

## My answers

mydata-answers-title = <b>My answers</b>
mydata-answers-title-paged = <b>My answers</b> · page { $page } of { $pages }
mydata-answers-none = You have not answered a questionnaire or a poll yet.
mydata-answers-finished =
    <b>{ $title }</b>
    Finished: { DATETIME($date, dateStyle: "long") }
mydata-answers-unfinished =
    <b>{ $title }</b>
    Not finished. Last answer: { DATETIME($date, dateStyle: "long") }
mydata-answers-polls = <b>Opinion polls</b>
mydata-answers-old-form = This version of the questionnaire is no longer used, so its questions cannot be shown here. Your answers are in the file with all your data.
mydata-answer-item =
    <b>{ $question }</b>
    { $answer }
mydata-answer-skipped = (skipped)
mydata-answer-photo = 📷 a photo
mydata-answer-date = { DATETIME($date, dateStyle: "long") }
mydata-answer-rating = { $value } (from { $min }, “{ $low }”, to { $max }, “{ $high }”)
mydata-answers-previous = ‹ Previous page
mydata-answers-next = Next page ›

## The file with all my data

mydata-export-caption = All your data in one file (JSON). Anyone who has this file can read your answers, so please keep it safe.
mydata-export-about = Everything the Sofia City Integration Audit bot keeps about you, on the day you asked for it. Codes are as stored; the texts next to them are in your language.

## Withdrawing consent

mydata-withdraw-confirm =
    <b>Withdraw your consent?</b>

    After that we collect nothing new from you. To answer the questionnaire, vote or send photos again, you would need to agree to the privacy notice again.

    What should happen to what you already gave? You choose:
    <b>Keep my answers for the research:</b> your answers, votes and photos stay with the audit team. They are used only in reports with totals and pseudonyms. Photos shown in public are taken down. Which group describes you is deleted. We keep the dates you agreed and withdrew.
    <b>Delete everything:</b> all your answers, votes, photos and stories are deleted. Only your language stays.
mydata-withdraw-keep = ✋ Withdraw, keep my answers for the research
mydata-withdraw-delete = 🗑 Withdraw and delete everything
mydata-withdraw-no = No, keep my consent
mydata-withdrawn = Done. Your consent is withdrawn. We collect nothing new from you. Your earlier answers stay with the audit team. You can still see them, download them or delete them here.

## Deleting everything

mydata-delete-confirm = Delete everything I keep about you: your answers to questionnaires and polls, your photos and stories, which group describes you, and your consent? This cannot be undone. Only your language stays, so that I can answer you.
mydata-delete-yes = Yes, delete everything
mydata-delete-no = No, keep it
mydata-deleted = Done. Your data is deleted. Only your language is kept. Our earlier messages in this chat, with your answers, stay in Telegram until you delete the chat. You are welcome back at any time.
