"""Bar charts for PDF reports (reportlab.graphics): Vietnamese labels, an optional target line."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from thidua_desktop.domain.numbers import format_number
from thidua_desktop.reports.document import ChartBlock
from thidua_desktop.reports.render.fonts import FontFamily
from thidua_desktop.reports.render.tables import printable

__all__ = ["chart_drawing", "nice_scale"]

# Office's default series colours: what people know from Excel charts.
PALETTE = ("#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47")
TARGET_COLOUR = "#C00000"
LABEL_SIZE = 9
VALUE_SIZE = 8
LEGEND_Y = 2 * mm
LEGEND_BASELINE = LEGEND_Y + 11  # where the legend's text sits, for the target's entry
_STEPS = (Decimal(1), Decimal(2), Decimal("2.5"), Decimal(5), Decimal(10))


def nice_scale(low: Decimal, high: Decimal, ticks: int = 5) -> tuple[Decimal, Decimal, Decimal]:
    """(minimum, maximum, step) of an axis with round steps covering `low`..`high`."""
    low, high = min(low, Decimal(0)), max(high, Decimal(0))
    if high == low:
        high = low + 1
    raw = (high - low) / ticks
    power = Decimal(1).scaleb(raw.adjusted())
    step = next(power * factor for factor in _STEPS if power * factor >= raw)
    bottom = (low / step).to_integral_value(rounding="ROUND_FLOOR") * step
    top = (high / step).to_integral_value(rounding="ROUND_CEILING") * step
    return bottom, top, step


def _value_text(value: Decimal | int, chart: ChartBlock) -> str:
    return format_number(value, chart.decimals) + chart.unit


def _tick_text(unit: str) -> Any:
    def label(value: float) -> str:
        return format_number(Decimal(repr(round(value, 9))).normalize()) + unit

    return label


def outlier_cap(values: list[Decimal], target: Decimal | None) -> Decimal | None:
    """The top of the scale when one value dwarfs the others and the target (a figure typed
    in the wrong unit: 4.000% of a target): 1,5 × the next highest, else None (no cap)."""
    if not values:
        return None
    ordered = sorted(values, reverse=True)
    rest = max([*ordered[1:2], *([target] if target is not None else [])], default=None)
    if rest is None or rest <= 0 or ordered[0] <= 4 * rest:
        return None
    return rest * Decimal("1.5")


def chart_drawing(chart: ChartBlock, fonts: FontFamily, width: float) -> Drawing:
    """The chart as a Drawing `width` points wide."""
    values = [value for series in chart.series for value in series.values if value is not None]
    extra = [Decimal(chart.target)] if chart.target is not None else []
    data_high = max([Decimal(v) for v in values] + extra, default=Decimal(1))
    data_low = min([Decimal(v) for v in values] + extra, default=Decimal(0))
    if chart.value_max is not None:
        data_high = Decimal(chart.value_max)
    else:
        cap = outlier_cap([Decimal(v) for v in values], extra[0] if extra else None)
        if cap is not None:
            data_high = cap  # one wrong figure must not flatten every other bar
    low, high, step = nice_scale(data_low, data_high)
    categories = [printable(name) for name in chart.categories]
    many = len(chart.series) > 1

    legend_height = 8 * mm if many or (chart.target is not None and not chart.horizontal) else 0
    if chart.horizontal:
        drawing, plot = _horizontal(chart, fonts, width, categories, legend_height)
    else:
        drawing, plot = _vertical(chart, fonts, width, categories, legend_height)

    # A bar beyond the scale stops at its end; its label still says the true value.
    plot.data = [
        [min(float(v), float(high)) if v is not None else None for v in series.values]
        for series in chart.series
    ]
    plot.barLabelArray = [
        [_value_text(v, chart) if v is not None else "" for v in series.values]
        for series in chart.series
    ]
    if chart.horizontal:  # ReportLab draws the first category at the bottom: reverse both
        plot.data = [row[::-1] for row in plot.data]
        plot.barLabelArray = [row[::-1] for row in plot.barLabelArray]
    plot.barLabelFormat = "values"  # the labels come from barLabelArray, exact decimals
    plot.barLabels.fontName = fonts.regular
    plot.barLabels.fontSize = VALUE_SIZE
    plot.valueAxis.valueMin = float(low)
    plot.valueAxis.valueMax = float(high)
    plot.valueAxis.valueStep = float(step)
    plot.valueAxis.labelTextFormat = _tick_text(chart.unit)
    plot.valueAxis.labels.fontName = fonts.regular
    plot.valueAxis.labels.fontSize = LABEL_SIZE
    plot.valueAxis.visibleGrid = True
    plot.valueAxis.gridStrokeColor = colors.HexColor("#D9D9D9")
    plot.valueAxis.gridStrokeWidth = 0.4
    plot.categoryAxis.labels.fontName = fonts.regular
    plot.categoryAxis.labels.fontSize = LABEL_SIZE
    plot.barSpacing = 1
    plot.groupSpacing = 6
    for index in range(len(chart.series)):
        plot.bars[index].fillColor = colors.HexColor(PALETTE[index % len(PALETTE)])
        plot.bars[index].strokeColor = None
    drawing.add(plot)

    if chart.target is not None:
        _target_line(drawing, plot, chart, fonts, float(low), float(high))
    if many:
        legend = Legend()
        legend.fontName = fonts.regular
        legend.fontSize = LABEL_SIZE
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.deltax = 0
        legend.dxTextSpace = 4
        legend.boxAnchor = "sw"
        legend.x = plot.x
        legend.y = LEGEND_Y
        legend.colorNamePairs = [
            (colors.HexColor(PALETTE[i % len(PALETTE)]), printable(series.name))
            for i, series in enumerate(chart.series)
        ]
        drawing.add(legend)
    return drawing


def _vertical(
    chart: ChartBlock, fonts: FontFamily, width: float, categories: list[str], legend: float
) -> tuple[Drawing, VerticalBarChart]:
    height = chart.height_mm * mm if chart.height_mm else 75 * mm
    plot = VerticalBarChart()
    axis_room = 12 * mm
    plot.x = axis_room
    plot.width = width - axis_room - 2 * mm
    band = plot.width / max(len(categories), 1)
    label_lines = max((len(_lines(name, fonts, band - 2)) for name in categories), default=1)
    bottom = legend + label_lines * LABEL_SIZE * 1.2 + 4 * mm
    plot.y = bottom
    plot.height = height - bottom - 5 * mm  # room above for the highest value label
    plot.categoryAxis.categoryNames = categories
    plot.categoryAxis.labels.boxAnchor = "n"
    plot.categoryAxis.labels.dy = -3
    plot.categoryAxis.labels.maxWidth = band - 2
    plot.categoryAxis.labels.textAnchor = "middle"
    plot.barLabels.boxAnchor = "s"
    plot.barLabels.dy = 2
    return Drawing(width, height, initialFontName=fonts.regular), plot


def _horizontal(
    chart: ChartBlock, fonts: FontFamily, width: float, categories: list[str], legend: float
) -> tuple[Drawing, HorizontalBarChart]:
    label_room = min(
        max((stringWidth(name, fonts.regular, LABEL_SIZE) for name in categories), default=0),
        0.35 * width,
    )
    # Long names wrap beside their bar: each band is tall enough for its label's lines.
    label_lines = max((len(_lines(name, fonts, label_room)) for name in categories), default=1)
    band = max(
        7 * mm, (len(chart.series) * 4.5 + 3) * mm, label_lines * LABEL_SIZE * 1.2 + 2.5 * mm
    )
    plot = HorizontalBarChart()
    plot.x = label_room + 4 * mm
    plot.width = width - plot.x - 16 * mm  # room right of the longest bar for its label
    plot.y = legend + 8 * mm
    plot.height = band * max(len(categories), 1)
    height = chart.height_mm * mm if chart.height_mm else plot.y + plot.height + 4 * mm
    plot.categoryAxis.categoryNames = categories[::-1]
    plot.categoryAxis.labels.boxAnchor = "e"
    plot.categoryAxis.labels.dx = -3
    plot.categoryAxis.labels.maxWidth = label_room
    plot.categoryAxis.labels.textAnchor = "end"
    plot.barLabels.boxAnchor = "w"
    plot.barLabels.dx = 3
    return Drawing(width, height, initialFontName=fonts.regular), plot


def _lines(text: str, fonts: FontFamily, width: float) -> list[str]:
    from reportlab.lib.utils import simpleSplit

    return simpleSplit(text, fonts.regular, LABEL_SIZE, max(width, 1)) or [""]


def _target_line(
    drawing: Drawing,
    plot: VerticalBarChart | HorizontalBarChart,
    chart: ChartBlock,
    fonts: FontFamily,
    low: float,
    high: float,
) -> None:
    assert chart.target is not None
    share = (float(chart.target) - low) / (high - low)
    label = printable(chart.target_label or f"Chỉ tiêu: {_value_text(chart.target, chart)}")
    line = {"strokeColor": colors.HexColor(TARGET_COLOUR), "strokeWidth": 1.2}
    text = {"fontName": fonts.italic, "fontSize": LABEL_SIZE, "fillColor": line["strokeColor"]}
    if chart.horizontal:  # the label goes above the plot, at the line
        x = plot.x + share * plot.width
        top = plot.y + plot.height
        drawing.add(Line(x, plot.y, x, top + 2, strokeDashArray=[4, 2], **line))
        drawing.add(String(x, top + 3, label, textAnchor="middle", **text))
    else:  # bars would hide a label on the line: it goes in the legend row, on the right
        y = plot.y + share * plot.height
        drawing.add(Line(plot.x, y, plot.x + plot.width, y, strokeDashArray=[4, 2], **line))
        right = plot.x + plot.width
        label_width = stringWidth(label, fonts.italic, LABEL_SIZE)
        drawing.add(String(right, LEGEND_BASELINE, label, textAnchor="end", **text))
        sample = right - label_width - 4
        drawing.add(
            Line(
                sample - 16,
                LEGEND_BASELINE + 3,
                sample,
                LEGEND_BASELINE + 3,
                strokeDashArray=[4, 2],
                **line,
            )
        )
