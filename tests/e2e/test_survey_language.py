"""Changing the language in the middle of the questionnaire: the same question comes back, in
the new language, with what was already chosen; nothing is lost and the answers go on."""

from __future__ import annotations

from tests.e2e.survey_driver import FORM, current_question, give, stored_answers
from tests.e2e.test_onboarding import onboard
from tests.e2e.test_survey import FOREIGN_NATIONAL
from tests.e2e.test_survey_navigation import advance_to
from tests.e2e.texts import label, shown


async def test_language_change_shows_the_current_question_again_in_the_new_language(sb, running):
    yana = sb.user(2201, "Yana", language_code="ru")
    await onboard(yana, "ru", "foreign_national")
    await advance_to(yana, "ru", FOREIGN_NATIONAL, "barriers")
    barriers = FORM.question("barriers")
    await yana.press(label("ru", barriers.choice_message("language")))  # a choice in progress
    await yana.send("/language")
    assert yana.last.text == shown("ru", "language-prompt")
    await yana.press(label("ar", "language-name-ar"))

    saved, question = yana.visible[-2:]
    assert saved.text == shown("ar", "language-saved", name=label("ar", "language-name-ar"))
    assert current_question(yana, "ar").name == "barriers"
    assert shown("ar", barriers.message) in question.text
    marked = label("ar", "survey-selected", label=label("ar", barriers.choice_message("language")))
    assert [marked] in question.buttons  # the choice made before the change is kept
    assert label("ar", "menu-survey") not in str(question.buttons)  # not the main menu

    await yana.press(label("ar", barriers.choice_message("housing")))
    await yana.press(label("ar", "survey-done"))
    assert current_question(yana, "ar").name == "employment_status"
    await give(yana, "ar", current_question(yana, "ar"), "studying")
    _, answers, _ = await stored_answers(running.database_url, 2201)
    assert answers["barriers"] == ["language", "housing"]
    assert answers["employment_status"] == "studying"


async def test_language_change_outside_any_flow_still_leads_to_the_menu(sb, running):
    emil = sb.user(2202, "Emil", language_code="bg")
    await onboard(emil, "bg", "bulgarian_citizen")
    await emil.send("/language")
    await emil.press(label("en", "language-name-en"))
    assert emil.last.text.startswith(
        shown("en", "language-saved", name=label("en", "language-name-en"))
    )
    assert [label("en", "menu-survey")] in emil.last.buttons
