"""storage.repositories.photovoice on SQLite and PostgreSQL: locking, uniqueness, file keys."""

from __future__ import annotations

import asyncio

from sqlalchemy import select

from storage.db import session_factory
from storage.models_photovoice import Photo
from storage.repositories import Repositories
from tests.photovoice.test_flow import photo


async def _person_with_draft(engine, telegram_id: int) -> tuple[int, int]:
    async with session_factory(engine)() as session, session.begin():
        repo = Repositories(session)
        person = await repo.people.get_or_create(telegram_id)
        draft = await repo.photovoice.start_draft(person.id, "showed")
        return person.id, draft.id


async def test_concurrent_adds_under_the_lock_never_exceed_the_limit(engine):
    person_id, draft_id = await _person_with_draft(engine, 601)
    sessions = session_factory(engine)

    async def add(n: int) -> bool:
        async with sessions() as session, session.begin():
            store = Repositories(session).photovoice
            draft = await store.lock(draft_id)
            await asyncio.sleep(0.05)  # widen the window a race would need
            if len(draft.photos) >= 3:
                return False
            return await store.add_photo(draft_id, person_id, photo(n), len(draft.photos) + 1)

    results = await asyncio.gather(*(add(n) for n in range(1, 6)))
    assert sorted(results) == [False, False, True, True, True]
    async with sessions() as session:
        positions = (await session.execute(select(Photo.position))).scalars().all()
    assert sorted(positions) == [1, 2, 3]


async def test_one_person_keeps_a_picture_once_others_may_share_it(engine):
    amal, amal_draft = await _person_with_draft(engine, 602)
    bilal, bilal_draft = await _person_with_draft(engine, 603)
    async with session_factory(engine)() as session, session.begin():
        store = Repositories(session).photovoice
        assert await store.add_photo(amal_draft, amal, photo(1), 1)
        assert not await store.add_photo(amal_draft, amal, photo(1), 2)  # unique per person
        assert await store.add_photo(bilal_draft, bilal, photo(1), 1)  # another person: fine
        assert await store.add_photo(bilal_draft, bilal, photo(2), 2)
        assert await store.has_photo(amal, photo(1).sha256)
        assert not await store.has_photo(amal, photo(2).sha256)
        # the shared picture's files stay while Bilal still has it
        assert await store.files_only_of(amal) == []
        assert await store.delete(amal_draft) == []
        deleted = await store.delete(bilal_draft)
        assert sorted(deleted) == sorted(
            [photo(1).image_key, photo(1).thumb_key, photo(2).image_key, photo(2).thumb_key]
        )


async def test_review_queue_order_and_single_decision(engine):
    ids = []
    for telegram_id in (611, 612, 613):
        person_id, draft_id = await _person_with_draft(engine, telegram_id)
        async with session_factory(engine)() as session, session.begin():
            store = Repositories(session).photovoice
            await store.add_photo(draft_id, person_id, photo(telegram_id), 1)
            await store.update(draft_id, {"status": "submitted"})
        ids.append(draft_id)
    async with session_factory(engine)() as session, session.begin():
        store = Repositories(session).photovoice
        assert (await store.next_for_review()).id == ids[0]
        assert (await store.next_for_review(ids[0])).id == ids[1]
        assert (await store.next_for_review(ids[2])).id == ids[0]  # wraps around
        assert await store.waiting_for_review() == 3
        assert await store.decide(ids[0], "approved", None)
        assert not await store.decide(ids[0], "rejected", "other")
        assert (await store.get(ids[0])).status == "approved"
        assert (await store.next_for_review()).id == ids[1]


async def test_forgetting_a_person_cascades_to_submissions_and_photos(engine):
    person_id, draft_id = await _person_with_draft(engine, 621)
    async with session_factory(engine)() as session, session.begin():
        repo = Repositories(session)
        await repo.photovoice.add_photo(draft_id, person_id, photo(5), 1)
        assert (await repo.profiles.record_counts(person_id))["photos"] == 1
        await repo.profiles.forget(person_id)
    async with session_factory(engine)() as session:
        assert (await session.execute(select(Photo))).scalars().all() == []
