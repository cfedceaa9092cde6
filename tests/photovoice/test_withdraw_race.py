"""A person withdraws consent while a moderator is approving and posting the same photo."""

from __future__ import annotations

import asyncio

from dialogs.photovoice import mine
from dialogs.photovoice.flow import Context, RemovePosts
from dialogs.photovoice.model import FormSettings
from dialogs.profile import Profile
from storage.db import session_factory
from storage.models_photovoice import Photo, PhotoSubmission
from storage.repositories import Repositories

SHA = "a" * 64


async def submitted(sessions) -> tuple[int, int]:
    async with sessions() as s, s.begin():
        person = await Repositories(s).people.get_or_create(4242)
        sub = PhotoSubmission(
            person_id=person.id,
            status="submitted",
            step="confirm",
            story={},
            recognisable=False,
            display="anonymous",
        )
        s.add(sub)
        await s.flush()
        s.add(
            Photo(
                submission_id=sub.id,
                person_id=person.id,
                position=1,
                sha256=SHA,
                image_key=f"aa/aa/{SHA}.jpg",
                thumb_key=f"aa/aa/{SHA}.thumb.jpg",
                width=10,
                height=10,
                size=1,
                original_format="JPEG",
            )
        )
        return person.id, sub.id


async def test_withdrawal_during_an_approval_removes_the_new_channel_post(engine):
    sessions = session_factory(engine)
    person_id, sid = await submitted(sessions)
    profile = Profile(person_id, 4242, "en", True, "visitor", True)
    approving = asyncio.Event()

    async def moderator_approves() -> None:
        async with sessions() as s, s.begin():
            store = Repositories(s).photovoice
            await store.lock(sid)  # as the review handler does before deciding
            assert await store.decide(sid, "approved", None)
            approving.set()
            await asyncio.sleep(0.3)  # posting to the channel, not yet committed
            sub = await store.get(sid)
            await store.set_channel_messages({sub.photos[0].id: (-100123, 77)})

    async def person_withdraws() -> mine.Outcome:
        await approving.wait()
        async with sessions() as s, s.begin():
            repo = Repositories(s)
            ctx = Context(repo.photovoice, repo.profiles, profile, FormSettings(), "Ann")
            return await mine.change_display(ctx, sid, "research")

    _, outcome = await asyncio.gather(moderator_approves(), person_withdraws())
    assert any(isinstance(e, RemovePosts) and e.posts for e in outcome.effects)
    async with sessions() as s:
        final = await Repositories(s).photovoice.get(sid)
    assert final is not None
    assert (final.status, final.display) == ("withdrawn", "research")
    assert all(p.channel_message_id is None for p in final.photos)
