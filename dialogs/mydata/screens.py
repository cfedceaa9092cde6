""" "My data": what the bot keeps about a person; withdrawing consent or deleting everything.

Withdrawing consent offers two clear ends: keep what was given for the research (the consent
record stays, marked withdrawn; the group and any flow in progress go; nothing new is collected
until the person agrees again), or delete everything (only the language stays).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from dialogs.menu import back_button
from dialogs.mydata.records import PersonalRecords, Sources, gather
from dialogs.photovoice.mine import MY_LIST
from dialogs.profile import Profile, message_key
from dialogs.screen import Button, Msg, Screen, Text, msg

SHOW = "mydata:show"
ANSWERS = "mydata:answers"
EXPORT = "mydata:export"
GROUP = "mydata:group"
WITHDRAW = "mydata:withdraw"
WITHDRAW_KEEP = "mydata:withdraw-keep"
DELETE = "mydata:delete"
DELETE_YES = "mydata:delete-yes"


class ConsentStore(Protocol):
    async def withdraw_privacy(self, person_id: int) -> bool: ...
    async def forget(self, person_id: int) -> None: ...


def _what_is_kept(records: PersonalRecords) -> list[Text]:
    summary = records.summary()
    if not summary:
        return [msg("mydata-nothing-kept")]
    return [
        msg("mydata-kept"),
        *(msg("mydata-records", kind=kind, count=count) for kind, count in summary),
    ]


def _parts(profile: Profile, records: PersonalRecords) -> list[Text]:
    parts: list[Text] = [
        msg("mydata-title"),
        msg("mydata-language", name=msg(f"language-name-{profile.language}")),
    ]
    consent, withdrawn = records.consent, records.withdrawn
    if profile.consented:
        group = msg(message_key("group", profile.group)) if profile.group else msg("mydata-none")
        parts.append(msg("mydata-group", group=group))
        if consent is not None:
            parts.append(msg("mydata-consent", date=consent.granted_at))
    elif withdrawn is not None and withdrawn.withdrawn_at is not None:
        parts.append(msg("mydata-consent-withdrawn", date=withdrawn.withdrawn_at))
    elif not records.anything:
        return [*parts, msg("mydata-no-consent")]
    return parts + _what_is_kept(records)


def _buttons(
    profile: Profile, records: PersonalRecords, extra: Sequence[Button] = ()
) -> list[list[Button]]:
    rows: list[list[Button]] = []
    if records.questionnaires or records.votes:
        rows.append([Button(msg("mydata-answers"), action=ANSWERS)])
    if records.photovoice_photos:  # photovoice: see, change or withdraw my photos
        rows.append([Button(msg("pv-my-button"), action=MY_LIST)])
    if records.anything:
        rows.append([Button(msg("mydata-export"), action=EXPORT)])
    if profile.consented:
        rows += [[button] for button in extra]  # e.g. announcement topics
        rows.append([Button(msg("mydata-change-group"), action=GROUP)])
    rows.append([Button(msg("menu-language"), action="menu:language")])
    if profile.consented:
        rows.append([Button(msg("mydata-withdraw"), action=WITHDRAW)])
    elif profile.language_chosen:
        rows.append([Button(msg("privacy-read"), action="consent:show")])
    if records.anything:
        rows.append([Button(msg("mydata-delete"), action=DELETE)])
    rows.append([back_button()])
    return rows


async def overview(
    sources: Sources, profile: Profile, *, edit: bool = False, lead: Msg | None = None
) -> list[Screen]:
    records = await gather(sources, profile.person_id)
    parts = _parts(profile, records)
    if lead is not None:
        parts.insert(0, lead)
    buttons = _buttons(profile, records, sources.extra)
    return [Screen(parts=parts, buttons=buttons, edit=edit)]


def confirm_withdraw() -> list[Screen]:
    return [
        Screen(
            parts=[msg("mydata-withdraw-confirm")],
            buttons=[
                [Button(msg("mydata-withdraw-keep"), action=WITHDRAW_KEEP)],
                [Button(msg("mydata-withdraw-delete"), action=DELETE)],
                [Button(msg("mydata-withdraw-no"), action=SHOW)],
            ],
            edit=True,
        )
    ]


async def withdraw_keeping_answers(
    store: ConsentStore, sources: Sources, profile: Profile
) -> tuple[Profile, list[Screen]]:
    """Withdraw the privacy consent; what the person gave stays for the research."""
    if profile.consented:
        await store.withdraw_privacy(profile.person_id)
    after = replace(profile, consented=False, group=None, active_flow=None, pending_start=None)
    lead = msg("mydata-withdrawn") if profile.consented else None
    return after, await overview(sources, after, edit=True, lead=lead)


def confirm_delete() -> list[Screen]:
    return [
        Screen(
            parts=[msg("mydata-delete-confirm")],
            buttons=[
                [Button(msg("mydata-delete-yes"), action=DELETE_YES)],
                [Button(msg("mydata-delete-no"), action=SHOW)],
            ],
            edit=True,
        )
    ]


async def delete_everything(store: ConsentStore, profile: Profile) -> list[Screen]:
    await store.forget(profile.person_id)
    return [Screen(parts=[msg("mydata-deleted")], buttons=[[back_button()]], edit=True)]
