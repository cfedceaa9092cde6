"""Ids from survey buttons against real storage (SQLite and PostgreSQL): an id no 32-bit key
can hold is "expired", never a DataError from the database."""

from __future__ import annotations

import datetime

import pytest

from bot.l10n import LOCALES_DIR
from dialogs.ids import MAX_KEY
from dialogs.profile import Profile
from dialogs.screen import Msg
from dialogs.survey.session import FormCatalog, open_form, press, resume_choice
from storage.db import session_factory
from storage.repositories import Repositories

TODAY = datetime.date(2026, 5, 4)
CATALOG = FormCatalog.load(LOCALES_DIR)


@pytest.mark.parametrize(
    "data",
    [
        "sv:2147483648:1:x",  # one past the widest key
        "sv:99999999999:1:c0",
        "sv:999999999999999999:1:b",  # the old pattern's widest
        "svr:4294967296:c",
        "svr:999999999999999999:n",
        f"sv:{MAX_KEY}:1:x",  # a key that fits but is nobody's
        f"svr:{MAX_KEY}:c",
    ],
)
async def test_forged_response_ids_are_expired_on_every_database(engine, data: str) -> None:
    sessions = session_factory(engine)
    async with sessions() as session, session.begin():
        repo = Repositories(session)
        person = await repo.people.get_or_create(777001)
        profile = Profile(person.id, 777001, "en", True, "foreign_national", True)
        opened = await open_form(repo.survey, CATALOG, profile, TODAY)
        assert opened.in_survey
    async with sessions() as session, session.begin():
        repo = Repositories(session)
        choose = resume_choice if data.startswith("svr:") else press
        turn = await choose(repo.survey, CATALOG, profile, data, TODAY)
        assert [list(s.parts) for s in turn.screens] == [[Msg("button-expired")]]
        assert not turn.in_survey
    async with sessions() as session:  # the open response is untouched
        repo = Repositories(session)
        open_id = await repo.survey.latest_open(person.id)
        assert open_id is not None
        stored = await repo.survey.get(open_id)
        assert stored is not None and stored.answers == {} and stored.status == "in_progress"
