"""Who reported a fact, and how much they are trusted: facts can wait for corroboration.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("fact_sources") as batch:
        batch.add_column(sa.Column("trust", sa.String(16), server_default="press", nullable=False))
    with op.batch_alter_table("facts") as batch:
        # Channels still to be queued once the fact is corroborated ("a,b"); NULL when nothing waits.
        batch.add_column(sa.Column("awaiting", sa.Text))


def downgrade() -> None:
    with op.batch_alter_table("facts") as batch:
        batch.drop_column("awaiting")
    with op.batch_alter_table("fact_sources") as batch:
        batch.drop_column("trust")
