"""The fast table path: rows measured, wrapped and drawn straight onto the canvas, the same on
paper as the ReportLab Table path it replaces (which is kept, and compared against here)."""

from __future__ import annotations

import io
import unicodedata
from datetime import date
from decimal import Decimal

import pytest
from pypdf import PageObject, PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from thidua_desktop.reports.document import (
    Cell,
    Column,
    DocumentSpec,
    HeaderGroup,
    Para,
    TableBlock,
)
from thidua_desktop.reports.render import pdf, pdf_tables
from thidua_desktop.reports.render.fonts import register_fonts
from thidua_desktop.reports.render.pdf import pdf_bytes
from thidua_desktop.reports.render.pdf_tables import TableLayout

from .conftest import MakeSpec

COLUMNS = [
    Column("TT", 0.5, align="center"),
    Column("Tên đơn vị", 2.4),
    Column("Thuộc", 1.3),
    Column("Kết quả", 1, "number", decimals=2),
    Column("Tỷ lệ", 0.9, "percent", decimals=2),
    Column("Đánh giá", 1, align="center"),
]
LONG_NAME = "Phường Văn Miếu - Quốc Tử Giám và các khu dân cư mới thuộc quận Đống Đa cũ"
STATUS = [Cell.good("Vượt"), Cell.bad("Không đạt"), Cell.neutral("Chưa có số liệu")]


def _name(n: int) -> str:
    return LONG_NAME if n % 97 == 0 else f"Xã Thượng Ngược số {n}"


def national_like(rows: int, **fields: object) -> TableBlock:
    """Rows like the national table: unique names (some wrapping), repeated districts,
    numbers, percentages and coloured statuses, with a bold totals row."""
    data = [
        [
            str(n),
            _name(n),
            f"Huyện {n // 37}",
            Decimal(n * 37 % 1000) / 10,
            Decimal(n % 150),
            STATUS[n % 3],
        ]
        for n in range(1, rows + 1)
    ]
    totals = ["", "Cộng", "", Decimal(rows), None, Cell("Đạt", bold=True)]
    return TableBlock(COLUMNS, data, totals=totals, font_size=10, **fields)  # type: ignore[arg-type]


def _words(text: str) -> list[str]:
    return unicodedata.normalize("NFC", text).split()


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def _placed(pdf: bytes) -> list[set[tuple[str, float, float]]]:
    """Per page, each piece of text with where it starts (to 0.1 pt)."""
    return [_placed_on(page) for page in PdfReader(io.BytesIO(pdf)).pages]


def _placed_on(page: PageObject) -> set[tuple[str, float, float]]:
    found: set[tuple[str, float, float]] = set()

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.add((text.strip(), round(x, 1), round(y, 1)))

    page.extract_text(visitor_text=visit)
    return found


def _spec(make_spec: MakeSpec, *tables: TableBlock) -> DocumentSpec:
    return make_spec(body=[Para("Bảng số liệu kèm theo."), *tables])


def test_a_long_table_takes_the_fast_path_and_an_empty_one_does_not(
    make_spec: MakeSpec, monkeypatch: pytest.MonkeyPatch
) -> None:
    fonts = register_fonts()
    assert TableLayout(national_like(400), fonts, width=467, page_height=728).fast
    assert not TableLayout(TableBlock(COLUMNS, []), fonts, width=467, page_height=728).fast

    def no_tables(*_: object, **__: object) -> None:
        raise AssertionError("the fast path built a ReportLab Table of rows")

    monkeypatch.setattr(TableLayout, "table_for", no_tables)
    pages = _pages(pdf_bytes(_spec(make_spec, national_like(2_000))))
    assert len(pages) > 2_000 // 60  # about 45 rows a page


def test_every_row_is_printed_under_a_header_on_every_page(make_spec: MakeSpec) -> None:
    rows = 1_500
    pages = _pages(pdf_bytes(_spec(make_spec, national_like(rows, caption="Biểu 1"))))

    with_rows = [text for text in pages if "Xã Thượng Ngược số" in text]
    assert len(with_rows) >= rows // 60
    for text in with_rows:
        words = " ".join(_words(text))
        # once per page, at the top of the table (never mid-page)
        assert words.count("Tên đơn vị") == 1 and words.count("Đánh giá") == 1
        assert words.index("Tên đơn vị") < words.index("Xã Thượng Ngược số")
    everything = " ".join(_words(" ".join(pages)))
    for n in range(1, rows + 1):
        name = " ".join(_name(n).split())
        assert name in everything, f"row {n} is missing"
    assert "Cộng 1.500,00" in everything
    assert everything.count("Không đạt") == rows // 3


def test_a_long_cell_wraps_inside_its_column(make_spec: MakeSpec) -> None:
    fonts = register_fonts()
    long_text = "Nguyễn Văn " * 40 + "An"
    table = TableBlock(
        [Column("TT", 0.4), Column("Họ và tên", 2), Column("Số", 1, "number")],
        [["1", long_text, 5], ["2", "X" * 400, 6], ["3", "Ngắn", 7]],
    )
    layout = TableLayout(table, fonts, width=465, page_height=728)
    assert layout.fast
    room = layout.widths[1] - 2 * 3.0
    tolerance = 0.05 * 2.5 * 40  # a Paragraph squeezes spaces by up to 5%
    for index in (0, 1):
        row = layout._measured(index)
        cell = row[1][1]
        lines = [text for _, text, _ in cell[7]]
        assert len(lines) > 3 and row[0] >= len(lines) * layout.leading
        for text in lines:
            assert stringWidth(text, fonts.regular, table.font_size) <= room + tolerance
        assert "".join(lines).replace(" ", "") == table.rows[index][1].replace(" ", "")

    # drawn the same as a Paragraph in a Table would draw it
    pdf = pdf_bytes(_spec(make_spec, table))
    assert "Nguyễn Văn Nguyễn" in " ".join(_words(_pages(pdf)[0]))


def test_the_same_pages_as_the_table_path(
    make_spec: MakeSpec, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Text, positions (so alignment, wrapping and centring in the row) and page breaks."""
    grouped = national_like(700, groups=[[HeaderGroup("Kết quả năm 2024", 3, 5)]], caption="Biểu 2")
    small = TableBlock(
        [Column("Đơn vị", 2), Column("Ghi chú", 1)],
        [["Phường An Hòa", "Hoàn thành & vượt <chỉ tiêu>"], ["Phường Tân An", "a\nb"]],
    )
    spec = _spec(make_spec, small, grouped)
    fast = pdf_bytes(spec)
    monkeypatch.setattr(pdf_tables, "FAST_MIN_ROWS", 10**9)
    tables = pdf_bytes(spec)

    assert [_words(text) for text in _pages(fast)] == [_words(text) for text in _pages(tables)]
    # The fast path draws the header once into a form, which pypdf reports in the form's own
    # coordinates: positions are compared for everything else.
    titles = {"Đơn vị", "Ghi chú", "Kết quả năm 2024"} | {column.title for column in COLUMNS}
    fast_pages, table_pages = _placed(fast), _placed(tables)
    assert len(fast_pages) == len(table_pages) > 10
    for number, (ours, theirs) in enumerate(zip(fast_pages, table_pages, strict=True), 1):
        ours = {item for item in ours if item[0] not in titles}
        theirs = {item for item in theirs if item[0] not in titles}
        assert ours == theirs, f"page {number}: {sorted(ours ^ theirs)[:6]}"


def test_text_longer_than_a_page_is_cut_short(make_spec: MakeSpec) -> None:
    huge = "Nội dung rất dài " * 2000
    table = TableBlock([Column("Ghi chú")], [[huge], ["dòng sau"]])
    pages = _pages(pdf_bytes(_spec(make_spec, table)))
    text = " ".join(_words(" ".join(pages)))
    assert "…" in text and "dòng sau" in text


def test_a_date_column_and_nfd_text(make_spec: MakeSpec) -> None:
    name = "Phường Thới Bình, quận Ninh Kiều"
    table = TableBlock(
        [Column("Đơn vị", 2), Column("Ngày", 1, "date")],
        [[unicodedata.normalize("NFD", name), date(2023, 1, 5)]],
    )
    text = " ".join(_pages(pdf_bytes(_spec(make_spec, table)))[0].split())
    assert name in text and "05/01/2023" in text


def test_tables_with_the_same_header_share_it_and_print_as_if_apart(
    make_spec: MakeSpec, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A report's tables of one indicator each: one header form for all of them, cells measured
    once for all, and the pages exactly as when every table is laid out alone."""
    first = national_like(70, caption="Biểu 1")
    second = TableBlock(COLUMNS, first.rows[::-1], font_size=10, caption="Biểu 2")
    other = TableBlock([Column("Đơn vị", 2), Column("Ghi chú", 1)], [["Phường An Hòa", "a"]])
    spec = _spec(make_spec, first, other, second)
    shared = pdf_bytes(spec)

    def alone(*args: object, **kwargs: object) -> TableLayout:
        return TableLayout(*args, **{**kwargs, "shared": None})  # type: ignore[arg-type]

    monkeypatch.setattr(pdf, "TableLayout", alone)
    apart = pdf_bytes(spec)

    assert shared.count(b"/Subtype /Form") == 2 and apart.count(b"/Subtype /Form") == 3
    assert _pages(shared) == _pages(apart)
    assert _placed(shared) == _placed(apart)
