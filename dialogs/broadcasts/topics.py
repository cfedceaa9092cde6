"""Announcement topics: what a person chose to hear about, and the screen to change it.

Nobody gets an announcement of a topic they did not ask for. Asking is stored, so it needs the
person's agreement to the privacy notice, like everything else we keep but the language.
Buttons: tp:on:<topic> / tp:off:<topic> on the topics screen (redrawn in place);
tp:stop:<topic> under an announcement (the announcement stays; the topics screen follows);
tp:show opens the screen (from /mydata, /sessions and the menu's screens).
"""

from __future__ import annotations

from typing import Protocol

from dialogs.menu import back_button, needs_consent
from dialogs.profile import Profile
from dialogs.screen import Button, Msg, Screen, msg

TOPICS: tuple[str, ...] = ("sessions", "results", "polls")
PREFIX = "tp:"
SHOW = "tp:show"


class TopicStore(Protocol):
    async def topics_of(self, person_id: int) -> frozenset[str]: ...
    async def subscribe(self, person_id: int, topic: str) -> None: ...
    async def unsubscribe(self, person_id: int, topic: str) -> None: ...


def topic_name(topic: str) -> Msg:
    return msg("topic-name", topic=topic)


def topics_button() -> Button:
    """The way to the topics screen, for other features' screens (/mydata, /sessions)."""
    return Button(msg("topics-button"), action=SHOW)


async def topics_screen(store: TopicStore, profile: Profile, *, edit: bool = False) -> Screen:
    if not profile.consented:
        return needs_consent()
    chosen = await store.topics_of(profile.person_id)
    rows = [
        [
            Button(
                msg("topics-toggle", on="yes" if t in chosen else "no", topic=topic_name(t)),
                action=f"tp:{'off' if t in chosen else 'on'}:{t}",
            )
        ]
        for t in TOPICS
    ]
    rows.append([back_button()])
    return Screen(parts=[msg("topics-title"), msg("topics-explain")], buttons=rows, edit=edit)


async def press(store: TopicStore, profile: Profile, data: str) -> tuple[list[Screen], Msg | None]:
    """A tp:… button: the screens to show and a short answer (toast)."""
    if data == SHOW:
        return [await topics_screen(store, profile, edit=True)], None
    what, _, topic = data.removeprefix(PREFIX).partition(":")
    if topic not in TOPICS or what not in ("on", "off", "stop"):
        return [], msg("button-expired")
    if not profile.consented:
        return [needs_consent()], None
    if what == "on":
        await store.subscribe(profile.person_id, topic)
        toast = msg("topics-subscribed", topic=topic_name(topic))
    else:
        await store.unsubscribe(profile.person_id, topic)
        toast = msg("topics-unsubscribed", topic=topic_name(topic))
    # under an announcement: keep it, and show the topics below it
    return [await topics_screen(store, profile, edit=what != "stop")], toast
