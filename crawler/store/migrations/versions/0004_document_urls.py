"""Other URLs of a stored document (feed links that redirect), so that they are known too.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "document_urls",
        sa.Column("canonical_url", sa.String(2048), primary_key=True),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), index=True),
    )


def downgrade() -> None:
    op.drop_table("document_urls")
