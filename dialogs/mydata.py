""" "My data": what the bot keeps about a person, and deleting all of it from the chat."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Protocol

from dialogs.broadcasts.topics import topics_button
from dialogs.menu import back_button
from dialogs.profile import Profile, message_key
from dialogs.screen import Button, Screen, msg


class MyDataStore(Protocol):
    async def consent_given_at(self, person_id: int) -> datetime | None: ...
    async def record_counts(self, person_id: int) -> Mapping[str, int]: ...
    async def forget(self, person_id: int) -> None: ...


async def overview(store: MyDataStore, profile: Profile, *, edit: bool = False) -> list[Screen]:
    parts = [msg("mydata-language", name=msg(f"language-name-{profile.language}"))]
    counts: Mapping[str, int] = {}
    if profile.consented:
        given = await store.consent_given_at(profile.person_id)
        group = msg(message_key("group", profile.group)) if profile.group else msg("mydata-none")
        parts.append(msg("mydata-group", group=group))
        if given is not None:
            parts.append(msg("mydata-consent", date=given))
        counts = await store.record_counts(profile.person_id)
        for kind, count in sorted(counts.items()):
            parts.append(msg("mydata-records", kind=kind, count=count))
    else:
        parts.append(msg("mydata-no-consent"))
    buttons = []
    if profile.consented:
        buttons.append([Button(msg("mydata-change-group"), action="mydata:group")])
    buttons.append([Button(msg("menu-language"), action="menu:language")])
    if profile.consented:  # announcement topics (dialogs.broadcasts)
        buttons.append([topics_button()])
    if counts.get("photos"):  # photovoice: see, change or withdraw my photos
        buttons.append([Button(msg("pv-my-button"), action="mydata:photos")])
    if profile.consented:
        buttons.append([Button(msg("mydata-delete"), action="mydata:delete")])
    buttons.append([back_button()])
    return [Screen(parts=[msg("mydata-title"), *parts], buttons=buttons, edit=edit)]


def confirm_delete() -> list[Screen]:
    return [
        Screen(
            parts=[msg("mydata-delete-confirm")],
            buttons=[
                [Button(msg("mydata-delete-yes"), action="mydata:delete-yes")],
                [Button(msg("mydata-delete-no"), action="mydata:show")],
            ],
            edit=True,
        )
    ]


async def delete_everything(store: MyDataStore, profile: Profile) -> list[Screen]:
    await store.forget(profile.person_id)
    return [Screen(parts=[msg("mydata-deleted")], buttons=[[back_button()]], edit=True)]
