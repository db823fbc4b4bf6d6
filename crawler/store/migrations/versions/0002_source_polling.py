"""What a polite poller remembers per source: validators, pauses, when news last came.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sources") as batch:
        batch.add_column(sa.Column("etag", sa.String(512)))
        batch.add_column(sa.Column("last_modified", sa.String(64)))
        batch.add_column(sa.Column("not_before", sa.DateTime(timezone=True)))
        batch.add_column(sa.Column("last_new_document_at", sa.DateTime(timezone=True)))
        batch.add_column(sa.Column("polls", sa.Integer, server_default="0", nullable=False))
    # The schema version now lives in Alembic's own table.
    op.drop_table("meta")


def downgrade() -> None:
    op.create_table("meta", sa.Column("key", sa.String(64), primary_key=True), sa.Column("value", sa.String(256)))
    with op.batch_alter_table("sources") as batch:
        for column in ("polls", "last_new_document_at", "not_before", "last_modified", "etag"):
            batch.drop_column(column)
