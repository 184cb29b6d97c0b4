"""Expected storage errors, each with a Vietnamese message for the person at the keyboard."""

from __future__ import annotations

from thidua_desktop.domain.errors import UserError


class SchemaTooNewError(UserError):
    """The database was written by a newer version of the application."""


class DatabaseUnavailableError(UserError):
    """The database cannot be opened, read or written (locked, read-only, damaged, disk full)."""
