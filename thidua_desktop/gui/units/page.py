"""Đơn vị: the administrative-unit tree on a chosen date, with counts, search-as-you-type, and a
detail panel with the unit's predecessors and successors and their records year by year."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain.units import Level, UnitKind
from thidua_desktop.gui.common import domain_labels
from thidua_desktop.gui.common.fields import date_edit
from thidua_desktop.gui.units.model import (
    Column,
    UnitFilterProxy,
    UnitTreeModel,
    expand_found,
    fit_columns,
)
from thidua_desktop.services.core.rows import UnitRow

if TYPE_CHECKING:
    from thidua_desktop.gui.common.background import Background
    from thidua_desktop.store.engine import Database

FIRST_DAY = dt.date(2020, 1, 1)  # the earliest day the bundled unit lists describe

# Filtering 10 000 units takes a few milliseconds; a short pause still spares work while typing.
SEARCH_DELAY_MS = 80


class UnitsPage(QWidget):
    def __init__(
        self,
        background: Background | None = None,
        database: Callable[[], Database | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._background = background
        self._database = database or (lambda: None)
        self._all_rows: list[UnitRow] = []  # every version, in tree order
        self._rows: list[UnitRow] = []  # those valid on the chosen day
        self._office_unit_id: int | None = None
        self._history_for: int | None = None

        title = QLabel(self.tr("Đơn vị hành chính"))
        title.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setObjectName("muted")

        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Tìm theo tên hoặc mã — gõ không dấu cũng được, ví dụ: thanh quoi")
        )
        self.search.setClearButtonEnabled(True)
        self.day = date_edit(dt.date.today())
        self.day.setMinimumDate(QDate(FIRST_DAY.year, FIRST_DAY.month, FIRST_DAY.day))
        self.day.setToolTip(
            self.tr(
                "Các đơn vị có hiệu lực vào ngày này (từ 01/07/2025: tỉnh - xã, không còn cấp "
                "huyện; mã của một số đơn vị được dùng lại cho đơn vị khác)"
            )
        )
        self.today_button = QPushButton(self.tr("Hôm nay"))
        self.reform_button = QPushButton(self.tr("30/06/2025"))
        self.reform_button.setToolTip(self.tr("Ngày cuối cùng của cấp huyện"))
        self.result_label = QLabel()
        self.result_label.setObjectName("muted")

        self.model = UnitTreeModel(self)
        self.proxy = UnitFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        # Widths fitted once per unit list (set_units), not ResizeToContents: that measures the
        # visible rows again after every search, most of a keystroke's time on 10.000 units.
        header.setSectionResizeMode(Column.CODE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.KIND, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        day_row = QHBoxLayout()
        day_row.addWidget(QLabel(self.tr("Đơn vị có hiệu lực ngày:")))
        day_row.addWidget(self.day)
        day_row.addWidget(self.today_button)
        day_row.addWidget(self.reform_button)
        day_row.addStretch(1)
        left_layout.addLayout(day_row)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(self.result_label)

        self.detail = QGroupBox(self.tr("Thông tin đơn vị"))
        self.detail_fields = {
            key: QLabel()
            for key in (
                "name",
                "code",
                "kind",
                "parent",
                "validity",
                "children",
                "predecessors",
                "successors",
            )
        }
        detail_layout = QVBoxLayout(self.detail)
        form = QFormLayout()
        detail_layout.addLayout(form)
        labels = {
            "name": self.tr("Tên đầy đủ:"),
            "code": self.tr("Mã đơn vị:"),
            "kind": self.tr("Loại, cấp:"),
            "parent": self.tr("Trực thuộc:"),
            "validity": self.tr("Hiệu lực:"),
            "children": self.tr("Đơn vị trực thuộc:"),
            "predecessors": self.tr("Tiền thân:"),
            "successors": self.tr("Kế thừa:"),
        }
        for key, widget in self.detail_fields.items():
            widget.setWordWrap(True)
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(labels[key], widget)
        self.history_title = QLabel(self.tr("Số liệu qua các năm (của đơn vị và đơn vị tiền thân)"))
        self.history_title.setObjectName("muted")
        self.history = QTableWidget(0, 5)
        self.history.setHorizontalHeaderLabels(
            [
                self.tr("Năm"),
                self.tr("Đơn vị"),
                self.tr("Kết quả"),
                self.tr("3 không, ANTT"),
                self.tr("NTM"),
            ]
        )
        for column, tip in enumerate(
            (
                "",
                self.tr("Đơn vị có số liệu: chính đơn vị hoặc đơn vị tiền thân của nó"),
                self.tr("Số kết quả chỉ tiêu đã nhập"),
                self.tr("“3 không” và an toàn về an ninh, trật tự"),
                self.tr("Quyết định công nhận nông thôn mới trong năm"),
            )
        ):
            header_item = self.history.horizontalHeaderItem(column)
            if header_item is not None and tip:
                header_item.setToolTip(tip)
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setWordWrap(True)
        self.history.setAlternatingRowColors(True)
        history_header = self.history.horizontalHeader()
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
            )
        ):
            history_header.setSectionResizeMode(column, mode)
        detail_layout.addWidget(self.history_title)
        detail_layout.addWidget(self.history, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([560, 440])
        self.detail.setMinimumWidth(300)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self._search_timer.start)
        self.tree.selectionModel().currentChanged.connect(self._show_detail)
        self.day.setDate(_qdate(dt.date.today()))
        self.day.setMaximumDate(_qdate(dt.date.today()))
        self.day.dateChanged.connect(self._show_day)
        self.today_button.clicked.connect(lambda: self.day.setDate(_qdate(dt.date.today())))
        self.reform_button.clicked.connect(lambda: self.day.setDate(QDate(2025, 6, 30)))
        self._show_detail(QModelIndex())

    # -- data ------------------------------------------------------------------------------
    def set_units(self, rows: Sequence[UnitRow], *, office_unit_id: int | None) -> None:
        self._all_rows = list(rows)
        self._office_unit_id = office_unit_id
        self._show_day()

    def set_year(self, year: int) -> None:
        """The working year's units: as they are today in the current year, else on 31/12."""
        today = dt.date.today()
        self.day.setDate(_qdate(today if year >= today.year else dt.date(year, 12, 31)))

    @property
    def chosen_day(self) -> dt.date:
        return _day(self.day.date())

    def _show_day(self) -> None:
        day = self.chosen_day
        selected = self._selected_row()
        self._rows = [row for row in self._all_rows if row.is_valid_on(day)]
        self.model.set_rows(self._rows)
        self.model.set_highlight(self._office_unit_id)
        self.model.set_reference_day(day)
        fit_columns(self.tree, self.model, (Column.CODE, Column.KIND))
        self.summary.setText(self._summary_text())
        self.apply_search()
        # The same unit when it is still there that day, else the office.
        for unit_id in (selected.id if selected else None, self._office_unit_id):
            if unit_id is not None and self.model.index_of_unit(unit_id).isValid():
                self.select_unit(unit_id)
                break
        else:
            # The office did not exist that day (a commune formed on 01/07/2025): its own
            # details, with the predecessors that did.
            self.tree.selectionModel().clearCurrentIndex()
            office = next((r for r in self._all_rows if r.id == self._office_unit_id), None)
            self._show_row(office)

    def _selected_row(self) -> UnitRow | None:
        current = self.tree.selectionModel().currentIndex()
        if not current.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(current))

    def select_unit(self, unit_id: int) -> None:
        index = self.proxy.mapFromSource(self.model.index_of_unit(unit_id))
        if not index.isValid():
            return
        self.tree.expand(index)
        self.tree.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.tree.scrollTo(index)

    # -- search ----------------------------------------------------------------------------
    def apply_search(self) -> None:
        self._search_timer.stop()
        self.proxy.set_query(self.search.text())
        expand_found(self.tree, self.model)
        if self.proxy.active:
            found = self.model.matched_rows
            self.result_label.setText(
                self.tr("Tìm thấy {0} đơn vị").format(len(found))
                if found
                else self.tr("Không tìm thấy đơn vị nào")
            )
            if found:
                self.select_unit(found[0].id)
        else:
            self.result_label.setText("")

    # -- detail ----------------------------------------------------------------------------
    def _show_detail(self, current: QModelIndex) -> None:
        row = self.model.row_at(self.proxy.mapToSource(current)) if current.isValid() else None
        self._show_row(row)

    def _show_row(self, row: UnitRow | None) -> None:
        fields = self.detail_fields
        if row is None:
            self._history_for = None
            self.history.setRowCount(0)
            for widget in fields.values():
                widget.setText("—")
            fields["name"].setText(self.tr("Chọn một đơn vị trong cây để xem thông tin."))
            return
        level = Level(row.level)
        fields["name"].setText(row.full_name)
        fields["code"].setText(row.code)
        fields["kind"].setText(
            f"{domain_labels.label(row.kind_label)} ({domain_labels.label(level.office_label)})"
        )
        fields["parent"].setText(
            f"{row.parent_name} ({row.parent_code})" if row.parent_name else self.tr("—")
        )
        fields["validity"].setText(self._validity_text(row))
        fields["children"].setText(self._children_text(row))
        self._load_history(row)

    # -- history ---------------------------------------------------------------------------
    def _load_history(self, row: UnitRow) -> None:
        db = self._database()
        self._history_for = row.id
        for key in ("predecessors", "successors"):
            self.detail_fields[key].setText("…" if db is not None else "—")
        self.history.setRowCount(0)
        if db is None or self._background is None:
            return
        unit_id = row.id

        def work(_progress: Any) -> tuple[Any, list[Any]]:
            from thidua_desktop.services.core.succession import history_by_id
            from thidua_desktop.services.lineage.records import lineage_records

            return history_by_id(db, unit_id), lineage_records(db, unit_id)

        self._background.run(
            work,
            on_success=lambda found: self._show_history(unit_id, *found),
            on_failure=lambda _exc: self._show_history(unit_id, None, []),
        )

    def _show_history(self, unit_id: int, history: Any, records: list[Any]) -> None:
        if unit_id != self._history_for:
            return  # another unit was chosen meanwhile
        fields = self.detail_fields
        if history is None:
            fields["predecessors"].setText("—")
            fields["successors"].setText("—")
            return
        fields["predecessors"].setText(self._links_text(history.predecessors))
        fields["successors"].setText(self._links_text(history.successors))
        self.history.setRowCount(len(records))
        for r, record in enumerate(records):
            whose = (
                self.tr("của đơn vị")
                if record.own
                else self.tr("tiền thân, toàn bộ")
                if record.part == "whole"
                else self.tr("tiền thân, một phần")
            )
            cells = (
                str(record.year),
                f"{record.unit_name} ({record.unit_code}) — {whose}",
                str(record.results) if record.results else "—",
                self._security_cell(record.security_met),
                record.rural or "—",
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if not record.own:
                    item.setForeground(self.palette().placeholderText())
                self.history.setItem(r, c, item)
            if record.security:
                self.history.item(r, 3).setToolTip(record.security)
        self.history.resizeRowsToContents()
        self.history_title.setText(
            self.tr("Số liệu qua các năm (của đơn vị và đơn vị tiền thân): {0} dòng").format(
                len(records)
            )
            if records
            else self.tr("Chưa có số liệu của đơn vị và đơn vị tiền thân.")
        )

    def _security_cell(self, met: bool | None) -> str:
        if met is None:
            return "—"
        return self.tr("đạt") if met else self.tr("chưa đạt")

    def _links_text(self, links: Sequence[Any]) -> str:
        if not links:
            return self.tr("không có")
        lines = []
        for link in links:
            basis = ", ".join(x for x in (link.clause, link.legal_basis) if x)
            part = self.tr("toàn bộ") if link.part == "whole" else self.tr("một phần")
            line = self.tr("{name} ({code}), {part}, từ {day}").format(
                name=link.unit_name,
                code=link.unit_code,
                part=part,
                day=f"{link.effective_date:%d/%m/%Y}",
            )
            if basis:
                line += self.tr(" — theo {basis}").format(basis=basis)
            if not link.verified:
                line += self.tr(" (chưa đối chiếu được với nghị quyết)")
            lines.append(line)
        return "\n".join(lines)

    def _children_text(self, row: UnitRow) -> str:
        descendants = self.model.descendant_rows(row.id)
        if not descendants:
            return self.tr("không có")
        parts = []
        for level in (Level.DISTRICT, Level.COMMUNE, Level.HAMLET):
            kinds = Counter(d.kind for d in descendants if d.level == level)
            if kinds:
                detail = ", ".join(
                    self.tr("{count} {kind}").format(
                        count=n, kind=domain_labels.label(UnitKind(k).label)
                    )
                    for k, n in sorted(kinds.items())
                )
                parts.append(
                    self.tr("{count} đơn vị {level} ({detail})").format(
                        count=sum(kinds.values()),
                        level=domain_labels.label(level.office_label),
                        detail=detail,
                    )
                )
        return "; ".join(parts)

    def _summary_text(self) -> str:
        by_level = Counter(row.level for row in self._rows)
        parts = [
            self.tr("{count} đơn vị {level}").format(
                count=by_level[level], level=domain_labels.label(level.office_label)
            )
            for level in (Level.PROVINCE, Level.DISTRICT, Level.COMMUNE, Level.HAMLET)
            if by_level[level]
        ]
        return ", ".join(parts) if parts else self.tr("Chưa có đơn vị nào.")

    def _validity_text(self, row: UnitRow) -> str:
        if row.valid_from and row.valid_to:
            return self.tr("từ {start} đến hết {end}").format(
                start=f"{row.valid_from:%d/%m/%Y}", end=f"{row.valid_to:%d/%m/%Y}"
            )
        if row.valid_to:
            return self.tr("đến hết ngày {end}").format(end=f"{row.valid_to:%d/%m/%Y}")
        if row.valid_from:
            return self.tr("từ ngày {start}").format(start=f"{row.valid_from:%d/%m/%Y}")
        return self.tr("không giới hạn")


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())
