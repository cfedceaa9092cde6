"""Who gets which text, and an announcement to the people registered for one session (the
sessions feature hands over its query; here a stand-in for it over real people rows)."""

from __future__ import annotations

from dialogs.broadcasts import compose
from dialogs.broadcasts.audience import pick_text, text_language
from dialogs.profile import Profile
from storage.db import session_factory
from storage.repositories import Repositories


def test_own_language_then_fallback_then_default_then_any() -> None:
    texts = {"ar": "مرحبا", "en": "Hello", "bg": "Здравейте"}
    assert pick_text(texts, "ar", "en", "bg") == "مرحبا"
    assert pick_text(texts, "fa", "en", "bg") == "Hello"
    assert pick_text({"bg": "Здравейте"}, "fa", "en", "bg") == "Здравейте"
    assert pick_text({"uk": "Привіт"}, "fa", "en", "bg") == "Привіт"
    assert text_language({"uk": "Привіт"}, "fa", "en", "bg") == "uk"
    assert pick_text({}, "fa", "en", "bg") == ""


async def test_an_announcement_to_the_people_registered_for_a_session(engine):
    sessions = session_factory(engine)
    async with sessions() as session, session.begin():
        repo = Repositories(session)
        people = [await repo.people.get_or_create(9_100_000 + i) for i in range(3)]
        staff = people[0]
        registered = {7: [people[1].id, people[2].id]}

        async def session_people(session_id: int) -> list[int]:
            return registered.get(session_id, [])

        env = compose.Env(default="bg", fallback="en", session_people=session_people)
        profile = Profile(
            staff.id, staff.telegram_id, "en", True, None, True, frozenset({"staff"})
        )
        screens = await compose.start_for_session(repo.broadcasts, repo.profiles, profile, 7, env)
        assert screens[0].parts[0].key == "broadcast-new-text"
        await compose.on_text(repo.broadcasts, repo.profiles, profile, "Room 3, not 2.", env)
        screens, _ = await compose.on_button(
            repo.broadcasts, repo.profiles, profile, "bc:preview", env
        )
        assert screens[1].parts[0].args["count"] == 2
        screens, _ = await compose.on_button(
            repo.broadcasts, repo.profiles, profile, "bc:send", env
        )
        assert screens[0].parts[0].key == "broadcast-queued"
        [record] = await repo.broadcasts.recent()
        assert (record.audience, record.session_id, record.recipients) == ("session", 7, 2)
        assert await repo.broadcasts.progress(record.id) == {"pending": 2}


async def test_without_the_sessions_feature_no_session_audience_is_offered(engine):
    async with session_factory(engine)() as session, session.begin():
        repo = Repositories(session)
        staff = await repo.people.get_or_create(9_100_100)
        profile = Profile(staff.id, staff.telegram_id, "en", True, None, True, frozenset())
        env = compose.Env(default="bg", fallback="en")
        screens = await compose.start_for_session(repo.broadcasts, repo.profiles, profile, 7, env)
    assert screens[0].parts[0].key == "broadcast-new-no-sessions"
