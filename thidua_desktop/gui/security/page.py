"""An ninh trật tự: "3 không" and ANTT of each ward/commune for the year, per-district summary."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain.dates import format_date
from thidua_desktop.domain.errors import UserError
from thidua_desktop.domain.numbers import format_number
from thidua_desktop.gui.common import errors
from thidua_desktop.gui.common.background import WorkerProgress
from thidua_desktop.gui.common.messages import say
from thidua_desktop.gui.common.overview_page import YearOverviewPage
from thidua_desktop.gui.security.model import (
    Kind,
    SecurityFilterProxy,
    SecurityTableModel,
    StatusFilter,
    compact_rows,
)
from thidua_desktop.gui.security.summary import SummaryPanel, figures_text
from thidua_desktop.services.security.rows import (
    AreaEntry,
    AreasView,
    CopyReport,
    SaveReport,
    SecurityEntry,
    SecurityOverview,
    SecurityUnitRow,
)

if TYPE_CHECKING:
    from thidua_desktop.gui.common.workspace_host import WorkspaceHost
    from thidua_desktop.store.engine import Database


class SecurityPage(YearOverviewPage):
    sheet_previewed = Signal(object)  # SheetReport of an Excel import's preview
    areas_shown = Signal(object)  # the AreasDialog, once its list is loaded
    areas_saved = Signal(object)  # the AreasView after a save

    def __init__(self, main: WorkspaceHost, parent: QWidget | None = None) -> None:
        super().__init__(main, parent)
        self.overview: SecurityOverview | None = None
        self.title.setText(self.tr('An ninh trật tự: "3 không" và an toàn về ANTT'))
        self.tabs.addTab(self._build_units_tab(), self.tr("Xã, phường, thị trấn"))
        self.summary = SummaryPanel()
        self.summary.district_activated.connect(self.show_district_shortfalls)
        self.tabs.addTab(self.summary, self.tr("Tổng hợp theo quận, huyện"))

    # -- layout ----------------------------------------------------------------------------
    def _build_units_tab(self) -> QWidget:
        self.district = QComboBox()
        self.district.setAccessibleName(self.tr("Lọc theo quận, huyện"))
        self.district.setMinimumContentsLength(16)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Lọc theo tình trạng"))
        for option in StatusFilter:
            self.status_filter.addItem(option.label, int(option))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm tên hoặc mã, gõ không dấu cũng được"))
        self.search.setClearButtonEnabled(True)
        self.edit_button = QPushButton(self.tr("Cập nhật…"))
        self.edit_button.setToolTip(self.tr("Ghi tình trạng của đơn vị đang chọn"))
        self.copy_button = QPushButton(self.tr("Sao chép từ năm trước…"))
        self.areas_button = QPushButton(self.tr("Khu dân cư…"))
        self.areas_button.setToolTip(
            self.tr("Các thôn, ấp, khu vực, tổ dân phố của đơn vị đang chọn và kết quả ANTT")
        )
        self.excel_button = QPushButton(self.tr("Mẫu Excel…"))
        self.excel_button.setToolTip(
            self.tr('Lập tệp Excel để các xã, phường ghi "3 không", kết quả an toàn về ANTT và '
                    "danh sách khu dân cư")
        )  # fmt: skip
        templates = QMenu(self.excel_button)
        templates.addAction(self.tr('Mẫu "3 không" và an toàn về ANTT…'), self.save_template)
        templates.addAction(
            self.tr("Mẫu khu dân cư (thôn, ấp, khu vực, tổ dân phố)…"),
            lambda: self.save_template("subunits"),
        )
        self.excel_button.setMenu(templates)
        self.import_button = QPushButton(self.tr("Nhập từ Excel…"))
        self.import_button.setToolTip(
            self.tr('Xem trước rồi nhập "3 không", kết quả ANTT hoặc khu dân cư từ tệp Excel')
        )
        imports = QMenu(self.import_button)
        imports.addAction(self.tr('Nhập "3 không" và an toàn về ANTT…'), self.import_sheet)
        imports.addAction(
            self.tr("Nhập danh sách khu dân cư…"), lambda: self.import_sheet(kind="subunits")
        )
        self.import_button.setMenu(imports)

        self.model = SecurityTableModel(self)
        self.proxy = SecurityFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        compact_rows(self.table)
        self.count = QLabel()
        self.count.setObjectName("muted")

        filters = QHBoxLayout()
        self.district_label = QLabel(self.tr("Quận, huyện:"))
        filters.addWidget(self.district_label)
        filters.addWidget(self.district)
        filters.addWidget(QLabel(self.tr("Tình trạng:")))
        filters.addWidget(self.status_filter)
        filters.addWidget(self.search, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.count, 1)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.areas_button)
        actions.addWidget(self.copy_button)
        actions.addWidget(self.excel_button)
        actions.addWidget(self.import_button)

        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

        self.district.currentIndexChanged.connect(self.apply_filters)
        self.status_filter.currentIndexChanged.connect(self.apply_filters)
        self.search.textChanged.connect(self.apply_filters)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        # The keyboard way to the editor: Enter on the table (an event filter, not a shortcut,
        # so it works whenever the table gets the key, whichever window Qt thinks is active).
        self.table.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.edit_button.clicked.connect(self.edit_current)
        self.areas_button.clicked.connect(self.open_areas)
        self.copy_button.clicked.connect(self.copy_previous_year)
        return tab

    # -- loading ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.edit_current()
            return True
        return super().eventFilter(watched, event)

    def fetch(self) -> Callable[[Database, int], SecurityOverview]:
        def read(db: Database, year: int) -> SecurityOverview:
            from thidua_desktop.services.security.status import security_overview

            return security_overview(db, year=year)

        return read

    def show_overview(self, overview: SecurityOverview) -> None:
        self.overview = overview
        o = overview
        if o.target_source:
            subtitle = self.tr(
                "{scope} · năm {year} · kỳ đánh giá {start} - {end} · chỉ tiêu ≥ {target}% "
                "(theo {target_source})"
            )
        else:
            subtitle = self.tr(
                "{scope} · năm {year} · kỳ đánh giá {start} - {end} · chỉ tiêu ≥ {target}%"
            )
        self.subtitle.setText(
            subtitle.format(
                scope=o.scope_name,
                year=o.year,
                start=format_date(o.window_start),
                end=format_date(o.window_end),
                target=format_number(o.target_percent),
                target_source=o.target_source,
            )
        )
        self.figures.setText(figures_text(o))
        if o.read_only_reason:
            self.show_banner(o.read_only_reason)
        current = self.district.currentData()
        self.district.blockSignals(True)
        self.district.clear()
        self.district.addItem(self.tr("Tất cả"), None)
        for summary in o.districts:
            self.district.addItem(summary.unit_name, summary.unit_code)
        index = self.district.findData(current)
        self.district.setCurrentIndex(max(index, 0))
        self.district.blockSignals(False)
        # From 01/07/2025 the units are the province's own: no district column, filter or
        # summary by district; the tab names the kinds of that year.
        two_tier = all(u.district_code == o.scope_code for u in o.units)
        self.table.setColumnHidden(self.model.column_of(Kind.DISTRICT), two_tier)
        self.district.setVisible(not two_tier)
        self.district_label.setVisible(not two_tier)
        self.tabs.setTabVisible(1, not two_tier)
        self.tabs.setTabText(
            0, self.tr("Xã, phường, đặc khu") if o.year >= 2025 else self.tr("Xã, phường, thị trấn")
        )

        self.model.set_rows(o.units, o.components)
        self._size_columns()
        self.apply_filters()
        self.summary.set_overview(o)
        self._update_buttons()
        self.loaded.emit()

    def _size_columns(self) -> None:
        # Status columns just wide enough for "chưa đánh giá", so that the remarks (what falls
        # short) keep as much room as an office screen allows.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        width = self.table.fontMetrics().horizontalAdvance(self.tr("chưa đánh giá")) + 12
        for column in range(self.model.columnCount()):
            kind = self.model.column_kind(column)
            if kind in (Kind.COMPONENT, Kind.ANTT, Kind.BOTH):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
                header.resizeSection(column, width)
        header.setSectionResizeMode(
            self.model.column_of(Kind.REMARKS), QHeaderView.ResizeMode.Stretch
        )

    # -- filters ---------------------------------------------------------------------------
    def apply_filters(self) -> None:
        self.proxy.set_filters(
            district=self.district.currentData(),
            status=StatusFilter(self.status_filter.currentData()),
            search=self.search.text(),
        )
        self.proxy.sort(self.table.horizontalHeader().sortIndicatorSection(), self._sort_order())
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(self.tr("Đang hiện {0} trên {1} đơn vị").format(shown, total))
        self._update_buttons()

    def _sort_order(self) -> Qt.SortOrder:
        return self.table.horizontalHeader().sortIndicatorOrder()

    def set_filters(self, *, district: str | None, status: StatusFilter) -> None:
        self.district.setCurrentIndex(max(self.district.findData(district), 0))
        self.status_filter.setCurrentIndex(self.status_filter.findData(int(status)))

    def show_district_shortfalls(self, district: str | None) -> None:
        self.set_filters(district=district, status=StatusFilter.SHORT)
        self.tabs.setCurrentIndex(0)

    # -- editing ---------------------------------------------------------------------------
    def current_row(self) -> SecurityUnitRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def select_unit(self, unit_code: str) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.model.row_at(self.proxy.mapToSource(index).row()).unit_code == unit_code:
                self.table.setCurrentIndex(index)
                return

    def _update_buttons(self) -> None:
        row = self.current_row()
        busy = self._loading or self.overview is None
        self.edit_button.setEnabled(not busy and row is not None and row.editable)
        self.areas_button.setEnabled(not busy and row is not None)
        reason = self.overview.read_only_reason if self.overview else ""
        self.copy_button.setEnabled(not busy and not reason)
        self.excel_button.setEnabled(not busy)
        self.import_button.setEnabled(not busy and not reason)
        self.copy_button.setToolTip(
            reason
            or self.tr("Lấy tình trạng năm trước làm điểm xuất phát cho các đơn vị chưa có số liệu")
        )

    def save_template(self, kind: str = "security") -> None:
        """Mẫu Excel…: the communes of the office × the components, the ANTT result, the share
        (`kind` "subunits": each commune's khu dân cư, one per row)."""
        from thidua_desktop.gui.sheets.actions import save_template

        db, year = self.main.db, self.main.current_year
        if db is None:
            return
        save_template(
            self, self.main.background, db, self.main.settings, kind=kind, campaign="",
            year=year, unit=None,
            done=lambda p: self.main.status.setText(self.tr("Đã lập mẫu Excel: {0}").format(p)),
        )  # fmt: skip

    def import_sheet(self, path: Path | None = None, *, kind: str = "security") -> None:
        """Nhập từ Excel…: preview a "3 không"/ANTT workbook (or, `kind` "subunits", a list of
        khu dân cư), then import it from the dialog."""
        from thidua_desktop.gui.sheets.actions import preview_workbook

        db, year = self.main.db, self.main.current_year
        if db is None:
            return

        def shown(dialog: object, report: object) -> None:
            self.sheet_dialog = dialog
            self.sheet_previewed.emit(report)

        preview_workbook(
            self, self.main.background, db, self.main.data_dir, self.main.settings,
            kind=kind, campaign="", year=year, path=path, shown=shown,
            applied=lambda _report: self.reload(),
        )  # fmt: skip

    def edit_current(self) -> None:
        row = self.current_row()
        if row is None or not row.editable or self.overview is None:
            return
        from thidua_desktop.gui.security.editor import SecurityEditor

        dialog = SecurityEditor(row, self.overview.components, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            entry = dialog.entry()
        except UserError as exc:
            errors.report(self, exc)
            return
        self.save(row.unit_code, entry, seen=row.entry())

    def open_areas(self) -> None:
        """Khu dân cư…: load the selected commune's list, then show it to edit."""
        row, db, year = self.current_row(), self.main.db, self.main.current_year
        if row is None or db is None:
            return
        code = row.unit_code

        def work(_progress: WorkerProgress) -> AreasView:
            from thidua_desktop.services.security.areas import residential_areas

            return residential_areas(db, unit_code=code, year=year)

        self.background_run(work, self._show_areas, lambda exc: errors.report(self, exc))

    def _show_areas(self, view: AreasView) -> None:
        from thidua_desktop.gui.security.areas import AreasDialog

        dialog = AreasDialog(view, self)
        dialog.accepted.connect(lambda: self._save_areas(view, dialog.entries()))
        self.areas_dialog = dialog
        dialog.open()
        self.areas_shown.emit(dialog)

    def _save_areas(self, seen: AreasView, entries: list[AreaEntry]) -> None:
        db = self.main.db
        if db is None or not entries:
            return

        def work(_progress: WorkerProgress) -> AreasView:
            from thidua_desktop.services.security.areas import save_areas

            return save_areas(
                db, unit_code=seen.unit_code, year=seen.year, entries=entries, seen=seen
            )

        self.background_run(work, self._areas_saved, lambda exc: errors.report(self, exc))

    def _areas_saved(self, view: AreasView) -> None:
        if view.changes:
            message = self.tr("Đã lưu khu dân cư năm {year} của {unit}:").format(
                year=view.year, unit=view.unit_name
            )
            message += "\n" + "\n".join(f"• {say(c)}" for c in view.changes[:12])
            if len(view.changes) > 12:
                message += "\n" + self.tr("… và {0} thay đổi khác.").format(len(view.changes) - 12)
        else:
            message = self.tr("Không có thay đổi: khu dân cư năm {year} của {unit}.").format(
                year=view.year, unit=view.unit_name
            )
        self.show_banner(message)
        self.main.status.setText(self.tr("Đã lưu khu dân cư của {0}.").format(view.unit_name))
        self.areas_saved.emit(view)
        self._reselect = view.unit_code
        self.loaded.connect(self._restore_selection, Qt.ConnectionType.SingleShotConnection)
        self.reload()

    def save(
        self, unit_code: str, entry: SecurityEntry, *, seen: SecurityEntry | None = None
    ) -> None:
        """Save; with `seen` (the record as the editor opened it) a record someone else changed
        since is refused by name, not overwritten."""
        db, year = self.main.db, self.main.current_year
        if db is None:
            return

        def work(_progress: WorkerProgress) -> SaveReport:
            from thidua_desktop.services.security.edit import save_security

            return save_security(db, unit_code=unit_code, year=year, entry=entry, seen=seen)

        self.background_run(work, self._saved, lambda exc: errors.report(self, exc))

    def _saved(self, report: SaveReport) -> None:
        row = report.row
        if report.changed:
            message = self.tr("Đã lưu tình trạng năm {year} của {unit}.")
            status = self.tr("Đã lưu {unit}.")
        else:
            message = self.tr("Không có thay đổi: tình trạng năm {year} của {unit}.")
            status = self.tr("Không có thay đổi: {unit}.")
        message = message.format(year=row.year, unit=row.unit_name)
        if report.warnings:
            message += "\n" + "\n".join(f"⚠ {w}" for w in report.warnings)
        self.show_banner(message)
        self.main.status.setText(status.format(unit=row.unit_name))
        self._reselect = row.unit_code
        self.loaded.connect(self._restore_selection, Qt.ConnectionType.SingleShotConnection)
        self.reload()

    def _restore_selection(self) -> None:
        self.select_unit(self._reselect)

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(True)

    # -- copying last year -----------------------------------------------------------------
    def copy_previous_year(self) -> None:
        o = self.overview
        if o is None or o.read_only_reason:
            return
        candidates = o.copy_candidates
        recorded = sum(1 for u in o.units if u.recorded)
        if candidates == 0:
            QMessageBox.information(
                self,
                self.tr("Sao chép từ năm trước"),
                self.tr(
                    "Không có đơn vị nào để sao chép: các đơn vị hoặc đã có số liệu năm {0}, "
                    "hoặc chưa có số liệu năm {1}."
                ).format(o.year, o.year - 1),
            )
            return
        answer = QMessageBox.question(
            self,
            self.tr("Sao chép từ năm trước"),
            self.tr(
                'Lấy tình trạng "3 không" và kết quả ANTT năm {0} làm điểm xuất phát cho {1} '
                "đơn vị chưa có số liệu năm {2}?\n\n"
                "{3} đơn vị đã có số liệu năm {2} được giữ nguyên. Minh chứng, ngày đăng ký, "
                "tỷ lệ công nhận và quyết định không được sao chép; các đơn vị được sao chép "
                'được đánh dấu "cần rà soát".'
            ).format(o.year - 1, candidates, o.year, recorded),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.run_copy()

    def run_copy(self) -> None:
        db, year = self.main.db, self.main.current_year
        if db is None:
            return

        def work(progress: WorkerProgress) -> CopyReport:
            from thidua_desktop.services.security.copy_year import copy_previous_year

            return copy_previous_year(db, year=year, progress=progress)

        self.background_run(
            work,
            self._copied,
            lambda exc: errors.report(self, exc),
            label=self.tr("Đang sao chép tình trạng năm trước…"),
            window=self.main,
        )

    def _copied(self, report: CopyReport) -> None:
        self.show_banner(
            self.tr(
                "Đã sao chép tình trạng năm {0} cho {1} đơn vị (in nghiêng, cần rà soát); "
                "giữ nguyên {2} đơn vị đã có số liệu."
            ).format(report.from_year, report.copied, report.kept)
        )
        self.reload()
