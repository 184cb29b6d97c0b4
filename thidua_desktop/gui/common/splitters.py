"""Splitters that remember where the user left them (per page, in the interface settings)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QSplitter


def remember(splitter: QSplitter, settings: QSettings, key: str) -> None:
    """Restore `splitter` from `settings` (when saved before) and save it whenever it moves."""
    saved = settings.value(f"splitters/{key}")
    if isinstance(saved, QByteArray | bytes) and saved:
        splitter.restoreState(QByteArray(saved))
    splitter.splitterMoved.connect(
        lambda _pos, _index: settings.setValue(f"splitters/{key}", splitter.saveState())
    )
