"""How long-running services report progress and learn that the person pressed "Hủy"."""

from __future__ import annotations

from typing import Protocol


class Cancelled(Exception):
    """The person cancelled the operation; whatever it had started was rolled back."""


class Progress(Protocol):
    def report(self, done: int, total: int, label: str) -> None: ...

    def cancelled(self) -> bool: ...


class NullProgress:
    """Progress for callers that show none (the command line, tests)."""

    def report(self, done: int, total: int, label: str) -> None:
        return None

    def cancelled(self) -> bool:
        return False


def checkpoint(progress: Progress, done: int, total: int, label: str) -> None:
    """Report a step and stop here (raising Cancelled) if the person asked to cancel."""
    if progress.cancelled():
        raise Cancelled
    progress.report(done, total, label)
