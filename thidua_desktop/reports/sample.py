"""A small but complete report, for the application's self-test and for looking at the layout."""

from __future__ import annotations

import os
from datetime import date
from decimal import Decimal

from thidua_desktop.reports.document import (
    Cell,
    CellValue,
    ChartBlock,
    Column,
    DocumentSpec,
    HeaderGroup,
    Heading,
    Para,
    Series,
    Signer,
    TableBlock,
    format_number_symbol,
)

__all__ = ["render_sample_pdf", "sample_document"]

_WARDS = (
    ("Phường Thới Bình", 43_000, 45_150, "Vượt"),
    ("Phường An Hòa", 12_500, 11_875, "Không đạt"),
    ("Phường Xuân Khánh", 9_800, 9_800, "Đạt"),
    ("Phường Hưng Lợi", 15_200, 16_720, "Vượt"),
    ("Phường Tân An", 7_350, 7_056, "Không đạt"),
)


def _status(text: str) -> Cell:
    return Cell.bad(text) if text == "Không đạt" else Cell.good(text)


def sample_document() -> DocumentSpec:
    """A one-page Báo cáo of a district's Phòng Nội vụ: a table, a chart and the signature."""
    rows: list[list[CellValue]] = []
    rates = []
    for number, (name, target, done, status) in enumerate(_WARDS, 1):
        rate = Decimal(done * 100) / Decimal(target)
        rates.append(rate.quantize(Decimal("0.1")))
        rows.append([str(number), name, target, done, rate, _status(status)])
    table = TableBlock(
        columns=[
            Column("TT", 0.5, align="center"),
            Column("Đơn vị", 2.4),
            Column("Chỉ tiêu (người)", 1.3, "number"),
            Column("Thực hiện (người)", 1.3, "number"),
            Column("Tỷ lệ", 1.0, "percent", decimals=1),
            Column("Đánh giá", 1.2, align="center"),
        ],
        rows=rows,
        totals=["", "Cộng", 87_850, 90_601, Decimal("103.1"), ""],
        groups=[[HeaderGroup("Bảo hiểm y tế năm 2022", 2, 4)]],
    )
    return DocumentSpec(
        issuer_parent="ỦY BAN NHÂN DÂN QUẬN NINH KIỀU",
        issuer="PHÒNG NỘI VỤ",
        number_symbol=format_number_symbol("BC-PNV", 5),
        place="Ninh Kiều",
        date=date(2023, 1, 5),
        subject="Kết quả thực hiện chỉ tiêu thi đua năm 2022\ncủa các phường trên địa bàn quận",
        body=[
            Heading("I. KẾT QUẢ THỰC HIỆN"),
            Para(
                "Thực hiện Chỉ thị số 10/CT-UBND ngày 13 tháng 12 năm 2022 của Ủy ban nhân dân "
                "thành phố Cần Thơ, Phòng Nội vụ báo cáo kết quả thực hiện chỉ tiêu tham gia "
                "bảo hiểm y tế năm 2022 của các phường như sau:"
            ),
            table,
            ChartBlock(
                title="Tỷ lệ thực hiện so với chỉ tiêu (%)",
                categories=[name for name, *_ in _WARDS],
                series=[Series("Tỷ lệ", rates)],
                horizontal=True,
                target=100,
                unit="%",
                value_max=120,
            ),
            Para(
                "Nhìn chung, các phường đã hoàn thành 43.000 lượt tuyên truyền; tỷ lệ bao phủ "
                "đạt 9,5 điểm phần trăm cao hơn năm trước."
            ),
        ],
        recipients=["UBND quận (để báo cáo);", "Các phường;", "Lưu: VT, NV."],
        signer=Signer(title="TRƯỞNG PHÒNG", name="Nguyễn Văn An"),
    )


def render_sample_pdf(path: str | os.PathLike[str]) -> None:
    """Write the sample report to `path` (used by `--self-test`)."""
    from thidua_desktop.reports.render.pdf import render_pdf

    render_pdf(sample_document(), path)
