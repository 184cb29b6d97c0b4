"""Báo cáo tổng hợp công tác thi đua: the year's targets, "3 không"/ANTT and nông thôn mới."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from thidua_desktop.domain.dates import format_date
from thidua_desktop.domain.evaluation import Status
from thidua_desktop.domain.numbers import format_number
from thidua_desktop.domain.units import commune_kinds_phrase
from thidua_desktop.reports.builders import campaigns as campaign_report
from thidua_desktop.reports.builders import rural as rural_report
from thidua_desktop.reports.builders import security as security_report
from thidua_desktop.reports.builders.common import (
    Context,
    closing,
    count_scale,
    document,
    in_sentence,
    kinds_phrase,
    percent_text,
    roman,
    status_sentence,
)
from thidua_desktop.reports.document import (
    Block,
    ChartBlock,
    DocumentSpec,
    Heading,
    Para,
    Series,
)

if TYPE_CHECKING:
    from thidua_desktop.services.lineage.transition import YearTransition
    from thidua_desktop.store.engine import Database

__all__ = ["SummaryData", "build", "compose", "gather"]


@dataclass(frozen=True)
class SummaryData:
    campaigns: Sequence[campaign_report.CampaignSection]
    security: security_report.SecurityData
    rural: rural_report.RuralData
    transition: YearTransition | None = None  # the year the unit's communes changed (2025)


def gather(db: Database, context: Context, *, campaign_code: str | None = None) -> SummaryData:
    from thidua_desktop.services.lineage.transition import year_transition

    return SummaryData(
        campaigns=campaign_report.gather(db, context, campaign_code=campaign_code),
        security=security_report.gather(db, context),
        rural=rural_report.gather(db, context),
        transition=year_transition(db, context.unit_code, context.year),
    )


def build(db: Database, context: Context, *, campaign_code: str | None = None) -> DocumentSpec:
    return compose(context, gather(db, context, campaign_code=campaign_code))


def compose(context: Context, data: SummaryData) -> DocumentSpec:
    subject = f"Tổng hợp kết quả công tác thi đua năm {context.year}"
    if not context.own:
        subject += f"\ncủa {context.unit_phrase}"
    campaigns = [s.campaign for s in data.campaigns]
    body: list[Block] = [Para(campaign_report.introduction(context, campaigns))]
    number = 0

    def heading(text: str) -> Heading:
        nonlocal number
        number += 1
        return Heading(f"{roman(number)}. {text}")

    tables = iter(range(1, 100))
    counts = dict.fromkeys(Status, 0)
    if data.transition is not None:
        body.append(heading("SẮP XẾP ĐƠN VỊ HÀNH CHÍNH TRONG NĂM"))
        body += transition_paragraphs(context, data.transition)
    body.append(heading("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU THI ĐUA"))
    if not data.campaigns:
        body.append(Para(f"Năm {context.year} không có phong trào thi đua nào đang theo dõi."))
    for index, section in enumerate(data.campaigns, 1):
        mine = campaign_report.status_counts(section.rows)
        for status, count in mine.items():
            counts[status] += count
        body.append(Heading(f"{index}. {section.campaign.title}", level=2))
        if section.rows:
            body.append(Para(f"Kết quả: {status_sentence(mine)}."))
            caption = (
                f"Biểu {next(tables)}. Kết quả thực hiện các chỉ tiêu ({section.campaign.code})"
            )
            body.append(campaign_report.scope_table(section.rows, caption))
    if sum(counts.values()):
        every = " (tất cả phong trào)" if len(data.campaigns) > 1 else ""
        body.append(_status_chart(counts, every))

    o = data.security.overview
    kinds = commune_kinds_phrase(context.year)
    body.append(heading(f"{kinds.upper()} “AN TOÀN VỀ AN NINH, TRẬT TỰ” VÀ “3 KHÔNG”"))
    body += security_report.key_paragraphs(context, o)
    if len(o.districts) > 1:
        phrase = kinds_phrase(d.unit_name for d in o.districts)
        body.append(
            security_report.district_table(o, f"Biểu {next(tables)}. Kết quả theo {phrase}", phrase)
        )
    if o.shortfalls:
        names = ", ".join(u.unit_name for u in o.shortfalls[:12])
        more = f" và {len(o.shortfalls) - 12} đơn vị khác" if len(o.shortfalls) > 12 else ""
        body.append(Para(f"Các đơn vị chưa đạt cả hai tiêu chuẩn: {names}{more}."))

    r = data.rural.overview
    body.append(heading("XÂY DỰNG NÔNG THÔN MỚI"))
    body += rural_report.key_paragraphs(context, r)
    if r.communes and len(r.districts) > 1:
        phrase = kinds_phrase(d.unit_name for d in r.districts)
        body.append(
            rural_report.levels_table(r, f"Biểu {next(tables)}. Số xã theo mức đạt chuẩn", phrase)
        )

    body.append(heading("ĐÁNH GIÁ CHUNG"))
    body.append(Para(_overall(context, counts, data)))
    body.append(
        closing(f"tổng hợp kết quả công tác thi đua năm {context.year} của {context.unit_phrase}")
    )
    return document(context, subject=subject, body=body)


def transition_paragraphs(context: Context, t: YearTransition) -> list[Block]:
    """The year's two structures, before and after the change, and what is counted: the units
    of the year's last day; the records of the units that ended are named, never added."""
    day = format_date(t.changed_on)
    kinds = ", ".join(kind.label for kind in t.kinds_after) or "xã"
    paragraphs: list[Block] = []
    if t.predecessor_names:
        names = ", ".join(in_sentence(name) for name in t.predecessor_names)
        paragraphs.append(
            Para(
                f"Từ ngày {day}, {context.unit_phrase} được thành lập trên cơ sở {names} "
                f"(trước ngày {day} là {t.communes_before} đơn vị hành chính cấp xã)."
            )
        )
    else:
        where = "; ".join(f"{in_sentence(name)} {format_number(n)}" for name, n in t.origins)
        districts = (
            f"không còn cấp huyện ({t.districts_before} đơn vị cấp huyện trước đây); "
            if t.districts_before
            else ""
        )
        paragraphs.append(
            Para(
                f"Từ ngày {day}, {context.unit_phrase} tổ chức chính quyền địa phương hai cấp: "
                f"{districts}{format_number(t.communes_after)} {kinds} trực thuộc được hình thành "
                f"từ {format_number(t.communes_before)} xã, phường, thị trấn trước sắp xếp"
                + (f" ({where})." if where else ".")
            )
        )
    counted = f"Số liệu năm {t.year} trong báo cáo này tính theo " + (
        f"{format_number(t.communes_after)} {kinds} từ ngày {day}"
        if not t.predecessor_names
        else f"{context.unit_phrase} từ ngày {day}"
    )
    if t.records_before:
        what = ", ".join(f"{format_number(n)} {label}" for label, n in t.records_before)
        paragraphs.append(
            Para(
                f"{counted}. Số liệu năm {t.year} đã ghi cho các đơn vị trước sắp xếp ({what}) "
                "được lưu riêng theo từng đơn vị tiền thân, không cộng vào các số dưới đây để "
                "không tính trùng."
            )
        )
    else:
        paragraphs.append(
            Para(
                f"{counted}; không có số liệu năm {t.year} nào ghi riêng cho các đơn vị trước "
                "sắp xếp, nên không có số liệu tính trùng."
            )
        )
    return paragraphs


def _status_chart(counts: dict[Status, int], every: str) -> ChartBlock:
    order = (Status.EXCEEDED, Status.MET, Status.BELOW, Status.NO_DATA)
    return ChartBlock(
        categories=["Vượt", "Đạt", "Không đạt", "Chưa có số liệu"],
        series=[Series("Số chỉ tiêu", [counts[s] for s in order])],
        value_max=count_scale(counts.values()),
        title=f"Số chỉ tiêu theo kết quả đánh giá{every}",
        decimals=0,
        height_mm=55,
    )


def _overall(context: Context, counts: dict[Status, int], data: SummaryData) -> str:
    parts = []
    if sum(counts.values()):
        sentence = status_sentence(counts).replace(" chỉ tiêu", " chỉ tiêu thi đua", 1)
        parts.append(f"{context.unit_phrase} {sentence}")
    t = data.security.overview.total
    if t.both_percent is not None:
        parts.append(
            f"tỷ lệ {commune_kinds_phrase(context.year)} đạt cả “an toàn về an ninh, trật tự” và "
            "“3 không” "
            f"là {percent_text(t.both_percent)} ({t.target_status.label} so với chỉ tiêu)"
        )
    rt = data.rural.overview.total
    if rt.communes:
        new = sum(p.new for p in rt.plans)
        parts.append(f"{new} lượt xã được công nhận đạt chuẩn nông thôn mới các mức trong năm")
    if not parts:
        return f"Năm {context.year} chưa có số liệu để đánh giá."
    return f"Năm {context.year}, " + "; ".join(parts) + "."
