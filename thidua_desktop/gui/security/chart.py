"""The "3 không"/ANTT chart: share of units meeting both, per district, against the target."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from thidua_desktop.domain.numbers import format_number
from thidua_desktop.domain.units import short_name
from thidua_desktop.services.security.rows import ScopeSummary

ABOVE = QColor("#3f8f5a")
BELOW = QColor("#d9822b")
TARGET = QColor("#b3261e")


class ShareChart(QChartView):
    """Bars: the share (%) of each district's units both "3 không" and ANTT; bars below the
    target are drawn in orange; a dashed line marks the target."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(200)
        chart = QChart()
        chart.setLocalizeNumbers(True)
        chart.setLocale(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
        chart.setMargins(QMargins(6, 6, 6, 6))
        chart.setBackgroundRoundness(0)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setChart(chart)
        self.values: list[Decimal | None] = []
        self.categories: list[str] = []
        self.target: Decimal = Decimal(75)

    def set_data(self, summaries: Sequence[ScopeSummary], target: Decimal, title: str) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.values = [s.both_percent for s in summaries]
        self.categories = [short_name(s.unit_name) for s in summaries]
        self.target = target
        title_font = QFont(chart.font())
        title_font.setBold(True)
        title_font.setPointSizeF(max(title_font.pointSizeF(), 9.0) + 1)
        chart.setTitleFont(title_font)
        chart.setTitle(title)

        bars = QBarSet(self.tr("Tỷ lệ đơn vị đạt cả hai (%)"))
        bars.setColor(ABOVE)
        bars.setBorderColor(ABOVE)
        bars.setLabelColor(QColor("white"))
        label_font = QFont(chart.font())
        label_font.setBold(True)
        bars.setLabelFont(label_font)
        # Bars below the target are "selected" so that they take the second colour.
        bars.setSelectedColor(BELOW)
        for position, value in enumerate(self.values):
            bars.append(float(value) if value is not None else 0.0)
            if value is not None and value < target:
                bars.selectBar(position)
        series = QBarSeries()
        series.append(bars)
        series.setBarWidth(0.6)
        # The chart's Vietnamese locale writes "87,5%"; 4 significant digits show 2 decimals.
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value%")
        series.setLabelsPrecision(4)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsCenter)
        chart.addSeries(series)

        line = QLineSeries()
        line.setName(self.tr("Chỉ tiêu ≥ {0}%").format(format_number(target)))
        pen = QPen(TARGET)
        pen.setWidthF(2.0)
        pen.setStyle(Qt.PenStyle.DashLine)
        line.setPen(pen)
        count = max(len(self.values), 1)
        line.append(QPointF(-0.5, float(target)))
        line.append(QPointF(count - 0.5, float(target)))
        chart.addSeries(line)

        x_axis = QBarCategoryAxis()
        x_axis.append(self.categories)
        axis_font = QFont(chart.font())
        axis_font.setPointSizeF(max(axis_font.pointSizeF() - 1, 7.0))
        x_axis.setLabelsFont(axis_font)
        y_axis = QValueAxis()
        y_axis.setRange(0, 100)
        y_axis.setTickCount(6)
        y_axis.setLabelFormat("%.0f")
        y_axis.setTitleText(self.tr("Tỷ lệ (%)"))
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for s in (series, line):
            s.attachAxis(x_axis)
            s.attachAxis(y_axis)
        legend = chart.legend()
        legend.setVisible(True)
        markers = legend.markers(series)
        if markers:
            markers[0].setLabel(
                self.tr("Tỷ lệ đạt cả hai (xanh: đạt chỉ tiêu; cam: dưới chỉ tiêu)")
            )
