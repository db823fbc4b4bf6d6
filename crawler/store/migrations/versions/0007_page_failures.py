"""Pages that failed, so that a broken one is fetched again later and later, not on every poll.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "page_failures",
        sa.Column("canonical_url", sa.String(2048), primary_key=True),
        sa.Column("failures", sa.Integer, nullable=False),
        sa.Column("last_error", sa.String(300), nullable=False),
        sa.Column("failed_at", sa.DateTime(timezone=True), nullable=False, index=True),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("page_failures")
