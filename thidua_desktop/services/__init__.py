"""Use cases: one transaction per user action, returning plain rows (never live ORM objects)."""
