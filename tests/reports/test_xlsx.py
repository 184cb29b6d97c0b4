"""Excel export: real numbers and dates, formats, frozen header, formula-like text kept as text."""

from __future__ import annotations

import time
import zipfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from thidua_desktop.domain.errors import UserError
from thidua_desktop.reports.document import Cell, Column, HeaderGroup, Para, TableBlock
from thidua_desktop.reports.render.xlsx import (
    SheetSpec,
    WorkbookSpec,
    excel_number,
    number_format,
    safe_sheet_names,
    workbook_from_document,
    write_workbook,
)

from .conftest import MakeSpec

COLUMNS = [
    Column("Đơn vị", 3),
    Column("Số người", 1, "number"),
    Column("Kinh phí (triệu đồng)", 1, "number", decimals=2),
    Column("Tỷ lệ", 1, "percent", decimals=1),
    Column("Ngày", 1, "date"),
]


def write(tmp_path: Path, table: TableBlock, **fields: object) -> openpyxl.Workbook:
    path = tmp_path / "bieu.xlsx"
    sheet = SheetSpec(
        "Kết quả",
        table,
        issuer="PHÒNG NỘI VỤ",
        issuer_parent="UBND QUẬN NINH KIỀU",
        title="BIỂU TỔNG HỢP",
        lines=["Năm 2023"],
        **fields,  # type: ignore[arg-type]
    )
    write_workbook(WorkbookSpec([sheet], title="Biểu tổng hợp"), path)
    return openpyxl.load_workbook(path)


def data_rows(ws: openpyxl.worksheet.worksheet.Worksheet) -> list[tuple[object, ...]]:
    first = int(ws.freeze_panes[1:])
    return [row for row in ws.iter_rows(min_row=first)]


def test_numbers_are_numeric_cells_with_formats(tmp_path: Path) -> None:
    table = TableBlock(
        COLUMNS,
        [
            ["Phường Thới Bình", 43_000, Decimal("1500.25"), Decimal("9.5"), date(2023, 1, 5)],
            ["Phường An Hòa", Decimal("12500"), Decimal("0.1"), Decimal("0.36"), None],
        ],
        totals=["Cộng", 55_500, Decimal("1500.35"), None, None],
    )
    ws = write(tmp_path, table).active

    first, second, totals = data_rows(ws)
    assert [c.data_type for c in first] == ["s", "n", "n", "n", "d"]
    assert first[1].value == 43_000 and first[1].number_format == "#,##0"
    assert first[2].value == 1500.25 and first[2].number_format == "#,##0.00"
    assert first[3].value == pytest.approx(0.095) and first[3].number_format == "0.0%"
    assert first[4].value == datetime(2023, 1, 5) and first[4].number_format == "dd/mm/yyyy"
    assert second[1].value == 12_500 and isinstance(second[1].value, int)
    assert second[2].value == 0.1
    assert second[3].value == pytest.approx(0.0036)
    assert totals[0].value == "Cộng" and totals[0].font.b
    assert totals[1].value == 55_500


def test_header_block_frozen_header_and_print_titles(tmp_path: Path) -> None:
    table = TableBlock(COLUMNS, [["Phường Tân An", 1, 2, 3, None]])
    ws = write(tmp_path, table).active

    values = [row[0].value for row in ws.iter_rows(max_row=8)]
    assert values[:2] == ["UBND QUẬN NINH KIỀU", "PHÒNG NỘI VỤ"]
    assert "BIỂU TỔNG HỢP" in values and "Năm 2023" in values
    header_row = int(ws.freeze_panes[1:]) - 1
    titles = [cell.value for cell in ws[header_row]]
    assert titles == [column.title for column in COLUMNS]
    assert all(cell.font.b and cell.alignment.wrap_text for cell in ws[header_row])
    assert ws.print_title_rows == f"${header_row}:${header_row}"
    assert ws.column_dimensions["A"].width > ws.column_dimensions["B"].width


def test_multi_level_header_is_merged(tmp_path: Path) -> None:
    table = TableBlock(COLUMNS, [["A", 1, 2, 3, None]], groups=[[HeaderGroup("Kết quả", 1, 3)]])
    ws = write(tmp_path, table).active

    top = int(ws.freeze_panes[1:]) - 2
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert f"B{top}:D{top}" in merged  # the group
    assert f"A{top}:A{top + 1}" in merged and f"E{top}:E{top + 1}" in merged
    assert ws[f"B{top}"].value == "Kết quả" and ws[f"B{top + 1}"].value == "Số người"


@pytest.mark.parametrize("text", ["=1+1", "+84 912", "-5", "@SUM(A1)", "\t=1", '=HYPERLINK("x")'])
def test_formula_like_text_stays_text(tmp_path: Path, text: str) -> None:
    table = TableBlock([Column("Ghi chú")], [[text]], caption=text)
    path = tmp_path / "formula.xlsx"
    write_workbook(WorkbookSpec([SheetSpec("Biểu", table, title=text)]), path)

    ws = openpyxl.load_workbook(path).active
    cells = [cell for row in ws.iter_rows() for cell in row if cell.value is not None]
    stored = text.replace("\t", " ")
    assert [c.value for c in cells] == [stored, "Ghi chú", stored]
    assert all(c.data_type == "s" for c in cells)
    assert ws[ws.freeze_panes].quotePrefix == stored.startswith(("=", "+", "-", "@"))
    with zipfile.ZipFile(path) as archive:
        assert "<f>" not in archive.read("xl/worksheets/sheet1.xml").decode()


def test_hostile_and_nfd_text_is_stored_clean(tmp_path: Path) -> None:
    import unicodedata

    nfd = unicodedata.normalize("NFD", "Phường Thới Bình")
    table = TableBlock([Column("Tên")], [['Tổ 1 & <2> "Ấp"'], [nfd], ["a\x00b\x1bc"]])
    rows = data_rows(write(tmp_path, table).active)
    assert [row[0].value for row in rows] == ['Tổ 1 & <2> "Ấp"', "Phường Thới Bình", "abc"]


def test_coloured_cells_keep_their_colours(tmp_path: Path) -> None:
    table = TableBlock([Column("Kết quả")], [[Cell.good("Đạt")], [Cell.bad("Không đạt")]])
    good, bad = (row[0] for row in data_rows(write(tmp_path, table).active))
    assert good.fill.fgColor.rgb.endswith("C6EFCE") and good.font.color.rgb.endswith("006100")
    assert bad.fill.fgColor.rgb.endswith("FFC7CE")


def test_sheet_names_are_made_valid_and_unique() -> None:
    names = safe_sheet_names(["Biểu 1: [tổng hợp]?", "", "x" * 40, "X" * 40, "'Trích'"])
    assert names[0] == "Biểu 1- -tổng hợp--"
    assert names[1] == "Biểu 2"
    assert names[2] == "x" * 31 and len(names[3]) <= 31 and names[3].endswith("(2)")
    assert names[4] == "Trích"


def test_decimal_values_keep_their_value() -> None:
    assert excel_number(Decimal("43000")) == 43_000
    assert isinstance(excel_number(Decimal("43000.00")), int)
    for text in ("9.5", "0.36", "1234567.891", "0.1", "99999999999.9999"):
        value = excel_number(Decimal(text))
        assert Decimal(repr(value)) == Decimal(text)
    assert number_format(Column("x", kind="number"), Decimal("9.50")) == "#,##0.0"
    assert number_format(Column("x", kind="number"), 3) == "#,##0"
    assert number_format(Column("x", kind="percent", decimals=2), 1) == "0.00%"


def test_document_becomes_one_sheet_per_table(tmp_path: Path, make_spec: MakeSpec) -> None:
    spec = make_spec(
        body=[
            Para("Mở đầu"),
            TableBlock([Column("Đơn vị")], [["Phường An Hòa"]], caption="Biểu 1: Khen thưởng"),
            TableBlock([Column("Đơn vị")], [["Phường Tân An"]], caption="Biểu 1: Khen thưởng"),
        ]
    )
    path = tmp_path / "bao-cao.xlsx"
    write_workbook(workbook_from_document(spec), path)

    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["Biểu 1- Khen thưởng", "Biểu 1- Khen thưởng (2)"]
    column = [c.value for c in workbook.worksheets[0]["A"]]
    assert "Ninh Kiều, ngày 05 tháng 01 năm 2023" in column
    assert "Phường An Hòa" in column


def test_document_without_tables_cannot_become_a_workbook(make_spec: MakeSpec) -> None:
    with pytest.raises(UserError, match="không có bảng"):
        workbook_from_document(make_spec(body=[Para("Chỉ có chữ")]))


def test_ten_thousand_rows(tmp_path: Path) -> None:
    rows = [
        [f"Đơn vị {n}", n, Decimal(n) / 4, Decimal(n % 100), date(2023, 1, 5)]
        for n in range(10_000)
    ]
    path = tmp_path / "lon.xlsx"
    started = time.perf_counter()
    write_workbook(WorkbookSpec([SheetSpec("Dữ liệu", TableBlock(COLUMNS, rows))]), path)
    print(f"\nXLSX 10 000 rows: {time.perf_counter() - started:.2f} s")

    ws = openpyxl.load_workbook(path, read_only=True).active
    *_, before_last, last = ws.iter_rows(values_only=True)
    assert before_last[:3] == ("Đơn vị 9998", 9998, 2499.5)
    assert last[:3] == ("Đơn vị 9999", 9999, 2499.75)


def test_sheet_names_are_cut_between_words() -> None:
    from thidua_desktop.reports.render.xlsx import safe_sheet_names

    long = "Tờ trình 05-TTr-HĐTĐKT đề nghị khen thưởng 2026 - Phường Ninh Kiều"
    first, second = safe_sheet_names([long, long])
    assert first == "Tờ trình 05-TTr-HĐTĐKT đề nghị"
    assert second == "Tờ trình 05-TTr-HĐTĐKT đề (2)"
    assert all(len(name) <= 31 for name in (first, second))
    assert safe_sheet_names(["A" * 40]) == ["A" * 31]  # one long word: cut where it must be
