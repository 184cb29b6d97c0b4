"""Widgets, models and helpers shared by the pages: background work, table models, dialogs."""
