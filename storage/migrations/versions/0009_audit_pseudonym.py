"""audit_log.actor_pseudonym: refused attempts are kept under a pseudonym, not a Telegram id

Revision ID: 0009_audit_pseudonym
Revises: 0001_foundation
Create Date: 2026-12-08
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_audit_pseudonym"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Rows written before this revision still carry Telegram ids: the app replaces those of
    # refused attempts with pseudonyms at start (the key is outside the database).
    with op.batch_alter_table("audit_log") as batch:
        batch.add_column(sa.Column("actor_pseudonym", sa.String(length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_column("actor_pseudonym")
