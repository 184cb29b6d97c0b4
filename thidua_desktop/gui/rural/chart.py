"""Nông thôn mới charts: communes by level per district (stacked), plan against achievement."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

from thidua_desktop.domain.rural import Level
from thidua_desktop.domain.units import short_name
from thidua_desktop.services.rural.rows import RuralSummary

BAR_COLOURS: dict[Level | None, str] = {
    None: "#a9b1bd",
    Level.NTM: "#4c9a5f",
    Level.NANG_CAO: "#3572b0",
    Level.KIEU_MAU: "#c98a0b",
}
PLAN_COLOURS = {Level.NANG_CAO: "#a9c6e8", Level.KIEU_MAU: "#f0d28e"}


class _Chart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)
        chart = QChart()
        chart.setLocalizeNumbers(True)
        chart.setLocale(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
        chart.setMargins(QMargins(6, 6, 6, 6))
        chart.setBackgroundRoundness(0)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        legend_font = QFont(chart.font())
        legend_font.setPointSizeF(max(legend_font.pointSizeF() - 1, 7.0))
        chart.legend().setFont(legend_font)  # four levels' names fit beside each other
        self.setChart(chart)
        self.categories: list[str] = []

    def _reset(self, title: str) -> QChart:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        title_font = QFont(chart.font())
        title_font.setBold(True)
        title_font.setPointSizeF(max(title_font.pointSizeF(), 9.0) + 1)
        chart.setTitleFont(title_font)
        chart.setTitle(title)
        return chart

    def _axes(
        self,
        series: QBarSeries | QHorizontalStackedBarSeries,
        top: int,
        title: str,
        *,
        horizontal: bool = False,
    ) -> None:
        chart = self.chart()
        x_axis = QBarCategoryAxis()
        x_axis.append(self.categories)
        axis_font = QFont(chart.font())
        axis_font.setPointSizeF(max(axis_font.pointSizeF() - 1, 7.0))
        x_axis.setLabelsFont(axis_font)
        y_axis = QValueAxis()
        # Whole numbers of communes: a round step, at most six intervals (a province's 72 xã
        # as 0, 20, … 80).
        step = next(
            (s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000) if top < s * 6),
            1000,
        )
        upper = (top // step + 1) * step  # room above the highest bar for its label
        y_axis.setRange(0, upper)
        y_axis.setTickCount(upper // step + 1)
        y_axis.setLabelFormat("%.0f")
        y_axis.setTitleText(title)
        # Horizontal bars put the districts' names on the left, where long names have room.
        chart.addAxis(
            x_axis, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom
        )
        chart.addAxis(
            y_axis, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft
        )
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)


def _bar_set(label: str, colour: str, values: Sequence[int], *, light: bool = False) -> QBarSet:
    bars = QBarSet(label)
    bars.setColor(QColor(colour))
    bars.setBorderColor(QColor(colour).darker(115 if light else 100))
    bars.setLabelColor(QColor("#1f2a37") if light else QColor("white"))
    for value in values:
        bars.append(float(value))
    return bars


class LevelChart(_Chart):
    """Stacked horizontal bars: each district's xã by their highest level (kiểu mẫu last)."""

    def set_data(self, summaries: Sequence[RuralSummary], title: str) -> None:
        chart = self._reset(title)
        # Listed top to bottom as in the table: a horizontal axis draws its first category lowest.
        summaries = list(reversed(summaries))
        self.categories = [short_name(s.unit_name) for s in summaries]
        series = QHorizontalStackedBarSeries()
        labels = {
            None: self.tr("Chưa đạt chuẩn"),
            Level.NTM: self.tr("NTM"),
            Level.NANG_CAO: self.tr("NTM nâng cao"),
            Level.KIEU_MAU: self.tr("NTM kiểu mẫu"),
        }
        self.values: dict[Level | None, list[int]] = {}
        for level in (None, *Level):
            values = [s.count(level) - (s.unknown if level is None else 0) for s in summaries]
            self.values[level] = values
            if not any(values):
                continue  # no xã at this level: no empty legend entry to crowd the others
            series.append(_bar_set(labels[level], BAR_COLOURS[level], values))
        unknown = [s.unknown for s in summaries]
        if any(unknown):  # nothing recorded (a merged province's xã): not "chưa đạt"
            series.append(_bar_set(self.tr("Chưa có số liệu"), "#e4e7eb", unknown, light=True))
        series.setBarWidth(0.6)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        series.setLabelsPrecision(3)
        chart.addSeries(series)
        top = max((s.communes for s in summaries), default=1)
        self._axes(series, top, self.tr("Số xã"), horizontal=True)
        chart.legend().setVisible(True)


class PlanChart(_Chart):
    """Grouped bars per district: the plan (or target) and the communes recognised, for nâng
    cao and kiểu mẫu."""

    def set_data(self, summaries: Sequence[RuralSummary], title: str) -> None:
        chart = self._reset(title)
        self.categories = [short_name(s.unit_name) for s in summaries]
        series = QBarSeries()
        self.planned: dict[Level, list[int]] = {}
        self.achieved: dict[Level, list[int]] = {}
        top = 1
        # (plan, achieved) per level: short, the legend has little room.
        legends = {
            Level.NANG_CAO: (self.tr("KH nâng cao"), self.tr("Đạt nâng cao")),
            Level.KIEU_MAU: (self.tr("KH kiểu mẫu"), self.tr("Đạt kiểu mẫu")),
        }
        for level in (Level.NANG_CAO, Level.KIEU_MAU):
            figures = [s.plan(level) for s in summaries]
            planned = [int(p.target) if p.target is not None else 0 for p in figures]
            achieved = [p.new for p in figures]
            self.planned[level], self.achieved[level] = planned, achieved
            top = max(top, *planned, *achieved)
            plan_legend, achieved_legend = legends[level]
            series.append(_bar_set(plan_legend, PLAN_COLOURS[level], planned, light=True))
            series.append(_bar_set(achieved_legend, BAR_COLOURS[level], achieved))
        series.setBarWidth(0.8)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsInsideEnd)
        chart.addSeries(series)
        self._axes(series, top, self.tr("Số xã"))
        chart.legend().setVisible(True)
