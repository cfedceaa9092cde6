"""broadcasts: announcement topics, subscriptions, broadcasts and their drafts; the outbox's
deliveries learn which broadcast they belong to and that they are bulk (sent after the rest)

Revision ID: 0012_broadcasts
Revises: 0005_outbox
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_broadcasts"
down_revision = "0005_outbox"
branch_labels = None
depends_on = None

TOPICS = ("sessions", "results", "polls")
STATUSES = ("draft", "queued", "cancelled")
AUDIENCES = ("topic", "session")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN (" + ", ".join(f"'{v}'" for v in values) + ")"


def upgrade() -> None:
    op.create_table(
        "subscriptions",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("topic", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(_in("topic", TOPICS), name=op.f("ck_subscriptions_topic")),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_subscriptions_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("person_id", "topic", name=op.f("pk_subscriptions")),
    )
    op.create_index(op.f("ix_subscriptions_topic"), "subscriptions", ["topic"])
    op.create_table(
        "broadcasts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("audience", sa.String(length=16), nullable=False),
        sa.Column("topic", sa.String(length=16), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=True),
        sa.Column("respondent_group", sa.String(length=32), nullable=True),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("texts", sa.JSON(), nullable=False),
        sa.Column("photo_key", sa.String(length=128), nullable=True),
        sa.Column("source", sa.String(length=64), nullable=True),
        sa.Column("created_by", sa.BigInteger(), nullable=True),
        sa.Column("recipients", sa.Integer(), nullable=False),
        sa.Column("report_chat", sa.BigInteger(), nullable=True),
        sa.Column("report_message", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("queued_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("cancelled_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(_in("status", STATUSES), name=op.f("ck_broadcasts_status")),
        sa.CheckConstraint(_in("audience", AUDIENCES), name=op.f("ck_broadcasts_audience")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_broadcasts")),
        sa.UniqueConstraint("source", name=op.f("uq_broadcasts_source")),
    )
    op.create_table(
        "broadcast_drafts",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("broadcast_id", sa.Integer(), nullable=False),
        sa.Column("step", sa.String(length=16), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["broadcast_id"],
            ["broadcasts.id"],
            name=op.f("fk_broadcast_drafts_broadcast_id_broadcasts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_broadcast_drafts_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("person_id", name=op.f("pk_broadcast_drafts")),
    )
    # the outbox: plain columns (no foreign key), so SQLite adds them without a table rebuild
    op.add_column(
        "deliveries",
        sa.Column("bulk", sa.Boolean(), server_default=sa.false(), nullable=False),
    )
    op.add_column("deliveries", sa.Column("broadcast_id", sa.Integer(), nullable=True))
    op.create_index("ix_deliveries_queue", "deliveries", ["status", "bulk", "id"])
    op.create_index("ix_deliveries_broadcast", "deliveries", ["broadcast_id", "status"])


def downgrade() -> None:
    op.drop_index("ix_deliveries_broadcast", table_name="deliveries")
    op.drop_index("ix_deliveries_queue", table_name="deliveries")
    with op.batch_alter_table("deliveries") as batch:
        batch.drop_column("broadcast_id")
        batch.drop_column("bulk")
    op.drop_table("broadcast_drafts")
    op.drop_table("broadcasts")
    op.drop_index(op.f("ix_subscriptions_topic"), table_name="subscriptions")
    op.drop_table("subscriptions")
