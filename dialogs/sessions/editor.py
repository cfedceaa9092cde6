"""What the staff's session editor needs stored, and where it is: the draft (the staff member's
place, in `session_drafts`) and the step it asks next."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from dialogs.screen import Screen
from dialogs.sessions import changes
from dialogs.sessions.model import Env, OutboxStore, SessionRecord, VenueRecord
from dialogs.sessions.prompts import Draft, prompt

NEW_STEPS = ("title", "titles", "start", "end", "venue", "languages", "capacity", "notes")


class EditorStore(changes.ChangeStore, Protocol):
    async def create(self, title: str, created_by: int | None, **fields: Any) -> int: ...
    async def update(self, session_id: int, **fields: Any) -> None: ...
    async def set_status(self, session_id: int, status: str, now: datetime) -> None: ...
    async def delete(self, session_id: int) -> None: ...
    async def venues(self, limit: int = 8) -> Sequence[VenueRecord]: ...
    async def venue(self, venue_id: int) -> VenueRecord | None: ...
    async def venue_for(
        self, name: str, address: str, latitude: float | None, longitude: float | None
    ) -> int: ...
    async def draft_of(self, person_id: int) -> Draft | None: ...
    async def save_draft(
        self,
        person_id: int,
        session_id: int | None,
        step: str,
        *,
        mode: str = "new",
        language: str | None = None,
        scratch: dict[str, str] | None = None,
    ) -> None: ...
    async def drop_draft(self, person_id: int) -> None: ...
    async def lock(self, session_id: int) -> object | None: ...


async def screen_for(store: EditorStore, draft: Draft, env: Env) -> Screen:
    """The question of the step the draft is at."""
    session = await store.get(draft.session_id) if draft.session_id else None
    venues = await store.venues() if draft.step == "venue" else ()
    return prompt(draft, session, venues, env)


@dataclass
class Editing:
    """One staff member at one step of one session."""

    store: EditorStore
    outbox: OutboxStore
    me: int
    draft: Draft
    session: SessionRecord
    env: Env

    def after(self, step: str) -> str:
        """The step after `step`: in the editor of an existing session, back to the menu."""
        if self.draft.mode == "edit":
            return "menu"
        index = NEW_STEPS.index(step)
        return NEW_STEPS[index + 1] if index + 1 < len(NEW_STEPS) else "confirm"

    async def go(
        self,
        step: str,
        *,
        language: str | None = None,
        scratch: dict[str, str] | None = None,
    ) -> list[Screen]:
        """Store the new step and ask its question."""
        await self.store.save_draft(
            self.me,
            self.session.id,
            step,
            mode=self.draft.mode,
            language=language,
            scratch=scratch,
        )
        draft = await self.store.draft_of(self.me)
        assert draft is not None
        return [await screen_for(self.store, draft, self.env)]

    async def again(self) -> Screen:
        return await screen_for(self.store, self.draft, self.env)

    async def fresh(self) -> SessionRecord:
        session = await self.store.get(self.session.id)
        assert session is not None
        return session
