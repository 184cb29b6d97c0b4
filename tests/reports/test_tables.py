"""Table rules shared by PDF and Excel: cell text, header grid, escaping; chart scales."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from thidua_desktop.reports.document import (
    Cell,
    ChartBlock,
    Column,
    HeaderGroup,
    Series,
    TableBlock,
)
from thidua_desktop.reports.render.charts import nice_scale
from thidua_desktop.reports.render.tables import (
    HeaderCell,
    cell_text,
    header_cells,
    markup,
    printable,
)


@pytest.mark.parametrize(
    ("value", "column", "expected"),
    [
        (43_000, Column("x", kind="number"), "43.000"),
        (Decimal("9.5"), Column("x", kind="number"), "9,5"),
        (Decimal("9.50"), Column("x", kind="number"), "9,5"),
        (Decimal("9.5"), Column("x", kind="number", decimals=2), "9,50"),
        (Decimal("0.36"), Column("x", kind="percent"), "0,36%"),
        (Decimal("74.996"), Column("x", kind="percent", decimals=1), "75,0%"),
        (Decimal("-1234.5"), Column("x", kind="number"), "-1.234,5"),
        (date(2023, 1, 5), Column("x", kind="date"), "05/01/2023"),
        (None, Column("x", kind="number"), ""),
        ("Không có", Column("x", kind="number"), "Không có"),
        (Cell.good(Decimal("1500000")), Column("x", kind="number"), "1.500.000"),
        (Decimal("12"), Column("x"), "12"),
    ],
)
def test_cell_text(value: object, column: Column, expected: str) -> None:
    assert cell_text(value, column) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "kind"),
    [(0.5, "number"), (True, "number"), ("2023", "date"), (datetime(2023, 1, 5), "date")],
)
def test_cell_text_refuses_values_of_the_wrong_type(value: object, kind: str) -> None:
    if isinstance(value, str):
        assert cell_text(value, Column("x", kind=kind)) == value  # type: ignore[arg-type]
        return
    with pytest.raises(TypeError):
        cell_text(value, Column("x", kind=kind))  # type: ignore[arg-type]


def test_printable_and_markup() -> None:
    assert printable("a\r\nb\rc\td\x00e\u200bf\ud800") == "a\nb\nc def"
    assert markup('Tổ 1 & <2> "Ấp"\nẤp 2') == 'Tổ 1 &amp; &lt;2&gt; "Ấp"<br/>Ấp 2'
    assert printable("Ho\u0300a") == "Hòa"


def test_header_grid_stretches_titles_up_to_their_groups() -> None:
    columns = [Column(title) for title in ("TT", "Đơn vị", "A", "B", "C", "Ghi chú")]
    table = TableBlock(
        columns,
        [],
        groups=[
            [HeaderGroup("Kết quả", 2, 4)],
            [HeaderGroup("Chỉ tiêu", 2, 3)],
        ],
    )
    cells = {cell.text: cell for cell in header_cells(table)}
    assert cells["TT"] == HeaderCell("TT", row=0, column=0, rowspan=3)
    assert cells["Ghi chú"] == HeaderCell("Ghi chú", row=0, column=5, rowspan=3)
    assert cells["Kết quả"] == HeaderCell("Kết quả", row=0, column=2, colspan=3)
    assert cells["Chỉ tiêu"] == HeaderCell("Chỉ tiêu", row=1, column=2, colspan=2)
    assert cells["A"] == HeaderCell("A", row=2, column=2)
    assert cells["C"] == HeaderCell("C", row=1, column=4, rowspan=2)


def test_table_shape_is_checked() -> None:
    with pytest.raises(ValueError, match="row 2"):
        TableBlock([Column("a"), Column("b")], [["1", "2"], ["3"]])
    with pytest.raises(ValueError, match="totals"):
        TableBlock([Column("a")], [], totals=["1", "2"])
    with pytest.raises(ValueError, match="bad column range"):
        TableBlock([Column("a")], [], groups=[[HeaderGroup("x", 0, 1)]])
    with pytest.raises(ValueError, match="colour"):
        Cell("x", fill="green")
    with pytest.raises(ValueError, match="categories"):
        ChartBlock(["a", "b"], [Series("s", [1])])


@pytest.mark.parametrize(
    ("low", "high", "expected"),
    [
        ("0", "105", ("0", "125", "25")),
        ("0", "100", ("0", "100", "20")),
        ("0", "7", ("0", "8", "2")),
        ("-30", "80", ("-50", "100", "25")),
        ("0", "0", ("0", "1", "0.2")),
        ("0", "43000", ("0", "50000", "10000")),
    ],
)
def test_nice_scale(low: str, high: str, expected: tuple[str, str, str]) -> None:
    assert nice_scale(Decimal(low), Decimal(high)) == tuple(Decimal(v) for v in expected)
