"""Alembic migration scripts (run programmatically by thidua_desktop.store.schema)."""
