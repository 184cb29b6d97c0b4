""" "report": PDF and Excel files written whole, one-line Vietnamese refusals, exit codes."""

from __future__ import annotations

import os
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from .conftest import run

os.environ["THIDUA_REPORT_FONT"] = "bundled"


def report(capsys: pytest.CaptureFixture[str], demo: str, *args: str) -> tuple[int, str, str]:
    return run(capsys, "--data-dir", demo, "report", *args)


@pytest.mark.parametrize("kind", ["campaign", "security", "rural", "summary"])
def test_each_kind_is_written_as_pdf_and_xlsx(
    capsys: pytest.CaptureFixture[str], demo: str, tmp_path: Path, kind: str
) -> None:
    pdf = tmp_path / f"{kind}.pdf"
    code, out, err = report(
        capsys, demo, kind, "--year", "2023", "--date", "05/01/2024", "--out", str(pdf)
    )
    assert code == 0, err
    assert out.startswith('Đã lưu "Báo cáo') and str(pdf) in out and "(Số liệu minh họa)" in out
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert "Cần Thơ, ngày 05 tháng 01 năm 2024" in text

    xlsx = tmp_path / f"{kind}.xlsx"
    code, _, err = report(capsys, demo, kind, "--year", "2023", "--out", str(xlsx))
    assert code == 0, err
    book = openpyxl.load_workbook(xlsx)
    numbers = [
        cell
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, int | float)
    ]
    assert numbers and all(cell.data_type == "n" for cell in numbers)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary left


def test_unit_campaign_signer_and_date(
    capsys: pytest.CaptureFixture[str], demo: str, tmp_path: Path
) -> None:
    pdf = tmp_path / "ninh-kieu.pdf"
    code, out, err = report(
        capsys,
        demo,
        "campaign",
        "--year",
        "2023",
        "--unit",
        "916",
        "--campaign",
        "KH97-2023",
        "--signer",
        "Lê Văn Tám",
        "--date",
        "2024-01-05",
        "--out",
        str(pdf),
    )
    assert code == 0, err
    assert "Quận Ninh Kiều" in out
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert "của quận Ninh Kiều" in text and "Lê Văn Tám" in text
    assert "ĐỢT THI ĐUA" in text and "PHONG TRÀO THI ĐUA YÊU NƯỚC" not in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["awards", "--year", "2023"], 'Không có loại báo cáo "awards"'),
        (["campaign", "--year", "2023", "--unit", "99999"], 'mã "99999"'),
        (["campaign", "--year", "2023", "--campaign", "KHONG-CO"], 'mã "KHONG-CO"'),
        (["campaign", "--year", "2023", "--date", "31/02/2024"], "Ngày không hợp lệ"),
    ],
)
def test_bad_requests_are_one_line_vietnamese_errors(
    capsys: pytest.CaptureFixture[str], demo: str, tmp_path: Path, args: list[str], message: str
) -> None:
    target = tmp_path / "x.pdf"
    code, out, err = report(capsys, demo, *args, "--out", str(target))
    assert code == 1 and out == ""
    assert err.startswith("Lỗi: ") and message in err and err.count("\n") == 1
    assert not target.exists()


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("bao-cao.odt", 'dạng ".odt"'),
        ("khong-co-thu-muc/bao-cao.pdf", "không tồn tại"),
        ("tep-thuong/bao-cao.pdf", "không tồn tại"),
    ],
)
def test_bad_targets_are_refused_before_any_work(
    capsys: pytest.CaptureFixture[str], demo: str, tmp_path: Path, name: str, message: str
) -> None:
    (tmp_path / "tep-thuong").write_text("not a folder")
    code, _, err = report(capsys, demo, "security", "--year", "2023", "--out", str(tmp_path / name))
    assert code == 1 and message in err and err.count("\n") == 1


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_a_read_only_folder_is_refused(
    capsys: pytest.CaptureFixture[str], demo: str, tmp_path: Path
) -> None:
    folder = tmp_path / "chi-doc"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        code, _, err = report(
            capsys, demo, "security", "--year", "2023", "--out", str(folder / "x.pdf")
        )
    finally:
        folder.chmod(0o700)
    assert code == 1 and "Không có quyền ghi" in err


def test_a_unit_outside_the_office_is_refused(
    capsys: pytest.CaptureFixture[str], demo: str, tmp_path: Path
) -> None:
    assert run(capsys, "--data-dir", demo, "init", "--office", "916")[0] == 0
    code, _, err = report(
        capsys,
        demo,
        "security",
        "--year",
        "2023",
        "--unit",
        "925",
        "--date",
        "2024-01-05",  # the district's documents are dated while it existed
        "--out",
        str(tmp_path / "x.pdf"),
    )
    assert code == 1 and "không thuộc phạm vi của Quận Ninh Kiều" in err


def test_without_a_database_the_command_says_how_to_make_one(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(
        capsys,
        "--data-dir",
        str(tmp_path / "empty"),
        "report",
        "summary",
        "--year",
        "2023",
        "--out",
        str(tmp_path / "x.pdf"),
    )
    assert code == 1 and "init" in err
