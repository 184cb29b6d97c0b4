"""`fund`: the city's sổ quỹ of 2026 kept from the command line — receipts, a payment of a
decision's tiền thưởng, a correction, a removal, the warning before the fund goes below zero,
the opening balance and the categories; `report fund-ledger` writes it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import CopyDemo, run


@pytest.fixture
def city(copy_demo: CopyDemo, tmp_path: Path) -> str:
    return str(copy_demo(tmp_path / "tp"))


def test_keeping_the_book_from_the_command_line(
    city: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    where = ("--data-dir", city)
    code, out, err = run(
        capsys, *where, "fund", "opening", "--year", "2026", "--amount", "1.000.000",
        "--note", "Số dư khi mở sổ",
    )  # fmt: skip
    assert code == 0 and "1.000.000 đồng" in out, err
    code, out, err = run(
        capsys, *where, "fund", "add", "--kind", "thu", "--number", "PT01", "--date",
        "15/01/2026", "--amount", "20.000.000", "--category", "ngan_sach", "--description",
        "Ngân sách cấp năm 2026",
    )  # fmt: skip
    assert code == 0 and "Đã ghi khoản thu" in out and "21.000.000 đồng" in out, err

    code, out, err = run(capsys, *where, "fund", "decisions", "--year", "2026", "--json")
    decisions = {d["number"]: d for d in json.loads(out)}
    assert decisions["128/QĐ-UBND"]["total"] == 11_700_000, err
    decision = str(decisions["128/QĐ-UBND"]["id"])
    code, out, err = run(
        capsys, *where, "fund", "add", "--kind", "chi", "--number", "PC01", "--date",
        "2026-03-02", "--category", "tien_thuong", "--decision", decision, "--json",
    )  # fmt: skip
    assert code == 0, err
    ledger = json.loads(out)
    paid = ledger["lines"][-1]
    assert paid["amount"] == 11_700_000 and paid["decision_number"] == "128/QĐ-UBND"
    assert ledger["closing"] == 9_300_000 and ledger["opening_set"] is True

    # a payment the fund cannot cover is refused with the way to write it all the same
    too_much = (
        "fund", "add", "--kind", "chi", "--number", "PC02", "--date", "10/03/2026",
        "--amount", "10.000.000", "--category", "phong_trao",
    )  # fmt: skip
    code, out, err = run(capsys, *where, *too_much)
    assert code == 1 and "sẽ âm 700.000 đồng vào ngày 10/03/2026" in err
    assert "--allow-negative" in err and "Traceback" not in err
    code, out, err = run(capsys, *where, *too_much, "--allow-negative", "--json")
    assert code == 0 and json.loads(out)["closing"] == -700_000, err
    line = str(json.loads(out)["lines"][-1]["id"])

    code, out, err = run(capsys, *where, "fund", "edit", line, "--amount", "9.000.000")
    assert code == 0 and "Đã sửa dòng" in out and "300.000 đồng" in out, err
    code, out, err = run(capsys, *where, "fund", "delete", line, "--reason", "Ghi nhầm")
    assert code == 0 and "9.300.000 đồng" in out, err

    code, out, err = run(capsys, *where, "fund", "--year", "2026")
    assert code == 0 and "Số dư đầu năm (đặt cho năm này): 1.000.000 đồng" in out
    assert "[QĐ 128/QĐ-UBND]" in out and "số dư cuối năm 9.300.000 đồng" in out

    pdf = tmp_path / "sổ quỹ.pdf"
    code, out, err = run(
        capsys, *where, "report", "fund-ledger", "--year", "2026", "--out", str(pdf)
    )
    assert code == 0 and pdf.stat().st_size > 0, err


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (("--amount", "1.500.000,5"), "số đồng chẵn"),
        (("--amount", "abc"), 'Số tiền "abc" không hợp lệ'),
        (("--amount", "1.000", "--category", "khong_co"), 'Không có mục thu "khong_co"'),
        (("--amount", "1.000", "--decision", "1"), "Chỉ khoản chi"),
    ],
)
def test_bad_lines_give_one_vietnamese_line(
    city: str, capsys: pytest.CaptureFixture[str], options: tuple[str, ...], message: str
) -> None:
    base = ["--kind", "thu", "--number", "PT01", "--date", "15/01/2026"]
    if "--category" not in options:
        base += ["--category", "ngan_sach"]
    code, _out, err = run(capsys, "--data-dir", city, "fund", "add", *base, *options)
    assert code == 1 and message in err and err.count("\n") == 1, err


def test_categories_are_listed_and_changed(city: str, capsys: pytest.CaptureFixture[str]) -> None:
    where = ("--data-dir", city)
    code, out, err = run(
        capsys, *where, "fund", "category", "--kind", "chi", "--code", "hoi_nghi", "--name",
        "Hội nghị tổng kết",
    )  # fmt: skip
    assert code == 0, err
    code, out, err = run(capsys, *where, "fund", "categories", "--json")
    codes = [(c["kind"], c["code"]) for c in json.loads(out)]
    assert ("thu", "ngan_sach") in codes and ("chi", "hoi_nghi") in codes


@pytest.mark.parametrize(
    "words",
    [
        ("fund", "--year", "2026", "decisions"),
        ("fund", "decisions", "--year", "2026"),
        ("fund", "--year", "2025", "decisions", "--year", "2026"),
    ],
)
def test_the_year_may_stand_before_or_after_the_sub_command(
    city: str, capsys: pytest.CaptureFixture[str], words: tuple[str, ...]
) -> None:
    code, out, err = run(capsys, "--data-dir", city, *words, "--json")
    assert code == 0, err
    assert "128/QĐ-UBND" in {d["number"] for d in json.loads(out)}


@pytest.mark.parametrize("command", ["", "decisions", "opening"])
def test_a_missing_year_is_asked_for(
    city: str, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    words = ["fund", command, "--clear"] if command == "opening" else ["fund", command]
    code, _out, err = run(capsys, "--data-dir", city, *[w for w in words if w])
    assert code == 1 and "Hãy cho biết năm" in err and "Traceback" not in err, err


def test_a_category_is_added_by_its_name(city: str, capsys: pytest.CaptureFixture[str]) -> None:
    where = ("--data-dir", city)
    code, out, err = run(
        capsys, *where, "fund", "category", "--kind", "chi", "--name", "Hội nghị tổng kết"
    )
    assert code == 0 and "Đã lưu mục chi hoi_nghi_tong_ket." in out, err
    code, out, err = run(
        capsys, *where, "fund", "category", "--kind", "chi", "--code", "hoi_nghi_tong_ket",
        "--retire",
    )  # fmt: skip
    assert code == 0, err
    code, out, err = run(capsys, *where, "fund", "categories", "--all")
    assert "hoi_nghi_tong_ket Hội nghị tổng kết (thôi dùng)" in out, err
    code, _out, err = run(capsys, *where, "fund", "category", "--kind", "chi", "--retire")
    assert code == 1 and "--code CODE" in err and "Traceback" not in err


def test_the_unit_given_before_add_is_the_book_written(
    city: str, capsys: pytest.CaptureFixture[str]
) -> None:
    where = ("--data-dir", city)
    code, out, err = run(
        capsys, *where, "fund", "--year", "2026", "--unit", "31299", "--json", "add", "--kind",
        "thu", "--number", "PT99", "--date", "02/02/2026", "--amount", "1.000",
        "--category", "thu_khac",
    )  # fmt: skip
    assert code == 0, err
    assert json.loads(out)["unit_code"] == "31299"
    code, out, err = run(capsys, *where, "fund", "--year", "2026", "--json")
    assert "PT99" not in {line["number"] for line in json.loads(out)["lines"]}
