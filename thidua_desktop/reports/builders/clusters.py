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
AGREEMENT, MINUTES = "cluster-agreement", "cluster-minutes"
KINDS = (RANKING, SHEETS, AGREEMENT, MINUTES)


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
    elif kind == AGREEMENT:
        spec = agreement_spec(detail, day)
        stem = f"Giao ước thi đua {c.year} - {c.name}"
    elif kind == MINUTES:
        sheets = [member_scores(db, cluster_id, m.unit_code) for m in detail.members]
        spec = minutes_spec(detail, cluster_ranking(db, cluster_id), sheets, day)
        stem = f"Biên bản họp chấm điểm thi đua {c.year} - {c.name}"
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


def _members_table(detail: ClusterDetail) -> TableBlock:
    return TableBlock(
        columns=[
            Column("TT", 0.4, align="center"),
            Column("Đơn vị", 2.6),
            Column("Vai trò", 1.4),
            Column("Đại diện ký (họ tên, chức vụ)", 2.4),
        ],
        rows=[[n, m.unit_name, m.role.label, ""] for n, m in enumerate(detail.members, start=1)],
        font_size=11,
    )


def agreement_spec(detail: ClusterDetail, day: dt.date) -> DocumentSpec:
    """The giao ước thi đua the members sign early in the year: who, what they commit to (the
    scoring table's criteria with their points), how they are scored and when."""
    c = detail.cluster
    criteria = _criteria(detail)
    body: list[Block] = [
        Para(
            f"Thực hiện phong trào thi đua năm {c.year}, các đơn vị thành viên {c.name} thống "
            "nhất ký kết giao ước thi đua với các nội dung sau:"
        ),
        Para("1. Các đơn vị tham gia ký kết", bold=True, indent=False),
        _members_table(detail),
        Para("2. Nội dung thi đua và thang điểm", bold=True, indent=False),
        TableBlock(
            columns=[
                Column("Tiêu chí", 3.4),
                Column("Điểm tối đa", 0.9, "number"),
                Column("Minh chứng", 2.0),
            ],
            rows=[
                [("    " * (k.depth - 1)) + f"{k.code}. {k.title}", k.max_points, k.evidence]
                for k in detail.criteria
            ],
            font_size=10,
        ),
        Para("3. Chấm điểm, xếp hạng", bold=True, indent=False),
        Para(
            "Các đơn vị tự chấm điểm theo thang điểm trên"
            + (f" trước ngày {format_date(c.self_score_due)}" if c.self_score_due else "")
            + "; cụm, khối họp chấm chéo"
            + (f" trước ngày {format_date(c.review_due)}" if c.review_due else "")
            + ". Tổng điểm là điểm các tiêu chí cộng điểm thưởng, trừ điểm trừ; "
            + (
                f"bằng điểm thì xét điểm tiêu chí {', '.join(detail.tie_break)}, rồi điểm trừ "
                "ít hơn."
                if detail.tie_break
                else "bằng điểm thì xét điểm trừ ít hơn."
            )
            + " Kết quả là căn cứ để cụm, khối đề nghị Cờ thi đua, Bằng khen."
        ),
        Para(
            f"Giao ước gồm {len([k for k in criteria if k.parent is None])} nhóm tiêu chí, có "
            "hiệu lực từ ngày ký; các đơn vị cam kết thực hiện nghiêm túc./."
        ),
    ]
    parent, _council, place = _letterhead(detail)
    return DocumentSpec(
        issuer=c.name.upper(),
        issuer_parent=parent,
        number_symbol=(
            f"Số: {c.agreement_number}" if c.agreement_number else format_number_symbol("GƯTĐ")
        ),
        place=place,
        date=c.agreement_date or day,
        doc_type="GIAO ƯỚC THI ĐUA",
        subject=f"Năm {c.year}",
        body=body,
        co_signer=Signer(title="ĐẠI DIỆN CÁC ĐƠN VỊ THÀNH VIÊN", name=""),
        signer=Signer(title="TRƯỞNG CỤM, KHỐI", name=""),
    )


def minutes_spec(
    detail: ClusterDetail, ranking: Ranking, sheets: list[MemberScores], day: dt.date
) -> DocumentSpec:
    """The biên bản of the cluster's review meeting: who met, each member's self-score and
    the points the cluster changed with the reasons, the ranking agreed."""
    c = detail.cluster
    titles = {k.code: k.title for k in detail.criteria}
    changes: list[list[CellValue]] = []
    for member in sheets:
        for score in member.scores:
            if score.review_points is not None and score.review_points != score.self_points:
                changes.append(
                    [
                        member.unit_name,
                        f"{score.criterion_code}. {titles.get(score.criterion_code, '')}",
                        score.self_points,
                        score.review_points,
                        score.review_reason,
                    ]
                )
    body: list[Block] = [
        Para(
            f"Vào lúc … giờ … ngày {format_date(day)}, tại …………………………, {c.name} họp chấm chéo "
            f"kết quả thi đua năm {c.year} của các đơn vị thành viên."
        ),
        Para("I. THÀNH PHẦN", bold=True, indent=False),
        _members_table(detail),
        Para("II. NỘI DUNG", bold=True, indent=False),
        Para(
            f"Cụm, khối xem xét kết quả tự chấm điểm của {len(sheets)} đơn vị theo bảng chấm "
            f"điểm {_points(c.max_total)} điểm (kể cả điểm thưởng) và thống nhất điều chỉnh "
            f"{len(changes)} tiêu chí như sau:"
            if changes
            else f"Cụm, khối xem xét kết quả tự chấm điểm của {len(sheets)} đơn vị và thống "
            "nhất giữ nguyên điểm tự chấm."
        ),
    ]
    if changes:
        body.append(
            TableBlock(
                columns=[
                    Column("Đơn vị", 1.6),
                    Column("Tiêu chí", 2.4),
                    Column("Tự chấm", 0.8, "number"),
                    Column("Cụm chấm", 0.8, "number"),
                    Column("Lý do", 2.0),
                ],
                rows=changes,
                font_size=10,
            )
        )
    body.append(Para("III. KẾT QUẢ XẾP HẠNG", bold=True, indent=False))
    body.append(
        TableBlock(
            columns=[
                Column("Hạng", 0.7, align="center"),
                Column("Đơn vị", 2.6),
                Column("Tự chấm", 0.9, "number"),
                Column("Tổng điểm", 0.9, "number"),
            ],
            rows=[
                [
                    f"{r.rank}{' (đồng hạng)' if r.tied else ''}",
                    r.unit_name,
                    r.self_total,
                    r.totals.total,
                ]
                for r in ranking.rows
            ],
            font_size=11,
        )
    )
    leader = ranking.rows[0].unit_name if ranking.rows else "…"
    body.append(
        Para(
            f"Cụm, khối thống nhất đề nghị Hội đồng Thi đua - Khen thưởng xét tặng Cờ thi đua cho "
            f"{leader}, Bằng khen cho các đơn vị xếp hạng tiếp theo theo quy định. Biên bản kết "
            "thúc lúc … giờ … cùng ngày, đã thông qua cho các đại biểu dự họp./."
        )
    )
    parent, _council, place = _letterhead(detail)
    return DocumentSpec(
        issuer=c.name.upper(),
        issuer_parent=parent,
        number_symbol=format_number_symbol("BB"),
        place=place,
        date=day,
        doc_type="BIÊN BẢN",
        subject=f"Họp chấm chéo, xếp hạng thi đua năm {c.year}",
        body=body,
        co_signer=Signer(title="THƯ KÝ", name=""),
        signer=Signer(title="TRƯỞNG CỤM, KHỐI", name=""),
    )
