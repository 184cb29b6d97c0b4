"""The per-district summary of the "3 không"/ANTT page: a table, the chart, the key figures."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from thidua_desktop.domain.evaluation import Status
from thidua_desktop.domain.numbers import format_number, percent_text
from thidua_desktop.gui.common import domain_labels
from thidua_desktop.gui.common.summary_model import DistrictSummaryModel
from thidua_desktop.gui.security.chart import ShareChart
from thidua_desktop.gui.security.model import (
    MET_BACKGROUND,
    NOT_MET_BACKGROUND,
    Index,
    compact_rows,
)
from thidua_desktop.services.security.rows import ScopeSummary, SecurityOverview


class SummaryColumn(IntEnum):
    NAME = 0
    UNITS = 1
    THREE_KHONG = 2
    ANTT = 3
    BOTH = 4
    TARGET = 5
    PREVIOUS = 6
    GAINED = 7
    LOST = 8


_SUMMARY_HEADERS = {
    SummaryColumn.NAME: QT_TRANSLATE_NOOP("SummaryModel", "Quận, huyện"),
    SummaryColumn.UNITS: QT_TRANSLATE_NOOP("SummaryModel", "Số đơn vị"),
    SummaryColumn.THREE_KHONG: QT_TRANSLATE_NOOP("SummaryModel", '"3 không"'),
    SummaryColumn.ANTT: QT_TRANSLATE_NOOP("SummaryModel", "An toàn ANTT"),
    SummaryColumn.BOTH: QT_TRANSLATE_NOOP("SummaryModel", "Đạt cả hai"),
    SummaryColumn.TARGET: QT_TRANSLATE_NOOP("SummaryModel", "So với chỉ tiêu"),
    SummaryColumn.PREVIOUS: QT_TRANSLATE_NOOP("SummaryModel", "Năm trước (cả hai)"),
    SummaryColumn.GAINED: QT_TRANSLATE_NOOP("SummaryModel", "Mới đạt"),
    SummaryColumn.LOST: QT_TRANSLATE_NOOP("SummaryModel", "Không còn đạt"),
}


class SummaryModel(DistrictSummaryModel[ScopeSummary]):
    """One row per district and a last, bold row for the whole scope."""

    column_count = len(SummaryColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(
                "SummaryModel", _SUMMARY_HEADERS[SummaryColumn(section)]
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s = self._rows[index.row()]
        column = SummaryColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return _summary_text(s, column)
        if role == Qt.ItemDataRole.FontRole and self.is_total(index.row()):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and column == SummaryColumn.TARGET:
            if s.target_status in (Status.MET, Status.EXCEEDED):
                return QBrush(MET_BACKGROUND)
            if s.target_status is Status.BELOW:
                return QBrush(NOT_MET_BACKGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != SummaryColumn.NAME:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and s.recorded < s.units:
            return self.tr("{recorded} trên {units} đơn vị đã có số liệu").format(
                recorded=s.recorded, units=s.units
            )
        return None


def _summary_text(s: ScopeSummary, column: SummaryColumn) -> str:
    if column == SummaryColumn.NAME:
        return s.unit_name
    if column == SummaryColumn.UNITS:
        return str(s.units)
    if column == SummaryColumn.THREE_KHONG:
        return f"{s.three_khong} ({percent_text(s.three_khong_percent)})"
    if column == SummaryColumn.ANTT:
        return f"{s.antt} ({percent_text(s.antt_percent)})"
    if column == SummaryColumn.BOTH:
        return f"{s.both} ({percent_text(s.both_percent)})"
    if column == SummaryColumn.TARGET:
        return (
            f"{domain_labels.label(s.target_status.label)} (≥ {format_number(s.target_percent)}%)"
        )
    if column == SummaryColumn.PREVIOUS:
        return percent_text(s.previous_both_percent)
    if column == SummaryColumn.GAINED:
        return str(s.gained)
    return str(s.lost)


class SummaryPanel(QWidget):
    """The district table (every row visible) above the chart; double-click asks for a
    district's shortfalls (`district_activated` gives its code, None for the whole scope)."""

    district_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SummaryModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        compact_rows(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setToolTip(self.tr("Nhấp đúp để xem các đơn vị chưa đạt của quận, huyện"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SummaryColumn.NAME, QHeaderView.ResizeMode.Stretch)
        self.chart = ShareChart()
        self.table.doubleClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.chart, 1)

    def set_overview(self, o: SecurityOverview) -> None:
        self.model.set_summaries(o.districts, o.total)
        # Every row visible without scrolling; the chart takes the rest of the height.
        table = self.table
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth() + 2
        height += table.verticalHeader().defaultSectionSize() * self.model.rowCount()
        table.setFixedHeight(height)
        self.chart.set_data(
            o.districts or (o.total,),
            o.target_percent,
            self.tr('Tỷ lệ xã, phường, thị trấn đạt "3 không" và an toàn ANTT năm {0}').format(
                o.year
            ),
        )

    def _activated(self, index: QModelIndex) -> None:
        summary = self.model.summary_at(index.row())
        self.district_activated.emit(
            None if self.model.is_total(index.row()) else summary.unit_code
        )


def figures_text(o: SecurityOverview) -> str:
    """The key figures of the scope, one rich-text line."""
    t = o.total
    if not o.units:
        return QCoreApplication.translate(
            "SecurityPage", "Không có xã, phường, thị trấn nào trong phạm vi năm {year}."
        ).format(year=o.year)
    if t.recorded == 0:
        return QCoreApplication.translate("SecurityPage", "Chưa có số liệu năm {year}.").format(
            year=o.year
        )
    colour = "#3f8f5a" if t.target_status in (Status.MET, Status.EXCEEDED) else "#b3261e"
    text = QCoreApplication.translate(
        "SecurityPage",
        "<b>{both}/{units}</b> đơn vị đạt cả hai (<b>{both_share}</b>): "
        "<span style='color:{colour}'><b>{status}</b></span> so với chỉ tiêu. "
        '"3 không": {three_khong} ({three_khong_share}); an toàn ANTT: {antt} ({antt_share}).',
    ).format(
        both=t.both,
        units=t.units,
        both_share=percent_text(t.both_percent),
        colour=colour,
        status=domain_labels.label(t.target_status.label),
        three_khong=t.three_khong,
        three_khong_share=percent_text(t.three_khong_percent),
        antt=t.antt,
        antt_share=percent_text(t.antt_percent),
    )
    if t.previous_both_percent is not None:
        text += QCoreApplication.translate(
            "SecurityPage",
            " Năm {year}: {share}; mới đạt {gained}, không còn đạt {lost}.",
        ).format(
            year=o.year - 1,
            share=percent_text(t.previous_both_percent),
            gained=t.gained,
            lost=t.lost,
        )
    if t.recorded < t.units:
        text += QCoreApplication.translate(
            "SecurityPage", " Còn {count} đơn vị chưa có số liệu."
        ).format(count=t.units - t.recorded)
    return text
