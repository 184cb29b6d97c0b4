"""Tổng quan charts (QtCharts): targets by status, ANTT share against target, xã by NTM level."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from thidua_desktop.domain.evaluation import Status
from thidua_desktop.domain.numbers import format_number
from thidua_desktop.domain.units import short_name
from thidua_desktop.services.dashboard.figures import LevelCounts, ShareRow

# Excel's palette for good/neutral/bad, and the NTM level colours of the Nông thôn mới page.
STATUS_COLOURS = {
    Status.EXCEEDED: "#2e7d4f",
    Status.MET: "#7cbf8e",
    Status.BELOW: "#c0392b",
    Status.NO_DATA: "#b8bfc9",
}
STATUS_LABELS = {
    Status.EXCEEDED: QT_TRANSLATE_NOOP("StatusChart", "Vượt"),
    Status.MET: QT_TRANSLATE_NOOP("StatusChart", "Đạt"),
    Status.BELOW: QT_TRANSLATE_NOOP("StatusChart", "Không đạt"),
    Status.NO_DATA: QT_TRANSLATE_NOOP("StatusChart", "Chưa có số liệu"),
}
LEVEL_COLOURS = ("#a9b1bd", "#4c9a5f", "#3572b0", "#c98a0b", "#e4e7eb")
ABOVE = QColor("#3f8f5a")
BELOW = QColor("#d9822b")
TARGET = QColor("#b3261e")
MIN_HEIGHT = 240  # with the cards above, the targets table starts above the fold at 697 px
ROW_HEIGHT = 30  # per bar of a horizontal chart (less, and QtCharts elides the names)


# The kinds that start a unit's name in the data (not interface text: names stay Vietnamese).


class _Chart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(MIN_HEIGHT)
        chart = QChart()
        chart.setLocalizeNumbers(True)
        chart.setLocale(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(0)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setChart(chart)
        # Legends sit under the plot and use the axis font: at 1366×768 three charts share the
        # row, and QtCharts elides a legend entry ("Không đạ…") that does not fit.
        chart.legend().setFont(self._small_font())

    def _reset(self, title: str) -> QChart:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        font = QFont(chart.font())
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF(), 9.0) + 0.5)
        chart.setTitleFont(font)
        chart.setTitle(title)
        return chart

    def _fit_rows(self, count: int) -> None:
        """Tall enough for every name: QtCharts turns a name into "…" once its row is lower
        than the text."""
        self.setMinimumHeight(max(MIN_HEIGHT, 120 + ROW_HEIGHT * count))

    def _small_font(self) -> QFont:
        font = QFont(self.chart().font())
        font.setPointSizeF(max(font.pointSizeF() - 1, 7.0))
        return font


class StatusChart(_Chart):
    """A ring: the office's indicators by status."""

    def set_data(self, counts: dict[Status, int], title: str) -> None:
        chart = self._reset(title)
        series = QPieSeries()
        series.setHoleSize(0.45)
        self.counts = dict(counts)
        for status in (Status.EXCEEDED, Status.MET, Status.BELOW, Status.NO_DATA):
            count = counts.get(status, 0)
            if not count:
                continue
            label = QCoreApplication.translate("StatusChart", STATUS_LABELS[status])
            piece = series.append(f"{label}: {count}", count)
            piece.setColor(QColor(STATUS_COLOURS[status]))
            piece.setBorderColor(QColor("white"))
            piece.setLabelVisible(False)
        chart.addSeries(series)
        chart.legend().setVisible(bool(series.count()))


class ShareChart(_Chart):
    """Horizontal bars (names need the room): share (%) of units both "3 không" and ANTT per
    district, orange under the target, with the target as a dashed line."""

    def set_data(
        self,
        labels: Sequence[str],
        values: Sequence[Decimal | None],
        target: Decimal,
        title: str,
        legend: str = "",
    ) -> None:
        chart = self._reset(title)
        # A horizontal axis draws its first category lowest: reversed, they read top down.
        self.categories = list(reversed(labels))
        self._fit_rows(len(self.categories))
        self.values = list(reversed(values))
        bars = QBarSet(self.tr("Tỷ lệ đạt (%)"))
        bars.setColor(ABOVE)
        bars.setBorderColor(ABOVE)
        bars.setSelectedColor(BELOW)  # bars below the target are "selected": second colour
        for position, value in enumerate(self.values):
            bars.append(float(value) if value is not None else 0.0)
            if value is not None and value < target:
                bars.selectBar(position)
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setBarWidth(0.65)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value%")
        series.setLabelsPrecision(4)
        # At the bar's base: the target line (75%) runs near the ends and would cross them.
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsInsideBase)
        bars.setLabelColor(QColor("white"))
        chart.addSeries(series)

        line = QLineSeries()
        line.setName(self.tr("Chỉ tiêu ≥ {0}%").format(format_number(target)))
        pen = QPen(TARGET)
        pen.setWidthF(2.0)
        pen.setStyle(Qt.PenStyle.DashLine)
        line.setPen(pen)
        count = max(len(self.values), 1)
        line.append(QPointF(float(target), -0.5))
        line.append(QPointF(float(target), count - 0.5))
        chart.addSeries(line)

        names = QBarCategoryAxis()
        names.append(self.categories)
        names.setLabelsFont(self._small_font())
        shares = QValueAxis()
        shares.setRange(0, 100)
        shares.setTickCount(6)
        shares.setLabelFormat("%.0f")
        shares.setLabelsFont(self._small_font())
        # The line gets its own hidden axis for its position: attached to the category axis
        # it would leave the names no room (they shrink to "…").
        rows = QValueAxis()
        rows.setRange(-0.5, count - 0.5)
        rows.setVisible(False)
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(rows, Qt.AlignmentFlag.AlignRight)
        chart.addAxis(shares, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(names)
        series.attachAxis(shares)
        line.attachAxis(rows)
        line.attachAxis(shares)
        chart.legend().setVisible(True)
        markers = chart.legend().markers(series)
        if markers:
            markers[0].setLabel(legend or self.tr("Đạt cả hai (%)"))


class LevelChart(_Chart):
    """Stacked horizontal bars: each district's xã by the highest NTM level they hold."""

    def set_data(self, rows: Sequence[LevelCounts], title: str) -> None:
        chart = self._reset(title)
        rows = list(reversed(rows))  # a horizontal axis draws its first category lowest
        self.categories = [short_name(r.unit_name) for r in rows]
        self._fit_rows(len(self.categories))
        series = QHorizontalStackedBarSeries()
        columns = (
            (self.tr("Chưa đạt chuẩn"), [r.none for r in rows]),
            (self.tr("NTM"), [r.ntm for r in rows]),
            (self.tr("NTM nâng cao"), [r.nang_cao for r in rows]),
            (self.tr("NTM kiểu mẫu"), [r.kieu_mau for r in rows]),
            (self.tr("Chưa có số liệu"), [r.unknown for r in rows]),
        )
        self.values = {label: values for label, values in columns}
        for (label, values), colour in zip(columns, LEVEL_COLOURS, strict=True):
            if not any(values):
                continue
            bars = QBarSet(label)
            bars.setColor(QColor(colour))
            bars.setBorderColor(QColor(colour))
            bars.setLabelColor(QColor("white" if colour != LEVEL_COLOURS[-1] else "#3d4650"))
            for value in values:
                bars.append(float(value))
            series.append(bars)
        series.setBarWidth(0.65)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        series.setLabelsPrecision(3)
        chart.addSeries(series)
        top = max((r.communes for r in rows), default=1)
        # A round step giving at most six intervals: a province's 72 xã as 0, 20, … 80.
        step = next(
            (s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000) if top < s * 6),
            1000,
        )
        x_axis = QBarCategoryAxis()
        x_axis.append(self.categories)
        x_axis.setLabelsFont(self._small_font())
        y_axis = QValueAxis()
        upper = (top // step + 1) * step
        y_axis.setRange(0, upper)
        y_axis.setTickCount(upper // step + 1)
        y_axis.setLabelFormat("%.0f")
        y_axis.setLabelsFont(self._small_font())
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        chart.legend().setVisible(True)


def share_bars(rows: Sequence[ShareRow]) -> tuple[list[str], list[Decimal | None]]:
    """Labels and values of the share chart from the districts' rows."""
    return [short_name(r.unit_name) for r in rows], [r.both_percent for r in rows]


RANK_COLOUR = QColor("#4a78b5")


class RankingChart(_Chart):
    """Horizontal bars: a cụm, khối's members by their reviewed total, the first on top, the
    leader in the "above" colour."""

    def set_data(
        self, members: Sequence[tuple[str, Decimal, int]], max_total: Decimal, title: str
    ) -> None:
        chart = self._reset(title)
        ordered = list(reversed(members))  # a horizontal axis draws its first category lowest
        self.categories = [f"{rank}. {short_name(name)}" for name, _total, rank in ordered]
        self.values = [total for _name, total, _rank in ordered]
        self._fit_rows(len(self.categories))
        bars = QBarSet(self.tr("Tổng điểm"))
        bars.setColor(RANK_COLOUR)
        bars.setBorderColor(RANK_COLOUR)
        bars.setSelectedColor(ABOVE)  # the first place: the second colour
        for position, (_name, total, rank) in enumerate(ordered):
            bars.append(float(total))
            if rank == 1:
                bars.selectBar(position)
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setBarWidth(0.65)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        series.setLabelsPrecision(5)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsInsideEnd)
        bars.setLabelColor(QColor("white"))
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append(self.categories)
        names.setLabelsFont(self._small_font())
        points = QValueAxis()
        points.setRange(0, float(max_total) if max_total > 0 else 100.0)
        points.applyNiceNumbers()  # 0, 20, 40… rather than 0, 19, 38…
        points.setLabelFormat("%.0f")
        points.setLabelsFont(self._small_font())
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(points, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(names)
        series.attachAxis(points)
        chart.legend().setVisible(False)
