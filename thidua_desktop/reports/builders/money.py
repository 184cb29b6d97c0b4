"""Bảng tổng hợp tiền thưởng of a year, for the office and its finance office: every decision
signed in the year with each recipient's tiền thưởng (coefficient × lương cơ sở, rounded as the
decision's rule version says), each decision's total and the year's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from thidua_desktop.domain.dates import format_date
from thidua_desktop.domain.numbers import format_number
from thidua_desktop.reports.builders.common import Context, TableNumbers, closing, document
from thidua_desktop.reports.document import Block, Cell, CellValue, Column, Para, TableBlock

if TYPE_CHECKING:
    from thidua_desktop.reports.document import DocumentSpec
    from thidua_desktop.services.awards.money import YearMoney
    from thidua_desktop.store.engine import Database

SUBJECT = "Tổng hợp tiền thưởng theo các quyết định khen thưởng năm {year}"


def build(db: Database, context: Context) -> DocumentSpec:
    from thidua_desktop.services.awards.money import year_money

    return compose(context, year_money(db, context.year, context.unit_code))


def _money(amount: int) -> str:
    return f"{format_number(amount)} đồng"


def compose(context: Context, money: YearMoney) -> DocumentSpec:
    body: list[Block] = [
        Para(
            f"Năm {money.year}, {money.office_name} và các đơn vị trực thuộc có "
            f"{len(money.decisions)} quyết định khen thưởng kèm tiền thưởng với "
            f"{sum(len(d.lines) for d in money.decisions)} lượt tập thể, cá nhân, hộ gia đình; "
            f"tổng số tiền {_money(money.total)}. "
            "Mức thưởng bằng hệ số nhân mức lương cơ sở áp dụng vào ngày ký quyết định, làm "
            "tròn theo quy định của phiên bản quy định ghi trên quyết định."
        )
    ]
    if money.without_money:
        body.append(
            Para(
                "Không tính tiền thưởng trong báo cáo này (danh mục khen thưởng chưa ghi mức "
                "tiền thưởng cho hình thức của quyết định; tiền thưởng khen thưởng cấp Nhà nước "
                f"do Trung ương chi): {', '.join(money.without_money)}.",
                italic=True,
            )
        )
    columns = [
        Column("STT", 0.5, align="center"),
        Column("Tập thể, cá nhân, hộ gia đình", 2.4),
        Column("Đơn vị", 1.8),
        Column("Hình thức", 1.6),
        Column("Hệ số", 0.6, "number"),
        Column("Số tiền (đồng)", 1.1, "number"),
    ]
    tables = TableNumbers()
    summary_rows: list[list[CellValue]] = []
    for decision in money.decisions:
        rows: list[list[CellValue]] = [
            [
                str(line.position),
                line.recipient,
                line.unit_name,
                line.award_name,
                line.coefficient,
                line.amount,
            ]
            for line in decision.lines
        ]
        rows.append(["", Cell("Cộng", bold=True), "", "", "", Cell(decision.total, bold=True)])
        body.append(
            TableBlock(
                columns=columns,
                rows=rows,
                caption=tables.next(
                    f"Quyết định số {decision.number} ngày {format_date(decision.day)} "
                    f"(lương cơ sở {format_number(decision.base_salary)} đồng, "
                    f"{decision.salary_basis})"
                ),
                font_size=10,
            )
        )
        summary_rows.append(
            [
                decision.number,
                format_date(decision.day),
                decision.proposal_title,
                len(decision.lines),
                decision.total,
            ]
        )
    if len(money.decisions) > 1:
        summary_rows.append(
            ["", "", Cell("Tổng cộng", bold=True), "", Cell(money.total, bold=True)]
        )
        body.append(
            TableBlock(
                columns=[
                    Column("Quyết định", 1.2),
                    Column("Ngày", 0.9, align="center"),
                    Column("Nội dung", 3.2),
                    Column("Số lượt", 0.7, "number"),
                    Column("Số tiền (đồng)", 1.2, "number"),
                ],
                rows=summary_rows,
                caption=tables.next("Tổng hợp theo quyết định"),
                font_size=10,
            )
        )
    body.append(closing(f"tổng hợp tiền thưởng năm {money.year}"))
    return document(context, subject=SUBJECT.format(year=money.year), body=body)
