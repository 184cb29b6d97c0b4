"""Đơn vị: the administrative-unit tree with counts, search-as-you-type and a detail panel."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain.units import Level, UnitKind
from thidua_desktop.gui.common import domain_labels
from thidua_desktop.gui.units.model import (
    Column,
    UnitFilterProxy,
    UnitTreeModel,
    expand_found,
    fit_columns,
)
from thidua_desktop.services.core.rows import UnitRow

# Filtering 10 000 units takes a few milliseconds; a short pause still spares work while typing.
SEARCH_DELAY_MS = 80


class UnitsPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[UnitRow] = []

        title = QLabel(self.tr("Đơn vị hành chính"))
        title.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setObjectName("muted")

        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Tìm theo tên hoặc mã — gõ không dấu cũng được, ví dụ: thanh quoi")
        )
        self.search.setClearButtonEnabled(True)
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
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(self.result_label)

        self.detail = QGroupBox(self.tr("Thông tin đơn vị"))
        self.detail_fields = {
            key: QLabel() for key in ("name", "code", "kind", "parent", "validity", "children")
        }
        form = QFormLayout(self.detail)
        labels = {
            "name": self.tr("Tên đầy đủ:"),
            "code": self.tr("Mã đơn vị:"),
            "kind": self.tr("Loại, cấp:"),
            "parent": self.tr("Trực thuộc:"),
            "validity": self.tr("Hiệu lực:"),
            "children": self.tr("Đơn vị trực thuộc:"),
        }
        for key, widget in self.detail_fields.items():
            widget.setWordWrap(True)
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(labels[key], widget)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([620, 360])
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
        self._show_detail(QModelIndex())

    # -- data ------------------------------------------------------------------------------
    def set_units(self, rows: Sequence[UnitRow], *, office_unit_id: int | None) -> None:
        self._rows = list(rows)
        self.model.set_rows(self._rows)
        self.model.set_highlight(office_unit_id)
        fit_columns(self.tree, self.model, (Column.CODE, Column.KIND))
        self.summary.setText(self._summary_text())
        self.apply_search()
        if office_unit_id is not None:
            self.select_unit(office_unit_id)

    def set_year(self, year: int) -> None:
        # A unit is shown as current when it was valid at some point of the working year.
        self.model.set_reference_day(dt.date(year, 12, 31))

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
        fields = self.detail_fields
        if row is None:
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
