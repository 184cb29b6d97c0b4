"""Nông thôn mới: each xã's level and criteria, recognitions, plan against achievement, charts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain.rural import Level
from thidua_desktop.gui.common.overview_page import YearOverviewPage
from thidua_desktop.gui.common.splitters import remember
from thidua_desktop.gui.common.table_model import Column as RowColumn
from thidua_desktop.gui.common.table_model import RowTableModel
from thidua_desktop.gui.rural.actions import RuralActions
from thidua_desktop.gui.rural.model import (
    Column,
    CommuneFilterProxy,
    CommuneModel,
    LevelBadgeDelegate,
    LevelFilter,
    level_label,
)
from thidua_desktop.gui.rural.summary import RuralSummaryTab, plan_text
from thidua_desktop.services.rural.rows import CommuneRow, RecognitionRow, RuralOverview

if TYPE_CHECKING:
    from thidua_desktop.gui.common.workspace_host import WorkspaceHost
    from thidua_desktop.store.engine import Database


def _recognition_columns() -> list[RowColumn[RecognitionRow]]:
    def revoked(r: RecognitionRow) -> str:
        if r.revoked_on is None:
            return ""
        return f"{r.revoked_on:%d/%m/%Y} ({r.revocation_number})"

    return [
        RowColumn(
            QT_TRANSLATE_NOOP("RowTableModel", "Mức"),
            lambda r: level_label(r.level),
            sort=lambda r: r.level.rank,
        ),
        RowColumn(
            QT_TRANSLATE_NOOP("RowTableModel", "Năm đạt chuẩn"), lambda r: str(r.year), right=True
        ),
        RowColumn(QT_TRANSLATE_NOOP("RowTableModel", "Số quyết định"), lambda r: r.decision_number),
        RowColumn(
            QT_TRANSLATE_NOOP("RowTableModel", "Ngày"),
            lambda r: f"{r.decision_date:%d/%m/%Y}",
            sort=lambda r: r.decision_date,
        ),
        RowColumn(QT_TRANSLATE_NOOP("RowTableModel", "Cơ quan ban hành"), lambda r: r.issuer),
        RowColumn(
            QT_TRANSLATE_NOOP("RowTableModel", "Công bố"),
            lambda r: f"{r.announced_on:%d/%m/%Y}" if r.announced_on else "",
        ),
        RowColumn(
            QT_TRANSLATE_NOOP("RowTableModel", "Thu hồi"),
            revoked,
            tooltip=lambda r: r.revocation_reason or revoked(r),
        ),
        RowColumn(QT_TRANSLATE_NOOP("RowTableModel", "Ghi chú"), lambda r: r.note),
    ]


class RuralPage(YearOverviewPage):
    sheet_previewed = Signal(object)  # SheetReport of an Excel import's preview

    def __init__(self, main: WorkspaceHost, parent: QWidget | None = None) -> None:
        super().__init__(main, parent)
        self.overview: RuralOverview | None = None
        self.actions_ = RuralActions(self)
        self.title.setText(self.tr("Nông thôn mới: xã đạt chuẩn, nâng cao, kiểu mẫu"))
        self.tabs.addTab(self._build_communes_tab(), self.tr("Các xã"))
        self.tabs.addTab(self._build_summary_tab(), self.tr("Tổng hợp và biểu đồ"))

    # -- layout ----------------------------------------------------------------------------
    def _build_communes_tab(self) -> QWidget:
        self.district = QComboBox()
        self.district.setAccessibleName(self.tr("Lọc theo huyện"))
        self.district.setMinimumContentsLength(14)
        self.level_filter = QComboBox()
        self.level_filter.setAccessibleName(self.tr("Lọc theo mức đạt chuẩn"))
        for option in LevelFilter:
            self.level_filter.addItem(option.label, int(option))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm tên hoặc mã xã, gõ không dấu cũng được"))
        self.search.setClearButtonEnabled(True)

        self.model = CommuneModel(self)
        self.proxy = CommuneFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setItemDelegateForColumn(Column.LEVEL, LevelBadgeDelegate(self.table))
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.sortByColumn(Column.DISTRICT, Qt.SortOrder.AscendingOrder)
        _compact_rows(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.MISSING, QHeaderView.ResizeMode.Stretch)
        # Remarks can be long (new levels, warnings): a fixed width, the full text in the tooltip.
        header.setSectionResizeMode(Column.REMARKS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(Column.REMARKS, 170)
        self.count = QLabel()
        self.count.setObjectName("muted")

        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.recognitions = RowTableModel(_recognition_columns(), self)
        self.recognition_table = QTableView()
        self.recognition_table.setModel(self.recognitions)
        self.recognition_table.verticalHeader().setVisible(False)
        self.recognition_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recognition_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recognition_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        _compact_rows(self.recognition_table)
        rec_header = self.recognition_table.horizontalHeader()
        rec_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rec_header.setStretchLastSection(True)
        # A xã has a few decisions (NTM, nâng cao, kiểu mẫu, a revocation): two rows at least;
        # the splitter above gives it more when the user drags it.
        rows = self.recognition_table.verticalHeader().defaultSectionSize()
        self.recognition_table.setMinimumHeight(rec_header.sizeHint().height() + 2 * rows + 4)

        self.checklist_button = QPushButton(self.tr("Tiêu chí…"))
        self.checklist_button.setToolTip(self.tr("Xem và ghi các tiêu chí của xã trong năm"))
        self.recognize_button = QPushButton(self.tr("Công nhận…"))
        self.revoke_button = QPushButton(self.tr("Thu hồi…"))
        self.delete_button = QPushButton(self.tr("Xóa quyết định nhập nhầm"))
        self.plan_button = QPushButton(self.tr("Kế hoạch…"))
        self.excel_button = QPushButton(self.tr("Excel"))
        self.excel_button.setToolTip(
            self.tr("Mẫu Excel để các xã ghi tiêu chí, và nhập tiêu chí từ Excel")
        )
        excel_menu = QMenu(self.excel_button)
        for level, label in (("ntm", self.tr("NTM")), ("nang_cao", self.tr("NTM nâng cao"))):
            excel_menu.addAction(
                self.tr("Mẫu Excel tiêu chí {0}…").format(label),
                lambda level=level: self.save_template(level),
            )
        excel_menu.addSeparator()
        for level, label in (("ntm", self.tr("NTM")), ("nang_cao", self.tr("NTM nâng cao"))):
            excel_menu.addAction(
                self.tr("Nhập tiêu chí {0} từ Excel…").format(label),
                lambda level=level: self.import_sheet(level),
            )
        self.excel_button.setMenu(excel_menu)

        filters = QHBoxLayout()
        self.district_label = QLabel(self.tr("Huyện:"))
        filters.addWidget(self.district_label)
        filters.addWidget(self.district)
        filters.addWidget(QLabel(self.tr("Mức:")))
        filters.addWidget(self.level_filter)
        filters.addWidget(self.search, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.count, 1)
        for button in (
            self.checklist_button,
            self.recognize_button,
            self.revoke_button,
            self.delete_button,
            self.plan_button,
            self.excel_button,
        ):
            actions.addWidget(button)

        # The list takes the height; the selected xã's details and decisions sit below a
        # splitter that starts small (on a 1366×768 screen the list shows most of the xã).
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(filters)
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addLayout(actions)
        below_layout.addWidget(self.detail)
        below_layout.addWidget(self.recognition_table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(below)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([10_000, 1])  # the details start at their smallest
        remember(self.splitter, self.main.settings, "rural")
        layout.addWidget(self.splitter, 1)

        self.district.currentIndexChanged.connect(self.apply_filters)
        self.level_filter.currentIndexChanged.connect(self.apply_filters)
        self.search.textChanged.connect(self.apply_filters)
        self.table.doubleClicked.connect(lambda _index: self.actions_.open_checklist())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.recognition_table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.checklist_button.clicked.connect(self.actions_.open_checklist)
        self.recognize_button.clicked.connect(self.actions_.recognize)
        self.revoke_button.clicked.connect(self.actions_.revoke)
        self.delete_button.clicked.connect(self.actions_.delete_recognition)
        self.plan_button.clicked.connect(self.actions_.edit_plan)
        return tab

    def _build_summary_tab(self) -> QWidget:
        self.summary_tab = RuralSummaryTab()
        self.summary = self.summary_tab.table
        self.summary_model = self.summary_tab.model
        self.level_chart = self.summary_tab.level_chart
        self.plan_chart = self.summary_tab.plan_chart
        self.summary_tab.district_chosen.connect(self._show_district)
        return self.summary_tab

    # -- loading ---------------------------------------------------------------------------
    def fetch(self) -> Callable[[Database, int], RuralOverview]:
        def read(db: Database, year: int) -> RuralOverview:
            from thidua_desktop.services.rural.status import rural_overview

            return rural_overview(db, year=year)

        return read

    def show_overview(self, overview: RuralOverview) -> None:
        self.overview = o = overview
        # The period of the criteria set, from its (Vietnamese) title.
        basis = o.sets[0].title.split(" giai đoạn ")[-1] if o.sets else ""  # i18n: not UI
        if not o.sets and o.demo:
            subtitle = self.tr(
                "{scope} · năm {year} · chưa có bộ tiêu chí cho năm này · dữ liệu minh họa"
            )
        elif not o.sets:
            subtitle = self.tr("{scope} · năm {year} · chưa có bộ tiêu chí cho năm này")
        elif o.demo:
            subtitle = self.tr(
                "{scope} · năm {year} · bộ tiêu chí giai đoạn {period} · dữ liệu minh họa"
            )
        else:
            subtitle = self.tr("{scope} · năm {year} · bộ tiêu chí giai đoạn {period}")
        self.subtitle.setText(subtitle.format(scope=o.scope_name, year=o.year, period=basis))
        self.figures.setText(self._figures_text(o))
        if o.read_only_reason:
            self.show_banner(o.read_only_reason)
        current = self.district.currentData()
        self.district.blockSignals(True)
        self.district.clear()
        self.district.addItem(self.tr("Tất cả"), None)
        for summary in o.districts:
            self.district.addItem(summary.unit_name, summary.unit_code)
        self.district.setCurrentIndex(max(self.district.findData(current), 0))
        self.district.blockSignals(False)
        # From 01/07/2025 the xã are the province's own: no district to show or filter by.
        two_tier = all(c.district_code == o.scope_code for c in o.communes)
        self.table.setColumnHidden(Column.DISTRICT, two_tier)
        self.district.setVisible(not two_tier)
        self.district_label.setVisible(not two_tier)
        self.model.set_rows(o.communes)
        self.apply_filters()
        self.summary_tab.set_overview(o)
        if self._reselect:
            self.select_unit(self._reselect)
            self._reselect = ""
        self._current_changed()
        self.loaded.emit()

    def _figures_text(self, o: RuralOverview) -> str:
        t = o.total
        if not o.communes:
            return self.tr("Không có xã nào trong phạm vi (phường, thị trấn không xét NTM).")
        if not o.has_data:
            return self.tr("Chưa có số liệu nông thôn mới năm {0}.").format(o.year)
        text = self.tr(
            "<b>{0}</b> xã: <b>{1}</b> NTM kiểu mẫu, <b>{2}</b> NTM nâng cao, <b>{3}</b> NTM, "
            "{4} chưa đạt chuẩn."
        ).format(t.communes, t.kieu_mau, t.nang_cao, t.ntm, t.none - t.unknown)
        if t.unknown:
            text = text.removesuffix(".") + self.tr(", {0} chưa có số liệu.").format(t.unknown)
        figures = {}
        for level in (Level.NANG_CAO, Level.KIEU_MAU):
            p = t.plan(level)
            colour = "#3f8f5a" if p.status and p.status.value in ("met", "exceeded") else "#b3261e"
            figure = plan_text(p)
            if p.status is not None:
                figure = f"<span style='color:{colour}'>{figure}</span>"
            figures[level] = figure
        text += self.tr(
            " Năm {year}: NTM nâng cao mới: <b>{nang_cao}</b>; NTM kiểu mẫu mới: <b>{kieu_mau}</b>."
        ).format(year=o.year, nang_cao=figures[Level.NANG_CAO], kieu_mau=figures[Level.KIEU_MAU])
        if t.warnings:
            text += self.tr(
                " <span style='color:#9a3412'>⚠ {0} xã thuộc diện xem xét thu hồi.</span>"
            ).format(t.warnings)
        return text

    # -- filters and selection -------------------------------------------------------------
    def apply_filters(self) -> None:
        self.proxy.set_filters(
            district=self.district.currentData(),
            level=LevelFilter(self.level_filter.currentData()),
            search=self.search.text(),
        )
        header = self.table.horizontalHeader()
        self.proxy.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(self.tr("Đang hiện {0} trên {1} xã").format(shown, total))
        self._current_changed()

    def set_filters(self, *, district: str | None, level: LevelFilter) -> None:
        self.district.setCurrentIndex(max(self.district.findData(district), 0))
        self.level_filter.setCurrentIndex(self.level_filter.findData(int(level)))

    def _show_district(self, district: str | None) -> None:
        self.set_filters(district=district, level=LevelFilter.ALL)
        self.tabs.setCurrentIndex(0)

    def current_row(self) -> CommuneRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def current_recognition(self) -> RecognitionRow | None:
        index = self.recognition_table.currentIndex()
        return self.recognitions.row_at(index.row()) if index.isValid() else None

    def select_unit(self, unit_code: str) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.model.row_at(self.proxy.mapToSource(index).row()).unit_code == unit_code:
                self.table.setCurrentIndex(index)
                return

    def _current_changed(self, *_args: object) -> None:
        row = self.current_row()
        self.recognitions.set_rows(row.recognitions if row else [])
        self.detail.setText(self._detail_text(row) if row else self.tr("Chọn một xã để xem."))
        self._update_buttons()

    def _detail_text(self, row: CommuneRow) -> str:
        name, level = row.unit_name, level_label(row.level)
        if row.unknown:
            return self.tr(
                "<b>{name}</b> — chưa có số liệu năm {year}: chưa có tiêu chí, quyết định công "
                "nhận hay kế hoạch nào được ghi."
            ).format(name=name, year=row.year)
        if row.next_level is None:
            text = self.tr("<b>{name}</b> — {level}").format(name=name, level=level)
        elif row.missing:
            text = self.tr("<b>{name}</b> — {level}. Còn thiếu cho {next_level}: {missing}").format(
                name=name,
                level=level,
                next_level=level_label(row.next_level),
                missing="; ".join(f"{m.code}. {m.name}" for m in row.missing),
            )
        else:
            text = self.tr(
                "<b>{name}</b> — {level}. Còn thiếu cho {next_level}: không (đủ tiêu chí)"
            ).format(name=name, level=level, next_level=level_label(row.next_level))
        for warning in row.warnings:
            text += f"<br><span style='color:#9a3412'>⚠ {warning}</span>"
        return text

    def _update_buttons(self, *_args: object) -> None:
        row = self.current_row()
        ready = not self._loading and self.overview is not None and row is not None
        editable = ready and row is not None and row.editable
        self.checklist_button.setEnabled(ready)
        for button in (self.recognize_button, self.plan_button):
            button.setEnabled(editable)
        held = editable and row is not None and any(not r.revoked for r in row.recognitions)
        self.revoke_button.setEnabled(held)
        chosen = self.current_recognition()
        self.delete_button.setEnabled(editable and chosen is not None and chosen.owner_code is None)

    def save_template(self, set_code: str) -> None:
        """The xã of the office × the criteria of the set, for the communes to fill."""
        from thidua_desktop.gui.sheets.actions import save_template

        db, year = self.main.db, self.main.current_year
        if db is None:
            return
        save_template(
            self, self.main.background, db, self.main.settings, kind="rural", campaign=set_code,
            year=year, unit=None,
            done=lambda p: self.main.status.setText(self.tr("Đã lập mẫu Excel: {0}").format(p)),
        )  # fmt: skip

    def import_sheet(self, set_code: str, path: Path | None = None) -> None:
        """Preview a workbook of criteria (the set of our template, else `set_code`), then
        import it from the dialog."""
        from thidua_desktop.gui.sheets.actions import preview_workbook

        db, year = self.main.db, self.main.current_year
        if db is None:
            return

        def shown(dialog: object, report: object) -> None:
            self.sheet_dialog = dialog
            self.sheet_previewed.emit(report)

        preview_workbook(
            self, self.main.background, db, self.main.data_dir, self.main.settings,
            kind="rural", campaign=set_code, year=year, path=path, shown=shown,
            applied=lambda _report: self.reload(),
        )  # fmt: skip

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(True)

    def after_change(self, unit_code: str, message: str, warnings: tuple[str, ...]) -> None:
        """Show what was saved (and its warnings), then reload with the xã still selected."""
        if warnings:
            message += "\n" + "\n".join(f"⚠ {w}" for w in warnings)
        self.show_banner(message)
        self.main.status.setText(message.splitlines()[0])
        self._reselect = unit_code
        self.reload()


def _compact_rows(table: QTableView) -> None:
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
