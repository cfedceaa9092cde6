"""Withdrawing consent from "My data": what was given stays for the research (or goes, if
the person chooses), nothing new is collected, and every way in asks for consent again."""

from __future__ import annotations

from storage.models import Consent, Person
from storage.models_polls import Vote
from storage.models_survey import Answer, Response
from tests.e2e.conftest import ADMIN_ID
from tests.e2e.harness import RunningBot
from tests.e2e.photovoice_helpers import CHANNEL, photos, submissions, submit_one
from tests.e2e.test_mydata import POLL_LINK, rows
from tests.e2e.test_onboarding import onboard
from tests.e2e.texts import label, shown
from tests.photovoice.images import jpeg


async def test_withdrawing_consent_keeps_my_answers_and_asks_again(sb, running):
    olena = sb.user(3003, "Olena", language_code="uk")
    await onboard(olena, "uk", "foreign_national")
    await olena.command("/start", POLL_LINK)
    poll_message = olena.last
    await olena.press("1. ")  # buttons show the number and the start of the answer
    await olena.send("/survey")
    await olena.press(label("uk", "survey-continue"))  # the introduction
    await olena.send("41")  # age: the questionnaire stays open after this
    open_question = olena.last
    asked = ["intro", "age"]  # the introduction is stored as seen

    await olena.send("/mydata")
    assert shown("uk", "mydata-records", kind="unfinished", count=1) in olena.last.text
    await olena.press(label("uk", "mydata-withdraw"))
    assert olena.last.text == shown("uk", "mydata-withdraw-confirm")
    assert olena.buttons() == [
        [label("uk", "mydata-withdraw-keep")],
        [label("uk", "mydata-withdraw-delete")],
        [label("uk", "mydata-withdraw-no")],
    ]
    await olena.press(label("uk", "mydata-withdraw-keep"))
    assert olena.last.text.startswith(shown("uk", "mydata-withdrawn"))
    assert shown("uk", "mydata-records", kind="votes", count=1) in olena.last.text

    [person] = await rows(running, Person, telegram_id=olena.id)
    assert (person.respondent_group, person.active_flow) == (None, None)
    [consent] = await rows(running, Consent, person_id=person.id)
    assert consent.withdrawn_at is not None
    [response] = await rows(running, Response, person_id=person.id)
    assert [a.question for a in await rows(running, Answer, response_id=response.id)] == asked
    assert len(await rows(running, Vote, person_id=person.id)) == 1

    # nothing new is collected: the entries, an old button and typed text all ask again
    await olena.send("/survey")
    assert olena.last.text == shown("uk", "needs-consent")
    await olena.press(label("uk", "survey-skip"), message=open_question)
    assert olena.last.text == shown("uk", "needs-consent")
    await olena.send("жінка")
    assert olena.last.text == shown("uk", "not-understood")
    await olena.press(label("uk", "polls-change"), message=poll_message)
    assert olena.last.text == shown("uk", "needs-consent")
    assert [v.choices for v in await rows(running, Vote, person_id=person.id)] == [1]
    assert [a.question for a in await rows(running, Answer, response_id=response.id)] == asked

    # "My data" says what is kept, lets her read it, agree again or delete it all
    await olena.send("/mydata")
    kept = olena.last.text
    assert shown("uk", "mydata-no-consent") not in kept
    assert shown("uk", "mydata-consent-withdrawn", date=consent.withdrawn_at) in kept
    buttons = [b for row in olena.buttons() for b in row]
    assert label("uk", "mydata-answers") in buttons
    assert label("uk", "privacy-read") in buttons
    await olena.press(label("uk", "mydata-delete"))
    await olena.press(label("uk", "mydata-delete-yes"))
    assert olena.last.text == shown("uk", "mydata-deleted")
    assert await rows(running, Response) == [] and await rows(running, Vote) == []
    assert await rows(running, Consent) == []


async def test_agreeing_again_after_withdrawing_asks_the_group_again(sb, running):
    sara = sb.user(3004, "Sara", language_code="ru")
    await onboard(sara, "ru", "eu_citizen")
    await sara.send("/mydata")
    await sara.press(label("ru", "mydata-withdraw"))
    await sara.press(label("ru", "mydata-withdraw-keep"))
    await sara.press(label("ru", "privacy-read"))
    await sara.press(label("ru", "privacy-agree"))
    assert sara.last.text == shown("ru", "group-prompt")
    await sara.press(label("ru", "group-visitor"))
    [person] = await rows(running, Person, telegram_id=sara.id)
    consents = await rows(running, Consent, person_id=person.id)
    assert [c.withdrawn_at is None for c in consents] == [False, True]
    assert person.respondent_group == "visitor"


async def test_withdrawing_consent_takes_my_public_photos_down(sb, tmp_path):
    sb.add_channel(CHANNEL, "Sofia photovoice")
    pv = RunningBot(sb, tmp_path, admin_ids=str(ADMIN_ID), public_channel_id=CHANNEL)
    await pv.start()
    try:
        amal = sb.user(3006, "Amal", language_code="ar")
        await onboard(amal, "ar", "foreign_national")
        await submit_one(amal, jpeg(61), lang="ar", display="named")
        await submit_one(amal, jpeg(62), lang="ar", display="anonymous", theme="work")
        moderator = sb.user(ADMIN_ID, "Moderator", language_code="en")
        await onboard(moderator, "en", "bulgarian_citizen")
        await moderator.command("/review")
        await moderator.press(label("en", "pv-review-approve"))  # the first one goes public
        assert len(sb.channel_posts(CHANNEL)) == 1

        await amal.send("/mydata")
        await amal.press(label("ar", "mydata-withdraw"))
        await amal.press(label("ar", "mydata-withdraw-keep"))
        assert sb.channel_posts(CHANNEL) == []
        shown_first, waiting = await submissions(pv)
        assert (shown_first.status, shown_first.display, shown_first.attribution) == (
            "withdrawn",
            "research",
            None,
        )
        assert (waiting.status, waiting.display) == ("submitted", "research")
        # the photos stay with the research team, and their owner can still see them
        assert len(await photos(pv)) == 2
        await amal.send("/mydata")
        await amal.press(label("ar", "pv-my-button"))
        assert shown("ar", "pv-my-title") in amal.last.text
    finally:
        await pv.stop()
