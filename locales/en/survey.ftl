# Survey engine texts (dialogs/survey). Every questionnaire uses these.
# Arguments written as { $label }, { $low }, { $high } or { $answer } may be another message,
# rendered first by the bot.

## Progress and buttons

survey-progress = Progress: { $bar } { $percent }%
survey-back = Back
survey-skip = Skip
survey-cancel = Cancel
survey-done = Done
survey-continue = Continue
survey-yes = Yes
survey-no = No
survey-selected = ✓ { $label }
survey-rating-value = { $value }
survey-menu = ⬅️ Menu

## How to answer

survey-rating-scale = { $min } means “{ $low }”, { $max } means “{ $high }”.
survey-choose-any = Choose all that apply, then press “Done”.
survey-choose-at-most = { $max ->
    [one] Choose one answer, then press “Done”.
   *[other] Choose up to { $max } answers, then press “Done”.
  }
survey-choose-at-least = { $min ->
    [one] Choose at least one answer, then press “Done”.
   *[other] Choose at least { $min } answers, then press “Done”.
  }
survey-choose-between = Choose from { $min } to { $max } answers, then press “Done”.
survey-type-text = { $max ->
    [one] Type your answer in one message (up to { $max } character).
   *[other] Type your answer in one message (up to { $max } characters).
  }
survey-type-number = Type a number using digits.
survey-type-date = Type a date as day.month.year, for example 25.03.2021.
survey-send-photo = Send one photo.

## Going back

survey-previous-answer = Your previous answer was: { $answer }. You can answer again.
survey-previous-selection = Your previous choices are marked with ✓. Change them if you wish, then press “Done”.
survey-previous-skipped = You skipped this question before. You can answer it now.
survey-previous-photo = This is the photo you sent before. Send a photo again to answer.

## Wrong input (always followed by the question again)

survey-stale = That button is from an earlier question. Here is the current question.
survey-error-use-buttons = Please answer with the buttons under the question.
survey-error-not-a-number = Please type a whole number using digits only, for example 25.
survey-error-number-range = Please type a number from { $min } to { $max }.
survey-error-number-min = Please type a number that is { $min } or more.
survey-error-number-max = Please type a number that is { $max } or less.
survey-error-text-empty = Your message is empty. Please type your answer.
survey-error-text-too-long = { $max ->
    [one] Your answer is too long ({ $length } characters). Please shorten it to { $max } character.
   *[other] Your answer is too long ({ $length } characters). Please shorten it to { $max } characters.
  }
survey-error-date-format = I could not read this date. Please type it as day.month.year, for example 25.03.2021.
survey-error-date-future = This date is in the future. Please type today's date or an earlier one.
survey-error-date-too-early = This date is too early. Please type { DATETIME($min, dateStyle: "long") } or a later date.
survey-error-date-too-late = This date is too late. Please type { DATETIME($max, dateStyle: "long") } or an earlier date.
survey-error-photo-expected = This question asks for a photo. Please send a photo, or use the buttons.
survey-error-photo-not-expected = A photo is not needed here. Please answer the question below.
survey-error-photo-rejected = { $reason ->
    [too-large] This photo is too large. Please send a smaller one.
    [too-big-download] This file is bigger than 20 MB. Telegram does not let bots receive files that big. Please send the picture as a photo, not as a file, or send a smaller file.
    [not-an-image] This file is not a photo we can open. Please send a photo (JPEG, PNG, WebP or HEIC).
    [broken] This photo seems broken or incomplete. Please send it again.
    [too-small] This picture is too small. Please send a bigger photo.
    [download-failed] We could not receive this photo. Your earlier answers are saved. Please send the photo again.
    [busy] Please send photos one at a time. Wait for the answer to the previous one, then send this one again.
   *[other] We could not use this photo. Please try another one.
  }
survey-error-unsupported-input = This kind of message cannot be used as an answer. Please answer the question below.
survey-error-constraint = This answer is not possible here. Please check it and try again.
survey-error-too-few = { $min ->
    [one] Please choose at least one answer.
   *[other] Please choose at least { $min } answers.
  }
survey-error-too-many = { $max ->
    [one] You can choose only one answer. To choose another, first remove the mark from the one you chose.
   *[other] You can choose up to { $max } answers. To choose another, first remove the mark from one you chose.
  }

## Stopping, resuming, finishing

survey-cancelled = You have stopped the questionnaire. Everything you already answered is saved. To continue later, open the questionnaire again from the menu.
survey-resumed = Welcome back! Let's continue where you stopped.
survey-resume = { $answered ->
    [one] You started this questionnaire before and gave { $answered } answer.
   *[other] You started this questionnaire before and gave { $answered } answers.
  }
survey-resume-continue = Continue where I stopped
survey-resume-restart = Start again
survey-thanks = Thank you for taking part! Your answers go to the analysts of the Sofia City Integration Audit. They read all answers together, without names, and use them to prepare the city's integration agenda.
survey-already-completed = You have already completed this questionnaire. Thank you!
survey-unavailable = Sorry, the questionnaire is not available right now. Please try again later.
