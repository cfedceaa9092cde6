"""photovoice review: the reason a moderator wrote, and reasons still to be written

Revision ID: 0006_photovoice_review
Revises: 0004_photovoice (it changes that branch's tables, so it continues that branch)
Create Date: 2026-12-10
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_photovoice_review"
down_revision = "0004_photovoice"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "photo_submissions", sa.Column("reject_note", sa.String(length=500), nullable=True)
    )
    op.create_table(
        "photo_reason_requests",
        sa.Column("moderator_id", sa.Integer(), nullable=False),
        sa.Column("submission_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["moderator_id"],
            ["people.id"],
            name=op.f("fk_photo_reason_requests_moderator_id_people"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["submission_id"],
            ["photo_submissions.id"],
            name=op.f("fk_photo_reason_requests_submission_id_photo_submissions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("moderator_id", name=op.f("pk_photo_reason_requests")),
    )
    op.create_index(
        op.f("ix_photo_reason_requests_submission_id"),
        "photo_reason_requests",
        ["submission_id"],
    )


def downgrade() -> None:
    op.drop_index(
        op.f("ix_photo_reason_requests_submission_id"), table_name="photo_reason_requests"
    )
    op.drop_table("photo_reason_requests")
    with op.batch_alter_table("photo_submissions") as batch:
        batch.drop_column("reject_note")
