"""What photovoice needs from storage, as Protocols (storage.repositories.photovoice has them)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from dialogs.photovoice.model import IncomingPhoto, SubmissionRecord


class PhotovoiceStore(Protocol):
    # the person's draft
    async def draft_of(self, person_id: int) -> SubmissionRecord | None: ...
    async def start_draft(self, person_id: int, story_mode: str) -> SubmissionRecord: ...
    async def lock(self, submission_id: int) -> SubmissionRecord:
        """Write-lock the submission until the transaction ends; return its fresh state."""
        ...

    async def update(self, submission_id: int, changes: Mapping[str, Any]) -> None: ...
    async def has_photo(self, person_id: int, sha256: str) -> bool: ...
    async def add_photo(
        self, submission_id: int, person_id: int, photo: IncomingPhoto, position: int
    ) -> bool:
        """False when this person already has this picture (the unique constraint decides)."""
        ...

    # every submission
    async def get(self, submission_id: int) -> SubmissionRecord | None: ...
    async def of_person(self, person_id: int) -> Sequence[SubmissionRecord]: ...
    async def delete(self, submission_id: int) -> list[str]:
        """Delete a submission; return the media keys nobody references any more."""
        ...

    async def files_only_of(self, person_id: int) -> list[str]:
        """Media keys of this person's photos that no other person's photo shares."""
        ...

    # moderation
    async def next_for_review(self, after_id: int | None = None) -> SubmissionRecord | None: ...
    async def waiting_for_review(self) -> int: ...
    async def decide(self, submission_id: int, status: str, reason: str | None) -> bool:
        """Set the decision if the submission still waits for one; False if it does not."""
        ...

    async def set_channel_messages(
        self, photo_messages: Mapping[int, tuple[int, int] | None]
    ) -> None: ...


class FlowStore(Protocol):
    async def set_active_flow(self, person_id: int, flow: str | None) -> None: ...
