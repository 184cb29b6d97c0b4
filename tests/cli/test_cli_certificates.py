"""`certificates layouts|calibrate|test-page|show|print`: certificates on pre-printed blanks
through the command line, on a copy of the demonstration."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from .conftest import CopyDemo, run


@pytest.fixture
def where(copy_demo: CopyDemo, tmp_path: Path) -> list[str]:
    return ["--data-dir", copy_demo(tmp_path / "demo")]


def _decision(where: list[str], number: str) -> int:
    from sqlalchemy import select

    from thidua_desktop.paths import DataDir, resolve_database_url
    from thidua_desktop.store.models.awards import AwardDecision
    from thidua_desktop.store.schema import open_database

    folder = Path(where[1])
    db = open_database(DataDir(folder, resolve_database_url(None, folder)))
    try:
        with db.reading() as session:
            found = session.scalar(select(AwardDecision.id).where(AwardDecision.number == number))
    finally:
        db.close()
    assert found is not None
    return found


def test_calibrate_a_blank_then_print_a_decision_on_it(
    capsys: pytest.CaptureFixture[str], where: list[str], tmp_path: Path
) -> None:
    code, out, _ = run(capsys, *where, "certificates", "layouts")
    assert code == 0 and "giay_khen_a4 — Giấy khen (phôi A4 ngang)" in out
    assert out.count("chưa căn chỉnh") == 3
    code, out, _ = run(
        capsys,
        *where,
        "certificates",
        "calibrate",
        "giay_khen_a4",
        "--dx",
        "2,5",
        "--dy",
        "-3",
        "--field",
        "name=1;-2;24",
        "--hide",
        "signer_title",
    )
    assert code == 0, out
    assert "cả trang +2,5 mm ngang, -3 mm dọc; name +1/-2 mm, cỡ 24; signer_title: không in" in out
    code, out, _ = run(
        capsys, *where, "certificates", "calibrate", "giay_khen_a4", "--show", "signer_title"
    )
    code, out, _ = run(capsys, *where, "certificates", "layouts", "--json")
    calibrated = next(x for x in json.loads(out) if x["code"] == "giay_khen_a4")["calibration"]
    assert calibrated["dx"] == 2.5 and calibrated["fields"]["name"]["size"] == 24
    assert "signer_title" not in calibrated["fields"]  # printed again: nothing left to keep

    decision = _decision(where, "298/QĐ-UBND")
    code, out, _ = run(capsys, *where, "certificates", "show", str(decision))
    assert code == 0 and "[giay_khen_a4] Ngô Thị Cẩm Tú" in out
    assert "Chức vụ, đơn vị: Chuyên viên Phòng Kinh tế, xã Phong Điền" in out
    target = tmp_path / "Giấy khen #298 ?%.pdf"
    code, out, _ = run(capsys, *where, "certificates", "print", str(decision), "--out", str(target))
    assert code == 0 and "Đã ghi 4 trang (giay_khen_a4)" in out
    text = PdfReader(io.BytesIO(target.read_bytes())).pages[0].extract_text()
    assert "Bà Ngô Thị Cẩm Tú" in text
    page = tmp_path / "trang thử.pdf"
    code, out, _ = run(
        capsys, *where, "certificates", "test-page", "bang_khen_a3", "--out", str(page)
    )
    assert code == 0 and page.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["calibrate", "giay_khen_a4", "--dx", "99"], "dịch 99 mm, quá 60 mm"),
        (["calibrate", "giay_khen_a4", "--dx", "2,5,1"], "--dx"),
        (["calibrate", "giay_khen_a4", "--field", "nam=1;2"], "không có trường “nam”"),
        (["calibrate", "giay_khen_a4", "--field", "title=1;2"], "không có trường “title”"),
        (["calibrate", "giay_khen_a4", "--field", "name=1"], "TRƯỜNG=DX;DY"),
        (["calibrate", "phoi_a5"], "Không có mẫu phôi “phoi_a5”"),
        (["test-page", "phoi_a5", "--out", "x.pdf"], "Không có mẫu phôi"),
    ],
)
def test_bad_calibrations_are_refused_in_vietnamese(
    capsys: pytest.CaptureFixture[str], where: list[str], args: list[str], message: str
) -> None:
    code, _, err = run(capsys, *where, "certificates", *args)
    assert code != 0 and message in err
    code, out, _ = run(capsys, *where, "certificates", "layouts")
    assert out.count("chưa căn chỉnh") == 3


def test_a_decision_on_two_blanks_asks_which(
    capsys: pytest.CaptureFixture[str], where: list[str], tmp_path: Path
) -> None:
    decision = _decision(where, "375/QĐ-UBND")
    target = tmp_path / "375.pdf"
    code, _, err = run(capsys, *where, "certificates", "print", str(decision), "--out", str(target))
    assert code != 0 and "in trên 2 loại phôi" in err and "--layout" in err
    assert not target.exists()
    code, out, _ = run(
        capsys,
        *where,
        "certificates",
        "print",
        str(decision),
        "--out",
        str(target),
        "--layout",
        "bang_khen_a3",
    )
    assert code == 0 and "Đã ghi 2 trang (bang_khen_a3)" in out and target.exists()


@pytest.mark.parametrize("name", ["bang-khen.docx", "trang-thu", "in.PDF.txt"])
def test_certificates_are_written_to_pdf_files_only(
    copy_demo: CopyDemo, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    data = str(copy_demo(tmp_path / "data"))
    code, _out, err = run(
        capsys, "--data-dir", data, "certificates", "test-page", "giay_khen_a4", "--out",
        str(tmp_path / name),
    )  # fmt: skip
    assert code == 1 and "phải có đuôi .pdf" in err and not (tmp_path / name).exists(), err
