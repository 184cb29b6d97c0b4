"""Base of the pages that show one service's overview of the working year ("3 không", NTM).

It owns what those pages share: the heading (title, subtitle, key figures, a banner), the tabs,
reloading when the page is shown, the year changes or the office changes, and coalescing reloads
asked for while one is running (the newest year always wins).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from thidua_desktop.domain.errors import UserError
from thidua_desktop.gui.common import errors
from thidua_desktop.gui.common.background import WorkerProgress
from thidua_desktop.gui.common.messages import say

if TYPE_CHECKING:
    from thidua_desktop.gui.common.workspace_host import WorkspaceHost
    from thidua_desktop.store.engine import Database

BANNER_STYLE = "background: #fff3cd; color: #5c4400; border: 1px solid #e6c96b; padding: 6px;"


class YearOverviewPage(QWidget):
    loaded = Signal()  # a new overview is on screen (tests wait for it)

    def __init__(self, main: WorkspaceHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main = main
        self._loading = False
        self._again = False  # a reload was asked for while one was running
        self._reselect = ""

        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("muted")
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setVisible(False)
        self.tabs = QTabWidget()

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.figures)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)

        main.year_changed.connect(self._year_changed)
        main.workspace_ready.connect(self.reload)
        main.context_changed.connect(self._context_changed)  # another office: another scope

    # -- what a page provides --------------------------------------------------------------
    def fetch(self) -> Callable[[Database, int], Any]:
        """The service call that reads the overview; it runs on the worker thread, so it must be
        a plain function (importing the service lazily), never a method touching widgets."""
        raise NotImplementedError

    def show_overview(self, overview: Any) -> None:
        raise NotImplementedError

    def _update_buttons(self) -> None:
        """Enable what the current selection and loading state allow."""

    # -- loading ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()  # other pages may have changed targets or data meanwhile

    def _year_changed(self, _year: int) -> None:
        self.banner.setVisible(False)
        if self.isVisible():
            self.reload()

    def _context_changed(self) -> None:
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        db = self.main.db
        if db is None:
            return
        if self._loading:
            self._again = True
            return
        year = self.main.current_year
        self._loading = True
        self._update_buttons()
        fetch = self.fetch()

        def work(_progress: WorkerProgress) -> Any:
            return fetch(db, year)

        self.background_run(work, self.set_overview, self._load_failed)

    def background_run(self, work: Any, on_success: Any, on_failure: Any, **options: Any) -> None:
        self.main.background.run(work, on_success=on_success, on_failure=on_failure, **options)

    def _load_failed(self, exc: BaseException) -> None:
        self._loading = self._again = False
        self._update_buttons()
        from thidua_desktop.services.core.scope import NoProfileError

        if isinstance(exc, NoProfileError):  # the GUI never asks for a command
            self.subtitle.setText(
                self.tr("Chưa chọn cơ quan sử dụng: bấm “Đổi…” ở góc trên bên phải để chọn.")
            )
            return
        if isinstance(exc, UserError):
            self.subtitle.setText(say(exc.message))
            return
        errors.report(self, exc)

    def set_overview(self, overview: Any) -> None:
        self._loading = False
        if self._again or overview.year != self.main.current_year:
            self._again = False
            self.reload()  # the data or the year changed while this one was loading
            return
        self.show_overview(overview)
