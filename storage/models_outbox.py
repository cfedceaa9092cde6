"""The outbox: messages decided in one transaction and sent after it, by the courier.

One row per message to send (a notice to a person, a channel post, a broadcast delivery, a
reminder). The row is written in the same transaction as the decision that calls for it, so a
message is never sent for something that was rolled back, and never lost because the process
stopped between the decision and the sending.

Life of a row: pending → claimed (a courier holds a lease on it) → sending (committed just
before the one network call) → sent | failed | cancelled. A courier that dies leaves its rows
claimed or sending; once the lease runs out, claimed rows go back to pending (they were never
sent), and a sending row becomes `unknown`: Telegram may or may not have delivered it, and it
is not sent again (at most one such row per courier per crash: couriers send one at a time).

Bulk rows (a broadcast's deliveries, `bulk` true, `broadcast_id` set) wait for every due row
that is not bulk (a notice, a reminder, a broadcast's progress report): a person told about a
decision is not kept waiting behind twenty thousand announcements.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, String, false
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base, utcnow

STATUSES = ("pending", "claimed", "sending", "sent", "failed", "cancelled", "unknown")
OPEN_STATUSES = ("pending", "claimed", "sending")


class Delivery(Base):
    __tablename__ = "deliveries"
    __table_args__ = (
        CheckConstraint(
            "status IN (" + ", ".join(f"'{s}'" for s in STATUSES) + ")", name="status"
        ),
        Index("ix_deliveries_due", "status", "not_before"),
        Index("ix_deliveries_lane", "lane", "status"),
        Index("ix_deliveries_queue", "status", "bulk", "id"),  # the claim's order
        Index("ix_deliveries_broadcast", "broadcast_id", "status"),  # a broadcast's progress
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    # a notice to a person goes with their data when they delete it
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), index=True
    )
    # rows of one lane are sent one after another, in order (e.g. a submission's channel posts)
    lane: Mapped[str | None] = mapped_column(String(64))
    # a message that must exist at most once (e.g. a reminder): a second enqueue is ignored
    dedupe_key: Mapped[str | None] = mapped_column(String(128), unique=True)
    payload: Mapped[dict[str, Any]]
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    not_before: Mapped[datetime] = mapped_column(default=utcnow)
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    lease_until: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    done_at: Mapped[datetime | None]
    error: Mapped[str | None] = mapped_column(String(64))
    bulk: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    broadcast_id: Mapped[int | None] = mapped_column(Integer)  # storage.models_broadcasts
