## Onboarding, menu and general messages. Reference language: every other language has the
## same message ids and the same variables. Key terms: see locales/GLOSSARY.md.

language-prompt = Please choose your language.
language-name-bg = Български
language-name-en = English
language-name-ar = العربية
language-name-fa = فارسی
language-name-uk = Українська
language-name-ru = Русский
language-current = ✓ { $name }
language-saved = Done. I will write to you in { $name }.

privacy-notice =
    <b>Before we start: your privacy</b>

    This bot is part of the Sofia City Integration Audit. It asks people who live in Sofia how integration is going.

    <b>What we keep:</b> your language, which group describes you, your answers to questionnaires and polls, and photos and stories you choose to send. We remove location and camera data from photos.
    <b>Why:</b> analysts turn the answers into the city's integration agenda.
    <b>Who sees it:</b> only the audit team of Sofia Municipality and the ombudsperson's staff. Reports show only totals and pseudonyms, never your name or Telegram account. Your photos are shown in public only if you allow it.
    <b>Your choice:</b> taking part is voluntary. You can see or delete all your data at any time with /mydata.

    Notice version { $version }.
privacy-agree = ✅ I agree
privacy-decline = I do not agree
privacy-read = Read the privacy notice
privacy-thanks = Thank you. You can change your mind at any time in /mydata.
privacy-declined =
    That is fine. I keep only your language, nothing else.

    You can still read facts and watch videos about integration in Sofia, and see the ombudsperson's information sessions. To answer the questionnaire or vote in polls, you need to agree to the privacy notice first.

group-prompt = Which describes you?
group-bulgarian-citizen = Bulgarian citizen living in Sofia
group-foreign-national = Foreign national living in Sofia (not from the EU)
group-eu-citizen = EU citizen living in Sofia
group-visitor = Visiting Sofia
group-undisclosed = I prefer not to say
group-current = ✓ { $name }
group-saved = Saved.

welcome = Welcome! Thank you for taking part in the Sofia City Integration Audit.

menu-title = <b>Main menu.</b> What would you like to do?
menu-title-limited = <b>Main menu.</b> Some parts need your agreement to the privacy notice.
menu-survey = 📝 Audit questionnaire
menu-polls = 📊 Opinion polls
menu-photo = 📷 Photovoice
menu-sessions = 📅 Information sessions
menu-learn = 💡 Learn more
menu-language = 🌐 Language
menu-mydata = 🔒 My data
menu-back = ⬅️ Menu

needs-consent = To use this, please first agree to the privacy notice. It explains what we keep and why.
not-ready =
    { $feature ->
        [survey] The audit questionnaire
        [polls] Opinion polls
        [photo] Photovoice
        [sessions] Information sessions
       *[learn] Learn more
    } is not ready yet. We are working on it. Thank you for your patience!

help-title = What I can do
help-section =
    <b>{ $title }</b>
    { $lines }
help-line = { $command } – { $what }
cancelled = Stopped. Everything you already answered is saved.
nothing-to-cancel = There is nothing to stop.
unknown-command = I do not know this command. /help shows what I can do.
not-understood = Sorry, I did not understand. Please use the buttons, or go to the main menu: /menu
unsupported-input = Sorry, I cannot use this kind of message here. Please use the buttons, or go to the main menu: /menu
button-expired = This button is no longer active. Please go to the main menu: /menu
error-generic = Sorry, something went wrong on our side. Nothing you saved before is lost. Please try again. If it happens again, tell the team this code: { $ref }
error-toast = Something went wrong. Please try again.
error-text-missing = Sorry, this text is not available.

cmd-start = Start
cmd-menu = Main menu
cmd-survey = Audit questionnaire
cmd-polls = Opinion polls
cmd-photo = Photovoice: send a photo
cmd-sessions = Information sessions
cmd-learn = Facts and videos
cmd-mydata = My data
cmd-language = Change the language
cmd-help = Help
cmd-cancel = Stop what you are doing
