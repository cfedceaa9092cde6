"""A new person's first minutes with the bot, end to end over the sandbox."""

from __future__ import annotations

from sqlalchemy import select

from dialogs.profile import PRIVACY_NOTICE_VERSION
from storage.db import create_engine, session_factory
from storage.models import AuditEntry, Consent, Person, RoleGrant
from storage.pseudonyms import pseudonym
from tests.e2e.conftest import ADMIN_ID
from tests.e2e.texts import help_line, label, shown


async def stored(running, model, **where):
    engine = create_engine(running.database_url)
    try:
        async with session_factory(engine)() as session:
            stmt = select(model).filter_by(**where)
            return list((await session.execute(stmt)).scalars())
    finally:
        await engine.dispose()


async def onboard(user, lang: str, group: str) -> None:
    await user.command("/start")
    await user.press(label(lang, f"language-name-{lang}"))
    await user.press(label(lang, "privacy-agree"))
    await user.press(label(lang, f"group-{group.replace('_', '-')}"))


async def test_arabic_speaker_completes_onboarding_in_arabic(sb, running):
    amal = sb.user(1001, "Amal", language_code="ar")
    await amal.command("/start")
    # the picker shows every language in its own script, Arabic (from Telegram) marked first
    assert amal.last.text == shown("ar", "language-prompt")
    assert amal.buttons()[0][0] == label("ar", "language-current", name="العربية")
    flat = [b for row in amal.buttons() for b in row]
    assert {"Български", "English", "فارسی", "Українська", "Русский"} <= set(flat)

    await amal.press("العربية")
    assert amal.last.text == shown("ar", "privacy-notice", version=PRIVACY_NOTICE_VERSION)
    assert amal.buttons() == [[label("ar", "privacy-agree")], [label("ar", "privacy-decline")]]

    await amal.press(label("ar", "privacy-agree"))
    assert amal.last.text == shown("ar", "group-prompt")
    await amal.press(label("ar", "group-foreign-national"))
    assert shown("ar", "welcome") in amal.last.text
    assert shown("ar", "menu-title") in amal.last.text
    assert [label("ar", "menu-survey")] == amal.buttons()[0]

    [person] = await stored(running, Person, telegram_id=1001)
    assert (person.language, person.respondent_group) == ("ar", "foreign_national")
    [consent] = await stored(running, Consent, person_id=person.id)
    assert (consent.version, consent.language, consent.withdrawn_at) == (
        PRIVACY_NOTICE_VERSION,
        "ar",
        None,
    )


async def test_bulgarian_resident_onboards_and_gets_bulgarian_commands(sb, running):
    ivan = sb.user(1002, "Иван", language_code=None)
    await onboard(ivan, "bg", "bulgarian_citizen")
    assert shown("bg", "menu-title") in ivan.last.text
    [person] = await stored(running, Person, telegram_id=1002)
    assert (person.language, person.respondent_group) == ("bg", "bulgarian_citizen")
    commands = {c["command"]: c["description"] for c in sb.get_commands(language_code="bg")}
    assert commands["survey"] == label("bg", "cmd-survey")
    default = {c["command"]: c["description"] for c in sb.get_commands()}
    assert default == commands  # DEFAULT_LOCALE is bg
    ar = {c["command"]: c["description"] for c in sb.get_commands(language_code="ar")}
    assert ar["survey"] == label("ar", "cmd-survey")


async def test_restart_between_two_steps_keeps_language_and_progress(sb, running):
    olena = sb.user(1003, "Olena", language_code="uk")
    await olena.command("/start")
    await olena.press("Українська")
    await running.restart()
    # the privacy notice from before the restart still works
    await olena.press(label("uk", "privacy-agree"))
    await running.restart()
    await olena.command("/start")  # coming back later: the next step, in her language
    assert olena.last.text == shown("uk", "group-prompt")
    await olena.press(label("uk", "group-foreign-national"))
    assert shown("uk", "menu-title") in olena.last.text


async def test_decline_keeps_only_the_language_and_explains_what_is_left(sb, running):
    reza = sb.user(1004, "Reza", language_code="fa")
    await reza.command("/start")
    await reza.press("فارسی")
    await reza.press(label("fa", "privacy-decline"))
    assert reza.last.text == shown("fa", "privacy-declined")
    [person] = await stored(running, Person, telegram_id=1004)
    assert (person.language, person.respondent_group) == ("fa", None)
    assert await stored(running, Consent, person_id=person.id) == []
    await reza.send("/survey")
    assert reza.last.text == shown("fa", "needs-consent")
    await reza.press(label("fa", "privacy-read"))
    await reza.press(label("fa", "privacy-agree"))
    assert reza.last.text == shown("fa", "group-prompt")


async def test_every_entry_answers_and_odd_input_gets_an_answer(sb, running):
    ana = sb.user(1005, "Ana", language_code="en")
    await onboard(ana, "en", "eu_citizen")
    await ana.press(label("en", "menu-sessions"))  # the last entry to be built
    assert ana.last.text == shown("en", "sessions-list-empty")
    await ana.send("/nonsense")
    assert ana.last.text == shown("en", "unknown-command")
    await ana.send("hello there")
    assert ana.last.text == shown("en", "not-understood")
    await ana.send_document(b"%PDF-1.4", "x.pdf", "application/pdf")
    assert ana.last.text == shown("en", "unsupported-input")
    await ana.send("/help")
    lines = ana.last.text.splitlines()
    assert lines[0] == shown("en", "help-title")
    for command in ("/menu", "/survey", "/polls", "/photo", "/sessions", "/learn", "/cancel"):
        assert help_line("en", command) in lines
    roles = ("help-staff-title", "help-moderator-title", "help-analyst-title", "help-admin-title")
    assert not any(shown("en", title) in ana.last.text for title in roles)  # a participant


async def test_roles_are_checked_in_one_place_and_audited(sb, running):
    mallory = sb.user(1006, "Mallory", language_code="en")
    await onboard(mallory, "en", "bulgarian_citizen")
    await mallory.send("/grant 1006 admin")
    assert mallory.last.text == shown("en", "unknown-command")
    assert await stored(running, RoleGrant) == []
    [denied] = await stored(running, AuditEntry, outcome="denied")
    # a stranger's attempt is kept under a pseudonym, never the Telegram id
    label = pseudonym(running.app.dp["pseudonym_key"], 1006)
    assert (denied.actor_telegram_id, denied.actor_pseudonym, denied.action) == (
        None,
        label,
        "grant",
    )

    admin = sb.user(ADMIN_ID, "Admin", language_code="en")
    await onboard(admin, "en", "bulgarian_citizen")
    await admin.send("/grant 1006 staff")
    assert admin.last.text == shown("en", "admin-granted", user="1006", role="ombudsperson staff")
    [grant] = await stored(running, RoleGrant)
    assert (grant.telegram_id, grant.role, grant.granted_by) == (1006, "staff", ADMIN_ID)
    await admin.send("/grant 1006 wizard")
    assert "wizard" in admin.last.text
    await mallory.send("/help")  # staff now: the staff section, not the admin one
    assert shown("en", "help-staff-title") in mallory.last.text
    assert help_line("en", "/openpoll SLUG") in mallory.last.text.splitlines()
    assert shown("en", "help-admin-title") not in mallory.last.text
    await admin.send("/help")
    assert shown("en", "help-admin-title") in admin.last.text
    assert help_line("en", "/grant USER_ID ROLE") in admin.last.text.splitlines()
    await admin.send("/revoke 1006 staff")
    assert await stored(running, RoleGrant) == []
    actions = [(e.action, e.outcome) for e in await stored(running, AuditEntry)]
    assert actions == [
        ("grant", "denied"),
        ("grant", "ok"),
        ("grant", "invalid"),
        ("revoke", "ok"),
    ]


async def test_my_data_shows_and_deletes_everything_but_the_language(sb, running):
    sara = sb.user(1007, "Sara", language_code="ru")
    await onboard(sara, "ru", "foreign_national")
    await sara.send("/mydata")
    assert shown("ru", "mydata-title") in sara.last.text
    await sara.press(label("ru", "mydata-delete"))
    await sara.press(label("ru", "mydata-delete-yes"))
    assert sara.last.text == shown("ru", "mydata-deleted")
    [person] = await stored(running, Person, telegram_id=1007)
    assert (person.language, person.respondent_group) == ("ru", None)
    assert await stored(running, Consent) == []
