## Announcements: topics people subscribe to, and what staff send them. Key terms: see
## locales/GLOSSARY.md (announcement, topic, subscribe, audit results).

topics-button = 📢 Announcements
topics-title = <b>📢 Announcements</b>
topics-explain = Choose the topics you want to hear about. When there is news on a topic, I send you a message. You can change this at any time.
topic-name =
    { $topic ->
        [sessions] 📅 Information sessions
        [results] 📈 Audit results and the city's integration agenda
       *[polls] 📊 New opinion polls
    }
topics-toggle =
    { $on ->
        [yes] ✅ { $topic }
       *[no] ⬜ { $topic }
    }
topics-subscribed = You will get announcements: { $topic }
topics-unsubscribed = No more announcements: { $topic }

# what a person receives
broadcast-header = 📢 <b>{ $topic }</b>
broadcast-header-session = 📢 <b>Your information session</b>
broadcast-open-poll = 📊 Open the poll
broadcast-stop = 🔕 Stop these announcements

# staff: writing an announcement (/broadcast)
broadcast-new-topic = <b>New announcement.</b> What is it about? Only people who subscribed to this topic get it.
broadcast-new-resume = You have an unfinished announcement. Here is where you stopped.
broadcast-new-gone = This announcement is no longer there. Start again with /broadcast.
broadcast-new-discard = 🗑 Discard
broadcast-new-discarded = The announcement is discarded. Nothing was sent.
broadcast-new-tick =
    { $on ->
        [yes] ✓ { $label }
       *[no] { $label }
    }
broadcast-new-all = Everyone
broadcast-new-narrow =
    <b>Who should get it?</b> Topic: { $topic }
    You can send it only to people who read one language, or only to one group.
    Recipients now: { $count }
broadcast-new-next = Next ➡️
broadcast-new-text =
    <b>Write the announcement</b> and send it as one message (at most { $most } characters). You can also send one photo.
    Language of this text: { $language }
    People get the text in their own language if you wrote one. Everyone else gets the text in this language: { $fallback } (if there is none, another text you wrote). To write in another language, choose it below.
    Texts written: { $written }
    Photo: { $photo ->
        [yes] added
       *[no] none
    }
broadcast-new-no-photo = Remove the photo
broadcast-new-preview-button = 👀 Preview
broadcast-new-text-saved = Saved. Language of the text: { $language }
broadcast-new-empty = The text is empty. Please write the announcement.
broadcast-new-too-long = This text has { $count } characters; at most { $most } fit. Please make it shorter and send it again.
broadcast-new-use-buttons = Please use the buttons below.
broadcast-new-use-text = Please send the announcement as a text message, or send one photo.
broadcast-new-photo-saved = The photo is added. Location and camera data were removed from it.
broadcast-new-photo-not-now = You can add a photo while you write the text of an announcement (/broadcast).
broadcast-new-photo-bad = I cannot use this picture. Please send another photo.
broadcast-new-preview =
    <b>Preview.</b> Above is what people who read your language will see.
    It goes to { $count ->
        [one] one person
       *[other] { $count } people
    }:
broadcast-new-preview-line = People who read { $language }: { $count }, text: { $text }
broadcast-new-send = ✅ Send to { $count }
broadcast-new-edit = ✏️ Change the text
broadcast-new-nobody = Nobody would get this announcement: no one matches these choices. Change them, or discard it.
broadcast-new-no-sessions = Announcements to the people registered for a session are not available yet.
broadcast-queued =
    The announcement #{ $id } is on its way to { $count ->
        [one] one person
       *[other] { $count } people
    }. Below you can follow how it goes.

# staff: progress and report
broadcast-progress = 📢 Announcement #{ $id }: sending. Sent: { $sent } · Not delivered: { $failed } · Waiting: { $waiting }
broadcast-cancel = ✋ Cancel the announcement
broadcast-report =
    📢 <b>Announcement #{ $id }: { $state ->
        [cancelled] cancelled
       *[done] finished
    }.</b>
    Sent: { $sent } of { $total }
    Not delivered: { $failed } (blocked the bot: { $blocked })
    Cancelled: { $cancelled }
    Interrupted, maybe sent: { $unknown }
broadcast-cancelled =
    Cancelled. { $count ->
        [one] One message
       *[other] { $count } messages
    } will not be sent.
broadcast-cancelled-already = This announcement is already cancelled.
broadcast-list-title = <b>Latest announcements</b>
broadcast-list-line =
    #{ $id } · { $audience } · { $state ->
        [cancelled] cancelled
        [done] finished
       *[sending] sending
    } · { $sent } of { $total } sent
broadcast-list-empty = No announcement has been sent yet.
broadcast-to-session = people registered for a session
broadcast-session-button = 📢 Write to the people registered
