"""What pages need from the main window: the open data, the worker, the working year."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from thidua_desktop.gui.common.pages import Page  # noqa: F401  (pages import it from here)
from thidua_desktop.paths import DataDir
from thidua_desktop.services.core.rows import UnitRow

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from thidua_desktop.gui.common.background import Background
    from thidua_desktop.store.engine import Database


class WorkspaceHost(Protocol):
    """The main window, as seen by a page (a Protocol, so pages can be tested on a stand-in)."""

    data_dir: DataDir
    settings: QSettings
    db: Database | None
    background: Background
    units: list[UnitRow]

    @property
    def current_year(self) -> int: ...

    def start(self) -> None:
        """Open the data again (after a restore replaced the database)."""
