"""`statistics`: the TĐKT bodies and staff that biểu 0604 and 0605 count, kept from the command
line — listed, added, corrected field by field (an end year given, then cleared), removed — and
the biểu counts what was entered."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import CopyDemo, run


@pytest.fixture
def city(copy_demo: CopyDemo, tmp_path: Path) -> str:
    return str(copy_demo(tmp_path / "tp"))


def test_bodies_and_staff_are_kept_from_the_command_line(
    city: str, capsys: pytest.CaptureFixture[str]
) -> None:
    where = ("--data-dir", city)
    code, out, err = run(capsys, *where, "statistics", "--json")
    before = json.loads(out)
    assert code == 0 and len(before["bodies"]) == 2 and len(before["staff"]) == 7, err

    code, out, err = run(
        capsys, *where, "statistics", "body-add", "--name", "Phòng  Thi đua - Khen thưởng",
        "--kind", "department_section", "--since", "2025", "--json",
    )  # fmt: skip
    assert code == 0, err
    body = next(b for b in json.loads(out)["bodies"] if b["name"] == "Phòng Thi đua - Khen thưởng")
    code, out, err = run(
        capsys, *where, "statistics", "staff-add", "--name", "Nguyễn Thị Thu Trang", "--gender",
        "nữ", "--birth-year", "1990", "--training", "dai_hoc", "--since", "2025", "--body",
        str(body["id"]), "--json",
    )  # fmt: skip
    assert code == 0, err
    trang = next(p for p in json.loads(out)["staff"] if p["full_name"] == "Nguyễn Thị Thu Trang")
    assert (trang["gender"], trang["body_id"], trang["until_year"]) == ("female", body["id"], None)

    # corrected field by field: an end year, then none again; the other fields stay
    staff = str(trang["id"])
    code, out, err = run(capsys, *where, "statistics", "staff-edit", staff, "--until", "2026")
    assert code == 0 and "Nguyễn Thị Thu Trang (Nữ, 1990) — Đại học; 2025-2026" in out, err
    code, out, err = run(
        capsys, *where, "statistics", "staff-edit", staff, "--until", "-", "--body", "-", "--json"
    )
    again = next(p for p in json.loads(out)["staff"] if p["id"] == trang["id"])
    assert (again["until_year"], again["body_id"], again["birth_year"]) == (None, None, 1990)

    code, out, err = run(capsys, *where, "statistics", "staff-delete", staff)
    assert code == 0 and "Đã xóa công chức" in out and "Nguyễn Thị Thu Trang" not in out, err
    code, out, err = run(capsys, *where, "statistics", "body-delete", str(body["id"]))
    assert code == 0, err
    code, out, err = run(capsys, *where, "statistics", "--json")
    assert json.loads(out) == before


@pytest.mark.parametrize(
    ("words", "message"),
    [
        (("staff-edit", "999", "--until", "2026"), "Không có công chức #999."),
        (("body-edit", "999", "--name", "X"), "Không có tổ chức #999."),
        (("staff-edit", "1", "--until", "1900"), "năm kết thúc phải từ năm bắt đầu"),
        (("staff-edit", "1", "--gender", "khác"), "Giới tính không hợp lệ"),
        (("staff-edit", "1", "--body", "77"), "Không có tổ chức #77"),
        (("staff-edit", "1", "--until", "năm sau"), "năm phải là số"),
    ],
)
def test_bad_values_give_one_vietnamese_line(
    city: str, capsys: pytest.CaptureFixture[str], words: tuple[str, ...], message: str
) -> None:
    try:
        code, _out, err = run(capsys, "--data-dir", city, "statistics", *words)
    except SystemExit as exit_:  # argparse refused the value
        code, err = int(exit_.code or 0), capsys.readouterr().err
    assert code in (1, 2) and message in err and "Traceback" not in err, err
