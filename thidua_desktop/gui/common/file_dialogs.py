"""Open and save dialogs that start where office staff keep their files.

The first time, a dialog opens in the user's Documents folder (not in the application's data
folder, which staff never browse); afterwards in the folder last used for the same purpose,
remembered per data folder in the interface settings. A remembered folder that has since
disappeared (a USB stick taken out) falls back to Documents.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

_PREFIX = "thu-muc/"


def documents_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if location and Path(location).is_dir():
        return Path(location)
    return Path.home()


def start_folder(settings: QSettings, purpose: str) -> Path:
    saved = settings.value(_PREFIX + purpose)
    if saved and Path(str(saved)).is_dir():
        return Path(str(saved))
    return documents_folder()


def remember_folder(settings: QSettings, purpose: str, chosen: Path) -> None:
    settings.setValue(_PREFIX + purpose, str(chosen.parent))


def open_file(
    parent: QWidget, settings: QSettings, purpose: str, title: str, filters: str
) -> Path | None:
    """Ask for an existing file; ``None`` when the user cancels."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent, title, str(start_folder(settings, purpose)), filters
    )
    if not chosen:
        return None
    path = Path(chosen)
    remember_folder(settings, purpose, path)
    return path


def open_files(
    parent: QWidget, settings: QSettings, purpose: str, title: str, filters: str
) -> list[Path]:
    """Ask for one or more existing files (in the order shown); empty when the user cancels."""
    chosen, _ = QFileDialog.getOpenFileNames(
        parent, title, str(start_folder(settings, purpose)), filters
    )
    paths = [Path(name) for name in chosen]
    if paths:
        remember_folder(settings, purpose, paths[0])
    return paths


def save_file(
    parent: QWidget,
    settings: QSettings,
    purpose: str,
    title: str,
    name: str,
    filters: str,
    *,
    suffix: str,
) -> Path | None:
    """Ask where to save ``name``; the returned path always ends in ``suffix``."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent, title, str(start_folder(settings, purpose) / name), filters
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    remember_folder(settings, purpose, path)
    return path
