"""Nhật ký: who changed what and when, filtered by date, operator, unit and kind of record."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, QModelIndex, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.gui.audit.model import SORT_ROLE, AuditTableModel, Column, describe
from thidua_desktop.gui.common import domain_labels, errors
from thidua_desktop.gui.common.background import WorkerProgress
from thidua_desktop.gui.common.fields import date_edit
from thidua_desktop.gui.common.workspace_host import WorkspaceHost
from thidua_desktop.services.audit.trail import AuditFilter, AuditRow, AuditView

FILTER_DELAY_MS = 300


def _table(model: AuditTableModel, parent: QWidget) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(Column.TIME, Qt.SortOrder.DescendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(Column.TIME, QHeaderView.ResizeMode.ResizeToContents)
    # The "old → new" column keeps a readable width; the last visible column takes what is left
    # (and a horizontal scroll bar appears rather than squeezing it).
    header.setStretchLastSection(True)
    for column, width in (
        (Column.CHANGE, 380),
        (Column.OPERATOR, 140),
        (Column.ACTION, 130),
        (Column.ENTITY, 140),
        (Column.KEY, 150),
        (Column.UNIT, 150),
        (Column.REASON, 170),
        (Column.PACKAGE, 120),
    ):
        view.setColumnWidth(column, width)
    return view, proxy


class AuditPage(QWidget):
    def __init__(self, host: WorkspaceHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self._generation = 0
        self._operators: list[str] = []
        self._entities: list[tuple[str, str]] = []

        title = QLabel(self.tr("Nhật ký thay đổi"))
        title.setObjectName("pageTitle")
        intro = QLabel(
            self.tr(
                "Mọi thay đổi dữ liệu: ai làm, lúc nào, sửa gì (giá trị cũ → mới), vì sao, "
                "từ gói dữ liệu nào."
            )
        )
        intro.setObjectName("muted")
        intro.setWordWrap(True)

        self.by_date = QCheckBox(self.tr("Từ ngày"))
        today = QDate.currentDate()
        self.since = date_edit(today.addDays(-30))
        self.until = date_edit(today)
        for edit in (self.since, self.until):
            edit.setEnabled(False)
        self.since.setAccessibleName(self.tr("Từ ngày"))
        self.until.setAccessibleName(self.tr("Đến ngày"))
        self.operator = QComboBox()
        self.operator.setAccessibleName(self.tr("Người thực hiện"))
        self.operator.setMinimumContentsLength(18)
        self.entity = QComboBox()
        self.entity.setAccessibleName(self.tr("Loại bản ghi"))
        self.entity.setMinimumContentsLength(18)
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("Đơn vị: tên hoặc mã, gõ không dấu cũng được"))
        self.unit.setClearButtonEnabled(True)
        self.refresh_button = QPushButton(self.tr("Làm mới"))
        self._fill_choices([], [])

        who_what = QHBoxLayout()
        who_what.addWidget(self.operator, 1)
        who_what.addWidget(self.entity, 1)
        who_what.addWidget(self.unit, 2)
        when = QHBoxLayout()
        when.addWidget(self.by_date)
        when.addWidget(self.since)
        when.addWidget(QLabel(self.tr("đến hết ngày")))
        when.addWidget(self.until)
        when.addStretch(1)
        when.addWidget(self.refresh_button)

        self.model = AuditTableModel(self)
        self.table, self.proxy = _table(self.model, self)

        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setPlaceholderText(self.tr("Chọn một dòng để xem đầy đủ giá trị cũ và mới."))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        self.result_label = QLabel()
        self.result_label.setObjectName("muted")
        self.history_button = QPushButton(self.tr("Lịch sử bản ghi…"))
        self.history_button.setToolTip(
            self.tr("Mọi thay đổi của bản ghi ở dòng đang chọn, từ khi tạo đến nay")
        )
        self.history_button.setEnabled(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.result_label, 1)
        bottom.addWidget(self.history_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(who_what)
        layout.addLayout(when)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.by_date.toggled.connect(self._dates_toggled)
        for edit in (self.since, self.until):
            edit.dateChanged.connect(self._timer.start)
        self.operator.currentIndexChanged.connect(self._timer.start)
        self.entity.currentIndexChanged.connect(self._timer.start)
        self.unit.textChanged.connect(self._timer.start)
        self.refresh_button.clicked.connect(self.reload)
        self.history_button.clicked.connect(self.show_history)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(lambda _index: self.show_history())

    # -- loading ---------------------------------------------------------------------------
    def current_filter(self) -> AuditFilter:
        since = until = None
        if self.by_date.isChecked():
            since = self.since.date().toPython()
            until = self.until.date().toPython()
            assert isinstance(since, dt.date) and isinstance(until, dt.date)
            if until < since:
                since, until = until, since
        return AuditFilter(
            since=since,
            until=until,
            operator=self.operator.currentData(),
            unit=self.unit.text().strip() or None,
            entity=self.entity.currentData(),
        )

    def reload(self) -> None:
        """Read the entries matching the filters (newest first) off the GUI thread."""
        self._timer.stop()
        db = self._host.db
        if db is None:
            self.result_label.setText(self.tr("Đang mở dữ liệu…"))
            return
        wanted = self.current_filter()
        self._generation += 1
        generation = self._generation

        def work(_progress: WorkerProgress) -> AuditView:
            from thidua_desktop.services.audit.trail import audit_view

            return audit_view(db, wanted)

        self._host.background.run(
            work,
            on_success=lambda view: self._loaded(generation, view),
            on_failure=lambda exc: errors.report(self, exc),
        )

    def _loaded(self, generation: int, view: AuditView) -> None:
        if generation != self._generation:
            return  # a newer request is on its way
        current = self.model.row_at(self.proxy.mapToSource(self.table.currentIndex()))
        self.model.set_rows(view.rows)
        show_optional_columns(self.table, view.rows)
        self._fill_choices(view.operators, view.entities)
        if view.truncated:
            self.result_label.setText(
                self.tr(
                    "Hiển thị {0} dòng mới nhất; hãy thu hẹp bộ lọc để xem các dòng cũ hơn."
                ).format(_count(view.limit))
            )
        elif view.rows:
            self.result_label.setText(self.tr("{0} dòng").format(_count(len(view.rows))))
        else:
            self.result_label.setText(self.tr("Không có dòng nhật ký nào khớp bộ lọc."))
        if current is not None:
            self.select_entry(current.id)
        self._current_changed(self.table.currentIndex())

    def _fill_choices(self, operators: Sequence[str], entities: Sequence[tuple[str, str]]) -> None:
        if list(operators) != self._operators or not self.operator.count():
            self._operators = list(operators)
            _refill(self.operator, self.tr("Mọi người thực hiện"), [(o, o) for o in operators])
        if list(entities) != self._entities or not self.entity.count():
            self._entities = list(entities)
            _refill(
                self.entity,
                self.tr("Mọi loại bản ghi"),
                [(domain_labels.label(name), e) for e, name in entities],
            )

    # -- selection and history ---------------------------------------------------------------
    def select_entry(self, entry_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            entry = self.model.row_at(self.proxy.mapToSource(index))
            if entry is not None and entry.id == entry_id:
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return True
        return False

    def selected_entry(self) -> AuditRow | None:
        return self.model.row_at(self.proxy.mapToSource(self.table.currentIndex()))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        entry = self.model.row_at(self.proxy.mapToSource(current)) if current.isValid() else None
        self.history_button.setEnabled(entry is not None)
        self.detail.setPlainText(describe(entry) if entry is not None else "")

    def show_history(self) -> None:
        entry = self.selected_entry()
        db = self._host.db
        if entry is None or db is None:
            return
        entity, key = entry.entity, entry.key

        def work(_progress: WorkerProgress) -> list[AuditRow]:
            from thidua_desktop.services.audit.trail import record_history

            return record_history(db, entity, key)

        self._host.background.run(
            work,
            on_success=lambda rows: self._show_history(entry, rows),
            on_failure=lambda exc: errors.report(self, exc),
        )

    def _show_history(self, entry: AuditRow, rows: list[AuditRow]) -> None:
        dialog = HistoryDialog(entry, rows, parent=self)
        self.history_dialog = dialog  # kept for tests and so it is not collected while open
        dialog.open()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def _dates_toggled(self, on: bool) -> None:
        self.since.setEnabled(on)
        self.until.setEnabled(on)
        self._timer.start()


class HistoryDialog(QDialog):
    """Every change of one record, newest first."""

    def __init__(
        self, entry: AuditRow, rows: Sequence[AuditRow], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lịch sử bản ghi"))
        self.resize(980, 460)
        heading = QLabel(
            self.tr("{0} {1}: {2} lần thay đổi").format(
                domain_labels.label(entry.entity_label), entry.key, len(rows)
            )
        )
        heading.setObjectName("pageTitle")
        heading.setWordWrap(True)
        self.model = AuditTableModel(self)
        self.model.set_rows(rows)
        self.table, self.proxy = _table(self.model, self)
        show_optional_columns(self.table, rows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)


def show_optional_columns(table: QTableView, rows: Sequence[AuditRow]) -> None:
    """Unit, reason and package are often empty: show their columns only when they say
    something, so the "old → new" column keeps its room."""
    table.setColumnHidden(Column.UNIT, not any(r.unit_name for r in rows))
    table.setColumnHidden(Column.REASON, not any(r.reason for r in rows))
    table.setColumnHidden(Column.PACKAGE, not any(r.package_ref for r in rows))


def _refill(combo: QComboBox, everything: str, items: Sequence[tuple[str, str]]) -> None:
    """Replace a filter's choices, keeping the current choice when it is still offered."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    try:
        combo.clear()
        combo.addItem(everything, None)
        for label, value in items:
            combo.addItem(label, value)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(index, 0))
    finally:
        combo.blockSignals(False)


def _count(number: int) -> str:
    return f"{number:,}".replace(",", ".")
