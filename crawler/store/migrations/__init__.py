"""Alembic migrations of sequelwatch's database; run by crawler.store.Store.open, never by hand."""
