## "My data": what the bot keeps about a person.

mydata-title = <b>My data</b>
mydata-language = Language: { $name }
mydata-group = You said you are: { $group }
mydata-none = not given
mydata-consent = You agreed to the privacy notice on { DATETIME($date, dateStyle: "long") }.
mydata-records =
    { $kind ->
        [answers] Questionnaire answers
        [responses] Questionnaires started
        [votes] Poll votes
        [photos] Photos
        [registrations] Session registrations
        [subscriptions] Announcement topics
       *[other] Other records
    }: { $count }
mydata-no-consent = You have not agreed to the privacy notice, so I keep nothing but your language.
mydata-change-group = Change “Which describes you?”
mydata-delete = 🗑 Delete all my data
mydata-delete-confirm = Delete everything I keep about you: your answers, votes, photos and your agreement? This cannot be undone. Only your language stays, so that I can answer you.
mydata-delete-yes = Yes, delete everything
mydata-delete-no = No, keep it
mydata-deleted = Done. Your data is deleted. Only your language is kept. You are welcome back at any time.
