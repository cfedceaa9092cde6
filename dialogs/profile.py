"""Who is writing: what dialogs need to know about a person, without any storage in it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

# Respondent groups asked at onboarding; `${group}` in questionnaire expressions.
GROUPS: tuple[str, ...] = (
    "bulgarian_citizen",
    "foreign_national",
    "eu_citizen",
    "visitor",
    "undisclosed",
)
ROLES: tuple[str, ...] = ("admin", "staff", "moderator", "analyst")
PRIVACY_NOTICE_VERSION = "2026-11-v1"


@dataclass(frozen=True)
class Profile:
    person_id: int
    telegram_id: int
    language: str
    language_chosen: bool
    group: str | None
    consented: bool
    roles: frozenset[str] = frozenset()
    pending_start: str | None = None
    active_flow: str | None = None

    @property
    def onboarded(self) -> bool:
        return self.language_chosen and self.consented and self.group is not None

    def has_role(self, *roles: str) -> bool:
        """Admins may do everything staff, moderators and analysts may."""
        return "admin" in self.roles or any(role in self.roles for role in roles)


def message_key(prefix: str, code: str) -> str:
    """Fluent ids use hyphens: ('group', 'foreign_national') -> 'group-foreign-national'."""
    return f"{prefix}-{code.replace('_', '-')}"


class FlowStore(Protocol):
    """Where a person's free text and photos go now (`Profile.active_flow`), kept stored so it
    survives restarts. Each flow's dialogs set and clear it; handlers filter on it."""

    async def set_active_flow(self, person_id: int, flow: str | None) -> None: ...
