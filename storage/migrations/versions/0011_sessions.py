"""sessions: venues, information sessions, registrations (capacity by row lock), staff drafts

Revision ID: 0011_sessions
Revises: 0001_foundation
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_sessions"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "venues",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "latitude IS NULL OR latitude BETWEEN -90 AND 90", name=op.f("ck_venues_latitude")
        ),
        sa.CheckConstraint(
            "longitude IS NULL OR longitude BETWEEN -180 AND 180",
            name=op.f("ck_venues_longitude"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_venues")),
        sa.UniqueConstraint("name", "address", name=op.f("uq_venues_name")),
    )
    op.create_table(
        "info_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("titles", sa.JSON(), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("venue_id", sa.Integer(), nullable=True),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("source_key", sa.String(length=255), nullable=True),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("cancelled_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "status IN ('draft', 'published', 'cancelled')", name=op.f("ck_info_sessions_status")
        ),
        sa.CheckConstraint(
            "capacity IS NULL OR capacity > 0", name=op.f("ck_info_sessions_capacity")
        ),
        sa.CheckConstraint(
            "ends_at IS NULL OR starts_at IS NULL OR ends_at > starts_at",
            name=op.f("ck_info_sessions_ends"),
        ),
        sa.CheckConstraint(
            "status = 'draft' OR (starts_at IS NOT NULL AND ends_at IS NOT NULL "
            "AND venue_id IS NOT NULL AND capacity IS NOT NULL)",
            name=op.f("ck_info_sessions_complete"),
        ),
        sa.ForeignKeyConstraint(
            ["venue_id"], ["venues.id"], name=op.f("fk_info_sessions_venue_id_venues")
        ),
        sa.ForeignKeyConstraint(
            ["created_by"],
            ["people.id"],
            name=op.f("fk_info_sessions_created_by_people"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_info_sessions")),
        sa.UniqueConstraint("source_key", name=op.f("uq_info_sessions_source_key")),
    )
    op.create_index(
        "ix_info_sessions_upcoming", "info_sessions", ["status", "starts_at"], unique=False
    )
    op.create_index(op.f("ix_info_sessions_venue_id"), "info_sessions", ["venue_id"])
    op.create_index(op.f("ix_info_sessions_created_by"), "info_sessions", ["created_by"])
    op.create_table(
        "session_registrations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("promoted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "status IN ('registered', 'waiting')", name=op.f("ck_session_registrations_status")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["info_sessions.id"],
            name=op.f("fk_session_registrations_session_id_info_sessions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_session_registrations_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_registrations")),
        sa.UniqueConstraint(
            "session_id", "person_id", name=op.f("uq_session_registrations_session_id")
        ),
        sqlite_autoincrement=True,
    )
    op.create_index(
        "ix_session_registrations_queue",
        "session_registrations",
        ["session_id", "status", "id"],
    )
    op.create_index(
        op.f("ix_session_registrations_person_id"), "session_registrations", ["person_id"]
    )
    op.create_table(
        "session_drafts",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("mode", sa.String(length=8), nullable=False),
        sa.Column("step", sa.String(length=24), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=True),
        sa.Column("scratch", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_session_drafts_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["info_sessions.id"],
            name=op.f("fk_session_drafts_session_id_info_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("person_id", name=op.f("pk_session_drafts")),
    )
    op.create_index(op.f("ix_session_drafts_session_id"), "session_drafts", ["session_id"])


def downgrade() -> None:
    op.drop_table("session_drafts")
    op.drop_table("session_registrations")
    op.drop_table("info_sessions")
    op.drop_table("venues")
