"""Staff write a poll in the chat, step by step; every step is stored (a draft poll row and the
staff member's place in `poll_drafts`), so a restart in the middle loses nothing.

slug → question and answers in the fallback language (required) → more languages (optional)
→ single or multiple choice → may people change their vote → who may vote → closing time
(optional) → open now, keep as a draft, or discard.
Buttons: pn:<what>[:<value>].
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from dialogs.admin import AuditStore
from dialogs.languages import LANGUAGES
from dialogs.polls.model import FLOW, MAX_OPTIONS, SLUG_RE, PollRecord, link
from dialogs.profile import GROUPS, FlowStore, Profile, message_key
from dialogs.screen import Button, Msg, Screen, msg, rows_of
from dialogs.text import clean_text

MAX_QUESTION = 300
MAX_OPTION = 100
DATE_FORMATS = ("%Y-%m-%d %H:%M", "%d.%m.%Y %H:%M", "%d/%m/%Y %H:%M")


class Draft(Protocol):
    @property
    def poll_id(self) -> int | None: ...
    @property
    def step(self) -> str: ...
    @property
    def language(self) -> str | None: ...


class DraftStore(Protocol):
    async def by_id(self, poll_id: int) -> PollRecord | None: ...
    async def draft_of(self, person_id: int) -> Draft | None: ...
    async def save_draft(
        self, person_id: int, poll_id: int | None, step: str, language: str | None
    ) -> None: ...
    async def drop_draft(self, person_id: int) -> None: ...
    async def create_draft(self, slug: str, created_by: int | None) -> int | None: ...
    async def set_text(
        self, poll_id: int, language: str, question: str, options: Sequence[str]
    ) -> None: ...
    async def update_poll(self, poll_id: int, **fields: Any) -> None: ...
    async def delete_poll(self, poll_id: int) -> None: ...


@dataclass(frozen=True)
class Env:
    now: datetime
    fallback: str
    tz: str
    bot_username: str


def language_name(code: str) -> Msg:
    return msg(f"language-name-{code}")


def _prompt(key: str, buttons: Sequence[Sequence[Button]] = (), **args: Any) -> Screen:
    return Screen(parts=[msg(key, **args)], buttons=buttons)


async def start(
    store: DraftStore, flows: FlowStore, audit: AuditStore, profile: Profile, env: Env
) -> list[Screen]:
    """/newpoll: a new draft, or back to the unfinished one."""
    await audit.record(profile.telegram_id, "newpoll", "ok")
    draft = await store.draft_of(profile.person_id)
    await flows.set_active_flow(profile.person_id, FLOW)
    if draft is not None:
        screen = await prompt_for(store, draft, env)
        return [Screen(parts=[msg("polls-new-resume")]), screen]
    await store.save_draft(profile.person_id, None, "slug", None)
    return [_prompt("polls-new-slug")]


async def prompt_for(store: DraftStore, draft: Draft, env: Env) -> Screen:
    """The question of the step the draft is at."""
    poll = await store.by_id(draft.poll_id) if draft.poll_id is not None else None
    step, language = draft.step, draft.language or env.fallback
    if step == "slug" or poll is None:
        return _prompt("polls-new-slug")
    if step == "question":
        return _prompt("polls-new-question", language=language_name(language))
    if step == "options":
        reference = "\n".join(poll.texts.get(env.fallback, ("", ()))[1])
        if language == env.fallback or not reference:
            return _prompt("polls-new-options", language=language_name(language), most=MAX_OPTIONS)
        return _prompt(
            "polls-new-translate-options",
            language=language_name(language),
            count=poll.option_count,
            reference=reference,
        )
    if step == "languages":
        done = [c for c in LANGUAGES if c in poll.texts and len(poll.texts[c][1])]
        buttons = [
            Button(language_name(c), action=f"pn:lang:{c}") for c in LANGUAGES if c not in done
        ]
        rows = [*rows_of(buttons, 3), [Button(msg("polls-new-languages-done"), action="pn:langs")]]
        return _prompt("polls-new-languages", rows, done=_listed(map(language_name, done)))
    if step == "kind":
        return _prompt(
            "polls-new-kind",
            [
                [Button(msg("polls-new-single"), action="pn:kind:single")],
                [Button(msg("polls-new-multiple"), action="pn:kind:multiple")],
            ],
        )
    if step == "change":
        return _prompt(
            "polls-new-change",
            [
                [
                    Button(msg("polls-new-yes"), action="pn:change:yes"),
                    Button(msg("polls-new-no"), action="pn:change:no"),
                ]
            ],
        )
    if step == "audience":
        chosen = poll.audience or frozenset()
        rows = [[Button(_tick(poll.audience is None, msg("polls-new-everyone")), "pn:aud:all")]]
        rows += [
            [Button(_tick(g in chosen, msg(message_key("group", g))), action=f"pn:aud:{g}")]
            for g in GROUPS
        ]
        rows.append([Button(msg("polls-new-next"), action="pn:aud-done")])
        return _prompt("polls-new-audience", rows)
    if step == "closes":
        return _prompt(
            "polls-new-closes",
            [[Button(msg("polls-new-no-end"), action="pn:noclose")]],
            example=env.now.astimezone(ZoneInfo(env.tz)).strftime("%Y-%m-%d 18:00"),
        )
    return summary(poll, env)


def _listed(items: Iterable[Msg]) -> Msg | str:
    """Names one after another with the reader's comma ("a, b", "a، b"); "-" when none."""
    found = list(items)
    if not found:
        return "-"
    result = found[-1]
    for item in reversed(found[:-1]):
        result = msg("polls-join-comma", first=item, rest=result)
    return result


def _tick(on: bool, label: Msg) -> Msg:
    return msg("polls-new-tick", on="yes" if on else "no", label=label)


def summary(poll: PollRecord, env: Env) -> Screen:
    closes: Msg | str = (
        poll.closes_at.astimezone(ZoneInfo(env.tz)).strftime("%Y-%m-%d %H:%M")
        if poll.closes_at
        else msg("polls-new-no-end")
    )
    audience = (
        _listed(msg(message_key("group", g)) for g in GROUPS if g in poll.audience)
        if poll.audience
        else msg("polls-new-everyone")
    )
    languages = _listed(
        language_name(c) for c in LANGUAGES if c in poll.texts and poll.texts[c][1]
    )
    question = poll.texts.get(env.fallback, (poll.slug, ()))[0]
    return Screen(
        parts=[
            msg(
                "polls-new-summary",
                slug=poll.slug,
                question=question,
                count=poll.option_count,
                multiple="yes" if poll.multiple else "no",
                change="yes" if poll.allow_change else "no",
                audience=audience,
                closes=closes,
                languages=languages,
            )
        ],
        buttons=[
            [Button(msg("polls-new-open"), action="pn:open")],
            [Button(msg("polls-new-keep"), action="pn:keep")],
            [Button(msg("polls-new-discard"), action="pn:discard")],
        ],
    )


def parse_options(text: str) -> list[str]:
    return [line.strip().lstrip("-•*").strip() for line in text.splitlines() if line.strip()]


def parse_close_time(text: str, tz: str) -> datetime | None:
    cleaned = re.sub(r"\s+", " ", text.strip())
    for fmt in DATE_FORMATS:
        try:
            local = datetime.strptime(cleaned, fmt).replace(tzinfo=ZoneInfo(tz))
            return local.astimezone(UTC)
        except ValueError:
            continue
    return None


async def on_text(
    store: DraftStore, flows: FlowStore, profile: Profile, text: str, env: Env
) -> list[Screen]:
    """Typed text while writing a poll: the answer to the step the draft is at."""
    draft = await store.draft_of(profile.person_id)
    if draft is None:
        await flows.set_active_flow(profile.person_id, None)
        return [_prompt("polls-new-gone")]
    me = profile.person_id
    text = clean_text(text)  # no direction overrides or control characters in a poll
    if draft.step == "slug":
        slug = text.lower()
        if not SLUG_RE.match(slug):
            return [_prompt("polls-new-slug-bad"), await prompt_for(store, draft, env)]
        poll_id = await store.create_draft(slug, profile.telegram_id)
        if poll_id is None:
            return [_prompt("polls-new-slug-taken", slug=slug)]
        return await _go(store, me, poll_id, "question", env.fallback, env)
    poll = await store.by_id(draft.poll_id) if draft.poll_id is not None else None
    if poll is None:
        await store.drop_draft(me)
        await flows.set_active_flow(me, None)
        return [_prompt("polls-new-gone")]
    language = draft.language or env.fallback
    if draft.step in ("question", "options") and not text:
        return [_prompt("polls-new-empty"), await prompt_for(store, draft, env)]
    if draft.step == "question":
        if len(text) > MAX_QUESTION:
            return [_prompt("polls-new-too-long", most=MAX_QUESTION)]
        kept = poll.texts.get(language, ("", ()))[1]
        await store.set_text(poll.id, language, text, kept)
        return await _go(store, me, poll.id, "options", language, env)
    if draft.step == "options":
        return await _options(store, me, poll, language, parse_options(text), env)
    if draft.step == "closes":
        closes = parse_close_time(text, env.tz)
        if closes is None or closes <= env.now:
            return [_prompt("polls-new-closes-bad"), await prompt_for(store, draft, env)]
        await store.update_poll(poll.id, closes_at=closes)
        return await _go(store, me, poll.id, "confirm", None, env)
    return [_prompt("polls-new-use-buttons"), await prompt_for(store, draft, env)]


async def _options(
    store: DraftStore, me: int, poll: PollRecord, language: str, lines: list[str], env: Env
) -> list[Screen]:
    draft = await store.draft_of(me)
    assert draft is not None
    if any(len(line) > MAX_OPTION for line in lines):
        return [_prompt("polls-new-too-long", most=MAX_OPTION)]
    first = language == env.fallback
    if first and not 2 <= len(lines) <= MAX_OPTIONS:
        return [
            _prompt("polls-new-options-bad", most=MAX_OPTIONS),
            await prompt_for(store, draft, env),
        ]
    if not first and len(lines) != poll.option_count:
        return [
            _prompt("polls-new-options-count", count=poll.option_count),
            await prompt_for(store, draft, env),
        ]
    if first:
        await store.update_poll(poll.id, option_count=len(lines))
    question = poll.texts.get(language, ("", ()))[0]
    await store.set_text(poll.id, language, question, lines)
    return await _go(store, me, poll.id, "languages", None, env)


async def _go(
    store: DraftStore, me: int, poll_id: int, step: str, language: str | None, env: Env
) -> list[Screen]:
    await store.save_draft(me, poll_id, step, language)
    draft = await store.draft_of(me)
    assert draft is not None
    return [await prompt_for(store, draft, env)]


async def on_draft_button(
    store: DraftStore, flows: FlowStore, audit: AuditStore, profile: Profile, data: str, env: Env
) -> tuple[list[Screen], Msg | None]:
    """A pn:… button. One from an earlier step (or a forged one) changes nothing; opening or
    discarding the poll is written to the audit log."""
    screens, toast = await _button(store, flows, profile, data, env)
    if data in ("pn:open", "pn:discard") and screens:
        await audit.record(profile.telegram_id, data.replace(":", "-"), "ok")
    return [replace(s, edit=True) if i == 0 else s for i, s in enumerate(screens)], toast


async def _button(
    store: DraftStore, flows: FlowStore, profile: Profile, data: str, env: Env
) -> tuple[list[Screen], Msg | None]:
    me = profile.person_id
    draft = await store.draft_of(me)
    poll = await store.by_id(draft.poll_id) if draft and draft.poll_id is not None else None
    if draft is None or poll is None:
        return [], msg("button-expired")
    what, _, value = data.removeprefix("pn:").partition(":")
    step = draft.step
    if step == "languages" and what == "lang" and value in LANGUAGES:
        return await _go(store, me, poll.id, "question", value, env), None
    if step == "languages" and what == "langs":
        return await _go(store, me, poll.id, "kind", None, env), None
    if step == "kind" and what == "kind" and value in ("single", "multiple"):
        await store.update_poll(poll.id, multiple=value == "multiple")
        return await _go(store, me, poll.id, "change", None, env), None
    if step == "change" and what == "change" and value in ("yes", "no"):
        await store.update_poll(poll.id, allow_change=value == "yes")
        return await _go(store, me, poll.id, "audience", None, env), None
    if step == "audience" and what == "aud" and (value == "all" or value in GROUPS):
        chosen = set(poll.audience or ())
        chosen ^= {value} if value != "all" else chosen
        await store.update_poll(poll.id, audience=sorted(chosen) or None)
        return await _go(store, me, poll.id, "audience", None, env), None
    if step == "audience" and what == "aud-done":
        return await _go(store, me, poll.id, "closes", None, env), None
    if step == "closes" and what == "noclose":
        await store.update_poll(poll.id, closes_at=None)
        return await _go(store, me, poll.id, "confirm", None, env), None
    if step == "confirm" and what in ("open", "keep", "discard"):
        return await _finish(store, flows, me, poll, what, env), None
    return [], msg("button-expired")


async def _finish(
    store: DraftStore, flows: FlowStore, me: int, poll: PollRecord, what: str, env: Env
) -> list[Screen]:
    await store.drop_draft(me)
    await flows.set_active_flow(me, None)
    if what == "discard":
        await store.delete_poll(poll.id)
        return [_prompt("polls-new-discarded", slug=poll.slug)]
    if what == "keep":
        return [_prompt("polls-new-kept", slug=poll.slug)]
    await store.update_poll(poll.id, status="open", opens_at=env.now)
    return [_prompt("polls-new-opened", slug=poll.slug, link=link(env.bot_username, poll.slug))]


async def cancel(store: DraftStore, profile: Profile) -> bool:
    """/cancel while writing a poll: the unfinished draft is discarded."""
    draft = await store.draft_of(profile.person_id)
    if draft is None:
        return False
    await store.drop_draft(profile.person_id)
    if draft.poll_id is not None:
        poll = await store.by_id(draft.poll_id)
        if poll is not None and poll.status == "draft":
            await store.delete_poll(poll.id)
    return True
