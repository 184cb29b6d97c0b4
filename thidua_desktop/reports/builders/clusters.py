"""The papers of a cụm, khối thi đua, from its scoring:

- the **bảng tổng hợp kết quả chấm điểm**: each member's points by top-level criterion, bonus,
  deduction, its self-score beside the reviewed total, and its rank (the tie-break stated);
- the **phiếu chấm điểm** of every member, one per page: each criterion with its maximum, the
  member's own points and evidence, the cluster's points and the reason for each change.

Both are DocumentSpecs of the organising Hội đồng TĐKT: PDF, Excel and an editable .docx."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

from thidua_desktop.domain.clusters import Criterion, CriterionKind, subtotal
from thidua_desktop.domain.dates import format_date
from thidua_desktop.domain.errors import UserError
from thidua_desktop.domain.units import short_name
from thidua_desktop.reports.builders.common import FILE_UNSAFE, Report
from thidua_desktop.reports.document import (
    Block,
    Cell,
    CellValue,
    Column,
    DocumentSpec,
    NewPage,
    Para,
    Signer,
    TableBlock,
    format_number_symbol,
)

if TYPE_CHECKING:
    from thidua_desktop.services.clusters.rows import ClusterDetail, MemberScores, Ranking
    from thidua_desktop.store.engine import Database

RANKING, SHEETS = "cluster-ranking", "cluster-sheets"
KINDS = (RANKING, SHEETS)


def build(db: Database, kind: str, cluster_id: int, *, year: int | None = None,
          day: dt.date | None = None) -> Report:  # fmt: skip
    """The bảng tổng hợp (`RANKING`) or the members' phiếu chấm điểm (`SHEETS`) of a cluster."""
    from thidua_desktop.services.clusters.clusters import get_cluster
    from thidua_desktop.services.clusters.scores import cluster_ranking, member_scores

    detail = get_cluster(db, cluster_id)
    c = detail.cluster
    if year is not None and year != c.year:
        raise UserError(f"{c.name} thuộc năm {c.year}, không phải năm {year}.")
    if not detail.criteria:
        raise UserError(f"{c.name} chưa có bảng chấm điểm.")
    day = day or dt.date.today()
    if kind == RANKING:
        spec = ranking_spec(detail, cluster_ranking(db, cluster_id), day)
        stem = f"Bảng tổng hợp chấm điểm thi đua {c.year} - {c.name}"
    elif kind == SHEETS:
        sheets = [member_scores(db, cluster_id, m.unit_code) for m in detail.members]
        spec = sheets_spec(detail, sheets, day)
        stem = f"Phiếu chấm điểm thi đua {c.year} - {c.name}"
    else:
        raise UserError(f'Không có loại văn bản cụm, khối "{kind}".')
    return Report(kind, spec, False, " ".join(FILE_UNSAFE.sub("-", stem).split()))


def _criteria(detail: ClusterDetail) -> list[Criterion]:
    return [
        Criterion(c.code, c.title, c.max_points, c.kind, c.parent, c.evidence)
        for c in detail.criteria
    ]


def _letterhead(detail: ClusterDetail) -> tuple[str, str, str]:
    """(the UBND above the council, the council, the place of the date line)."""
    council = detail.cluster.council_unit_name
    return (
        f"ỦY BAN NHÂN DÂN\n{council.upper()}",
        "HỘI ĐỒNG THI ĐUA -\nKHEN THƯỞNG",
        short_name(council),
    )


def _intro(detail: ClusterDetail) -> list[Block]:
    c = detail.cluster
    text = f"{c.name} gồm {c.members} thành viên"
    if c.head:
        text += f", trưởng cụm, khối: {c.head}"
    text += "."
    if c.agreement_number or c.agreement_date:
        when = f" ngày {format_date(c.agreement_date)}" if c.agreement_date else ""
        text += f" Giao ước thi đua số {c.agreement_number or '…'}{when}."
    return [Para(text)]


def ranking_spec(detail: ClusterDetail, ranking: Ranking, day: dt.date) -> DocumentSpec:
    """Members by rank with their points by top-level criterion."""
    from thidua_desktop.services.clusters.rows import RankingRow

    c = detail.cluster
    criteria = _criteria(detail)
    top = [k for k in criteria if k.parent is None and k.kind is CriterionKind.SCORE]
    columns = [
        Column("Hạng", 0.7, align="center"),
        Column("Đơn vị", 2.2),
        *(Column(f"{k.code}. {k.title} ({_points(k.max_points)})", 1.1, "number") for k in top),
        Column("Điểm thưởng", 0.8, "number"),
        Column("Điểm trừ", 0.8, "number"),
        Column("Tự chấm", 0.8, "number"),
        Column("Tổng điểm", 0.9, "number"),
    ]
    points = _reviewed_points(detail, ranking)

    def row(r: RankingRow) -> list[CellValue]:
        mine = points.get(r.unit_code, {})
        return [
            f"{r.rank}{' (đồng hạng)' if r.tied else ''}",
            r.unit_name,
            *(subtotal(criteria, mine, k.code) for k in top),
            r.totals.bonus,
            r.totals.deduction,
            r.self_total,
            Cell(r.totals.total, bold=True),
        ]

    body: list[Block] = _intro(detail)
    rule = (
        f"Bằng điểm thì xét điểm tiêu chí {', '.join(ranking.tie_break)}, rồi điểm trừ ít hơn."
        if ranking.tie_break
        else "Bằng điểm thì xét điểm trừ ít hơn."
    )
    body.append(
        Para(
            "Tổng điểm là điểm các tiêu chí cộng điểm thưởng, trừ điểm trừ, theo kết quả cụm, khối "
            f"chấm chéo (điểm tự chấm nếu cụm giữ nguyên). {rule}"
        )
    )
    if c.published_on is not None:
        body.append(Para(f"Kết quả đã công bố ngày {format_date(c.published_on)}."))
    if ranking.missing:
        body.append(Para(f"Chưa có điểm: {', '.join(ranking.missing)}.", italic=True))
    body.append(
        TableBlock(
            columns=columns,
            rows=[row(r) for r in ranking.rows],
            caption=f"Kết quả chấm điểm thi đua năm {c.year}",
            font_size=10,
        )
    )
    parent, council, place = _letterhead(detail)
    return DocumentSpec(
        issuer=council,
        issuer_parent=parent,
        number_symbol=format_number_symbol("BTH-HĐTĐKT"),
        place=place,
        date=day,
        doc_type="BẢNG TỔNG HỢP",
        subject=f"Kết quả chấm điểm thi đua năm {c.year} của {c.name}",
        body=body,
        recipients=["Các thành viên cụm, khối;", "Lưu: VT."],
        signer=Signer(title="TM. HỘI ĐỒNG\nCHỦ TỊCH", name=""),
        landscape=len(top) > 3,
    )


def _reviewed_points(detail: ClusterDetail, ranking: Ranking) -> dict[str, dict[str, Decimal]]:
    """Each member's counted points by criterion, as the ranking counted them."""
    return {row.unit_code: dict(row.points) for row in ranking.rows}


def sheets_spec(detail: ClusterDetail, sheets: list[MemberScores], day: dt.date) -> DocumentSpec:
    """One phiếu chấm điểm per member, each from a new page."""
    c = detail.cluster
    body: list[Block] = []
    for number, member in enumerate(sheets):
        if number:
            body.append(NewPage())
        by_code = {s.criterion_code: s for s in member.scores}
        rows: list[list[CellValue]] = []
        for k in detail.criteria:
            score = by_code.get(k.code)
            title = ("    " * (k.depth - 1)) + f"{k.code}. {k.title}"
            if not k.scored:
                rows.append([Cell(title, bold=True), Cell(k.max_points, bold=True), None, "",
                             None, ""])  # fmt: skip
                continue
            rows.append(
                [
                    title,
                    k.max_points,
                    score.self_points if score else None,
                    score.self_note if score else "",
                    score.review_points if score else None,
                    score.review_reason if score else "",
                ]
            )
        body.append(Para(f"Đơn vị: {member.unit_name}", bold=True, indent=False))
        body.append(
            TableBlock(
                columns=[
                    Column("Tiêu chí", 3.2),
                    Column("Điểm tối đa", 0.8, "number"),
                    Column("Tự chấm", 0.8, "number"),
                    Column("Minh chứng", 1.6),
                    Column("Cụm chấm", 0.8, "number"),
                    Column("Lý do sửa điểm", 1.6),
                ],
                rows=rows,
                totals=[
                    "Tổng điểm (tiêu chí + thưởng − trừ)",
                    None,
                    member.self_totals.total,
                    "",
                    member.totals.total,
                    "",
                ],
                caption=f"Phiếu chấm điểm — {member.unit_name}",
                font_size=10,
            )
        )
    parent, council, place = _letterhead(detail)
    return DocumentSpec(
        issuer=council,
        issuer_parent=parent,
        place=place,
        date=day,
        doc_type="PHIẾU CHẤM ĐIỂM",
        subject=f"Thi đua năm {c.year} của {c.name}",
        body=body,
        signer=Signer(title="TRƯỞNG CỤM, KHỐI", name=""),
        co_signer=Signer(title="THỦ TRƯỞNG ĐƠN VỊ", name=""),
        landscape=True,
    )


def _points(value: Decimal) -> str:
    from thidua_desktop.domain.numbers import format_number

    return format_number(value)
