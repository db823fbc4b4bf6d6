"""Content fingerprints: documents that are copies of one another make one story.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("fingerprint", sa.String(32)))
        batch.add_column(sa.Column("signature", sa.LargeBinary))
        # The first stored document of the story; NULL for documents stored before fingerprints.
        batch.add_column(sa.Column("story_id", sa.Integer))
        batch.create_index("ix_documents_fingerprint", ["fingerprint"])
    op.create_table(
        "document_bands",
        sa.Column("key", sa.BigInteger, primary_key=True),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_document_bands_document_id", "document_bands", ["document_id"])
    with op.batch_alter_table("fact_sources") as batch:
        batch.add_column(sa.Column("story", sa.Integer))


def downgrade() -> None:
    with op.batch_alter_table("fact_sources") as batch:
        batch.drop_column("story")
    op.drop_table("document_bands")
    with op.batch_alter_table("documents") as batch:
        batch.drop_index("ix_documents_fingerprint")
        batch.drop_column("story_id")
        batch.drop_column("signature")
        batch.drop_column("fingerprint")
