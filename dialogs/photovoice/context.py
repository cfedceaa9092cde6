"""What every photovoice step needs: where the data lives, who is writing, and the settings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from dialogs.photovoice.model import FormSettings
from dialogs.photovoice.store import PhotovoiceStore
from dialogs.profile import FlowStore, Profile


@dataclass(frozen=True)
class Context:
    """What every step needs: where the data lives and who is writing."""

    store: PhotovoiceStore
    flows: FlowStore
    profile: Profile
    settings: FormSettings
    first_name: str | None = None
    timezone: str = "Europe/Sofia"  # for "you can send again at …"
    public_channel: bool = False  # whether a public channel is set up (PUBLIC_CHANNEL_ID)
    clock: datetime | None = None  # tests set the time; None is now

    @property
    def now(self) -> datetime:
        return self.clock or datetime.now(UTC)
