"""Attached files in the window."""
