"""What "My data" reads about one person, gathered once per screen, and the counts it shows.

Everything comes through Protocols (no storage here): the person's records, the questionnaires
(for question texts and types), the polls (for their texts) and photovoice submissions.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from dialogs.photovoice.model import SubmissionRecord
from dialogs.polls.model import PollRecord
from dialogs.screen import Button
from dialogs.survey.form import Form
from dialogs.survey.readback import ReadAnswer, read_back

PRIVACY = "privacy"
COMPLETED = "completed"
# kinds of storage.personal_data that "My data" counts from the records themselves
COUNTED_HERE = frozenset({"responses", "votes", "photos"})


class ConsentRecord(Protocol):
    @property
    def kind(self) -> str: ...
    @property
    def version(self) -> str: ...
    @property
    def language(self) -> str: ...
    @property
    def granted_at(self) -> datetime: ...
    @property
    def withdrawn_at(self) -> datetime | None: ...


class ResponseRecord(Protocol):
    @property
    def form_id(self) -> str: ...
    @property
    def form_version(self) -> int: ...
    @property
    def status(self) -> str: ...
    @property
    def language(self) -> str: ...
    @property
    def started_at(self) -> datetime: ...
    @property
    def updated_at(self) -> datetime: ...
    @property
    def completed_at(self) -> datetime | None: ...
    @property
    def answers(self) -> Mapping[str, Any]: ...
    @property
    def skipped(self) -> frozenset[str]: ...


class VoteRecord(Protocol):
    @property
    def poll_id(self) -> int: ...
    @property
    def choices(self) -> int: ...
    @property
    def voted_at(self) -> datetime: ...


class RecordStore(Protocol):
    async def consents(self, person_id: int) -> Sequence[ConsentRecord]: ...
    async def responses(self, person_id: int) -> Sequence[ResponseRecord]: ...
    async def votes(self, person_id: int) -> Sequence[VoteRecord]: ...
    async def record_counts(self, person_id: int) -> Mapping[str, int]: ...


class FormLookup(Protocol):
    def get(self, form_id: str, version: int) -> Form | None: ...


class PollLookup(Protocol):
    async def by_id(self, poll_id: int) -> PollRecord | None: ...


class SubmissionLookup(Protocol):
    async def of_person(self, person_id: int) -> Sequence[SubmissionRecord]: ...


@dataclass(frozen=True)
class Sources:
    """Where a person's records are read from; `fallback` is the language of last resort for
    texts staff wrote (polls)."""

    records: RecordStore
    forms: FormLookup
    polls: PollLookup
    photovoice: SubmissionLookup
    fallback: str = "en"
    extra: Sequence[Button] = ()  # the features' own buttons (dialogs.menu.Menu.my_data)


@dataclass(frozen=True)
class Questionnaire:
    response: ResponseRecord
    form: Form | None  # None: a version no longer served (its answers are only in the file)
    answers: Sequence[ReadAnswer]

    @property
    def finished(self) -> bool:
        return self.response.status == COMPLETED

    @property
    def photos(self) -> int:
        return sum(1 for a in self.answers if a.question.type == "photo" and not a.skipped)

    @property
    def given(self) -> int:
        if self.form is None:
            return sum(1 for v in self.response.answers.values() if v is not None)
        return sum(1 for a in self.answers if not a.skipped)


@dataclass(frozen=True)
class PollVote:
    vote: VoteRecord
    poll: PollRecord

    @property
    def options(self) -> list[int]:
        return [i for i in range(self.poll.option_count) if self.vote.choices >> i & 1]


@dataclass(frozen=True)
class PersonalRecords:
    consents: Sequence[ConsentRecord]
    questionnaires: Sequence[Questionnaire]
    votes: Sequence[PollVote]
    submissions: Sequence[SubmissionRecord]
    counts: Mapping[str, int]  # rows per kind of storage.personal_data

    @property
    def consent(self) -> ConsentRecord | None:
        """The privacy consent in force, if any."""
        active = [c for c in self.consents if c.kind == PRIVACY and c.withdrawn_at is None]
        return active[-1] if active else None

    @property
    def withdrawn(self) -> ConsentRecord | None:
        """The last privacy consent, when it was withdrawn and none is in force."""
        privacy = [c for c in self.consents if c.kind == PRIVACY]
        if not privacy or self.consent is not None:
            return None
        return max(privacy, key=lambda c: c.withdrawn_at or c.granted_at)

    @property
    def photovoice_photos(self) -> int:
        return self.counts.get("photos", 0)

    def summary(self) -> list[tuple[str, int]]:
        """(kind, count) of what is kept, in a fixed order, leaving out what is zero."""
        finished = sum(1 for q in self.questionnaires if q.finished)
        rows = [
            ("finished", finished),
            ("unfinished", len(self.questionnaires) - finished),
            ("answers", sum(q.given for q in self.questionnaires)),
            ("votes", len(self.votes)),
            ("photos", self.photovoice_photos + sum(q.photos for q in self.questionnaires)),
        ]
        rows += sorted((k, n) for k, n in self.counts.items() if k not in COUNTED_HERE)
        return [(kind, count) for kind, count in rows if count]

    @property
    def anything(self) -> bool:
        """Anything kept beyond the language (a consent record counts)."""
        return bool(self.consents or self.summary() or self.submissions)


async def gather(sources: Sources, person_id: int) -> PersonalRecords:
    questionnaires = []
    for response in await sources.records.responses(person_id):
        form = sources.forms.get(response.form_id, response.form_version)
        answers = read_back(form, response.answers, response.skipped) if form else []
        questionnaires.append(Questionnaire(response, form, answers))
    votes = []
    for vote in await sources.records.votes(person_id):
        poll = await sources.polls.by_id(vote.poll_id)
        if poll is not None:
            votes.append(PollVote(vote, poll))
    return PersonalRecords(
        consents=list(await sources.records.consents(person_id)),
        questionnaires=questionnaires,
        votes=votes,
        submissions=list(await sources.photovoice.of_person(person_id)),
        counts=await sources.records.record_counts(person_id),
    )
