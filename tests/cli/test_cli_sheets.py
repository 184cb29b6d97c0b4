"""`sheet template` and `sheet import [--dry-run] [--skip-invalid] [--json]`: a unit's filled
template comes back into the city's figures; a refused value exits 1 and changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from .conftest import CopyDemo, run


def test_template_then_import_through_the_command_line(
    copy_demo: CopyDemo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    where = ["--data-dir", copy_demo(tmp_path / "tp")]
    book = tmp_path / "mẫu kết quả #2023?.xlsx"
    code, out, err = run(capsys, *where, "sheet", "template", "results", "--year", "2023",
                         "--campaign", "CT10-2023", "--out", str(book))  # fmt: skip
    assert code == 0 and book.exists(), err
    wb = load_workbook(book)
    ws = wb["Số liệu"]
    codes = {ws.cell(5, c).value: c for c in range(4, ws.max_column + 1)}
    rows = {ws.cell(r, 2).value: r for r in range(6, ws.max_row + 1)}
    ws.cell(rows["918"], codes["BHYT"]).value = "93,25"
    ws.cell(rows["919"], codes["BHYT"]).value = "một trăm"
    wb.save(book)

    code, out, err = run(capsys, *where, "sheet", "import", str(book), "--json")
    assert code == 1 and "--skip-invalid" in err
    refused = json.loads(out)
    column = ws.cell(5, codes["BHYT"]).column_letter
    assert not refused["applied"]
    assert refused["problems"][0]["at"] == {
        "sheet": "Số liệu",
        "row": rows["919"],
        "column": column,
    }
    code, out, err = run(capsys, *where, "targets", "--year", "2023", "--campaign", "CT10-2023",
                         "--unit", "918", "--json")  # fmt: skip
    assert "93,25" not in out

    code, out, err = run(capsys, *where, "sheet", "import", str(book), "--dry-run")
    assert code == 1 and "Chỉ xem trước" in out
    code, out, err = run(capsys, *where, "sheet", "import", str(book), "--skip-invalid")
    assert code == 0, err
    assert "Đã nhập 1 giá trị (bỏ qua 1 giá trị bị từ chối)" in out
    code, out, err = run(capsys, *where, "targets", "--year", "2023", "--campaign", "CT10-2023",
                         "--unit", "918", "--json")  # fmt: skip
    bhyt = next(r for r in json.loads(out) if r["indicator_code"] == "BHYT")
    assert bhyt["value"] in ("93.25", 93.25, "93,25")


def test_an_offices_workbook_needs_its_campaign_and_year(
    copy_demo: CopyDemo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from openpyxl import Workbook

    where = ["--data-dir", copy_demo(tmp_path / "tp")]
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Mã đơn vị", "BHYT"])
    ws.append(["918", "93,5"])
    book = tmp_path / "bảng riêng.xlsx"
    wb.save(book)
    code, out, err = run(capsys, *where, "sheet", "import", str(book))
    assert code == 1 and "--campaign, --year" in err and "Traceback" not in err
    code, out, err = run(capsys, *where, "sheet", "import", str(book), "--campaign",
                         "CT10-2023", "--year", "2023")  # fmt: skip
    assert code == 0 and "Đã nhập 1 giá trị" in out


def test_khu_dan_cu_through_the_command_line(
    copy_demo: CopyDemo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    where = ["--data-dir", copy_demo(tmp_path / "tp")]
    book = tmp_path / "khu dân cư %.xlsx"
    code, out, err = run(capsys, *where, "sheet", "template", "subunits", "--year", "2026",
                         "--out", str(book))  # fmt: skip
    assert code == 0 and "subunits" in out, err
    wb = load_workbook(book)
    ws = wb["Khu dân cư"]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == "31135")
    ws.cell(row, 3).value, ws.cell(row, 5).value = "Khu vực 1", "đạt"
    ws.cell(row + 200, 1).value, ws.cell(row + 200, 3).value = "31135", "Khu vực 2"
    ws.cell(row + 200, 5).value = "chưa đạt"
    wb.save(book)
    code, out, err = run(capsys, *where, "sheet", "import", str(book), "--dry-run", "--json")
    assert code == 0, err
    preview = json.loads(out)
    assert not preview["applied"] and len(preview["changes"]) == 3  # two areas and the share
    code, out, err = run(capsys, *where, "sheet", "import", str(book), "--json")
    assert code == 0 and json.loads(out)["applied"], err
