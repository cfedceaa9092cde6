"""poll snapshots: the counts residents see, refreshed in steps of several people

Revision ID: 0007_poll_snapshots
Revises: 0003_polls (the polls branch: it adds a column to that migration's votes table)
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_poll_snapshots"
down_revision = "0003_polls"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "poll_snapshots",
        sa.Column("poll_id", sa.Integer(), nullable=False),
        sa.Column("generation", sa.Integer(), nullable=False),
        sa.Column("rows", sa.JSON(), nullable=False),
        sa.Column("taken_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["poll_id"],
            ["polls.id"],
            name=op.f("fk_poll_snapshots_poll_id_polls"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("poll_id", name=op.f("pk_poll_snapshots")),
    )
    with op.batch_alter_table("votes") as batch:
        batch.add_column(sa.Column("generation", sa.Integer(), server_default="0", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("votes") as batch:
        batch.drop_column("generation")
    op.drop_table("poll_snapshots")
