"""Database tables as typed SQLAlchemy models, one module per feature (core registers the rest)."""
