"""Expected errors: caused by the user's input or files, shown to people as a Vietnamese message."""

from __future__ import annotations


class UserError(Exception):
    """An expected error caused by the user's input or files.

    `message` is Vietnamese and is shown to people as is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InvalidInput(UserError):
    """A malformed number, date or text typed or imported by the user."""
