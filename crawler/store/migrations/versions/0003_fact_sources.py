"""Facts remember every source that reported them, the installment they are about,
and the date they replace; deliveries can be claimed by one daemon of several.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "fact_sources",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("fact_id", sa.Integer, sa.ForeignKey("facts.id", ondelete="CASCADE"), index=True),
        sa.Column("source", sa.String(200)), sa.Column("url", sa.String(2048)), sa.Column("title", sa.Text),
        sa.Column("seen_at", sa.DateTime(timezone=True)),
        sa.UniqueConstraint("fact_id", "url"),
    )
    with op.batch_alter_table("facts") as batch:
        batch.add_column(sa.Column("installment", sa.String(200)))
        batch.add_column(sa.Column("previous_when", sa.String(32)))
    # Every fact so far was reported by the document it was found in.
    op.execute(
        "INSERT INTO fact_sources (fact_id, source, url, title, seen_at) "
        "SELECT f.id, d.source, d.url, d.title, f.first_seen_at FROM facts f JOIN documents d ON d.id = f.document_id"
    )


def downgrade() -> None:
    with op.batch_alter_table("facts") as batch:
        batch.drop_column("previous_when")
        batch.drop_column("installment")
    op.drop_table("fact_sources")
