"""The annual statistics forms 0601-0605.N/BNV-TĐKT laid out as the forms are: the form's own
head (number, circular, due date; reporting and receiving units), its title, the unit of
count, the table with its column-number row (A, B, C, 1, 2…), rows with their Mã số, and the
signatures of the người lập biểu and the head of the unit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from thidua_desktop.domain.dates import place_and_date
from thidua_desktop.reports.builders.common import DEMO_LINE, Context
from thidua_desktop.reports.document import (
    Block,
    Cell,
    CellValue,
    Column,
    DocumentSpec,
    FormHeader,
    HeaderGroup,
    Para,
    Signer,
    TableBlock,
)

if TYPE_CHECKING:
    from thidua_desktop.domain.statistics import FilledForm
    from thidua_desktop.services.statistics.forms import YearStatistics
    from thidua_desktop.store.engine import Database

PREFIX = "bieu-"  # report kinds "bieu-0601" … "bieu-0605"
WIDE = ("0602",)  # printed on landscape pages (13 columns of figures)


def form_code(kind: str) -> str:
    return kind.removeprefix(PREFIX)


def build(db: Database, context: Context, code: str) -> DocumentSpec:
    from thidua_desktop.services.statistics.forms import year_statistics

    return compose(context, year_statistics(db, context.year, context.unit_code), code)


def compose(context: Context, stats: YearStatistics, code: str) -> DocumentSpec:
    filled = stats.forms[code]
    form, version = filled.form, stats.version
    head = FormHeader(
        left=[
            f"Biểu số: {form.number}",
            f"Ban hành theo {version.basis}",
            f"Ngày nhận báo cáo: {version.due}",
        ],
        right=[
            f"Đơn vị báo cáo: {context.office_name or stats.unit_name}",
            f"Đơn vị nhận báo cáo: {stats.receiver or version.receiver}",
        ],
    )
    body: list[Block] = []
    if context.demo:
        body.append(Para(DEMO_LINE, indent=False, align="center", italic=True))
    scope = "" if context.own else f" ({stats.unit_name})"
    body.append(
        Para(f"Năm báo cáo: {stats.year}{scope}", indent=False, align="center", italic=True)
    )
    if form.unit:
        body.append(Para(f"Đơn vị tính: {form.unit}", indent=False, align="right", italic=True))
    body.append(table(filled))
    letterhead = context.letterhead
    body.append(
        Para(
            place_and_date(letterhead.place, context.day), indent=False, align="right", italic=True
        )
    )
    authority = [line for line in letterhead.signer_authority.split("\n") if line.strip()]
    return DocumentSpec(
        issuer=letterhead.issuer,
        date=context.day,
        place=letterhead.place,
        doc_type=form.title,
        body=body,
        signer=Signer(title=letterhead.signer_title, name=context.signer_name, authority=authority)
        if form.signed
        else None,
        co_signer=Signer(title="NGƯỜI LẬP BIỂU", name="") if form.signed else None,
        landscape=code in WIDE,
        font_size=13,
        form_header=head,
    )


def table(filled: FilledForm) -> TableBlock:
    """The form's table: label, Mã số, (Đơn vị tính), the figures; the column-number row
    first; headings without figures; group titles above the columns they span."""
    form = filled.form
    wide = len(form.columns) > 6
    # A wide form's labels get the room its narrow figures leave: one line each, not three.
    lead = [Column("", 4.6 if wide else 3.4), Column("Mã số", 0.55, align="center")]
    if form.unit_column:
        lead.append(Column("Đơn vị tính", 0.9 if wide else 1.0, align="center"))
    width = 0.9 if wide else 1.3
    figures = [Column(c.title, width, "number", align="center") for c in form.columns]
    numbering: list[CellValue] = [
        Cell(letter, bold=True) for letter in ("A", "B", "C")[: len(lead)]
    ]
    numbering += [Cell(c.number, bold=True) for c in form.columns]
    rows: list[list[CellValue]] = [numbering]
    for r, row in enumerate(form.rows):
        label = Cell(row.label, bold=row.bold) if row.bold else row.label
        if row.tags is None:
            rows.append([label, *[""] * (len(lead) - 1 + len(form.columns))])
            continue
        unit: list[CellValue] = [row.unit] if form.unit_column else []
        values: list[CellValue] = [
            Cell(filled.cells[(r, c)], bold=True) if row.bold else filled.cells[(r, c)]
            for c in range(len(form.columns))
        ]
        rows.append([label, row.code, *unit, *values])
    return TableBlock(
        columns=[*lead, *figures],
        rows=rows,
        groups=_groups(filled, len(lead)),
        font_size=9 if wide else 11,
    )


def _groups(filled: FilledForm, offset: int) -> list[list[HeaderGroup]]:
    """Up to two header levels above the column titles: the group ("Chia ra"), then the
    subgroup ("Bằng khen của Thủ tướng Chính phủ"); adjacent columns of one title merge."""
    levels = []
    for attribute in ("group", "subgroup"):
        spans: list[HeaderGroup] = []
        for index, column in enumerate(filled.form.columns, start=offset):
            title = getattr(column, attribute)
            if not title:
                continue
            if spans and spans[-1].title == title and spans[-1].last == index - 1:
                spans[-1] = HeaderGroup(title, spans[-1].first, index)
            else:
                spans.append(HeaderGroup(title, index, index))
        if spans:
            levels.append(spans)
    return levels
