"""Who asked for which announcement topic (storage.models_broadcasts.Subscription)."""

from __future__ import annotations

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import utcnow
from storage.models_broadcasts import Broadcast, Subscription
from storage.models_outbox import Delivery
from storage.upsert import upsert


class SubscriptionRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def topics_of(self, person_id: int) -> frozenset[str]:
        rows = await self.session.execute(
            select(Subscription.topic).where(Subscription.person_id == person_id)
        )
        return frozenset(rows.scalars())

    async def subscribe(self, person_id: int, topic: str) -> None:
        await upsert(
            self.session,
            Subscription,
            {"person_id": person_id, "topic": topic, "created_at": utcnow()},
            conflict=("person_id", "topic"),
        )

    async def unsubscribe(self, person_id: int, topic: str) -> None:
        """No more announcements of `topic`, not even those already on their way."""
        await self.session.execute(
            delete(Subscription).where(
                Subscription.person_id == person_id, Subscription.topic == topic
            )
        )
        await self._cancel_waiting(person_id, topic)

    async def unsubscribe_all(self, person_id: int) -> int:
        """Every topic (e.g. the person blocked the bot); returns how many there were."""
        result = await self.session.execute(
            delete(Subscription).where(Subscription.person_id == person_id)
        )
        return int(getattr(result, "rowcount", 0))

    async def _cancel_waiting(self, person_id: int, topic: str) -> None:
        of_topic = select(Broadcast.id).where(
            Broadcast.audience == "topic", Broadcast.topic == topic
        )
        await self.session.execute(
            update(Delivery)
            .where(
                Delivery.person_id == person_id,
                Delivery.broadcast_id.in_(of_topic.scalar_subquery()),
                Delivery.status.in_(("pending", "claimed")),
            )
            .values(status="cancelled", error="unsubscribed", done_at=utcnow(), lease_until=None)
            .execution_options(synchronize_session=False)
        )
