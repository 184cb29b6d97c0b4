"""Báo cáo xã, phường, thị trấn "an toàn về ANTT" và "3 không": shares, shortfalls and why."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from thidua_desktop.domain.dates import format_date
from thidua_desktop.domain.evaluation import Status
from thidua_desktop.domain.numbers import format_number
from thidua_desktop.domain.security import Assessment
from thidua_desktop.domain.units import commune_kinds_phrase
from thidua_desktop.reports.builders.common import (
    MAX_CHART_BARS,
    Context,
    TableNumbers,
    closing,
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
    Cell,
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
    from thidua_desktop.services.security.rows import (
        ScopeSummary,
        SecurityOverview,
        SecurityUnitRow,
    )
    from thidua_desktop.store.engine import Database

__all__ = ["SecurityData", "build", "compose", "district_table", "gather", "key_paragraphs"]

SUBJECT = (
    "Tình hình xây dựng {communes} đạt tiêu chuẩn “an toàn về an ninh, trật tự” "
    "và “3 không” năm {year}"
)
TT124 = (
    "Thông tư số 124/2021/TT-BCA ngày 28/12/2021 của Bộ trưởng Bộ Công an quy định về khu dân "
    "cư, xã, phường, thị trấn, cơ quan, doanh nghiệp, cơ sở giáo dục đạt tiêu chuẩn “An toàn về "
    "an ninh, trật tự”"
)
_ASSESSMENT_TEXT = {
    Assessment.MET: "Đạt",
    Assessment.NOT_MET: "Chưa đạt",
    Assessment.PENDING: "Chưa đánh giá",
}


@dataclass(frozen=True)
class SecurityData:
    overview: SecurityOverview
    campaign: CampaignRow | None  # the campaign whose indicator sets the target


def gather(db: Database, context: Context) -> SecurityData:
    from thidua_desktop.services.campaigns.definitions import get_campaign
    from thidua_desktop.services.security.status import security_overview

    overview = security_overview(db, year=context.year, unit_code=context.unit_code)
    campaign = None
    if overview.target_source:
        campaign = get_campaign(db, overview.target_source.split("/")[0])[0]
    return SecurityData(overview, campaign)


def build(db: Database, context: Context) -> DocumentSpec:
    return compose(context, gather(db, context))


def compose(context: Context, data: SecurityData) -> DocumentSpec:
    o = data.overview
    subject = SUBJECT.format(year=context.year, communes=commune_kinds_phrase(context.year))
    if not context.own:
        subject += f"\ntrên địa bàn {context.unit_phrase}"
    references = [TT124]
    if data.campaign is not None and data.campaign.doc_number:
        c = data.campaign
        references.append(document_reference(c.doc_number, c.doc_date, c.doc_issuer))
    body: list[Block] = [
        Para(
            f"Thực hiện {' và '.join(references)}, kết quả xây dựng "
            f"{commune_kinds_phrase(o.year)} đạt "
            f"tiêu chuẩn “an toàn về an ninh, trật tự” và “3 không” (không tội phạm, không ma "
            f"túy, không mại dâm) năm {o.year} của {context.unit_phrase} (kỳ đánh giá từ ngày "
            f"{format_date(o.window_start)} đến ngày {format_date(o.window_end)}) như sau:"
        )
    ]
    section = 0

    def heading(text: str) -> Heading:
        nonlocal section
        section += 1
        return Heading(f"{roman(section)}. {text}")

    body.append(heading("KẾT QUẢ CHUNG"))
    body += key_paragraphs(context, o)
    several = len(o.districts) > 1
    tables = TableNumbers()
    if several:
        phrase = kinds_phrase(d.unit_name for d in o.districts)
        body.append(district_table(o, tables.next(f"Kết quả theo {phrase}"), phrase))
        if len(o.districts) <= MAX_CHART_BARS:
            body.append(district_chart(o, phrase))
    elif o.units and o.total.recorded:
        body.append(_scope_table(o, tables.next(f"Kết quả chung của {context.unit_phrase}")))
        body.append(_shares_chart(o))
    if o.units:
        body.append(heading("CÁC ĐƠN VỊ CHƯA ĐẠT VÀ NGUYÊN NHÂN"))
        body += _shortfalls(o, several, tables)
        body.append(heading("TÌNH HÌNH TỪNG ĐƠN VỊ"))
        body.append(_units_table(o, several, tables))
    body.append(
        closing(
            f"tình hình xây dựng {commune_kinds_phrase(o.year)} đạt tiêu chuẩn “an toàn về an "
            f"ninh, trật tự” và “3 không” năm {o.year} của {context.unit_phrase}"
        )
    )
    return document(context, subject=subject, body=body)


def key_paragraphs(context: Context, o: SecurityOverview) -> list[Block]:
    """The scope's figures in sentences: counts, shares, the target, the year before."""
    t = o.total
    if not o.units:
        communes = commune_kinds_phrase(o.year)
        return [Para(f"Năm {o.year}, {context.unit_phrase} không có {communes} nào.")]
    if not t.recorded:
        return [
            Para(
                f"{context.unit_phrase[0].upper()}{context.unit_phrase[1:]} có {t.units} "
                f"{commune_kinds_phrase(o.year)}; chưa có số liệu đánh giá năm {o.year}."
            )
        ]
    target = f"≥ {format_number(o.target_percent)}%"
    text = (
        f"{context.unit_phrase[0].upper()}{context.unit_phrase[1:]} có {t.units} "
        f"{commune_kinds_phrase(o.year)}"
    )
    if t.recorded < t.units:
        text += f" (đã có số liệu của {t.recorded} đơn vị)"
    text += (
        f"; {t.three_khong} đơn vị đạt “3 không” ({percent_text(t.three_khong_percent)}), "
        f"{t.antt} đơn vị đạt chuẩn “an toàn về an ninh, trật tự” "
        f"({percent_text(t.antt_percent)}); {t.both} đơn vị đạt cả hai "
        f"({percent_text(t.both_percent)}), so với chỉ tiêu {target}: "
        f"{t.target_status.label}."
    )
    paragraphs: list[Block] = [Para(text)]
    if t.previous_both_percent is not None and t.both_percent is not None:
        change = t.both_percent - t.previous_both_percent
        trend = (
            f"tăng {format_number(change, 2)} điểm phần trăm"
            if change > 0
            else f"giảm {format_number(-change, 2)} điểm phần trăm"
            if change < 0
            else "không thay đổi"
        )
        paragraphs.append(
            Para(
                f"So với năm {o.year - 1} ({percent_text(t.previous_both_percent)}), tỷ lệ đơn "
                f"vị đạt cả hai {trend}; {t.gained} đơn vị mới đạt, {t.lost} đơn vị không còn "
                "đạt."
            )
        )
    return paragraphs


def district_table(o: SecurityOverview, caption: str, phrase: str) -> TableBlock:
    """Counts and shares per district, the scope as the totals row."""

    def line(first: int | str, name: str, s: ScopeSummary) -> list[CellValue]:
        return [
            first,
            name,
            s.units,
            s.three_khong,
            s.three_khong_percent,
            s.antt,
            s.antt_percent,
            s.both,
            s.both_percent,
            s.previous_both_percent,
            status_cell(s.target_status),
        ]

    return TableBlock(
        columns=[
            Column("TT", 0.45, align="center"),
            Column(phrase[0].upper() + phrase[1:], 1.8),
            Column("Số đơn vị", 0.7, "number"),
            Column("Số đơn vị", 0.7, "number"),
            Column("Tỷ lệ", 0.98, "percent", decimals=2),
            Column("Số đơn vị", 0.7, "number"),
            Column("Tỷ lệ", 0.98, "percent", decimals=2),
            Column("Số đơn vị", 0.7, "number"),
            Column("Tỷ lệ", 0.98, "percent", decimals=2),
            Column(f"Tỷ lệ năm {o.year - 1}", 0.98, "percent", decimals=2),
            Column("So với chỉ tiêu", 1.1, align="center"),
        ],
        groups=[
            [
                HeaderGroup("“3 không”", 3, 4),
                HeaderGroup("An toàn về ANTT", 5, 6),
                HeaderGroup("Đạt cả hai", 7, 10),
            ]
        ],
        rows=[line(n, d.unit_name, d) for n, d in enumerate(o.districts, 1)],
        totals=line("", f"Toàn {kinds_phrase([o.scope_name])}", o.total),
        caption=caption,
        font_size=10,
    )


def district_chart(o: SecurityOverview, phrase: str) -> ChartBlock:
    return ChartBlock(
        categories=[short_name(d.unit_name) for d in o.districts],
        series=[Series("Tỷ lệ đạt cả hai", [d.both_percent for d in o.districts])],
        title=f"Tỷ lệ đơn vị đạt cả “3 không” và “an toàn về ANTT” của các {phrase} (%)",
        horizontal=True,
        target=o.target_percent,
        target_label=f"Chỉ tiêu: ≥ {format_number(o.target_percent)}%",
        unit="%",
        decimals=2,
        value_max=100,
    )


def _scope_table(o: SecurityOverview, caption: str) -> TableBlock:
    """A scope without districts (a quận, huyện): its three shares, this year and last."""
    t = o.total
    rows: list[list[CellValue]] = [
        ["1", "Đạt “3 không”", t.three_khong, t.three_khong_percent, None, ""],
        ["2", "Đạt chuẩn “an toàn về an ninh, trật tự”", t.antt, t.antt_percent, None, ""],
        [
            "3",
            "Đạt cả hai",
            t.both,
            t.both_percent,
            t.previous_both_percent,
            status_cell(t.target_status),
        ],
    ]
    return TableBlock(
        columns=[
            Column("TT", 0.45, align="center"),
            Column("Nội dung", 2.8),
            Column(f"Số đơn vị (trên {t.units})", 1.1, "number"),
            Column(f"Tỷ lệ năm {o.year}", 1.0, "percent", decimals=2),
            Column(f"Tỷ lệ năm {o.year - 1}", 1.0, "percent", decimals=2),
            Column(f"So với chỉ tiêu ≥ {format_number(o.target_percent)}%", 1.1, align="center"),
        ],
        rows=rows,
        caption=caption,
    )


def _shares_chart(o: SecurityOverview) -> ChartBlock:
    t = o.total
    return ChartBlock(
        categories=["Đạt “3 không”", "Đạt an toàn về ANTT", "Đạt cả hai"],
        series=[Series("Tỷ lệ", [t.three_khong_percent, t.antt_percent, t.both_percent])],
        title=f"Tỷ lệ {commune_kinds_phrase(o.year)} đạt chuẩn (%)",
        horizontal=True,
        target=o.target_percent,
        target_label=f"Chỉ tiêu: ≥ {format_number(o.target_percent)}%",
        unit="%",
        decimals=2,
        value_max=100,
    )


def _reasons(row: SecurityUnitRow) -> tuple[str, str]:
    failing = "; ".join(row.failing)
    pending = "; ".join(row.pending)
    return failing, pending


def _shortfalls(o: SecurityOverview, several: bool, tables: TableNumbers) -> list[Block]:
    short = o.shortfalls
    if not short:
        return [Para("Tất cả các đơn vị đều đạt cả “3 không” và “an toàn về an ninh, trật tự”.")]
    failing = sum(1 for r in short if r.failing)
    waiting = len(short) - failing
    text = f"Có {len(short)} đơn vị chưa đạt cả hai tiêu chuẩn"
    details = []
    if failing:
        details.append(f"{failing} đơn vị có nội dung chưa đạt")
    if waiting:
        details.append(f"{waiting} đơn vị còn nội dung chưa được đánh giá")
    text += f" ({', '.join(details)}):" if details else ":"
    columns = [Column("TT", 0.45, align="center"), Column("Đơn vị", 1.9)]
    if several:
        columns.append(Column("Thuộc", 1.55))
    columns += [Column("Nội dung chưa đạt", 1.9), Column("Chưa đánh giá", 1.45)]
    rows: list[list[CellValue]] = []
    for number, row in enumerate(short, 1):
        reasons = _reasons(row)
        line: list[CellValue] = [number, row.unit_name]
        if several:
            line.append(row.district_name)
        rows.append([*line, *reasons])
    caption = tables.next("Các đơn vị chưa đạt cả hai tiêu chuẩn")
    return [Para(text), TableBlock(columns=columns, rows=rows, caption=caption)]


def _assessment(status: Assessment) -> Cell | str:
    """Only what falls short is coloured: a page of green would hide it."""
    text = _ASSESSMENT_TEXT[status]
    if status is Assessment.MET:
        return text
    return Cell.bad(text) if status is Assessment.NOT_MET else Cell.neutral(text)


def _units_table(o: SecurityOverview, several: bool, tables: TableNumbers) -> TableBlock:
    components = list(o.components)
    columns = [Column("TT", 0.45, align="center"), Column("Đơn vị", 1.9)]
    if several:
        columns.append(Column("Thuộc", 1.25))
    columns += [Column(c.label, 1.0, align="center") for c in components]
    columns += [
        Column("An toàn về ANTT", 1.0, align="center"),
        Column("Đạt cả hai", 0.85, align="center"),
    ]
    rows: list[list[CellValue]] = []
    for number, row in enumerate(o.units, 1):
        line: list[CellValue] = [number, row.unit_name]
        if several:
            line.append(short_name(row.district_name))
        for component in components:
            state = row.component(component.code)
            line.append(_assessment(state.status if state else Assessment.PENDING))
        line.append(_assessment(row.antt_result))
        line.append(status_cell(Status.MET) if row.both else "Chưa đạt")
        rows.append(line)
    return TableBlock(
        columns=columns,
        rows=rows,
        caption=tables.next(f"Tình hình từng {kinds_phrase(u.unit_name for u in o.units)}"),
        font_size=10,
    )
