"""Two taps on /photo at once start one draft, enforced by the database."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import IntegrityError

from storage.db import session_factory
from storage.models_photovoice import PhotoSubmission
from storage.repositories import Repositories


async def test_one_draft_per_person(engine):
    sessions = session_factory(engine)
    async with sessions() as s, s.begin():
        repo = Repositories(s)
        person = await repo.people.get_or_create(5151)
        first = await repo.photovoice.start_draft(person.id, "showed")
        again = await repo.photovoice.start_draft(person.id, "showed")
        assert again.id == first.id
    with pytest.raises(IntegrityError):
        async with sessions() as s, s.begin():
            s.add(PhotoSubmission(person_id=person.id, story_mode="showed", story={}))
