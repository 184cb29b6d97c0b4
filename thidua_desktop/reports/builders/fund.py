"""Sổ quỹ thi đua, khen thưởng of a year: the opening balance, each receipt and payment with its
chứng từ and the balance after it, the totals per mục thu and mục chi, the closing balance."""

from __future__ import annotations

from typing import TYPE_CHECKING

from thidua_desktop.domain.fund import EntryKind, money_text
from thidua_desktop.domain.units import in_sentence
from thidua_desktop.reports.builders.common import Context, TableNumbers, closing, document
from thidua_desktop.reports.document import Block, Cell, CellValue, Column, Para, TableBlock

if TYPE_CHECKING:
    from thidua_desktop.reports.document import DocumentSpec
    from thidua_desktop.services.fund.rows import EntryRow, Ledger
    from thidua_desktop.store.engine import Database

SUBJECT = "Sổ quỹ thi đua, khen thưởng năm {year}"


def build(db: Database, context: Context) -> DocumentSpec:
    from thidua_desktop.services.fund.ledger import get_ledger

    return compose(context, get_ledger(db, year=context.year, unit_code=context.unit_code))


def _content(line: EntryRow) -> str:
    text = line.description or line.category_name
    if line.decision_number and line.decision_number not in text:
        text = f"{text} (Quyết định số {line.decision_number})"
    return text


def compose(context: Context, ledger: Ledger) -> DocumentSpec:
    opening_words = (
        "số dư đầu năm do đơn vị xác định"
        if ledger.opening_set
        else "số dư đầu năm chuyển từ năm trước"
    )
    body: list[Block] = [
        Para(
            f"Năm {ledger.year}, quỹ thi đua, khen thưởng của {ledger.unit_name} có "
            f"{opening_words} {money_text(ledger.opening)}; thu trong năm "
            f"{money_text(ledger.receipts)}, chi trong năm {money_text(ledger.payments)}; "
            f"số dư cuối năm {money_text(ledger.closing)}."
        )
    ]
    if ledger.opening_note:
        body.append(Para(f"Ghi chú về số dư đầu năm: {ledger.opening_note}.", italic=True))
    if ledger.closing < 0:
        body.append(
            Para(
                "Số dư cuối năm âm: các khoản chi vượt số tiền quỹ có, cần bổ sung nguồn thu.",
                italic=True,
            )
        )
    tables = TableNumbers()
    rows: list[list[CellValue]] = [
        ["", "", "", Cell("Số dư đầu năm", bold=True), "", "", Cell(ledger.opening, bold=True)]
    ]
    for position, line in enumerate(ledger.lines, start=1):
        receipt = line.kind is EntryKind.RECEIPT
        rows.append(
            [
                str(position),
                line.day,
                line.number,
                _content(line),
                line.amount if receipt else "",
                "" if receipt else line.amount,
                Cell(line.balance, color="#b00020") if line.balance < 0 else line.balance,
            ]
        )
    rows.append(
        [
            "",
            "",
            "",
            Cell("Cộng phát sinh trong năm", bold=True),
            Cell(ledger.receipts, bold=True),
            Cell(ledger.payments, bold=True),
            "",
        ]
    )
    rows.append(
        ["", "", "", Cell("Số dư cuối năm", bold=True), "", "", Cell(ledger.closing, bold=True)]
    )
    body.append(
        TableBlock(
            columns=[
                Column("STT", 0.5, align="center"),
                Column("Ngày", 1.05, "date"),
                Column("Số chứng từ", 1.15),
                Column("Nội dung", 2.4),
                Column("Thu (đồng)", 1.05, "number"),
                Column("Chi (đồng)", 1.05, "number"),
                Column("Tồn quỹ (đồng)", 1.15, "number"),
            ],
            rows=rows,
            caption=tables.next(f"Sổ quỹ thi đua, khen thưởng năm {ledger.year}"),
            font_size=10,
        )
    )
    category_rows: list[list[CellValue]] = []
    for kind, title in ((EntryKind.RECEIPT, "Các khoản thu"), (EntryKind.PAYMENT, "Các khoản chi")):
        mine = [t for t in ledger.totals if t.kind is kind]
        category_rows.append([Cell(title, bold=True), "", ""])
        for total in mine:
            category_rows.append([f"- {total.name}", total.count, total.amount])
        category_rows.append(
            [
                Cell(f"Cộng {title[0].lower()}{title[1:]}", bold=True),
                Cell(sum(t.count for t in mine), bold=True),
                Cell(sum(t.amount for t in mine), bold=True),
            ]
        )
    body.append(
        TableBlock(
            columns=[
                Column("Mục thu, chi", 4.0),
                Column("Số chứng từ", 1.0, "number"),
                Column("Số tiền (đồng)", 1.5, "number"),
            ],
            rows=category_rows,
            caption=tables.next("Tổng hợp theo mục thu, chi"),
            font_size=10,
        )
    )
    body.append(closing(f"sổ quỹ thi đua, khen thưởng năm {ledger.year}"))
    subject = SUBJECT.format(year=ledger.year)
    if not context.own:  # a book of a unit below the office: named in the title (and the Excel)
        subject += f"\ncủa {in_sentence(ledger.unit_name)}"
    return document(context, subject=subject, body=body)
