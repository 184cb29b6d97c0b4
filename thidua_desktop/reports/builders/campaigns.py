"""Báo cáo kết quả thực hiện các chỉ tiêu thi đua: per campaign, for the unit and per unit below."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from thidua_desktop.domain.evaluation import Comparator, Status, evaluate
from thidua_desktop.domain.numbers import format_number
from thidua_desktop.reports.builders.common import (
    MAX_CHART_BARS,
    Context,
    TableNumbers,
    closing,
    count_scale,
    document,
    document_reference,
    in_sentence,
    kinds_phrase,
    roman,
    short_name,
    status_cell,
    status_sentence,
    target_cell,
)
from thidua_desktop.reports.document import (
    Block,
    Cell,
    CellValue,
    ChartBlock,
    Column,
    DocumentSpec,
    Heading,
    Para,
    Series,
    TableBlock,
)

if TYPE_CHECKING:
    from thidua_desktop.services.campaigns.rows import (
        CampaignRow,
        EvaluationRow,
        GridUnit,
        IndicatorRow,
        ResultGrid,
    )
    from thidua_desktop.store.engine import Database

__all__ = [
    "CampaignSection",
    "build",
    "compose",
    "gather",
    "introduction",
    "scope_table",
    "status_counts",
]

MIN_CHART_UNITS = 4
_CHART_LABEL = 90  # characters of an indicator's name beside its bar


@dataclass(frozen=True)
class CampaignSection:
    """One campaign's figures: the unit's evaluation and the grid of the units below it."""

    campaign: CampaignRow
    rows: Sequence[EvaluationRow]
    grid: ResultGrid | None


def gather(
    db: Database, context: Context, *, campaign_code: str | None = None
) -> list[CampaignSection]:
    """The campaigns running in the year (or the one asked for), evaluated for the unit."""
    from thidua_desktop.services.campaigns.definitions import get_campaign, list_campaigns
    from thidua_desktop.services.campaigns.results import grid_evaluation, result_grid

    if campaign_code:
        campaigns = [get_campaign(db, campaign_code)[0]]
    else:
        running = [c for c in list_campaigns(db) if context.year in c.years]
        campaigns = sorted(running, key=lambda c: (c.start_date, c.code))
    sections = []
    for campaign in campaigns:
        grid = result_grid(
            db, campaign_code=campaign.code, year=context.year, parent_code=context.unit_code
        )
        # The unit's own line is the grid's parent row: one read for both.
        sections.append(CampaignSection(campaign, grid_evaluation(grid), grid))
    return sections


def build(db: Database, context: Context, *, campaign_code: str | None = None) -> DocumentSpec:
    return compose(context, gather(db, context, campaign_code=campaign_code))


def compose(context: Context, sections: Sequence[CampaignSection]) -> DocumentSpec:
    subject = f"Kết quả thực hiện các chỉ tiêu thi đua năm {context.year}"
    if not context.own:
        subject += f"\ncủa {context.unit_phrase}"
    body: list[Block] = [Para(introduction(context, [s.campaign for s in sections]))]
    if not sections:
        body.append(Para(f"Năm {context.year} không có phong trào thi đua nào đang theo dõi."))
    tables = TableNumbers()
    for number, section in enumerate(sections, 1):
        body.append(Heading(f"{roman(number)}. {section.campaign.title.upper()}"))
        body += _section(context, section, tables)
    body.append(
        closing(
            f"kết quả thực hiện các chỉ tiêu thi đua năm {context.year} của {context.unit_phrase}"
        )
    )
    return document(context, subject=subject, body=body)


def introduction(context: Context, campaigns: Sequence[CampaignRow]) -> str:
    """ "Thực hiện Chỉ thị số 10/CT-UBND ngày 13/12/2022 của UBND thành phố Cần Thơ về …,
    kết quả … như sau:"."""
    references = [_reference(c) for c in campaigns]
    opening = f"Thực hiện {' và '.join(references)}, " if references else ""
    text = (
        f"{opening}kết quả thực hiện các chỉ tiêu thi đua năm {context.year} "
        f"của {context.unit_phrase} như sau:"
    )
    return text[0].upper() + text[1:]


def _reference(campaign: CampaignRow) -> str:
    if not campaign.doc_number:
        return in_sentence(campaign.title[0].lower() + campaign.title[1:])
    reference = document_reference(campaign.doc_number, campaign.doc_date, campaign.doc_issuer)
    summary = campaign.doc_summary.strip().rstrip(".")
    kind = reference.split(" số ")[0]
    if summary.lower().startswith(kind.lower() + " "):
        summary = summary[len(kind) + 1 :]
    return f"{reference} {summary}" if summary else reference


def _section(context: Context, section: CampaignSection, tables: TableNumbers) -> list[Block]:
    rows = section.rows
    counts = status_counts(rows)
    blocks: list[Block] = [Heading("1. Kết quả thực hiện các chỉ tiêu", level=2)]
    if not rows:
        return [*blocks, Para("Phong trào chưa có chỉ tiêu nào.")]
    sentence = f"Năm {context.year}, {context.unit_phrase} {status_sentence(counts)}"
    not_given = len(rows) - sum(counts.values())
    if not_given:
        sentence += f" được giao ({not_given} chỉ tiêu không giao cho {context.unit_phrase})"
    blocks.append(Para(sentence + "."))
    below = [r for r in rows if r.status is Status.BELOW]
    if below:
        listed = "; ".join(
            f"{r.indicator_name} ({_value_text(r)}, chỉ tiêu {r.target_text})" for r in below
        )
        blocks.append(Para(f"Các chỉ tiêu không đạt: {listed}."))
    blocks.append(scope_table(rows, tables.next(f"Kết quả của {context.unit_phrase}")))
    chart = _ratio_chart(rows)
    if chart is not None:
        blocks.append(chart)
    grid = section.grid
    children = [u for u in grid.units if not u.is_parent] if grid is not None else []
    if grid is None or not children:
        return blocks
    phrase = kinds_phrase(u.full_name for u in children)
    number = 2
    given = any(
        _cell_status(grid, unit, indicator) is not None
        for unit in children
        for indicator in grid.indicators
    )
    if given:
        blocks.append(Heading(f"{number}. Kết quả của các {phrase}", level=2))
        blocks += _units(grid, children, tables.next(f"Kết quả của các {phrase}"), phrase)
        number += 1
    detail = _indicator_tables(context, grid, children, tables)
    if detail:
        blocks.append(Heading(f"{number}. Kết quả từng chỉ tiêu theo {phrase}", level=2))
        if not given:
            blocks.append(Para(f"Chưa giao chỉ tiêu cho các {phrase}; số liệu đã có như sau:"))
        blocks += detail
    return blocks


def status_counts(rows: Sequence[EvaluationRow]) -> dict[Status, int]:
    """How many of the indicators given to the unit (those with a target) have each status."""
    counts = dict.fromkeys(Status, 0)
    for row in rows:
        if row.target is not None:
            counts[row.status] += 1
    return counts


def _value_text(row: EvaluationRow) -> str:
    if row.value is None:
        return "chưa có số liệu"
    unit = row.unit_of_measure
    suffix = unit if unit == "%" else f" {unit}" if unit else ""
    return f"{format_number(row.value, row.decimals)}{suffix}"


def _ratio_cell(
    comparator: str, ratio: Decimal | None, difference: Decimal | None, decimals: int
) -> CellValue:
    """The completion ratio; for "at most" targets (hộ nghèo) the distance to the target."""
    if comparator != Comparator.AT_MOST:
        return ratio
    if difference is None:
        return None
    if difference == 0:
        return "bằng chỉ tiêu"
    word = "thấp hơn" if difference < 0 else "cao hơn"
    return f"{word} {format_number(abs(difference), decimals)}"


_SCOPE_COLUMNS = (
    Column("TT", 0.45, align="center"),
    Column("Chỉ tiêu", 3.1),
    Column("Đơn vị tính", 1.0, align="center"),
    Column("Chỉ tiêu giao", 1.15, align="center"),
    Column("Kết quả thực hiện", 1.15, "number"),
    Column("Tỷ lệ so với chỉ tiêu", 1.1, "percent", decimals=2),
    Column("Đánh giá", 1.15, align="center"),
)


def scope_table(rows: Sequence[EvaluationRow], caption: str) -> TableBlock:
    """Each indicator's target, result, ratio and status for one unit."""
    return TableBlock(
        columns=_SCOPE_COLUMNS,
        rows=[
            [
                number,
                row.indicator_name,
                row.unit_of_measure,
                target_cell(row.target),
                Cell(row.value, decimals=row.decimals) if row.value is not None else None,
                _ratio_cell(row.comparator, row.ratio_percent, row.difference, row.decimals),
                status_cell(row.status) if row.target is not None else "Chưa giao",
            ]
            for number, row in enumerate(rows, 1)
        ],
        caption=caption,
        font_size=11,
    )


def _chart_label(number: int, name: str) -> str:
    words, label = name.split(), ""
    for word in words:
        if len(label) + len(word) + 1 > _CHART_LABEL:
            return f"{number}. {label}…"
        label = f"{label} {word}".strip()
    return f"{number}. {label}"


def _ratio_chart(rows: Sequence[EvaluationRow]) -> ChartBlock | None:
    shown = [(n, r) for n, r in enumerate(rows, 1) if r.ratio_percent is not None]
    if not shown or len(shown) > MAX_CHART_BARS:
        return None
    return ChartBlock(
        categories=[_chart_label(n, r.indicator_name) for n, r in shown],
        series=[Series("Tỷ lệ so với chỉ tiêu", [r.ratio_percent for _, r in shown])],
        title="Tỷ lệ thực hiện so với chỉ tiêu (%)",
        horizontal=True,
        target=100,
        target_label="Mức chỉ tiêu: 100%",
        unit="%",
        decimals=1,
    )


def _cell_status(grid: ResultGrid, unit: GridUnit, indicator: IndicatorRow) -> Status | None:
    """The unit's status for an indicator it has a target for; None without a target."""
    cell = grid.cells.get((unit.id, indicator.id))
    if cell is None or cell.target is None:
        return None
    return cell.status


def _units(
    grid: ResultGrid, children: Sequence[GridUnit], caption: str, phrase: str
) -> list[Block]:
    rows: list[list[CellValue]] = []
    charted: list[tuple[str, int | None, int | None]] = []
    for number, unit in enumerate(children, 1):
        statuses = [_cell_status(grid, unit, i) for i in grid.indicators]
        given = [s for s in statuses if s is not None]
        if not given:  # nothing given to this unit: blanks, not a row of zeros
            rows.append([number, unit.full_name, 0, None, None, None, None, ""])
            continue
        below = [str(n) for n, s in enumerate(statuses, 1) if s is Status.BELOW]
        counts = {s: given.count(s) for s in Status}
        rows.append(
            [
                number,
                unit.full_name,
                len(given),
                counts[Status.EXCEEDED],
                counts[Status.MET],
                counts[Status.BELOW],
                counts[Status.NO_DATA],
                ", ".join(below),
            ]
        )
        # No bar (and no "0" label) rather than a bar of nothing.
        done = counts[Status.EXCEEDED] + counts[Status.MET]
        charted.append((short_name(unit.full_name), done or None, counts[Status.BELOW] or None))
    table = TableBlock(
        columns=[
            Column("TT", 0.45, align="center"),
            Column("Đơn vị", 2.2),
            Column("Số chỉ tiêu được giao", 1.0, "number"),
            Column("Vượt", 0.75, "number"),
            Column("Đạt", 0.75, "number"),
            Column("Không đạt", 0.85, "number"),
            Column("Chưa có số liệu", 0.9, "number"),
            Column("Chỉ tiêu không đạt (số TT ở biểu trên)", 1.6),
        ],
        rows=rows,
        caption=caption,
    )
    blocks: list[Block] = [table]
    # A chart of two or three units says nothing the table does not.
    if MIN_CHART_UNITS <= len(charted) <= MAX_CHART_BARS // 2:
        good = [g for _, g, _ in charted]
        bad = [b for _, _, b in charted]
        blocks.append(
            ChartBlock(
                categories=[name for name, _, _ in charted],
                series=[Series("Đạt và vượt", good), Series("Không đạt", bad)],
                value_max=count_scale([*good, *bad]),
                title=f"Số chỉ tiêu đạt và không đạt của các {phrase}",
                horizontal=True,
                decimals=0,
            )
        )
    return blocks


def _indicator_tables(
    context: Context, grid: ResultGrid, children: Sequence[GridUnit], tables: TableNumbers
) -> list[Block]:
    parent = next((u for u in grid.units if u.is_parent), None)
    whole = f"Toàn {kinds_phrase([context.unit_name])}"
    blocks: list[Block] = []
    for indicator in grid.indicators:
        cells = [grid.cells.get((u.id, indicator.id)) for u in children]
        if not any(c is not None and (c.value is not None or c.target) for c in cells):
            continue

        unit = indicator.unit_of_measure
        blocks.append(
            TableBlock(
                columns=[
                    Column("TT", 0.45, align="center"),
                    Column("Đơn vị", 2.4),
                    Column("Chỉ tiêu giao", 1.2, align="center"),
                    Column("Kết quả thực hiện", 1.2, "number", decimals=indicator.decimals),
                    Column("Tỷ lệ so với chỉ tiêu", 1.1, "percent", decimals=2),
                    Column("Đánh giá", 1.15, align="center"),
                ],
                rows=[
                    _indicator_line(grid, indicator, n, u.full_name, u)
                    for n, u in enumerate(children, 1)
                ],
                totals=(
                    _indicator_line(grid, indicator, "", whole, parent)
                    if parent is not None
                    else None
                ),
                caption=tables.next(f"{indicator.name} ({unit})" if unit else indicator.name),
            )
        )
    return blocks


def _indicator_line(
    grid: ResultGrid, indicator: IndicatorRow, first: int | str, name: str, unit: GridUnit
) -> list[CellValue]:
    cell = grid.cells.get((unit.id, indicator.id))
    if cell is None:
        return [first, name, "", None, None, ""]
    result = evaluate(cell.value, cell.target, indicator.decimals)
    return [
        first,
        name,
        target_cell(cell.target),
        result.value,
        _ratio_cell(
            indicator.comparator, result.ratio_percent, result.difference, indicator.decimals
        ),
        status_cell(cell.status) if cell.target is not None else "",
    ]
