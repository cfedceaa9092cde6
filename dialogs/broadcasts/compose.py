"""Staff write an announcement in the chat, step by step; every step is stored (a draft
broadcast row and the staff member's place in `broadcast_drafts`), so a restart loses nothing.

topic → narrow by language or group (optional) → the text, in one language or several, and
maybe a photo → preview with the number of recipients → send, change the text, or discard.
An announcement to the people registered for one session starts at the text.
Buttons: bc:<what>[:<value>].
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol

from dialogs.broadcasts.audience import (
    Content,
    PeopleQuery,
    announcement,
    text_language,
)
from dialogs.broadcasts.queue import QueueStore, Recipient, queue_with_report, recipients_of
from dialogs.broadcasts.topics import TOPICS, topic_name
from dialogs.languages import LANGUAGES
from dialogs.profile import GROUPS, Profile, message_key
from dialogs.screen import Button, Msg, Screen, msg, rows_of
from dialogs.text import clean_text

FLOW = "broadcast"
PREFIX = "bc:"
MAX_TEXT = 3500  # Telegram takes 4096 characters; the topic's name goes above the text


class Draft(Protocol):
    @property
    def broadcast_id(self) -> int: ...
    @property
    def step(self) -> str: ...
    @property
    def language(self) -> str | None: ...


class ComposeStore(QueueStore, Protocol):
    async def create(self, **fields: Any) -> int: ...
    async def set_text(self, broadcast_id: int, language: str, text: str | None) -> None: ...
    async def delete(self, broadcast_id: int) -> None: ...
    async def draft_of(self, person_id: int) -> Draft | None: ...
    async def save_draft(
        self, person_id: int, broadcast_id: int, step: str, language: str | None
    ) -> None: ...
    async def drop_draft(self, person_id: int) -> None: ...


class FlowStore(Protocol):
    async def set_active_flow(self, person_id: int, flow: str | None) -> None: ...


@dataclass(frozen=True)
class Env:
    default: str  # DEFAULT_LOCALE
    fallback: str  # FALLBACK_LOCALE
    session_people: PeopleQuery | None = None  # wired by the sessions feature


def language_name(code: str) -> Msg:
    return msg(f"language-name-{code}")


def _discard_row() -> list[Button]:
    return [Button(msg("broadcast-new-discard"), action="bc:discard")]


def _tick(on: bool, label: Msg) -> Msg:
    return msg("broadcast-new-tick", on="yes" if on else "no", label=label)


async def start(store: ComposeStore, flows: FlowStore, profile: Profile, env: Env) -> list[Screen]:
    """/broadcast: a new announcement, or back to the unfinished one."""
    await flows.set_active_flow(profile.person_id, FLOW)
    draft = await store.draft_of(profile.person_id)
    if draft is not None and await store.get(draft.broadcast_id) is not None:
        return [Screen.of("broadcast-new-resume"), *await prompt_for(store, draft, env)]
    broadcast_id = await store.create(audience="topic", created_by=profile.telegram_id)
    await store.save_draft(profile.person_id, broadcast_id, "topic", profile.language)
    return await _prompt(store, profile.person_id, env)


def session_button(session_id: int) -> Button:
    """For a session's staff screen: write to the people registered for it."""
    return Button(msg("broadcast-session-button"), action=f"bc:session:{session_id}")


async def start_for_session(
    store: ComposeStore, flows: FlowStore, profile: Profile, session_id: int, env: Env
) -> list[Screen]:
    """An announcement to the people registered for one session (a button on its screen)."""
    if env.session_people is None:
        return [Screen.of("broadcast-new-no-sessions")]
    draft = await store.draft_of(profile.person_id)
    if draft is not None:
        await store.delete(draft.broadcast_id)  # one draft at a time: this one replaces it
    await flows.set_active_flow(profile.person_id, FLOW)
    broadcast_id = await store.create(
        audience="session", session_id=session_id, created_by=profile.telegram_id
    )
    await store.save_draft(profile.person_id, broadcast_id, "text", profile.language)
    return await _prompt(store, profile.person_id, env)


async def _prompt(store: ComposeStore, person_id: int, env: Env) -> list[Screen]:
    draft = await store.draft_of(person_id)
    return await prompt_for(store, draft, env) if draft else [Screen.of("broadcast-new-gone")]


async def _recipients(store: ComposeStore, record: Any, env: Env) -> Sequence[Recipient]:
    return await recipients_of(store, record, env.default, env.session_people)


async def prompt_for(store: ComposeStore, draft: Draft, env: Env) -> list[Screen]:
    """The screens of the step the draft is at."""
    record = await store.get(draft.broadcast_id)
    if record is None:
        return [Screen.of("broadcast-new-gone")]
    if draft.step == "topic":
        rows = [[Button(topic_name(t), action=f"bc:topic:{t}")] for t in TOPICS]
        return [Screen(parts=[msg("broadcast-new-topic")], buttons=[*rows, _discard_row()])]
    if draft.step == "narrow":
        return [await _narrow_screen(store, record, env)]
    if draft.step == "text":
        return [_text_screen(record, draft.language or env.fallback, env.fallback)]
    return await _preview(store, record, draft, env)


async def _narrow_screen(store: ComposeStore, record: Any, env: Env) -> Screen:
    count = len(await _recipients(store, record, env))
    languages = [Button(_tick(record.language is None, msg("broadcast-new-all")), "bc:lang:all")]
    languages += [
        Button(_tick(record.language == c, language_name(c)), action=f"bc:lang:{c}")
        for c in LANGUAGES
    ]
    groups = [[Button(_tick(record.group is None, msg("broadcast-new-all")), "bc:group:all")]]
    groups += [
        [Button(_tick(record.group == g, msg(message_key("group", g))), action=f"bc:group:{g}")]
        for g in GROUPS
    ]
    return Screen(
        parts=[msg("broadcast-new-narrow", topic=topic_name(record.topic or ""), count=count)],
        buttons=[
            *rows_of(languages, 4),
            *groups,
            [Button(msg("broadcast-new-next"), action="bc:next")],
            _discard_row(),
        ],
    )


def _text_screen(record: Any, language: str, fallback: str) -> Screen:
    written = [c for c in LANGUAGES if record.texts.get(c)]
    switch = [
        Button(_tick(c == language, language_name(c)), action=f"bc:write:{c}") for c in LANGUAGES
    ]
    rows = rows_of(switch, 3)
    if record.photo_key:
        rows.append([Button(msg("broadcast-new-no-photo"), action="bc:nophoto")])
    if written:
        rows.append([Button(msg("broadcast-new-preview-button"), action="bc:preview")])
    rows.append(_discard_row())
    return Screen(
        parts=[
            msg(
                "broadcast-new-text",
                language=language_name(language),
                fallback=language_name(fallback),
                written=", ".join(written) or "-",
                photo="yes" if record.photo_key else "no",
                most=MAX_TEXT,
            )
        ],
        buttons=rows,
    )


async def _preview(store: ComposeStore, record: Any, draft: Draft, env: Env) -> list[Screen]:
    recipients = await _recipients(store, record, env)
    by_language = Counter(r.language or env.default for r in recipients)
    lines = [
        msg(
            "broadcast-new-preview-line",
            language=language_name(code),
            count=n,
            text=language_name(text_language(record.texts, code, env.fallback, env.default)),
        )
        for code, n in sorted(by_language.items())
    ]
    shown_language = draft.language or env.fallback
    sample = announcement(content_of(record), shown_language, env.fallback, env.default)
    summary = Screen(
        parts=[msg("broadcast-new-preview", count=len(recipients)), *lines],
        buttons=[
            [Button(msg("broadcast-new-send", count=len(recipients)), action="bc:send")],
            [Button(msg("broadcast-new-edit"), action="bc:edit")],
            _discard_row(),
        ],
    )
    return [replace(sample, buttons=()), summary]


def content_of(record: Any) -> Content:
    poll_id = None
    if record.source and record.source.startswith("poll:"):
        poll_id = int(record.source.partition(":")[2])
    return Content(record.audience, record.topic, record.texts, record.photo_key, poll_id)


async def _go(
    store: ComposeStore, me: int, broadcast_id: int, step: str, language: str | None, env: Env
) -> list[Screen]:
    await store.save_draft(me, broadcast_id, step, language)
    return await _prompt(store, me, env)


async def on_text(
    store: ComposeStore, flows: FlowStore, profile: Profile, text: str, env: Env
) -> list[Screen]:
    """Typed text while writing: the announcement in the language being written."""
    me = profile.person_id
    draft = await store.draft_of(me)
    record = await store.get(draft.broadcast_id) if draft else None
    if draft is None or record is None:
        await flows.set_active_flow(me, None)
        return [Screen.of("broadcast-new-gone")]
    if draft.step != "text":
        return [Screen.of("broadcast-new-use-buttons"), *await prompt_for(store, draft, env)]
    cleaned = clean_text(text)
    language = draft.language or env.fallback
    if not cleaned:
        return [Screen.of("broadcast-new-empty"), _text_screen(record, language, env.fallback)]
    if len(cleaned) > MAX_TEXT:
        return [Screen.of("broadcast-new-too-long", most=MAX_TEXT, count=len(cleaned))]
    await store.set_text(record.id, language, cleaned)
    return [Screen.of("broadcast-new-text-saved", language=language_name(language))] + (
        await _prompt(store, me, env)
    )


async def on_photo(
    store: ComposeStore, profile: Profile, media_key: str, caption: str | None, env: Env
) -> list[Screen]:
    """A cleaned photo (already kept in the media store) sent while writing."""
    draft = await store.draft_of(profile.person_id)
    if draft is None or draft.step != "text":
        return [Screen.of("broadcast-new-photo-not-now")]
    await store.update(draft.broadcast_id, photo_key=media_key)
    cleaned = clean_text(caption or "")
    if cleaned and len(cleaned) <= MAX_TEXT:
        await store.set_text(draft.broadcast_id, draft.language or env.fallback, cleaned)
    return [Screen.of("broadcast-new-photo-saved"), *await _prompt(store, profile.person_id, env)]


async def on_button(
    store: ComposeStore, flows: FlowStore, profile: Profile, data: str, env: Env
) -> tuple[list[Screen], Msg | None]:
    """A bc:… button of the draft. One from an earlier step (or forged) changes nothing."""
    screens, toast = await _button(store, flows, profile, data, env)
    return [replace(s, edit=True) if i == 0 else s for i, s in enumerate(screens)], toast


async def _button(
    store: ComposeStore, flows: FlowStore, profile: Profile, data: str, env: Env
) -> tuple[list[Screen], Msg | None]:
    me = profile.person_id
    draft = await store.draft_of(me)
    record = await store.get(draft.broadcast_id) if draft else None
    if draft is None or record is None:
        return [], msg("button-expired")
    what, _, value = data.removeprefix(PREFIX).partition(":")
    step, bid = draft.step, record.id
    if what == "discard":
        await store.drop_draft(me)
        await store.delete(bid)
        await flows.set_active_flow(me, None)
        return [Screen.of("broadcast-new-discarded")], None
    if step == "topic" and what == "topic" and value in TOPICS:
        await store.update(bid, topic=value)
        return await _go(store, me, bid, "narrow", draft.language, env), None
    if step == "narrow" and what == "lang" and (value == "all" or value in LANGUAGES):
        await store.update(bid, language=None if value == "all" else value)
        return await _go(store, me, bid, "narrow", draft.language, env), None
    if step == "narrow" and what == "group" and (value == "all" or value in GROUPS):
        await store.update(bid, group=None if value == "all" else value)
        return await _go(store, me, bid, "narrow", draft.language, env), None
    if step == "narrow" and what == "next":
        language = record.language or draft.language
        return await _go(store, me, bid, "text", language, env), None
    if step == "text" and what == "write" and value in LANGUAGES:
        return await _go(store, me, bid, "text", value, env), None
    if step == "text" and what == "nophoto":
        await store.update(bid, photo_key=None)
        return await _go(store, me, bid, "text", draft.language, env), None
    if step == "text" and what == "preview" and record.texts:
        return await _go(store, me, bid, "preview", draft.language, env), None
    if step == "preview" and what == "edit":
        return await _go(store, me, bid, "text", draft.language, env), None
    if step == "preview" and what == "send":
        return await _send(store, flows, profile, record, env)
    return [], msg("button-expired")


async def _send(
    store: ComposeStore, flows: FlowStore, profile: Profile, record: Any, env: Env
) -> tuple[list[Screen], Msg | None]:
    recipients = await _recipients(store, record, env)
    if not recipients:
        return [Screen.of("broadcast-new-nobody")], None
    count = await queue_with_report(store, record.id, recipients, env.default, profile.telegram_id)
    await store.drop_draft(profile.person_id)
    await flows.set_active_flow(profile.person_id, None)
    return [Screen.of("broadcast-queued", count=count, id=str(record.id))], None


async def cancel(store: ComposeStore, profile: Profile) -> bool:
    """/cancel while writing: the unfinished announcement is discarded."""
    draft = await store.draft_of(profile.person_id)
    if draft is None:
        return False
    await store.drop_draft(profile.person_id)
    await store.delete(draft.broadcast_id)
    return True
