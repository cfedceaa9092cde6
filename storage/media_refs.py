"""Which stored images other people still reference, across every feature that keeps images.

Files are content-addressed, so two people who send the same picture share one file; deleting
one person's data must leave a file another person's photovoice photo or questionnaire answer
still points at.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import String, cast, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from storage.media import keys_for
from storage.models_photovoice import Photo
from storage.models_survey import Answer, Response


def sha_of_key(image_key: str) -> str:
    return image_key.rsplit("/", 1)[-1].split(".", 1)[0]


async def used_by_others(
    session: AsyncSession, shas: Iterable[str], person_id: int | None
) -> set[str]:
    """The subset of `shas` still referenced by someone other than `person_id` (by anyone,
    when `person_id` is None)."""
    wanted = sorted(set(shas))
    if not wanted:
        return set()
    others = Photo.person_id != person_id if person_id is not None else true()
    photos = select(Photo.sha256).where(Photo.sha256.in_(wanted), others)
    used = set((await session.execute(photos.distinct())).scalars())
    as_json = {json.dumps(keys_for(sha)[0]): sha for sha in wanted if sha not in used}
    if as_json:
        answers = (
            select(cast(Answer.value, String))
            .join(Response, Response.id == Answer.response_id)
            .where(
                Response.person_id != person_id if person_id is not None else true(),
                cast(Answer.value, String).in_(list(as_json)),
            )
        )
        used |= {as_json[v] for v in (await session.execute(answers)).scalars() if v in as_json}
    return used
