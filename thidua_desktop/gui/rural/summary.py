"""The Nông thôn mới summary tab: districts by level and plan, and the two charts below."""

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
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain.evaluation import Status
from thidua_desktop.domain.numbers import format_number
from thidua_desktop.domain.rural import Level
from thidua_desktop.gui.common import domain_labels
from thidua_desktop.gui.common.summary_model import DistrictSummaryModel
from thidua_desktop.gui.rural.chart import LevelChart, PlanChart
from thidua_desktop.gui.rural.model import (
    COMPLETE_BACKGROUND,
    LEVEL_COLOURS,
    SHORT_BACKGROUND,
    Index,
)
from thidua_desktop.services.rural.rows import PlanFigures, RuralOverview, RuralSummary


class SummaryColumn(IntEnum):
    NAME = 0
    COMMUNES = 1
    NONE = 2
    NTM = 3
    NANG_CAO = 4
    KIEU_MAU = 5
    NEW_NANG_CAO = 6
    NEW_KIEU_MAU = 7
    WARNINGS = 8


_SUMMARY_HEADERS = {
    SummaryColumn.NAME: QT_TRANSLATE_NOOP("RuralSummaryModel", "Đơn vị"),
    SummaryColumn.COMMUNES: QT_TRANSLATE_NOOP("RuralSummaryModel", "Số xã"),
    SummaryColumn.NONE: QT_TRANSLATE_NOOP("RuralSummaryModel", "Chưa đạt\nchuẩn"),
    SummaryColumn.NTM: QT_TRANSLATE_NOOP("RuralSummaryModel", "NTM"),
    SummaryColumn.NANG_CAO: QT_TRANSLATE_NOOP("RuralSummaryModel", "NTM\nnâng cao"),
    SummaryColumn.KIEU_MAU: QT_TRANSLATE_NOOP("RuralSummaryModel", "NTM\nkiểu mẫu"),
    SummaryColumn.NEW_NANG_CAO: QT_TRANSLATE_NOOP(
        "RuralSummaryModel", "Nâng cao mới trong năm\n(kế hoạch, chỉ tiêu)"
    ),
    SummaryColumn.NEW_KIEU_MAU: QT_TRANSLATE_NOOP(
        "RuralSummaryModel", "Kiểu mẫu mới trong năm\n(kế hoạch, chỉ tiêu)"
    ),
    SummaryColumn.WARNINGS: QT_TRANSLATE_NOOP("RuralSummaryModel", "Cảnh báo\nthu hồi"),
}
_SUMMARY_LEVELS = {
    SummaryColumn.NONE: None,
    SummaryColumn.NTM: Level.NTM,
    SummaryColumn.NANG_CAO: Level.NANG_CAO,
    SummaryColumn.KIEU_MAU: Level.KIEU_MAU,
}
_NEW = {SummaryColumn.NEW_NANG_CAO: Level.NANG_CAO, SummaryColumn.NEW_KIEU_MAU: Level.KIEU_MAU}


def plan_text(p: PlanFigures) -> str:
    """ "4 / KH 5 · chỉ tiêu 5: không đạt"."""
    target = p.target is not None and p.target_source != "plans"
    if p.planned and target:
        text = QCoreApplication.translate(
            "RuralSummaryModel", "{new} / KH {planned} · chỉ tiêu {target}"
        )
    elif p.planned:
        text = QCoreApplication.translate("RuralSummaryModel", "{new} / KH {planned}")
    elif target:
        text = QCoreApplication.translate("RuralSummaryModel", "{new} · chỉ tiêu {target}")
    else:
        text = "{new}"
    text = text.format(
        new=p.new,
        planned=p.planned,
        target=format_number(p.target) if p.target is not None else "",
    )
    if p.status is not None:
        text += f": {domain_labels.label(p.status.label)}"
    return text


class RuralSummaryModel(DistrictSummaryModel[RuralSummary]):
    """One row per district and a last, bold row for the whole scope."""

    column_count = len(SummaryColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(
                "RuralSummaryModel", _SUMMARY_HEADERS[SummaryColumn(section)]
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s = self._rows[index.row()]
        column = SummaryColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == SummaryColumn.NAME:
                return s.unit_name
            if column == SummaryColumn.COMMUNES:
                return str(s.communes)
            if column == SummaryColumn.NONE and s.unknown:
                # the xã with nothing recorded are not "chưa đạt": said apart
                return QCoreApplication.translate(
                    "RuralSummaryModel", "{0} (+{1} chưa có số liệu)"
                ).format(s.none - s.unknown, s.unknown)
            if column in _SUMMARY_LEVELS:
                return str(s.count(_SUMMARY_LEVELS[column]))
            if column in _NEW:
                return plan_text(s.plan(_NEW[column]))
            return str(s.warnings)
        if role == Qt.ItemDataRole.FontRole and self.is_total(index.row()):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            if column in _SUMMARY_LEVELS:
                return QBrush(QColor(LEVEL_COLOURS[_SUMMARY_LEVELS[column]][0]))
            if column in _NEW:
                status = s.plan(_NEW[column]).status
                if status in (Status.MET, Status.EXCEEDED):
                    return QBrush(COMPLETE_BACKGROUND)
                if status is Status.BELOW:
                    return QBrush(SHORT_BACKGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != SummaryColumn.NAME:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column in _NEW:
            p = s.plan(_NEW[column])
            return self.tr(
                "Công nhận mới năm: {new}; kế hoạch: {planned} xã, trong đó đạt {achieved}; "
                "chỉ tiêu: {target_source}"
            ).format(
                new=p.new,
                planned=p.planned,
                achieved=p.achieved_planned,
                target_source=p.target_source or "—",
            )
        return None


class RuralSummaryTab(QWidget):
    """The summary table over the charts; double-clicking a row asks for that district's xã."""

    district_chosen = Signal(object)  # the district's code, or None for the whole scope

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RuralSummaryModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setToolTip(self.tr("Nhấp đúp để xem các xã của huyện"))
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.level_chart = LevelChart()
        self.plan_chart = PlanChart()
        self.table.doubleClicked.connect(self._chosen)
        charts = QHBoxLayout()
        # The plan chart has one more category (the scope) and twice the bars per category.
        charts.addWidget(self.level_chart, 2)
        charts.addWidget(self.plan_chart, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(charts, 1)

    def set_overview(self, o: RuralOverview) -> None:
        self.model.set_summaries(o.districts, o.total)
        self._fit()
        groups = o.districts or (o.total,)
        self.level_chart.set_data(
            groups, self.tr("Số xã theo mức đạt chuẩn cao nhất, năm {0}").format(o.year)
        )
        self.plan_chart.set_data(
            (*groups, o.total) if len(groups) > 1 else groups,
            self.tr("Kế hoạch và kết quả công nhận năm {0}").format(o.year),
        )

    def _fit(self) -> None:
        """Every district row without scrolling; the charts take the rest of the height."""
        table = self.table
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += table.verticalHeader().defaultSectionSize() * self.model.rowCount()
        table.setFixedHeight(height + 2)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _chosen(self, index: QModelIndex) -> None:
        summary = self.model.summary_at(index.row())
        self.district_chosen.emit(None if self.model.is_total(index.row()) else summary.unit_code)
