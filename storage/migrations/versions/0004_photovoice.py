"""photovoice: submissions and photos

Revision ID: 0004_photovoice
Revises: 0001_foundation
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_photovoice"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "photo_submissions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("step", sa.String(length=16), nullable=False),
        sa.Column("prompt_index", sa.Integer(), nullable=False),
        sa.Column("story_mode", sa.String(length=16), nullable=False),
        sa.Column("theme", sa.String(length=32), nullable=True),
        sa.Column("story", sa.JSON(), nullable=False),
        sa.Column("recognisable", sa.Boolean(), nullable=True),
        sa.Column("people_agreed", sa.Boolean(), nullable=True),
        sa.Column("display", sa.String(length=16), nullable=True),
        sa.Column("attribution", sa.String(length=64), nullable=True),
        sa.Column("reject_reason", sa.String(length=32), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("withdrawn_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_photo_submissions_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_photo_submissions")),
    )
    op.create_index(op.f("ix_photo_submissions_person_id"), "photo_submissions", ["person_id"])
    op.create_index(
        "ix_photo_submissions_status_submitted",
        "photo_submissions",
        ["status", "submitted_at"],
    )
    op.create_index(
        "uq_photo_submissions_draft",
        "photo_submissions",
        ["person_id"],
        unique=True,
        sqlite_where=sa.text("status = 'draft'"),
        postgresql_where=sa.text("status = 'draft'"),
    )
    op.create_table(
        "photos",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("submission_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("image_key", sa.String(length=255), nullable=False),
        sa.Column("thumb_key", sa.String(length=255), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("original_format", sa.String(length=8), nullable=False),
        sa.Column("media_group_id", sa.String(length=64), nullable=True),
        sa.Column("channel_chat_id", sa.BigInteger(), nullable=True),
        sa.Column("channel_message_id", sa.BigInteger(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_photos_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["submission_id"],
            ["photo_submissions.id"],
            name=op.f("fk_photos_submission_id_photo_submissions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_photos")),
        sa.UniqueConstraint("person_id", "sha256", name=op.f("uq_photos_person_id")),
    )
    op.create_index(op.f("ix_photos_person_id"), "photos", ["person_id"])
    op.create_index(op.f("ix_photos_sha256"), "photos", ["sha256"])
    op.create_index(op.f("ix_photos_submission_id"), "photos", ["submission_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_photos_submission_id"), table_name="photos")
    op.drop_index(op.f("ix_photos_sha256"), table_name="photos")
    op.drop_index(op.f("ix_photos_person_id"), table_name="photos")
    op.drop_table("photos")
    op.drop_index("uq_photo_submissions_draft", table_name="photo_submissions")
    op.drop_index("ix_photo_submissions_status_submitted", table_name="photo_submissions")
    op.drop_index(op.f("ix_photo_submissions_person_id"), table_name="photo_submissions")
    op.drop_table("photo_submissions")
