"""Persistence: SQLAlchemy models, the engine, migrations, backups and reference-data loaders."""
