"""The first schema: documents, hits, facts, deliveries, sources.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

UTC_TIME = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table("meta", sa.Column("key", sa.String(64), primary_key=True), sa.Column("value", sa.String(256)))
    op.create_table(
        "sources",
        sa.Column("name", sa.String(200), primary_key=True),
        sa.Column("last_polled_at", UTC_TIME), sa.Column("last_success_at", UTC_TIME),
        sa.Column("last_failure_at", UTC_TIME), sa.Column("last_error", sa.Text),
        sa.Column("consecutive_failures", sa.Integer), sa.Column("documents_found", sa.Integer),
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("canonical_url", sa.String(2048), unique=True),
        sa.Column("url", sa.String(2048)), sa.Column("source", sa.String(200), index=True),
        sa.Column("kind", sa.String(16)), sa.Column("title", sa.Text), sa.Column("text", sa.Text),
        sa.Column("lang", sa.String(16)), sa.Column("published_at", UTC_TIME),
        sa.Column("fetched_at", UTC_TIME, index=True),
    )
    op.create_table(
        "hits",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE")),
        sa.Column("franchise", sa.String(300), index=True), sa.Column("alias", sa.String(300)),
        sa.Column("in_title", sa.Boolean),
        sa.UniqueConstraint("document_id", "franchise"),
    )
    op.create_table(
        "facts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("franchise", sa.String(300)), sa.Column("event", sa.String(32)), sa.Column("key", sa.String(2048)),
        sa.Column("when", sa.String(32)), sa.Column("evidence", sa.Text),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="SET NULL")),
        sa.Column("first_seen_at", UTC_TIME, index=True),
        sa.UniqueConstraint("franchise", "event", "key"),
    )
    op.create_table(
        "deliveries",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("fact_id", sa.Integer, sa.ForeignKey("facts.id", ondelete="CASCADE")),
        sa.Column("channel", sa.String(200)), sa.Column("status", sa.String(16), index=True),
        sa.Column("attempts", sa.Integer), sa.Column("next_attempt_at", UTC_TIME), sa.Column("last_error", sa.Text),
        sa.Column("created_at", UTC_TIME), sa.Column("delivered_at", UTC_TIME),
        sa.UniqueConstraint("fact_id", "channel"),
    )


def downgrade() -> None:
    for table in ("deliveries", "facts", "hits", "documents", "sources", "meta"):
        op.drop_table(table)
