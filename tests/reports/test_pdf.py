"""The NĐ 30/2020 PDF: header, numbers, tables over pages, fonts, hostile text."""

from __future__ import annotations

import time
import unicodedata
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from thidua_desktop.reports.document import (
    Cell,
    ChartBlock,
    Column,
    HeaderGroup,
    Heading,
    NewPage,
    Para,
    Series,
    TableBlock,
    format_number_symbol,
)
from thidua_desktop.reports.render.fonts import register_fonts
from thidua_desktop.reports.render.pdf import pdf_bytes, render_pdf

from .conftest import MakeSpec, ReadPdf

QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"

COLUMNS = [
    Column("TT", 0.5, align="center"),
    Column("Đơn vị", 3),
    Column("Chỉ tiêu", 1.2, "number"),
    Column("Tỷ lệ", 1, "percent", decimals=2),
    Column("Ngày báo cáo", 1.3, "date"),
]


def table_of(rows: int, **fields: object) -> TableBlock:
    data = [
        [str(n), f"Phường số {n}", Decimal(n * 1000), Decimal(n % 100), date(2023, 1, 5)]
        for n in range(1, rows + 1)
    ]
    return TableBlock(COLUMNS, data, **fields)  # type: ignore[arg-type]


def flat(text: str) -> str:
    return " ".join(text.split())


def test_page_one_has_the_national_header_date_line_and_numbers(
    tmp_path: Path, make_spec: MakeSpec, read_pdf: ReadPdf
) -> None:
    spec = make_spec(
        body=[
            Para("Kế hoạch đạt 43.000 lượt; tỷ lệ tăng 9,5 điểm."),
            TableBlock(
                [
                    Column("Đơn vị", 3),
                    Column("Số người", 1, "number"),
                    Column("Tỷ lệ", 1, "percent"),
                ],
                [
                    ["Phường Thới Bình", 43_000, Decimal("9.5")],
                    ["Phường An Hòa", Decimal("1500000"), Decimal("0.36")],
                ],
            ),
        ]
    )
    path = tmp_path / "bao-cao.pdf"
    render_pdf(spec, path)

    (page,) = read_pdf(path)
    text = flat(page)
    for expected in (
        QUOC_HIEU,
        TIEU_NGU,
        "Ninh Kiều, ngày 05 tháng 01 năm 2023",
        "Số: 15/BC-PNV",
        "PHÒNG NỘI VỤ",
        "BÁO CÁO",
        "Kết quả phong trào thi đua năm 2022",
        "Phường Thới Bình",
        "43.000",
        "9,5%",
        "1.500.000",
        "0,36%",
        "Nơi nhận:",
        "- Như trên;",
        "- Lưu: VT, NV.",
        "KT. CHỦ TỊCH",
        "TRƯỞNG PHÒNG",
        "Trần Thị Bích",
    ):
        assert expected in text, expected


def test_every_font_is_embedded(tmp_path: Path, make_spec: MakeSpec) -> None:
    chart = ChartBlock(["Phường An Hòa"], [Series("Tỷ lệ", [Decimal("75.5")])], target=80)
    path = tmp_path / "fonts.pdf"
    render_pdf(make_spec(body=[Para("Nội dung"), table_of(3), chart]), path)

    fonts = {}
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[font["/BaseFont"]] = font
    assert fonts
    for name, font in fonts.items():
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, f"{name} is not embedded"
        assert "LiberationSerif" in name


def test_page_numbers_start_on_page_two(
    tmp_path: Path, make_spec: MakeSpec, read_pdf: ReadPdf
) -> None:
    path = tmp_path / "pages.pdf"
    render_pdf(make_spec(body=[Para("Trang một."), NewPage(), Para("Trang hai."), NewPage()]), path)

    pages = read_pdf(path)
    assert len(pages) == 3
    assert not pages[0].strip().startswith("1")
    assert pages[1].strip().splitlines()[0].strip() == "2"
    assert pages[2].strip().splitlines()[0].strip() == "3"


def test_table_header_repeats_on_every_page(
    tmp_path: Path, make_spec: MakeSpec, read_pdf: ReadPdf
) -> None:
    path = tmp_path / "long.pdf"
    render_pdf(make_spec(body=[table_of(120, totals=["", "Cộng", 7_260_000, None, None])]), path)

    pages = read_pdf(path)
    assert len(pages) >= 3
    for text in pages:
        if "Phường số" in text:
            assert flat(text).count("Ngày báo cáo") == 1  # once per page, never mid-page
    everything = flat(" ".join(pages))
    assert "Phường số 120" in everything
    assert "7.260.000" in everything and "120.000" in everything
    assert "05/01/2023" in everything


def test_signature_block_is_not_alone_on_the_last_page(
    tmp_path: Path, make_spec: MakeSpec, read_pdf: ReadPdf
) -> None:
    for rows in range(30, 46):  # one of these ends the table at the foot of page 1
        path = tmp_path / f"end-{rows}.pdf"
        render_pdf(make_spec(body=[table_of(rows)]), path)
        last = read_pdf(path)[-1]
        assert "Phường số" in last, f"{rows} rows: the signature page has no rows"


def test_multi_level_header_and_empty_table(
    tmp_path: Path, make_spec: MakeSpec, read_pdf: ReadPdf
) -> None:
    grouped = table_of(2, groups=[[HeaderGroup("Kết quả năm 2022", 2, 3)]], caption="Biểu 1")
    empty = TableBlock(COLUMNS, [], caption="Biểu 2")
    path = tmp_path / "groups.pdf"
    render_pdf(make_spec(body=[grouped, empty]), path)

    text = flat(" ".join(read_pdf(path)))
    assert "Kết quả năm 2022" in text and "Biểu 1" in text and "Biểu 2" in text
    assert "Không có số liệu." in text


def test_hostile_text_prints_literally(
    tmp_path: Path, make_spec: MakeSpec, read_pdf: ReadPdf
) -> None:
    hostile = 'Tổ 1 & <2> "Ấp" <b>đậm</b> &amp;'
    spec = make_spec(
        issuer=hostile,
        subject=hostile,
        body=[
            Heading(hostile),
            Para(hostile),
            TableBlock([Column("Tên", 3), Column("Ghi chú", 1)], [[hostile, "a\x00b\x1fc\u200b"]]),
            ChartBlock([hostile], [Series(hostile, [1])], title=hostile),
        ],
        recipients=[hostile],
    )
    path = tmp_path / "hostile.pdf"
    render_pdf(spec, path)

    text = flat(" ".join(read_pdf(path)))
    assert text.count(hostile) >= 5
    assert "abc" in text


def test_nfd_input_is_printed_as_nfc(
    tmp_path: Path, make_spec: MakeSpec, read_pdf: ReadPdf
) -> None:
    name = "Phường Thới Bình, quận Ninh Kiều: không tội phạm, không ma túy"
    decomposed = unicodedata.normalize("NFD", name)
    assert decomposed != name
    spec = make_spec(
        place=unicodedata.normalize("NFD", "Ninh Kiều"),
        body=[Para(decomposed), TableBlock([Column("Đơn vị")], [[decomposed]])],
    )
    path = tmp_path / "nfd.pdf"
    render_pdf(spec, path)

    text = unicodedata.normalize("NFC", flat(read_pdf(path)[0]))
    assert text.count(name) == 2
    raw = flat(read_pdf(path)[0])
    assert unicodedata.normalize("NFD", name) not in raw


@pytest.mark.parametrize("name", ["Nguyễn Văn " * 45 + "An", "X" * 500])
def test_very_long_names_wrap_inside_their_cell(
    tmp_path: Path, make_spec: MakeSpec, name: str
) -> None:
    from reportlab.platypus import Paragraph

    from thidua_desktop.reports.render.pdf_tables import TableLayout

    table = TableBlock(
        [Column("TT", 0.4), Column("Họ và tên", 2), Column("Số", 1, "number")], [["1", name, 5]]
    )
    layout = TableLayout(table, register_fonts(), width=465, page_height=728)
    cells, _ = layout.row(0)
    assert isinstance(cells[1], Paragraph)
    room = layout.widths[1] - 6
    cells[1].wrap(room, 1e6)
    widths = cells[1].getActualLineWidths0()
    assert len(widths) > 3
    assert max(widths) <= room + 0.01

    render_pdf(make_spec(body=[table]), tmp_path / "long-name.pdf")  # no LayoutError


def test_text_longer_than_a_page_is_cut_short_instead_of_failing(
    tmp_path: Path, make_spec: MakeSpec, read_pdf: ReadPdf
) -> None:
    huge = "Nội dung rất dài " * 2000
    path = tmp_path / "huge.pdf"
    render_pdf(make_spec(body=[TableBlock([Column("Ghi chú")], [[huge], ["dòng sau"]])]), path)
    text = flat(" ".join(read_pdf(path)))
    assert "…" in text and "dòng sau" in text


def test_floats_are_refused(tmp_path: Path, make_spec: MakeSpec) -> None:
    spec = make_spec(body=[TableBlock([Column("Số", kind="number")], [[0.1]])])
    with pytest.raises(TypeError, match="Decimal"):
        render_pdf(spec, tmp_path / "float.pdf")
    assert list(tmp_path.iterdir()) == []


def test_coloured_cells_landscape_and_blank_number(
    tmp_path: Path, make_spec: MakeSpec, read_pdf: ReadPdf
) -> None:
    spec = make_spec(
        landscape=True,
        number_symbol=format_number_symbol("BC-UBND"),
        body=[
            TableBlock(
                [Column("Đơn vị", 2), Column("Kết quả", 1, align="center")],
                [["Phường An Hòa", Cell.good("Đạt")], ["Phường Tân An", Cell.bad("Không đạt")]],
            )
        ],
    )
    path = tmp_path / "landscape.pdf"
    render_pdf(spec, path)

    page = PdfReader(path).pages[0]
    assert page.mediabox.width > page.mediabox.height
    text = flat(read_pdf(path)[0])
    assert "/BC-UBND" in text and "Không đạt" in text


def test_number_symbol() -> None:
    assert format_number_symbol("BC-UBND", 5) == "Số: 05/BC-UBND"
    assert format_number_symbol("QĐ-UBND", 125) == "Số: 125/QĐ-UBND"
    blank = format_number_symbol("BC-UBND")
    assert blank.startswith("Số:") and blank.endswith("/BC-UBND") and "\u00a0" in blank


def test_pdf_bytes_is_a_pdf(make_spec: MakeSpec) -> None:
    assert pdf_bytes(make_spec()).startswith(b"%PDF-")


@pytest.mark.parametrize("rows", [1_000, 10_000])
def test_large_tables_render(tmp_path: Path, make_spec: MakeSpec, rows: int) -> None:
    path = tmp_path / f"{rows}.pdf"
    started = time.perf_counter()
    render_pdf(make_spec(body=[table_of(rows)]), path)
    elapsed = time.perf_counter() - started

    pages = len(PdfReader(path).pages)
    print(f"\n{rows} rows: {pages} pages in {elapsed:.2f} s")
    assert pages > rows // 100


def test_one_wrong_figure_does_not_flatten_the_other_bars() -> None:
    from decimal import Decimal as D

    from thidua_desktop.reports.render.charts import outlier_cap

    assert outlier_cap([D("26785"), D("104"), D("98")], D(100)) == D("156")
    assert outlier_cap([D("120"), D("104"), D("98")], D(100)) is None
    assert outlier_cap([D("500")], D(100)) == D("150")
    assert outlier_cap([D("500")], None) is None
