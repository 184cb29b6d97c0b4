"""The main window: navigation sidebar, year selector and office profile always in view, pages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

# No `Qt` here: its first use builds the namespace's ~100 Python enum classes (~16 ms), a cost
# left until after the window is painted; methods that need it import it where they use it.
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QSettings,
    QSignalBlocker,
    QSize,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop import APP_TITLE
from thidua_desktop.gui.common import errors
from thidua_desktop.gui.common.background import Background, WorkerProgress
from thidua_desktop.gui.common.pages import Page
from thidua_desktop.paths import DataDir

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    # Services pull in SQLAlchemy (~0.2 s to import); they are imported where first used, on the
    # worker thread, so the window appears before the database layer is loaded.
    from thidua_desktop.gui.campaigns.page import CampaignsPage
    from thidua_desktop.gui.results.page import ResultsPage
    from thidua_desktop.gui.settings.page import SettingsPage
    from thidua_desktop.gui.units.page import UnitsPage
    from thidua_desktop.services.core.rows import ProfileRow, UnitRow
    from thidua_desktop.services.core.setup import Workspace
    from thidua_desktop.store.engine import Database

FIRST_YEAR = 2020
DEMO_YEAR = 2026  # the newest year of the demonstration (the new Cần Thơ); 2023 is there too


NAVIGATION = {
    Page.DASHBOARD: QT_TRANSLATE_NOOP("MainWindow", "Tổng quan"),
    Page.UNITS: QT_TRANSLATE_NOOP("MainWindow", "Đơn vị"),
    Page.CAMPAIGNS: QT_TRANSLATE_NOOP("MainWindow", "Phong trào & chỉ tiêu"),
    Page.RESULTS: QT_TRANSLATE_NOOP("MainWindow", "Nhập kết quả"),
    Page.SECURITY: QT_TRANSLATE_NOOP("MainWindow", "An ninh trật tự"),
    Page.RURAL: QT_TRANSLATE_NOOP("MainWindow", "Nông thôn mới"),
    Page.AWARDS: QT_TRANSLATE_NOOP("MainWindow", "Khen thưởng"),
    Page.CLUSTERS: QT_TRANSLATE_NOOP("MainWindow", "Cụm, khối thi đua"),
    Page.FUND: QT_TRANSLATE_NOOP("MainWindow", "Quỹ thi đua, khen thưởng"),
    Page.REPORTS: QT_TRANSLATE_NOOP("MainWindow", "Báo cáo"),
    Page.EXCHANGE: QT_TRANSLATE_NOOP("MainWindow", "Trao đổi dữ liệu"),
    Page.AUDIT: QT_TRANSLATE_NOOP("MainWindow", "Nhật ký"),
    Page.SETTINGS: QT_TRANSLATE_NOOP("MainWindow", "Cài đặt"),
}
NOT_BUILT_TOOLTIP = QT_TRANSLATE_NOOP(
    "MainWindow", "Chức năng này chưa có trong phiên bản hiện tại."
)


class MainWindow(QMainWindow):
    workspace_ready = Signal()
    workspace_failed = Signal(object)  # the exception
    year_changed = Signal(int)
    # The office profile or the unit list changed: pages that depend on them refresh.
    context_changed = Signal()

    def __init__(
        self, data_dir: DataDir, *, demo: bool = False, ask_demo_office: bool = True
    ) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.demo = demo
        # A new demonstration asks from which office to see it (not in the unattended self-test).
        self.ask_demo_office = ask_demo_office
        self._shown_year: int | None = None  # the year every page shows (edits confirmed)
        self.db: Database | None = None
        self._notice: str | None = None  # said at opening (a failed backup): stays in view
        self.profile: ProfileRow | None = None
        self.units: list[UnitRow] = []
        self.office_unit_id: int | None = None
        self.background = Background(self)
        self.settings = QSettings(str(data_dir.gui_settings), QSettings.Format.IniFormat)

        self.setWindowTitle(APP_TITLE)
        self.setMinimumSize(QSize(960, 600))

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(210)  # a QListWidget takes keyboard focus (StrongFocus)
        self.stack = QStackedWidget()
        self.pages: dict[Page, QWidget] = {}
        # Pages are built when first shown; until the data is open the page area says so.
        self._add_pages(
            {
                Page.DASHBOARD: self._make_dashboard_page,
                Page.UNITS: self._make_units_page,
                Page.CAMPAIGNS: self._make_campaigns_page,
                Page.RESULTS: self._make_results_page,
                Page.SECURITY: self._make_security_page,
                Page.RURAL: self._make_rural_page,
                Page.AWARDS: self._make_awards_page,
                Page.CLUSTERS: self._make_clusters_page,
                Page.FUND: self._make_fund_page,
                Page.REPORTS: self._make_reports_page,
                Page.EXCHANGE: self._make_exchange_page,
                Page.AUDIT: self._make_audit_page,
                Page.SETTINGS: self._make_settings_page,
            }
        )
        self.navigation.currentRowChanged.connect(self._navigate)
        self.loading = QLabel(self.tr("Đang mở dữ liệu…"))
        self.loading.setObjectName("muted")
        self.stack.addWidget(_centred(self.loading))

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._build_header())
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.navigation)
        page_area = QWidget()
        page_layout = QVBoxLayout(page_area)
        page_layout.setContentsMargins(14, 10, 14, 10)
        page_layout.addWidget(self.stack)
        body.addWidget(page_area, 1)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)

        self.status = QLabel(self.tr("Đang mở dữ liệu…"))
        self.statusBar().addWidget(self.status, 1)
        self.statusBar().addPermanentWidget(QLabel(data_dir.where))

        with QSignalBlocker(self.navigation):  # the page itself is built by start()
            self.navigation.setCurrentRow(Page.DASHBOARD)
        self._restore_geometry()

    # -- layout ----------------------------------------------------------------------------
    def _build_header(self) -> QWidget:
        header = QWidget()
        header.setObjectName("header")
        layout = QHBoxLayout(header)
        layout.setContentsMargins(14, 8, 14, 8)
        title = QLabel(APP_TITLE)
        title.setObjectName("appTitle")
        self.demo_badge = QLabel(self.tr("DỮ LIỆU MINH HỌA"))
        self.demo_badge.setObjectName("demoBadge")
        self.demo_badge.setToolTip(self.tr("Các số liệu trong cơ sở dữ liệu này chỉ để minh họa."))
        self.demo_badge.setVisible(False)

        self.year = QComboBox()
        self.year.setAccessibleName(self.tr("Năm làm việc"))
        last_year = max(dt.date.today().year + 1, DEMO_YEAR + 2)
        for year in range(last_year, FIRST_YEAR - 1, -1):
            self.year.addItem(str(year), year)
        self.year.currentIndexChanged.connect(self._year_changed)

        self.profile_label = QLabel(self.tr("Chưa thiết lập cơ quan sử dụng"))
        self.profile_label.setObjectName("muted")
        self.profile_button = QPushButton(self.tr("Đổi…"))
        self.profile_button.setToolTip(self.tr("Đổi cơ quan sử dụng hoặc người sử dụng"))
        self.profile_button.clicked.connect(lambda: self.edit_profile(False))
        self.profile_button.setEnabled(False)

        layout.addWidget(title)
        layout.addWidget(self.demo_badge)
        layout.addStretch(1)
        layout.addWidget(QLabel(self.tr("Năm:")))
        layout.addWidget(self.year)
        layout.addSpacing(16)
        layout.addWidget(self.profile_label)
        layout.addWidget(self.profile_button)
        return header

    def _add_pages(self, built: dict[Page, Callable[[], QWidget]]) -> None:
        self._page_factories = built
        for page, label in NAVIGATION.items():
            item = QListWidgetItem(QCoreApplication.translate("MainWindow", label))
            if page not in built:
                from PySide6.QtCore import Qt

                # Visibly unavailable rather than a page that pretends to work.
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(QCoreApplication.translate("MainWindow", NOT_BUILT_TOOLTIP))
            self.navigation.addItem(item)

    def page(self, page: Page) -> QWidget:
        """The page's widget, built the first time it is needed (keeps start-up short)."""
        widget = self.pages.get(page)
        if widget is None:
            widget = self._page_factories[page]()
            self.pages[page] = widget
            self.stack.addWidget(widget)
        return widget

    def _navigate(self, row: int) -> None:
        if row >= 0 and Page(row) in self._page_factories:
            widget = self.page(Page(row))
            if widget is not self.stack.currentWidget() and self.db is not None:
                # A page's message ("Đã lưu 7 ô…") belongs to that page, not to the next one;
                # a failed automatic backup stays said until the window closes.
                self.status.setText(self._idle_status())
            self.stack.setCurrentWidget(widget)

    def _idle_status(self) -> str:
        return self._notice or self.tr("Sẵn sàng.")

    @property
    def units_page(self) -> UnitsPage:
        from thidua_desktop.gui.units.page import UnitsPage

        widget = self.page(Page.UNITS)
        assert isinstance(widget, UnitsPage)
        return widget

    def _make_campaigns_page(self) -> CampaignsPage:
        from thidua_desktop.gui.campaigns.page import CampaignsPage

        page = CampaignsPage(self.background, lambda: self.db, self.data_dir, self.settings)

        def refresh() -> None:
            office = self.profile.office_code if self.profile else None
            page.set_context(self.units, office, self.current_year)

        self.context_changed.connect(refresh)
        self.year_changed.connect(page.set_year)
        page.changed.connect(self._definitions_changed)
        if self.db is not None:
            refresh()
        return page

    def _definitions_changed(self) -> None:
        if Page.RESULTS in self.pages:
            results = self.pages[Page.RESULTS]
            load = getattr(results, "load_campaigns", None)
            if load is not None:
                load()

    def _make_results_page(self) -> ResultsPage:
        from thidua_desktop.gui.results.page import ResultsPage

        page = ResultsPage(
            self.background, lambda: self.db, data_dir=lambda: self.data_dir, settings=self.settings
        )

        def refresh() -> None:
            office = self.profile.office_code if self.profile else None
            page.set_context(self.units, office, self.current_year)

        self.context_changed.connect(refresh)
        self.year_changed.connect(page.set_year)
        if self.db is not None:
            refresh()
        return page

    def _make_units_page(self) -> UnitsPage:
        from thidua_desktop.gui.units.page import UnitsPage

        # Filled when first shown, not at start-up: a province's or the country's thousands of
        # units need not be laid out while the person looks at the dashboard.
        page = UnitsPage(self.background, lambda: self.db)
        if self.db is not None:
            page.set_units(self.units, office_unit_id=self.office_unit_id)
            page.set_year(self.current_year)
        return page

    @property
    def settings_page(self) -> SettingsPage:
        from thidua_desktop.gui.settings.page import SettingsPage

        widget = self.page(Page.SETTINGS)
        assert isinstance(widget, SettingsPage)
        return widget

    def _make_settings_page(self) -> SettingsPage:
        from thidua_desktop.gui.settings.page import SettingsPage

        page = SettingsPage(self.data_dir, host=self)
        page.change_profile_requested.connect(lambda: self.edit_profile(False))
        page.set_profile(self.profile)
        return page

    def _make_audit_page(self) -> QWidget:
        from thidua_desktop.gui.audit.page import AuditPage

        page = AuditPage(self)
        self.workspace_ready.connect(page.reload)
        return page

    def _make_security_page(self) -> QWidget:
        from thidua_desktop.gui.security.page import SecurityPage

        return SecurityPage(self)

    def _make_rural_page(self) -> QWidget:
        from thidua_desktop.gui.rural.page import RuralPage

        return RuralPage(self)

    def _make_awards_page(self) -> QWidget:
        from thidua_desktop.gui.awards.page import AwardsPage

        return AwardsPage(self)

    def _make_clusters_page(self) -> QWidget:
        from thidua_desktop.gui.clusters.page import ClustersPage

        return ClustersPage(self)

    def _make_fund_page(self) -> QWidget:
        from thidua_desktop.gui.fund.page import FundPage

        return FundPage(self)

    def _make_dashboard_page(self) -> QWidget:
        from thidua_desktop.gui.dashboard.page import DashboardPage

        return DashboardPage(self)

    def _make_reports_page(self) -> QWidget:
        from thidua_desktop.gui.reports.page import ReportsPage

        return ReportsPage(self)

    def _make_exchange_page(self) -> QWidget:
        from thidua_desktop.gui.exchange.page import ExchangePage

        return ExchangePage(self)

    def show_page(self, page: Page) -> None:
        self.navigation.setCurrentRow(page)

    def is_page_enabled(self, page: Page) -> bool:
        from PySide6.QtCore import Qt

        item = self.navigation.item(page)
        return bool(item.flags() & Qt.ItemFlag.ItemIsEnabled)

    # -- year ------------------------------------------------------------------------------
    @property
    def current_year(self) -> int:
        return int(self.year.currentData())

    def set_year(self, year: int) -> None:
        index = self.year.findData(year)
        if index >= 0:
            self.year.setCurrentIndex(index)

    def _year_changed(self) -> None:
        year = self.current_year
        shown = self._shown_year
        if shown is not None and year != shown and not self._pages_may_leave(year):
            # Kept on the year whose edits are still open: header and pages show one year.
            self.year.blockSignals(True)
            self.year.setCurrentIndex(self.year.findData(shown))
            self.year.blockSignals(False)
            return
        self._shown_year = year
        self.settings.setValue("year", year)
        if Page.UNITS in self.pages:
            self.units_page.set_year(year)
        self.year_changed.emit(year)

    def _pages_may_leave(self, year: int) -> bool:
        """Every page with unsaved edits asks (save, drop or stay) before the year changes."""
        action = self.tr("Chuyển sang năm {0}").format(year)
        for page in list(self.pages.values()):
            confirm = getattr(page, "confirm_leave", None)
            if confirm is not None and not confirm(action):
                return False
        return True

    # -- opening the data ------------------------------------------------------------------
    def start(self) -> None:
        """Open the database off the GUI thread once the window is on screen."""
        data_dir, demo = self.data_dir, self.demo
        self._navigate(self.navigation.currentRow())

        def work(progress: WorkerProgress) -> Workspace:
            from thidua_desktop.services.core.setup import open_workspace

            return open_workspace(data_dir, demo=demo, progress=progress)

        self.background.run(
            work,
            on_success=self._workspace_opened,
            on_failure=self._workspace_failed,
            on_cancelled=lambda: self.status.setText(self.tr("Đã hủy việc mở dữ liệu.")),
            label=self.tr("Đang chuẩn bị dữ liệu minh họa…")
            if demo
            else self.tr("Đang mở dữ liệu…"),
            window=self,
        )

    def _workspace_opened(self, workspace: Workspace) -> None:
        self.db = workspace.db
        self.units = workspace.units
        saved_year = self.settings.value("year")
        default_year = (
            DEMO_YEAR if (workspace.profile and workspace.profile.demo) else (dt.date.today().year)
        )
        self.set_year(int(saved_year) if saved_year else default_year)
        self._shown_year = self.current_year  # even when the combo did not move
        self._apply_profile(workspace.profile)
        if Page.UNITS in self.pages:
            self.units_page.set_year(self.current_year)
        self.profile_button.setEnabled(True)
        self._notice = workspace.notice
        self.status.setText(self._idle_status())
        self.workspace_ready.emit()
        if workspace.profile is None or not workspace.profile.is_complete:
            QTimer.singleShot(0, lambda: self.edit_profile(True))
        elif workspace.created and workspace.profile.demo and self.ask_demo_office:
            # A new demonstration: from which office to see it (the city, a ward, a xã).
            QTimer.singleShot(0, lambda: self.edit_profile(True, demo=True))
        elif workspace.profile.office_ended():
            QTimer.singleShot(0, self.offer_move)

    def _workspace_failed(self, exc: BaseException) -> None:
        self.workspace_failed.emit(exc)
        self.status.setText(self.tr("Không mở được dữ liệu."))
        errors.report(self, exc, title=self.tr("Không mở được dữ liệu"))

    def _apply_profile(self, profile: ProfileRow | None) -> None:
        from thidua_desktop.gui.common import domain_labels

        self.profile = profile
        office_id = None
        if profile is not None and profile.office_code is not None:
            office_id = profile.office_unit_id
            self.profile_label.setText(
                self.tr("{0} · {1}").format(profile.office_name, profile.operator or "—")
            )
            self.profile_label.setToolTip(
                self.tr("Cơ quan sử dụng: {0} ({1}), người sử dụng: {2}").format(
                    profile.office_name,
                    domain_labels.label(profile.level_label or ""),
                    profile.operator or "—",
                )
            )
        else:
            self.profile_label.setText(self.tr("Chưa thiết lập cơ quan sử dụng"))
        self.demo_badge.setVisible(bool(profile and profile.demo))
        self.office_unit_id = office_id
        if Page.UNITS in self.pages:
            self.units_page.set_units(self.units, office_unit_id=office_id)
        if Page.SETTINGS in self.pages:
            self.settings_page.set_profile(profile)
        self.context_changed.emit()

    # -- profile ---------------------------------------------------------------------------
    def edit_profile(self, first_run: bool, *, demo: bool = False) -> None:
        if self.db is None:
            return
        if not first_run and self.profile is not None and self.profile.office_ended():
            self.offer_move()  # an office that ended moves to a successor, not anywhere
            return
        from thidua_desktop.gui.units.profile_dialog import ProfileDialog

        today = dt.date.today()  # the offices that exist today (codes are reused)
        offices = [u for u in self.units if u.is_valid_on(today)]
        suggested: tuple[str, ...] = ()
        if demo:
            from thidua_desktop.services.core.setup import DEMO_OFFICES

            suggested = DEMO_OFFICES
        dialog = ProfileDialog(
            offices,
            self.profile,
            first_run=first_run,
            suggested=suggested,
            signed_in=self.db.operator if self.db.server else None,
            parent=self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        office_code, operator = dialog.choice()
        db = self.db

        def work(_progress: WorkerProgress) -> ProfileRow:
            from thidua_desktop.services.core.profile import set_profile

            return set_profile(db, office_code=office_code, operator=operator)

        self.background.run(
            work,
            on_success=self._profile_saved,
            on_failure=lambda exc: errors.report(self, exc),
        )

    def offer_move(self) -> None:
        """The office of this installation ended (a district on 30/06/2025): offer its
        successors, the province first; "Để sau" keeps everything as it is."""
        db, profile = self.db, self.profile
        if db is None or profile is None or not profile.office_ended():
            return

        def work(_progress: WorkerProgress) -> list[Any]:
            from thidua_desktop.services.core.profile import successor_offices

            return successor_offices(db)

        self.background.run(
            work,
            on_success=self._ask_move,
            on_failure=lambda exc: errors.report(self, exc),
        )

    def _ask_move(self, choices: list[Any]) -> None:
        from thidua_desktop.gui.units.move_dialog import MoveOfficeDialog

        db, profile = self.db, self.profile
        if db is None or profile is None or not choices:
            return
        dialog = MoveOfficeDialog(profile, choices, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen_code() is None:
            self.status.setText(
                self.tr(
                    "{office} đã kết thúc ngày {day}: dữ liệu vẫn xem được; bấm “Đổi…” ở góc "
                    "trên để chuyển sang cơ quan kế thừa khi sẵn sàng."
                ).format(
                    office=profile.office_name,
                    day=f"{profile.office_valid_to:%d/%m/%Y}" if profile.office_valid_to else "",
                )
            )
            return
        code = str(dialog.chosen_code())

        def work(_progress: WorkerProgress) -> ProfileRow:
            from thidua_desktop.services.core.profile import move_office

            return move_office(db, to_code=code)

        self.background.run(
            work,
            on_success=self._office_moved,
            on_failure=lambda exc: errors.report(self, exc),
        )

    def _office_moved(self, profile: ProfileRow) -> None:
        self._apply_profile(profile)
        self.status.setText(
            self.tr("Đã chuyển sang {office}; dữ liệu của {former} được giữ làm lịch sử.").format(
                office=profile.office_name, former=profile.former_office_name
            )
        )

    def _profile_saved(self, profile: ProfileRow) -> None:
        self._apply_profile(profile)
        self.status.setText(self.tr("Đã lưu cơ quan sử dụng."))

    def reload_units(self) -> None:
        if self.db is None:
            return
        db = self.db

        def work(_progress: WorkerProgress) -> list[UnitRow]:
            from thidua_desktop.services.core.units import list_units

            return list_units(db)

        self.background.run(
            work,
            on_success=self._units_reloaded,
            on_failure=lambda exc: errors.report(self, exc),
        )

    def _units_reloaded(self, rows: list[UnitRow]) -> None:
        self.units = rows
        self._apply_profile(self.profile)

    # -- closing ---------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.settings.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)

    def closeEvent(self, event: QCloseEvent) -> None:
        for page in list(self.pages.values()):
            confirm = getattr(page, "confirm_leave", None)
            if confirm is not None and not confirm(self.tr("Đóng chương trình")):
                event.ignore()
                return
        self.settings.setValue("geometry", self.saveGeometry())
        self.background.wait_for_done()
        if self.db is not None:
            self.db.close()
            self.db = None
        super().closeEvent(event)


def _centred(label: QLabel) -> QWidget:
    """`label` in the middle of the space it is given.

    Stretches either side centre it across; a label centres its text vertically by default. (The
    same as setAlignment(Qt.AlignmentFlag.AlignCenter) without touching `Qt` before the window is
    shown: see the imports.)
    """
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addStretch(1)
    row.addWidget(label)
    row.addStretch(1)
    return holder
