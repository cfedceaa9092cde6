""" "My data" → my answers: every questionnaire answer and poll vote, readable, page by page.

Why pages: a finished questionnaire holds dozens of answers and a typed answer may be long,
while a Telegram message holds at most 4,096 characters. Dialogs do not render texts, so a page
is filled up to an estimate of its length: a question counts as 300 characters (the audit's
longest is 271, in Bulgarian), a translated answer as 100, a typed answer with its own length.
Should a page still come out longer (a questionnaire with longer questions, a typed answer full
of "&"), the renderer splits it, so no message ever exceeds the limit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from dialogs.ids import parse_key
from dialogs.mydata.records import PersonalRecords, PollVote, Questionnaire
from dialogs.mydata.screens import ANSWERS, SHOW
from dialogs.polls.model import as_text, option, question
from dialogs.screen import Button, Plain, Screen, Text, msg

PAGE_CHARS = 3600  # estimated characters per page; headings take the rest of the 4,096
ITEM_CHARS = 300  # a question and the markup around it
MSG_CHARS = 100  # an answer in the bot's words: a choice label, a date, a rating
LABEL_CHARS = 60  # one choice of several (the audit's longest label is 54) and a comma
MAX_ITEMS = 10  # however short the answers: a page stays easy to read


@dataclass(frozen=True)
class Item:
    """One entry of the list: a section's heading goes with it, so a page that starts in the
    middle of a questionnaire still says which one it is."""

    section: Text
    text: Text
    size: int


def page_action(page: int) -> str:
    return f"{ANSWERS}:{page}"


def page_of(action: str | None) -> int | None:
    """The page a button asks for: 1 for the plain entry, None for anything forged."""
    if action == ANSWERS:
        return 1
    prefix = ANSWERS + ":"
    if not action or not action.startswith(prefix):
        return None
    return parse_key(action[len(prefix) :])


def _size(text: Text | tuple[Text, ...]) -> int:
    if isinstance(text, tuple):
        return sum(_size(t) if isinstance(t, Plain) else LABEL_CHARS for t in text)
    if isinstance(text, Plain):
        escaped = sum(text.text.count(c) for c in "<>") * 3 + text.text.count("&") * 4
        return len(text.text) + escaped  # written in HTML: "&amp;", "&lt;", "&gt;"
    return MSG_CHARS


def _questionnaire_items(q: Questionnaire) -> list[Item]:
    r = q.response
    title: Text = msg(q.form.title) if q.form else Plain(r.form_id)
    if q.finished and r.completed_at is not None:
        section = msg("mydata-answers-finished", title=title, date=r.completed_at)
    else:
        section = msg("mydata-answers-unfinished", title=title, date=r.updated_at)
    if q.form is None:
        return [Item(section, msg("mydata-answers-old-form"), ITEM_CHARS)]
    return [
        Item(
            section,
            msg("mydata-answer-item", question=msg(a.question.message), answer=a.text),
            ITEM_CHARS + _size(a.text),
        )
        for a in q.answers
    ]


def _vote_item(vote: PollVote, language: str, fallback: str) -> Item:
    poll = vote.poll
    asked = as_text(question(poll, language, fallback))
    chosen = tuple(as_text(option(poll, i, language, fallback)) for i in vote.options)
    text = msg("mydata-answer-item", question=asked, answer=chosen)
    return Item(msg("mydata-answers-polls"), text, ITEM_CHARS + _size(asked) + _size(chosen))


def items(records: PersonalRecords, language: str, fallback: str) -> list[Item]:
    found = [item for q in records.questionnaires for item in _questionnaire_items(q)]
    found += [_vote_item(v, language, fallback) for v in records.votes]
    return found


def paginate(entries: Sequence[Item]) -> list[list[Item]]:
    pages: list[list[Item]] = []
    current: list[Item] = []
    used = 0
    for item in entries:
        if current and (used + item.size > PAGE_CHARS or len(current) >= MAX_ITEMS):
            pages.append(current)
            current, used = [], 0
        current.append(item)
        used += item.size
    if current:
        pages.append(current)
    return pages


def _nav(page: int, pages: int) -> list[list[Button]]:
    row = []
    if page > 1:
        row.append(Button(msg("mydata-answers-previous"), action=page_action(page - 1)))
    if page < pages:
        row.append(Button(msg("mydata-answers-next"), action=page_action(page + 1)))
    rows = [row] if row else []
    rows.append([Button(msg("mydata-back"), action=SHOW)])
    return rows


def answers_page(
    records: PersonalRecords, page: int, language: str, fallback: str, *, edit: bool = True
) -> Screen:
    """One page of the person's answers; a page past the end shows the last one."""
    pages = paginate(items(records, language, fallback))
    if not pages:
        return Screen(
            parts=[msg("mydata-answers-title"), msg("mydata-answers-none")],
            buttons=_nav(1, 1),
            edit=edit,
        )
    page = max(1, min(page, len(pages)))
    heading: list[Text] = [msg("mydata-answers-title")]
    if len(pages) > 1:
        heading = [msg("mydata-answers-title-paged", page=page, pages=len(pages))]
    parts: list[Text] = list(heading)
    section: Text | None = None
    for item in pages[page - 1]:
        if item.section != section:
            section = item.section
            parts.append(section)
        parts.append(item.text)
    return Screen(parts=parts, buttons=_nav(page, len(pages)), edit=edit)
