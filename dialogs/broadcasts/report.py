"""What a broadcast's author sees while it goes out, and at the end: the message the courier
edits every few seconds (sent, not delivered, waiting; a Cancel button), then the report."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from dialogs.screen import Button, Screen, msg

WAITING = ("pending", "claimed", "sending")


@dataclass(frozen=True)
class Tally:
    sent: int
    failed: int
    blocked: int
    waiting: int
    cancelled: int
    unknown: int

    @classmethod
    def of(cls, counts: Mapping[str, int]) -> Tally:
        return cls(
            sent=counts.get("sent", 0),
            failed=counts.get("failed", 0),
            blocked=counts.get("failed:blocked", 0),
            waiting=sum(counts.get(s, 0) for s in WAITING),
            cancelled=counts.get("cancelled", 0),
            unknown=counts.get("unknown", 0),
        )

    @property
    def finished(self) -> bool:
        return self.waiting == 0


def cancel_action(broadcast_id: int) -> str:
    return f"bc:cancel:{broadcast_id}"


def report_screen(broadcast_id: int, recipients: int, tally: Tally, cancelled: bool) -> Screen:
    if not tally.finished:
        buttons = (
            []
            if cancelled
            else [[Button(msg("broadcast-cancel"), action=cancel_action(broadcast_id))]]
        )
        return Screen(
            parts=[
                msg(
                    "broadcast-progress",
                    id=str(broadcast_id),
                    sent=tally.sent,
                    failed=tally.failed,
                    waiting=tally.waiting,
                )
            ],
            buttons=buttons,
        )
    return Screen(
        parts=[
            msg(
                "broadcast-report",
                id=str(broadcast_id),
                state="cancelled" if cancelled else "done",
                total=recipients,
                sent=tally.sent,
                failed=tally.failed,
                blocked=tally.blocked,
                cancelled=tally.cancelled,
                unknown=tally.unknown,
            )
        ]
    )
