"""The self-test sample report, charts in the PDF, and report libraries loaded only when used."""

from __future__ import annotations

import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

from thidua_desktop.reports.document import ChartBlock, Series
from thidua_desktop.reports.render.pdf import render_pdf
from thidua_desktop.reports.sample import render_sample_pdf

from .conftest import MakeSpec, ReadPdf


def test_sample_report(tmp_path: Path, read_pdf: ReadPdf) -> None:
    path = tmp_path / "mau.pdf"
    started = time.perf_counter()
    render_sample_pdf(path)
    print(f"\nsample PDF: {time.perf_counter() - started:.3f} s")

    text = " ".join(" ".join(read_pdf(path)).split())
    for expected in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Ninh Kiều, ngày 05 tháng 01 năm 2023",
        "Phường Thới Bình",
        "43.000",
        "105,0%",
        "Chỉ tiêu: 100%",
        "Nguyễn Văn An",
    ):
        assert expected in text, expected


def test_charts_label_values_the_vietnamese_way(
    tmp_path: Path, make_spec: MakeSpec, read_pdf: ReadPdf
) -> None:
    vertical = ChartBlock(
        ["Phường An Hòa", "Phường Cái Khế có tên rất dài cần xuống dòng"],
        [Series("Năm 2022", [Decimal("1500.5"), 43_000]), Series("Năm 2023", [None, 9])],
        title="Số hộ gia đình văn hóa",
        target=Decimal("20000.25"),
        target_label="Mục tiêu",
    )
    horizontal = ChartBlock(
        ["Xã Mỹ Khánh"],
        [Series("Tỷ lệ", [Decimal("74.5")])],
        horizontal=True,
        unit="%",
        target=75,
        value_max=100,
    )
    path = tmp_path / "charts.pdf"
    render_pdf(make_spec(body=[vertical, horizontal]), path)

    text = " ".join(" ".join(read_pdf(path)).split())
    for expected in ("1.500,5", "43.000", "Mục tiêu", "Năm 2023", "74,5%", "Chỉ tiêu: 75%", "100%"):
        assert expected in text, expected


def test_report_modules_import_without_reportlab_or_openpyxl() -> None:
    code = (
        "import sys\n"
        "import thidua_desktop.reports, thidua_desktop.reports.document\n"
        "import thidua_desktop.reports.render.xlsx, thidua_desktop.reports.render.files\n"
        "import thidua_desktop.reports.render.tables, thidua_desktop.reports.sample\n"
        "import thidua_desktop.reports.render.fonts\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('reportlab', 'openpyxl')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
