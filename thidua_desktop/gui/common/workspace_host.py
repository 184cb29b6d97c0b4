"""What pages need from the main window: the open data, the worker, the working year, the
office, the signals that say when these change, and the pages' names for moving between them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from thidua_desktop.gui.common.pages import Page
from thidua_desktop.paths import DataDir
from thidua_desktop.services.core.rows import ProfileRow, UnitRow

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings, SignalInstance
    from PySide6.QtWidgets import QStatusBar

    from thidua_desktop.gui.common.background import Background
    from thidua_desktop.store.engine import Database

__all__ = ["Page", "WorkspaceHost"]


class WorkspaceHost(Protocol):
    """The main window, as seen by a page (a Protocol, so pages can be tested on a stand-in)."""

    data_dir: DataDir
    settings: QSettings
    db: Database | None
    background: Background
    units: list[UnitRow]
    profile: ProfileRow | None
    # Signals: the workspace was (re)loaded; the working year; the office or the units changed.
    workspace_ready: SignalInstance
    year_changed: SignalInstance
    context_changed: SignalInstance

    @property
    def current_year(self) -> int: ...

    def start(self) -> None:
        """Open the data again (after a restore replaced the database)."""

    def show_page(self, page: Page) -> None:
        """Bring one of the window's pages to the front."""

    def statusBar(self) -> QStatusBar:
        """Where a page says briefly what it did."""
