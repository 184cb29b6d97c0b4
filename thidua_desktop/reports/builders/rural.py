"""Báo cáo kết quả xây dựng nông thôn mới: levels per xã, x/19, newly recognised against plan."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from thidua_desktop.domain.numbers import format_number
from thidua_desktop.domain.rural import Level
from thidua_desktop.domain.security import share_percent
from thidua_desktop.domain.units import commune_kinds_phrase
from thidua_desktop.reports.builders.common import (
    MAX_CHART_BARS,
    Context,
    closing,
    count_scale,
    document,
    document_reference,
    kinds_phrase,
    percent_text,
    roman,
    short_name,
    status_cell,
)
from thidua_desktop.reports.document import (
    Block,
    CellValue,
    ChartBlock,
    Column,
    DocumentSpec,
    HeaderGroup,
    Heading,
    Para,
    Series,
    TableBlock,
)

if TYPE_CHECKING:
    from thidua_desktop.services.campaigns.rows import CampaignRow
    from thidua_desktop.services.rural.rows import CommuneRow, RuralOverview, RuralSummary
    from thidua_desktop.store.engine import Database

__all__ = ["RuralData", "build", "compose", "gather", "key_paragraphs", "levels_table"]

_NOT_SUBJECT = (
    "{unit} không có xã thuộc đối tượng xây dựng nông thôn mới ({others} không thuộc đối tượng "
    "của Chương trình)."
)


@dataclass(frozen=True)
class RuralData:
    overview: RuralOverview
    campaigns: Sequence[CampaignRow]  # those whose indicators set the year's targets


def gather(db: Database, context: Context) -> RuralData:
    from thidua_desktop.services.campaigns.definitions import get_campaign
    from thidua_desktop.services.rural.status import rural_overview

    overview = rural_overview(db, year=context.year, unit_code=context.unit_code)
    codes: list[str] = []
    for plan in overview.total.plans:
        source = plan.target_source or ""
        if "/" in source and source.split("/")[0] not in codes:
            codes.append(source.split("/")[0])
    return RuralData(overview, [get_campaign(db, code)[0] for code in codes])


def build(db: Database, context: Context) -> DocumentSpec:
    return compose(context, gather(db, context))


def compose(context: Context, data: RuralData) -> DocumentSpec:
    o = data.overview
    subject = f"Kết quả xây dựng nông thôn mới năm {o.year}"
    if not context.own:
        subject += f"\ntrên địa bàn {context.unit_phrase}"
    references = list(dict.fromkeys(s.legal_basis.split(", Phụ lục")[0] for s in o.sets))
    references += [
        document_reference(c.doc_number, c.doc_date, c.doc_issuer)
        for c in data.campaigns
        if c.doc_number
    ]
    opening = f"Thực hiện {'; '.join(references)}, k" if references else "K"
    body: list[Block] = [
        Para(
            f"{opening}ết quả xây dựng nông thôn mới năm {o.year} của {context.unit_phrase} "
            "như sau:"
        )
    ]
    section = 0

    def heading(text: str) -> Heading:
        nonlocal section
        section += 1
        return Heading(f"{roman(section)}. {text}")

    tables = iter(range(1, 100))
    body.append(heading("KẾT QUẢ CHUNG"))
    body += key_paragraphs(context, o)
    if o.communes:
        if len(o.districts) > 1:
            phrase = kinds_phrase(d.unit_name for d in o.districts)
            body.append(levels_table(o, f"Biểu {next(tables)}. Số xã theo mức đạt chuẩn", phrase))
            if len(o.districts) * len(Level) <= MAX_CHART_BARS:
                body.append(_levels_chart(o, phrase))
        body.append(heading("CÔNG NHẬN MỚI TRONG NĂM SO VỚI CHỈ TIÊU, KẾ HOẠCH"))
        body += _recognitions(o, tables)
        body.append(heading("TÌNH HÌNH TỪNG XÃ"))
        body += _communes(o, len(o.districts) > 1, next(tables))
    body.append(closing(f"kết quả xây dựng nông thôn mới năm {o.year} của {context.unit_phrase}"))
    return document(context, subject=subject, body=body)


def key_paragraphs(context: Context, o: RuralOverview) -> list[Block]:
    t = o.total
    who = context.unit_phrase[0].upper() + context.unit_phrase[1:]
    if not o.communes:
        others = commune_kinds_phrase(o.year).removeprefix("xã, ")  # "phường, đặc khu"
        return [Para(_NOT_SUBJECT.format(unit=who, others=others))]
    reached = t.at_least(Level.NTM)
    share = percent_text(share_percent(reached, t.communes))
    text = (
        f"{who} có {t.communes} xã thuộc đối tượng xây dựng nông thôn mới. Đến hết năm "
        f"{o.year} có {reached}/{t.communes} xã đạt chuẩn nông thôn mới ({share}), trong đó "
        f"{t.at_least(Level.NANG_CAO)} xã đạt chuẩn nông thôn mới nâng cao (có {t.kieu_mau} "
        "xã đạt chuẩn nông thôn mới kiểu mẫu)"
    )
    below = t.none - t.unknown
    rest = [f"{below} xã chưa đạt chuẩn"] if below else []
    if t.unknown:
        rest.append(f"{t.unknown} xã chưa có số liệu (chưa ghi tiêu chí, quyết định công nhận)")
    text += f"; còn {', '.join(rest)}." if rest else "."
    blocks: list[Block] = [Para(text)]
    news = []
    for plan in t.plans:
        if not (plan.new or plan.planned or plan.target is not None):
            continue
        part = f"{plan.new} xã được công nhận {plan.level.long_label.removeprefix('xã ')}"
        if plan.target is not None:
            kind = "kế hoạch" if plan.target_source == "plans" else "chỉ tiêu"
            status = plan.status.label if plan.status is not None else ""
            part += f" ({kind} {format_number(plan.target)} xã: {status})"
        news.append(part)
    if news:
        blocks.append(Para(f"Trong năm {o.year}, {'; '.join(news)}."))
    if t.warnings:
        blocks.append(
            Para(
                f"Có {t.warnings} xã không còn đáp ứng đủ tiêu chí của mức đã đạt, cần rà soát "
                "theo Quyết định số 18/2022/QĐ-TTg."
            )
        )
    return blocks


def levels_table(o: RuralOverview, caption: str, phrase: str) -> TableBlock:
    """Communes by their highest level per district, the scope as the totals row."""

    def line(first: int | str, name: str, s: RuralSummary) -> list[CellValue]:
        counts = [s.none, s.ntm, s.nang_cao, s.kieu_mau]
        return [first, name, s.communes, *counts, s.at_least(Level.NTM)]

    return TableBlock(
        columns=[
            Column("TT", 0.45, align="center"),
            Column(phrase[0].upper() + phrase[1:], 1.9),
            Column("Số xã", 0.8, "number"),
            Column("Chưa đạt chuẩn", 0.95, "number"),
            Column("NTM", 0.95, "number"),
            Column("NTM nâng cao", 0.95, "number"),
            Column("NTM kiểu mẫu", 0.95, "number"),
            Column("Tổng số xã đạt chuẩn NTM", 1.1, "number"),
        ],
        groups=[[HeaderGroup("Mức đạt chuẩn cao nhất", 3, 6)]],
        rows=[line(n, d.unit_name, d) for n, d in enumerate(o.districts, 1)],
        totals=line("", f"Toàn {kinds_phrase([o.scope_name])}", o.total),
        caption=caption,
    )


def _levels_chart(o: RuralOverview, phrase: str) -> ChartBlock:
    def values(level: Level) -> list[int | None]:
        return [d.count(level) or None for d in o.districts]

    series = [Series(level.label, values(level)) for level in Level]
    return ChartBlock(
        categories=[short_name(d.unit_name) for d in o.districts],
        series=series,
        value_max=count_scale(v for s in series for v in s.values),
        title=f"Số xã theo mức đạt chuẩn cao nhất của các {phrase}",
        decimals=0,
        height_mm=50,
    )


def _recognitions(o: RuralOverview, tables: Iterator[int]) -> list[Block]:
    t = o.total
    rows: list[list[CellValue]] = []
    shown = [p for p in t.plans if p.new or p.planned or p.target is not None]
    for number, plan in enumerate(shown, 1):
        kind = ""
        if plan.target is not None:
            kind = "kế hoạch các xã" if plan.target_source == "plans" else "chỉ tiêu giao"
        rows.append(
            [
                number,
                plan.level.label,
                plan.target,
                kind,
                plan.planned,
                plan.achieved_planned,
                plan.new,
                status_cell(plan.status),
            ]
        )
    blocks: list[Block] = [
        TableBlock(
            columns=[
                Column("TT", 0.45, align="center"),
                Column("Mức đạt chuẩn", 1.5),
                Column("Số xã", 0.8, "number"),
                Column("Theo", 1.2, align="center"),
                Column("Số xã có kế hoạch", 1.0, "number"),
                Column("Trong đó đã đạt", 0.9, "number"),
                Column("Số xã được công nhận mới", 1.1, "number"),
                Column("Đánh giá", 1.1, align="center"),
            ],
            groups=[[HeaderGroup("Chỉ tiêu, kế hoạch", 2, 3)]],
            rows=rows,
            caption=f"Biểu {next(tables)}. Công nhận mới năm {o.year} so với chỉ tiêu, kế hoạch",
        )
    ]
    if any(p.target for p in shown):
        blocks.append(
            ChartBlock(
                categories=[p.level.label for p in shown],
                series=[
                    Series("Chỉ tiêu, kế hoạch", [p.target for p in shown]),
                    Series("Công nhận mới", [p.new for p in shown]),
                ],
                value_max=count_scale([*(p.target for p in shown), *(p.new for p in shown)]),
                title=f"Số xã được công nhận mới năm {o.year} so với chỉ tiêu, kế hoạch",
                decimals=0,
                height_mm=60,
            )
        )
    new = [(c, level) for c in o.communes for level in c.new_levels]
    if new:
        lines: list[list[CellValue]] = []
        for number, (commune, level) in enumerate(new, 1):
            decision = next(
                (r for r in commune.recognitions if r.level is level and r.year == o.year), None
            )
            lines.append(
                [
                    number,
                    commune.unit_name,
                    short_name(commune.district_name),
                    level.label,
                    decision.decision_number if decision else "",
                    decision.decision_date if decision else None,
                ]
            )
        blocks.append(
            TableBlock(
                columns=[
                    Column("TT", 0.45, align="center"),
                    Column("Xã", 1.7),
                    Column("Thuộc", 1.3),
                    Column("Mức đạt chuẩn", 1.3),
                    Column("Quyết định số", 1.4, align="center"),
                    Column("Ngày", 1.0, "date"),
                ],
                rows=lines,
                caption=f"Biểu {next(tables)}. Các xã được công nhận năm {o.year}",
            )
        )
    return blocks


_SHORT = {Level.NTM: "NTM", Level.NANG_CAO: "Nâng cao", Level.KIEU_MAU: "Kiểu mẫu"}


def _missing(commune: CommuneRow) -> str:
    """The next level's criteria not met yet ("5, 13, 18"); the level is the column's."""
    if commune.next_level is None:
        return ""
    if not commune.missing:
        return "Đủ tiêu chí"
    return ", ".join(m.code for m in commune.missing)


def _communes(o: RuralOverview, several: bool, table_number: int) -> list[Block]:
    sets = list(o.sets)
    columns = [Column("TT", 0.45, align="center"), Column("Xã", 1.95)]
    if several:
        columns.append(Column("Thuộc", 1.15))
    columns.append(Column("Mức đạt chuẩn", 1.05, align="center"))
    columns += [Column(_SHORT[s.code], 0.75, align="center") for s in sets]
    columns += [
        Column("Mức tiếp theo", 0.95, align="center"),
        Column("Tiêu chí còn thiếu", 1.2),
        Column(f"Kế hoạch năm {o.year}", 0.95, align="center"),
    ]
    rows: list[list[CellValue]] = []
    for number, commune in enumerate(o.communes, 1):
        line: list[CellValue] = [number, commune.unit_name]
        if several:
            line.append(short_name(commune.district_name))
        line.append(_SHORT[commune.level] if commune.level else "Chưa đạt")
        for criteria_set in sets:
            score = commune.score(criteria_set.code)
            line.append(score.text if score is not None else "")
        line += [
            _SHORT[commune.next_level] if commune.next_level else "",
            _missing(commune),
            _SHORT[commune.plan] if commune.plan else "",
        ]
        rows.append(line)
    first = len(columns) - len(sets) - 3
    blocks: list[Block] = [
        TableBlock(
            columns=columns,
            rows=rows,
            # No criteria set applies to the year (2026: the 2021-2025 sets ended): no group.
            groups=[
                [
                    *(
                        [HeaderGroup("Số tiêu chí đạt", first, first + len(sets) - 1)]
                        if sets
                        else []
                    ),
                    HeaderGroup("Để đạt mức tiếp theo", first + len(sets), first + len(sets) + 1),
                ]
            ],
            caption=f"Biểu {table_number}. Tình hình từng xã",
            font_size=10,
        )
    ]
    warned = [c for c in o.communes if c.warnings]
    if warned:
        blocks.append(Para("; ".join(w for c in warned for w in c.warnings) + "."))
    recorded = sum(1 for c in o.communes if c.recorded)
    if recorded < len(o.communes):
        blocks.append(
            Para(f"Còn {len(o.communes) - recorded} xã chưa có số liệu đánh giá tiêu chí.")
        )
    return blocks
