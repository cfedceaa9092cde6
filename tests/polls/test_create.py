"""Staff writing a poll step by step: every step stored, wrong input explained, restart-safe."""

from __future__ import annotations

from datetime import UTC, datetime

from dialogs.polls import create
from dialogs.polls.model import FLOW
from dialogs.profile import Profile
from storage.db import session_factory
from storage.repositories import Repositories

NOW = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
ENV = create.Env(NOW, "en", "Europe/Sofia", "integra_sofia_bot")


async def staff(sessions) -> Profile:
    async with sessions() as session, session.begin():
        record = await Repositories(session).profiles.load(42)
    return Profile(
        record.person_id, 42, "en", True, "bulgarian_citizen", True, frozenset({"staff"})
    )


async def say(sessions, me: Profile, text: str) -> list[str]:
    """Each call is its own unit of work, as each update is: nothing lives in memory between."""
    async with sessions() as session, session.begin():
        repo = Repositories(session)
        screens = await create.on_text(repo.polls, repo.profiles, me, text, ENV)
    return [p.key for s in screens for p in s.parts]


async def tap(sessions, me: Profile, data: str) -> list[str]:
    async with sessions() as session, session.begin():
        repo = Repositories(session)
        screens, toast = await create.on_draft_button(
            repo.polls, repo.profiles, repo.audit, me, data, ENV
        )
    return [toast.key] if toast else [p.key for s in screens for p in s.parts]


async def test_a_poll_written_in_two_languages_with_every_setting(engine):
    sessions = session_factory(engine)
    me = await staff(sessions)
    async with sessions() as session, session.begin():
        repo = Repositories(session)
        screens = await create.start(repo.polls, repo.profiles, repo.audit, me, ENV)
        assert screens[0].parts[0].key == "polls-new-slug"
    async with sessions() as session:
        assert (await Repositories(session).profiles.load(42)).active_flow == FLOW

    assert await say(sessions, me, "Not a slug") == ["polls-new-slug-bad", "polls-new-slug"]
    assert await say(sessions, me, "tram-safety") == ["polls-new-question"]
    assert await say(sessions, me, "x" * 301) == ["polls-new-too-long"]
    assert await say(sessions, me, "Safe at night?") == ["polls-new-options"]
    assert await say(sessions, me, "only one") == ["polls-new-options-bad", "polls-new-options"]
    assert await say(sessions, me, "- Yes\n- No\n\n- Sometimes") == ["polls-new-languages"]
    assert await tap(sessions, me, "pn:kind:single") == ["button-expired"]  # not this step
    assert await say(sessions, me, "text now") == ["polls-new-use-buttons", "polls-new-languages"]
    assert await tap(sessions, me, "pn:lang:ar") == ["polls-new-question"]
    assert await say(sessions, me, "آمن في الليل؟") == ["polls-new-translate-options"]
    assert await say(sessions, me, "نعم\nلا") == [
        "polls-new-options-count",
        "polls-new-translate-options",
    ]
    assert await say(sessions, me, "نعم\nلا\nأحيانًا") == ["polls-new-languages"]
    assert await tap(sessions, me, "pn:langs") == ["polls-new-kind"]
    assert await tap(sessions, me, "pn:kind:multiple") == ["polls-new-change"]
    assert await tap(sessions, me, "pn:change:no") == ["polls-new-audience"]
    assert await tap(sessions, me, "pn:aud:eu_citizen") == ["polls-new-audience"]
    assert await tap(sessions, me, "pn:aud:foreign_national") == ["polls-new-audience"]
    assert await tap(sessions, me, "pn:aud:eu_citizen") == ["polls-new-audience"]
    assert await tap(sessions, me, "pn:aud-done") == ["polls-new-closes"]
    assert await say(sessions, me, "2020-01-01 10:00") == [
        "polls-new-closes-bad",
        "polls-new-closes",
    ]
    assert await say(sessions, me, "31.12.2026 18:00") == ["polls-new-summary"]
    assert await tap(sessions, me, "pn:open") == ["polls-new-opened"]

    async with sessions() as session:
        repo = Repositories(session)
        poll = await repo.polls.by_slug("tram-safety")
        assert poll is not None
        assert (poll.status, poll.multiple, poll.allow_change, poll.option_count) == (
            "open",
            True,
            False,
            3,
        )
        assert poll.audience == frozenset({"foreign_national"})
        assert poll.closes_at == datetime(2026, 12, 31, 16, 0, tzinfo=UTC)  # 18:00 in Sofia
        assert poll.texts["en"] == ("Safe at night?", ("Yes", "No", "Sometimes"))
        assert poll.texts["ar"][1] == ("نعم", "لا", "أحيانًا")
        assert await repo.polls.draft_of(me.person_id) is None
        assert (await repo.profiles.load(42)).active_flow is None


async def test_a_taken_slug_is_refused_and_cancel_discards_the_draft(engine):
    sessions = session_factory(engine)
    me = await staff(sessions)
    async with sessions() as session, session.begin():
        repo = Repositories(session)
        await repo.polls.ensure_shipped("economic-migrants", 2)
        await create.start(repo.polls, repo.profiles, repo.audit, me, ENV)
    assert await say(sessions, me, "economic-migrants") == ["polls-new-slug-taken"]
    assert await say(sessions, me, "mine") == ["polls-new-question"]
    async with sessions() as session, session.begin():
        repo = Repositories(session)
        again = await create.start(
            repo.polls, repo.profiles, repo.audit, me, ENV
        )  # /newpoll again: resume
        assert [s.parts[0].key for s in again] == ["polls-new-resume", "polls-new-question"]
        assert await create.cancel(repo.polls, me)
    async with sessions() as session:
        repo = Repositories(session)
        assert await repo.polls.by_slug("mine") is None
        assert await repo.polls.by_slug("economic-migrants") is not None
        assert await repo.polls.draft_of(me.person_id) is None


def test_the_summary_names_groups_and_languages_in_the_readers_words():
    from bot.l10n import Locales
    from bot.render import text_of
    from storage.repositories.polls import PollRecord

    def summary(audience, language):
        poll = PollRecord(
            id=1,
            slug="tram",
            source="staff",
            status="draft",
            multiple=False,
            allow_change=True,
            option_count=2,
            audience=audience,
            opens_at=None,
            closes_at=None,
            created_by=None,
            texts={"en": ("Q?", ("a", "b")), "ar": ("س؟", ("أ", "ب"))},
        )
        return text_of(create.summary(poll, ENV), Locales().for_language(language))

    l10n = Locales().for_language("ar")
    text = summary(frozenset({"foreign_national"}), "ar")
    assert "foreign_national" not in text and l10n("group-foreign-national") in text
    assert "English، العربية" in text  # language names, the Arabic comma
    assert l10n("polls-new-no-end") in text
    everyone = summary(None, "en")
    assert "all" not in everyone.split() and "Everyone" in everyone
