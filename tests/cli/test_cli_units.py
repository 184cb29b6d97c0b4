"""`units --date/--year`, `units history`, `init --office` on a date, `office` and `office move`:
the units and offices before and after 01/07/2025 through the command line."""

from __future__ import annotations

import json

import pytest

from .conftest import run


def test_units_history_of_a_reused_code_on_both_sides_of_the_reform(
    demo: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--data-dir", demo, "units", "history", "31135", "--date",
                       "2023-06-01", "--json")  # fmt: skip
    assert code == 0
    before = json.loads(out)
    assert (before["unit_name"], before["valid_to"]) == ("Phường Tân An", "2025-06-30")
    assert [(s["unit_code"], s["unit_name"], s["part"]) for s in before["successors"]] == [
        ("31135", "Phường Ninh Kiều", "whole")
    ]
    code, out, _ = run(capsys, "--data-dir", demo, "units", "history", "31135", "--date",
                       "01/01/2026", "--json")  # fmt: skip
    after = json.loads(out)
    assert after["unit_name"] == "Phường Ninh Kiều" and after["valid_from"] == "2025-07-01"
    assert [p["unit_name"] for p in after["predecessors"]] == [
        "Phường Tân An",
        "Phường Thới Bình",
        "Phường Xuân Khánh",
    ]
    assert set(after["predecessors"][0]) >= {
        "unit_code", "unit_name", "unit_kind", "valid_from", "valid_to", "part", "legal_basis",
    }  # fmt: skip
    code, out, _ = run(capsys, "--data-dir", demo, "units", "history", "31135", "--date",
                       "2026-01-01")  # fmt: skip
    assert "Tiền thân:" in out and "theo khoản 1, 1668/NQ-UBTVQH15" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["units", "history", "916"], "916 đến 30/06/2025 là Quận Ninh Kiều"),
        (["units", "history", "99999"], 'Không có đơn vị hành chính nào mã "99999"'),
        (["units", "--date", "2019-05-01"], "trước dữ liệu"),
        (["units", "--date", "01/01/2099"], "tương lai"),
        (["units", "--date", "31/02/2024"], "31/02/2024"),
        (["units", "--under", "926", "--date", "2026-01-01"], "926 đến 30/06/2025 là Huyện"),
        (["targets", "--year", "2026", "--unit", "926"], "Năm 2026 không có đơn vị"),
    ],
)
def test_codes_and_days_outside_the_data_are_refused_in_one_line(
    demo: str, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, _out, err = run(capsys, "--data-dir", demo, *args)
    assert code == 1 and message in err and err.count("\n") == 1, err


def test_init_office_31135_is_phuong_ninh_kieu_today_and_tan_an_on_a_day_of_2023(
    demo: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--data-dir", demo, "init", "--office", "31135")
    assert code == 0 and "Cơ quan sử dụng: Phường Ninh Kiều (cấp xã)" in out
    code, out, _ = run(capsys, "--data-dir", demo, "init", "--office", "31135", "--date",
                       "2023-06-01")  # fmt: skip
    assert code == 0 and "Phường Tân An (cấp xã)" in out
    assert "Phường Tân An (31135) đã kết thúc ngày 30/06/2025" in out


def test_a_district_office_is_kept_for_its_history_and_moved_to_its_successor(
    demo: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--data-dir", demo, "init", "--office", "916")
    assert code == 0 and "Quận Ninh Kiều (916) đã kết thúc ngày 30/06/2025" in out
    assert "office move --to" in out
    code, out, _ = run(capsys, "--data-dir", demo, "office", "--json")
    shown = json.loads(out)
    assert shown["valid_to"] == "2025-06-30"
    assert [c["unit_code"] for c in shown["successor_offices"]] == [
        "92", "31150", "31120", "31135", "31147",
    ]  # fmt: skip
    code, _, err = run(capsys, "--data-dir", demo, "office", "move", "--to", "31117")
    assert code == 1 and "không phải là cơ quan kế thừa" in err
    code, out, _ = run(capsys, "--data-dir", demo, "office", "move", "--to", "92")
    assert code == 0 and "Đã chuyển sang Thành phố Cần Thơ (92)" in out
    code, out, _ = run(capsys, "--data-dir", demo, "office")
    assert "Trước đây: Quận Ninh Kiều (916)" in out
    code, out, _ = run(capsys, "--data-dir", demo, "audit", "--json")
    assert any(entry["action"] == "move_office" for entry in json.loads(out))
