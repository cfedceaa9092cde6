## Photovoice: a photo of the city and its story. Reference language for photovoice texts.
## Key terms: see locales/GLOSSARY.md ("Photovoice", moderator, consent, My data).

pv-intro =
    <b>📷 Photovoice</b>
    Show us your Sofia. Take a photo of something that shows how integration works, or does not work, in your life. Then tell its story.

    <b>For your safety:</b>
    • Please do not photograph people's faces without their agreement.
    • Keep names, addresses, car number plates and documents out of the picture.
    • We remove the location and camera data from every photo.
    Nothing is shown in public without your agreement and a check by our moderators.
pv-theme-prompt = What is your photo about? Please choose a theme.
pv-theme-work = 💼 Work
pv-theme-education = 🎓 Education and schools
pv-theme-housing = 🏠 Housing
pv-theme-health = 🩺 Health
pv-theme-safety = 🛡 Safety
pv-theme-neighbourhood = 🤝 Neighbourhood and social contact
pv-theme-diversity = 🎭 Cultural diversity
pv-theme-services = 🏛 Public services
pv-theme-other = ✳️ Something else
pv-theme-chosen = Theme: { $theme }
pv-resume = You have a photovoice submission that is not finished yet. Let us continue where you stopped.
pv-no-draft = This photovoice submission is already closed. To send a new photo, open /photo.

pv-photos-prompt =
    { $max ->
        [one] Please send one photo now.
       *[other] Please send 1 to { $max } photos now.
    }
    You can send them as photos, or as files for full quality. You can also send several at once.
pv-photo-received =
    { $count ->
        [one] Photo received.
       *[other] Photo { $count } received.
    } You can send up to { $max } in all. Press “Next” when you are ready to tell the story.
pv-photo-received-last =
    { $count ->
        [one] Photo received.
       *[other] Photo { $count } received.
    } That is the most for one submission. Press “Next” to tell its story.
pv-album-received = Your photos are received. One submission can have up to { $max } photos. Press “Next” to tell their story.
pv-photos-so-far = Photos in this submission: { $count } of { $max }.
pv-photos-more = You can send another photo, or press “Next” to tell the story.
pv-photos-next = Press “Next” to tell the story.
pv-remove-button = 🗑 Remove a photo
pv-remove-prompt = Which photo should be taken out? The photos are numbered in the order you sent them.
pv-remove-photo = 🗑 Photo { $n }
pv-photo-removed = The photo is taken out and deleted.
pv-photos-kept =
    { $count ->
        [one] You sent 1 photo.
       *[other] You sent { $count } photos.
    } Now, the story.
pv-photos-full =
    { $max ->
        [one] You have already sent a photo, the most for one submission. This photo was not added. Press “Next” to continue.
       *[other] You have already sent { $max } photos, the most for one submission. This photo was not added. Press “Next” to continue.
    }
pv-duplicate = You have already sent this photo before. It was not added again.
pv-send-photo = Please send a photo here, as a photo or as an image file.
pv-photo-not-now = A photo is not expected at this step. Please answer the question above.
pv-use-buttons = Please use the buttons.
pv-next = Next ➡️
pv-back = ⬅️ Back
pv-skip = Skip
pv-stop = ✖️ Cancel

pv-refused-not-an-image = This file is not a photo. Please send a picture (JPEG, PNG, WebP or HEIC).
pv-refused-unsupported-format = This kind of image cannot be used. Please send a JPEG, PNG, WebP or HEIC photo. Animations and GIFs cannot be used.
pv-refused-too-large-file = This file is too big. Files can be up to 20 MB.
pv-refused-too-many-pixels = This picture is too large (too many pixels). Please send a smaller version of it.
pv-refused-truncated = This photo seems broken or not complete. Please send it again.
pv-refused-too-small = This picture is too small. Please send a bigger photo.
pv-refused-too-big-download = This file is bigger than 20 MB. Telegram does not let bots receive files that big. Please send it as a photo, or send a smaller file.
pv-refused-download-failed = This file could not be received. Please try again.
pv-refused-busy = Please send photos one at a time. Wait for the answer to the previous one, then send this one again.

pv-story-progress = <b>Your story, question { $n } of { $total }</b>
pv-story-see = What do you see in this photo?
pv-story-happening = What is really happening here?
pv-story-our-lives = How does this relate to our lives: yours, and the lives of people around you?
pv-story-why = Why does this situation exist?
pv-story-do = What can we do about it?
pv-story-title = Please give your photo a short title.
pv-story-caption = In a few sentences: what does your photo show, and why does it matter to you?
pv-story-hint = Write your answer in your own words, in any language. Or press “Skip”.
pv-story-too-long = This answer is too long. Please keep it under { $max } characters.
pv-story-text-please = Please write your answer as a text message, or press “Skip”.
pv-story-thanks = Thank you for your story.
pv-story-label-see = What I see:
pv-story-label-happening = What is happening:
pv-story-label-our-lives = How it relates to our lives:
pv-story-label-why = Why it is like this:
pv-story-label-do = What we can do:
pv-story-label-title = Title:
pv-story-label-caption = Caption:

pv-recognisable-question = Can people in your photo be recognised, for example by their face?
pv-recognisable-yes = Yes
pv-recognisable-no = No, nobody can be recognised
pv-recognisable-unsure = I am not sure
pv-agreement-question = Did these people agree to be photographed and to be shown?
pv-agreement-yes = Yes, they agreed
pv-agreement-no = No, or I do not know
pv-research-only-note = Thank you for being careful. Because the people in the photo did not agree, it will be seen only by the research team. It will never be shown in public.

pv-display-question =
    Who may see your photo and story?
    You can change this later, or take it back, in /mydata.
pv-display-named = In public, with my first name ({ $name })
pv-display-anonymous = In public, without my name
pv-display-research = Only the research team
pv-current-choice = ✓ { $choice }
pv-display-short-named = in public, with your first name ({ $name })
pv-display-short-anonymous = in public, without your name
pv-display-short-research = only the research team

pv-confirm-title = <b>Please check your submission</b>
pv-summary-theme = Theme: { $theme }
pv-summary-photos =
    { $count ->
        [one] 1 photo
       *[other] { $count } photos
    }
pv-summary-no-story = No story written.
pv-summary-people = People in the photo: { $answer }
pv-summary-unanswered = not answered
pv-summary-people-none = nobody can be recognised
pv-summary-people-agreed = can be recognised, and they agreed
pv-summary-people-no-agreement = can be recognised, without their agreement
pv-summary-display = Who may see it: { $display }
pv-confirm-moderation = Before anything is shown in public, a moderator checks it.
pv-send = ✅ Send
pv-submitted = Thank you! Your photovoice submission is sent. I will tell you when a moderator has checked it. You can see it, change who may see it, or delete it in /mydata.
pv-discarded = Stopped. Your photos and story from this submission are deleted.

pv-limit-day = Thank you for all your photos! One person can start up to { $max } Photovoice submissions in 24 hours. You can start a new one from { DATETIME($date, dateStyle: "long") }, { $time } (Sofia time).
pv-limit-waiting =
    { $count ->
        [one] You have 1 Photovoice submission waiting for a moderator.
       *[other] You have { $count } Photovoice submissions waiting for a moderator.
    } You can send a new one after a moderator has checked them. I will tell you when that happens.
pv-limit-photos = You have sent { $max } photos in all. That is the most one person can keep here. To send a new photo, please delete an older submission in /mydata.

pv-channel-header = <b>📷 Photovoice · { $theme }</b>
pv-channel-by = — { $name }

pv-review-title = <b>Photovoice submission #{ $id }</b> (waiting for review: { $waiting })
pv-review-photo = Photo { $n } of { $total }
pv-review-display-named = in public, with the first name: { $name }
pv-review-display-anonymous = in public, without a name
pv-review-display-research = only the research team
pv-review-changed = The person changed who may see this submission. Please check it again.
pv-review-done-approved = ✅ Submission #{ $id } is approved.
pv-review-done-rejected = ❌ Submission #{ $id } is rejected. Reason: { $reason }
pv-review-approve = ✅ Approve
pv-review-reject = ❌ Reject
pv-review-next = Next submission ➡️
pv-review-back = ⬅️ Back
pv-review-empty = No photovoice submissions are waiting for review.
pv-review-already-decided = This submission was already decided.
pv-review-approved = Approved.
pv-review-rejected = Rejected.
pv-reject-prompt = Why is submission #{ $id } rejected?
pv-reject-off-theme = It is not about an audit theme
pv-reject-face = It shows a person's face without their agreement
pv-reject-personal-data = Personal data can be seen (names, addresses, number plates)
pv-reject-offensive = Hateful or offensive content
pv-reject-quality = The photo quality is too poor
pv-reject-other = Another reason
pv-reason-write = Please write the reason for rejecting submission #{ $id } in one message (up to { $max } characters). The person will read it as you write it. To stop, press “Back” or send /cancel.
pv-reason-empty = The reason is empty.
pv-reason-too-long = This reason is too long ({ $length } characters).
pv-reason-text-please = Please write the reason as a text message.
pv-note-approved-public = Good news: your Photovoice photo about “{ $theme }” was approved. It is now shown in public, as you chose. You can change this or take it back at any time in /mydata.
pv-note-approved = Your Photovoice photo about “{ $theme }” was approved. It is kept for the research team, as you chose. You can change this in /mydata.
pv-note-approved-waiting = Good news: your Photovoice photo about “{ $theme }” was approved. It will be shown in public, as you chose, as soon as our public channel is ready. I will tell you then. You can change this or take it back at any time in /mydata.
pv-note-now-public = Your Photovoice photo about “{ $theme }” is now shown in public, as you chose. You can change this or take it back at any time in /mydata.
pv-note-rejected-intro = Thank you for your Photovoice photo about “{ $theme }”. A moderator decided not to show it in public.
pv-note-rejected-reason = Reason: { $reason }.
pv-note-rejected-note = The moderator wrote: { $reason }
pv-note-rejected-after = It stays only with the research team. You can delete it in /mydata.

pv-my-button = 📷 My Photovoice photos
pv-my-title = <b>My Photovoice photos</b>
pv-my-empty = You have not sent any photos yet. To send one, open /photo.
pv-my-item = { $theme } · { DATETIME($date, dateStyle: "medium") } · { $status }
pv-my-back = ⬅️ My data
pv-my-back-list = ⬅️ My photos
pv-status-draft = not finished
pv-status-submitted = waiting for review
pv-status-approved = approved
pv-status-public = approved, shown in public
pv-status-approved-waiting = approved, waiting for the public channel
pv-status-rejected = not shown in public
pv-status-withdrawn = taken back from public
pv-my-status = Status: { $status }
pv-my-reason = Reason: { $reason }
pv-my-research-only = People in this photo can be recognised without their agreement, so only the research team can see it.
pv-my-change-prompt = Who may see it? Choose to change it:
pv-my-changed = Saved.
pv-my-unchanged = This is already your choice.
pv-my-withdrawn = Saved. Your photo is taken back from public. It is now only with the research team.
pv-my-back-to-review = Saved. A moderator checks your photo again before it is shown in public.
pv-my-review-name = Saved. A moderator checks your photo again before it is shown with your first name. Until then, it stays in public without your name.
pv-my-delete = 🗑 Delete this submission
pv-my-delete-confirm = Delete this submission, its photos and its story? This cannot be undone.
pv-my-delete-yes = Yes, delete it
pv-my-delete-no = No, keep it
pv-my-deleted = Deleted. The photos and the story of this submission are gone.
