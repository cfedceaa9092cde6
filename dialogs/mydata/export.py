""" "My data" → the whole record as one JSON file the person can keep.

The file holds what the bot keeps about the person and nothing about anyone else: no Telegram
id (theirs included), no database ids, no storage paths of images. Keys are English and codes
stay as stored (for a machine to read); beside each code is its text in the person's language
(`Msg` leaves, written by the renderer), dates are ISO 8601 in UTC.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from dialogs.mydata.records import PersonalRecords, PollVote, Questionnaire
from dialogs.photovoice.model import STORY_MODES, SubmissionRecord, key
from dialogs.photovoice.screens import theme_name
from dialogs.polls.model import as_text, option, question
from dialogs.profile import Profile, message_key
from dialogs.screen import Document, Screen, msg

FILE_NAME = "my-data-{day}.json"
# how storage names an image (dialogs.survey photo answers hold one): never put in the file
_IMAGE_KEY = re.compile(r"^[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{64}(\.thumb)?\.jpg$")
# kinds the file already holds in full (the rest of the counts go to "other_records")
_SUMMARISED = frozenset({"finished", "unfinished", "answers", "votes", "photos"})


def _utc(moment: datetime | None) -> datetime | None:
    """Storage keeps UTC; SQLite hands it back without the zone, so it is added here."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)


def _stored(value: Any) -> Any:
    if isinstance(value, str) and _IMAGE_KEY.match(value):
        return "photo"
    return value


def _questionnaire(q: Questionnaire) -> dict[str, Any]:
    r = q.response
    if q.form is not None:
        answers = [
            {
                "question": a.question.name,
                "question_text": msg(a.question.message),
                "answer": a.value,
                "answer_text": a.text,
                "skipped": a.skipped,
            }
            for a in q.answers
        ]
    else:  # a version no longer served: the answers as stored, photos named but not located
        answers = [
            {"question": name, "answer": _stored(value), "skipped": False}
            for name, value in sorted(r.answers.items())
        ]
        answers += [{"question": name, "skipped": True} for name in sorted(r.skipped)]
    return {
        "questionnaire": r.form_id,
        "title": msg(q.form.title) if q.form else r.form_id,
        "version": r.form_version,
        "status": "finished" if q.finished else "not finished",
        "language": r.language,
        "started_at": _utc(r.started_at),
        "last_answer_at": _utc(r.updated_at),
        "finished_at": _utc(r.completed_at),
        "answers": answers,
    }


def _vote(vote: PollVote, language: str, fallback: str) -> dict[str, Any]:
    poll = vote.poll
    return {
        "poll": poll.slug,
        "question": as_text(question(poll, language, fallback)),
        "choices": [as_text(option(poll, i, language, fallback)) for i in vote.options],
        "voted_at": _utc(vote.vote.voted_at),
    }


def _submission(s: SubmissionRecord) -> dict[str, Any]:
    prompts = STORY_MODES.get(s.story_mode, ())
    order = [p for p in prompts if p in s.story] + sorted(set(s.story) - set(prompts))
    return {
        "status": s.status,
        "status_text": msg(key("pv-status", s.status)),
        "theme": s.theme,
        "theme_text": theme_name(s.theme) if s.theme else None,
        "story": [
            {"prompt": p, "prompt_text": msg(key("pv-story-label", p)), "text": s.story[p]}
            for p in order
        ],
        "people_recognisable": s.recognisable,
        "people_agreed": s.people_agreed,
        "who_may_see_it": s.display,
        "name_shown": s.attribution,
        "photos": len(s.photos),
        "started_at": _utc(s.created_at),
        "sent_at": _utc(s.submitted_at),
        "reject_reason": s.reject_reason,
    }


def record_tree(
    profile: Profile, records: PersonalRecords, now: datetime, fallback: str
) -> dict[str, Any]:
    language = profile.language
    group = profile.group if profile.consented else None
    other: Mapping[str, int] = {k: n for k, n in records.summary() if k not in _SUMMARISED}
    return {
        "about": msg("mydata-export-about"),
        "exported_at": _utc(now),
        "profile": {
            "language": language,
            "language_name": msg(f"language-name-{language}"),
            "group": group,
            "group_text": msg(message_key("group", group)) if group else None,
        },
        "consents": [
            {
                "notice": c.kind,
                "notice_version": c.version,
                "language": c.language,
                "given_at": _utc(c.granted_at),
                "withdrawn_at": _utc(c.withdrawn_at),
            }
            for c in records.consents
        ],
        "questionnaires": [_questionnaire(q) for q in records.questionnaires],
        "poll_votes": [_vote(v, language, fallback) for v in records.votes],
        "photovoice": [_submission(s) for s in records.submissions],
        "other_records": dict(other),
    }


def export_screen(
    profile: Profile, records: PersonalRecords, now: datetime, fallback: str
) -> Screen:
    name = FILE_NAME.format(day=now.date().isoformat())
    document = Document(name, record_tree(profile, records, now, fallback))
    return Screen(parts=[msg("mydata-export-caption")], document=document)
