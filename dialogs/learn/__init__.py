""" "Learn more": the campaign's videos and fact cards from the audit's figures.

The content is data (dialogs/learn/content.yaml) and words (locales/<lang>/learn.ftl), so staff
change it without code. Actions: learn:videos, learn:fact:<n>.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from dialogs.menu import back_button
from dialogs.screen import Button, Msg, Screen, msg

CONTENT = Path(__file__).with_name("content.yaml")
ID_RE = re.compile(r"^[a-z0-9-]{1,40}$")
VIDEOS = "learn:videos"


@dataclass(frozen=True)
class Video:
    id: str
    url: str


@dataclass(frozen=True)
class Fact:
    id: str
    source: str
    args: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Content:
    videos: tuple[Video, ...]
    facts: tuple[Fact, ...]
    after_poll: dict[str, tuple[str, ...]]


def parse(data: Any) -> Content:
    """Content from the YAML's data; ValueError names what is wrong."""
    if not isinstance(data, dict):
        raise ValueError("learn content: a mapping with videos, facts, after_poll expected")
    videos = tuple(Video(str(v["id"]), str(v["url"])) for v in data.get("videos") or [])
    facts = tuple(
        Fact(str(f["id"]), str(f.get("source", "audit")), dict(f.get("args") or {}))
        for f in data.get("facts") or []
    )
    for item_id in [v.id for v in videos] + [f.id for f in facts]:
        if not ID_RE.match(item_id):
            raise ValueError(f"learn content: bad id {item_id!r}")
    for video in videos:
        if not video.url.startswith("https://"):
            raise ValueError(f"learn content: video {video.id} needs an https:// link")
    fact_ids = {f.id for f in facts}
    after = {str(k): tuple(str(x) for x in v) for k, v in (data.get("after_poll") or {}).items()}
    for slug, ids in after.items():
        if not set(ids) <= fact_ids:
            raise ValueError(f"learn content: after_poll {slug} names unknown facts")
    return Content(videos, facts, after)


@cache
def content(path: Path = CONTENT) -> Content:
    return parse(yaml.safe_load(path.read_text(encoding="utf-8")))


def fact_text(fact: Fact) -> Msg:
    return Msg(f"learn-fact-{fact.id}", fact.args)


def source_text(fact: Fact) -> Msg:
    return msg(f"learn-source-{fact.source}")


def menu_screen(*, edit: bool = False, data: Content | None = None) -> Screen:
    """The videos with what they show, a link button each, and the way to the fact cards."""
    data = data or content()
    parts: list[Msg] = [msg("learn-title")]
    parts += [
        msg(
            "learn-video",
            title=msg(f"learn-video-{v.id}-title"),
            text=msg(f"learn-video-{v.id}-text"),
        )
        for v in data.videos
    ]
    rows = [
        [Button(msg("learn-watch", title=msg(f"learn-video-{v.id}-title")), url=v.url)]
        for v in data.videos
    ]
    if data.facts:
        rows.append([Button(msg("learn-facts"), action="learn:fact:0")])
    rows.append([back_button()])
    return Screen(parts=parts, buttons=rows, edit=edit)


def fact_screen(index: int, *, edit: bool = True, data: Content | None = None) -> Screen:
    data = data or content()
    if not data.facts:
        return menu_screen(edit=edit, data=data)
    count = len(data.facts)
    index %= count
    fact = data.facts[index]
    parts = [
        msg("learn-fact-title", number=index + 1, count=count),
        fact_text(fact),
        source_text(fact),
    ]
    nav = [
        Button(msg("learn-previous"), action=f"learn:fact:{(index - 1) % count}"),
        Button(msg("learn-next"), action=f"learn:fact:{(index + 1) % count}"),
    ]
    rows = [nav] if count > 1 else []
    rows += [[Button(msg("learn-videos"), action=VIDEOS)], [back_button()]]
    return Screen(parts=parts, buttons=rows, edit=edit)


def parse_action(data: str | None) -> int | None:
    """The fact card a learn:fact:<n> button asks for (None: not such a button)."""
    match = re.fullmatch(r"learn:fact:(\d{1,3})", data or "")
    return int(match.group(1)) if match else None


def after_vote(slug: str, person_id: int, data: Content | None = None) -> Screen | None:
    """ "Did you know…?" after a first vote in a campaign poll: one fact, the same per person."""
    data = data or content()
    ids = data.after_poll.get(slug)
    if not ids:
        return None
    by_id = {f.id: f for f in data.facts}
    fact = by_id[ids[person_id % len(ids)]]
    return Screen(
        parts=[msg("learn-did-you-know", fact=fact_text(fact)), source_text(fact)],
        buttons=[[Button(msg("learn-more"), action="menu:learn")]],
    )
