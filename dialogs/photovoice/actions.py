"""The action strings on photovoice buttons (Telegram callback_data, ≤ 64 bytes), read back.

    ph:<name>[:<arg>...]    the person's flow and "My data" → my photos
    phm:<name>:<id>[:<arg>] the moderators' review

Button data comes back from the person's client and may be forged or come from a message sent
long ago, so an action is accepted only when it has exactly the shape one of ours has: ids are
read with `dialogs.ids.parse_key` (a valid 32-bit key or nothing), codes are short lowercase
words. Anything else is None, which the caller answers with "expired".
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass

from dialogs.ids import parse_key
from dialogs.photovoice import flow, mine, moderation, navigation
from dialogs.photovoice.flow import Context, Outcome
from dialogs.screen import msg

FLOW_PREFIX, REVIEW_PREFIX = "ph", "phm"

_CODE = re.compile(r"[a-z0-9_]{1,24}")
_INDEX = re.compile(r"0|[1-9][0-9]?")

# name: the kinds of its arguments, in order ("key" an id, "code" a word, "index" 0-99)
FLOW_SHAPES: Mapping[str, tuple[str, ...]] = {
    "theme": ("code",),
    "next": (),
    "rml": (),  # the list of photos to remove one
    "rm": ("key",),
    "skip": ("index",),
    "back": ("code", "index"),
    "rec": ("code",),
    "agree": ("code",),
    "show": ("code",),
    "send": (),
    "stop": (),
    "my": ("key",),
    "mys": ("key", "code"),
    "myd": ("key",),
    "mydy": ("key",),
}
REVIEW_SHAPES: Mapping[str, tuple[str, ...]] = {
    "next": ("key",),
    "show": ("key",),
    "no": ("key",),
    "ok": ("key", "code"),
    "r": ("key", "code"),
}


@dataclass(frozen=True)
class Action:
    name: str
    key: int | None = None  # a submission or photo id
    code: str = ""  # a theme, an answer, a display choice, a reason, a step, a token
    index: int = 0  # a story prompt


def _parse(data: str | None, prefix: str, shapes: Mapping[str, tuple[str, ...]]) -> Action | None:
    parts = (data or "").split(":")
    if len(parts) < 2 or parts[0] != prefix:
        return None
    name, args = parts[1], parts[2:]
    shape = shapes.get(name)
    if shape is None or len(args) != len(shape):
        return None
    key, code, index = None, "", 0
    for kind, arg in zip(shape, args, strict=True):
        if kind == "key":
            key = parse_key(arg)
            if key is None:
                return None
        elif kind == "code":
            if not _CODE.fullmatch(arg):
                return None
            code = arg
        else:
            if not _INDEX.fullmatch(arg):
                return None
            index = int(arg)
    return Action(name, key=key, code=code, index=index)


def parse_flow(data: str | None) -> Action | None:
    """A `ph:` button, or None when the string is not one we could have made."""
    return _parse(data, FLOW_PREFIX, FLOW_SHAPES)


def parse_review(data: str | None) -> Action | None:
    """A `phm:` button (always naming a submission), or None."""
    return _parse(data, REVIEW_PREFIX, REVIEW_SHAPES)


def _expired() -> Outcome:
    return Outcome(toast=msg("button-expired"))


async def press(ctx: Context, data: str | None) -> Outcome:
    """A `ph:` button pressed by a person: the step it asks for, or "expired"."""
    action = parse_flow(data)
    if action is None:
        return _expired()
    simple: dict[str, Callable[[Context], Awaitable[Outcome]]] = {
        "next": flow.photos_done,
        "send": flow.send,
        "stop": flow.discard,
        "rml": navigation.remove_list,
    }
    if action.name in simple:
        return await simple[action.name](ctx)
    answers: dict[str, Callable[[Context, str], Awaitable[Outcome]]] = {
        "theme": flow.choose_theme,
        "rec": flow.recognisable,
        "agree": flow.agreement,
        "show": flow.choose_display,
    }
    if action.name in answers:
        return await answers[action.name](ctx, action.code)
    if action.name == "skip":
        return await flow.skip(ctx, action.index)
    if action.name == "back":
        return await navigation.back(ctx, action.code, action.index)
    assert action.key is not None  # every other shape carries an id
    return await _with_id(ctx, action.name, action.key, action.code)


async def _with_id(ctx: Context, name: str, key: int, code: str) -> Outcome:
    if name == "rm":
        return await navigation.remove_photo(ctx, key)
    if name == "my":
        return await mine.my_item(ctx, key)
    if name == "mys":
        return await mine.change_display(ctx, key, code)
    if name == "myd":
        return mine.confirm_delete(key)
    assert name == "mydy"
    return await mine.delete_one(ctx.store, ctx.profile, key)


async def review_press(ctx: Context, data: str | None) -> Outcome:
    """A `phm:` button pressed by a moderator. Any press but "Another reason" drops a reason
    the moderator was asked to write: they moved on."""
    action = parse_review(data)
    if action is None:
        return _expired()
    assert action.key is not None
    sid, store = action.key, ctx.store
    if not (action.name == "r" and action.code == moderation.OTHER):
        await moderation.forget_reason(ctx)
    if action.name == "next":
        return await moderation.review(store, after_id=sid)
    if action.name == "show":
        return await moderation.show(store, sid)
    if action.name == "no":
        return await moderation.ask_reason(store, sid)
    if action.name == "ok":
        return await moderation.approve(ctx, sid, action.code)
    assert action.name == "r"
    return await moderation.reject(ctx, sid, action.code)
