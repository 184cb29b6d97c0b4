""" "security" and "security set": JSON that matches the records, changes, warnings, refusals."""

from __future__ import annotations

import json
from typing import Any

import pytest

from .conftest import run


def security(capsys: pytest.CaptureFixture[str], demo: str, *extra: str) -> dict[str, Any]:
    code, out, err = run(capsys, "--data-dir", demo, "security", "--year", "2023", "--json", *extra)
    assert code == 0, err
    result: dict[str, Any] = json.loads(out)
    return result


def security_set(
    capsys: pytest.CaptureFixture[str], demo: str, *extra: str
) -> tuple[int, str, str]:
    return run(capsys, "--data-dir", demo, "security", "set", "--year", "2023", *extra)


def recount(data: dict[str, Any]) -> dict[str, tuple[int, int, int, int]]:
    """Counts per district recomputed from the per-unit records of the JSON itself."""
    counts: dict[str, tuple[int, int, int, int]] = {}
    for unit in data["units"]:
        three = all(c["status"] == "met" for c in unit["components"])
        antt = unit["antt"]["status"] == "met"
        units, t, a, b = counts.get(unit["district_code"], (0, 0, 0, 0))
        counts[unit["district_code"]] = (units + 1, t + three, a + antt, b + (three and antt))
    return counts


def test_security_json_gives_shares_per_district_and_for_the_city(
    demo: str, capsys: pytest.CaptureFixture[str]
) -> None:
    data = security(capsys, demo)
    assert (data["year"], data["unit_code"], data["unit_name"]) == (2023, "92", "Thành phố Cần Thơ")
    assert data["evaluation_window"] == {"start": "2022-11-16", "end": "2023-11-15"}
    assert data["target_percent"] == 75 and data["target_source"] == "CT10-2023/ANTT_3KHONG"
    assert data["demo"] is True
    assert [c["label"] for c in data["components"]] == [
        "Không tội phạm",
        "Không ma túy",
        "Không mại dâm",
    ]
    city = data["summary"]
    assert (city["units"], city["both"], city["both_percent"]) == (83, 65, 78.31)
    assert (city["status"], city["status_label"]) == ("exceeded", "vượt")
    assert (city["previous_both_percent"], city["gained"], city["lost"]) == (72.29, 8, 3)
    assert len(data["districts"]) == 9 and len(data["units"]) == 83
    counted = recount(data)
    for district in data["districts"]:
        units, three, antt, both = counted[district["unit_code"]]
        assert (district["units"], district["three_khong"], district["antt"], district["both"]) == (
            units,
            three,
            antt,
            both,
        )
        assert district["both_percent"] == round(both * 100 / units + 1e-9, 2)
    cai_rang = next(d for d in data["districts"] if d["unit_code"] == "919")
    assert cai_rang["both_percent"] == 85.71 and cai_rang["unit_name"] == "Quận Cái Răng"
    assert len(data["shortfalls"]) == 18


def test_a_unit_record_carries_code_name_and_labelled_statuses(
    demo: str, capsys: pytest.CaptureFixture[str]
) -> None:
    data = security(capsys, demo, "--unit", "31117")
    (unit,) = data["units"]
    assert (unit["unit_code"], unit["unit_name"]) == ("31117", "Phường Cái Khế")
    assert unit["district_name"] == "Quận Ninh Kiều"
    assert unit["components"][0] | {"evidence_note": None, "evidence_date": None} == {
        "code": "crime",
        "label": "Không tội phạm",
        "status": "met",
        "status_label": "đạt",
        "evidence_note": None,
        "evidence_date": None,
    }
    assert unit["antt"]["status"] == "not_met" and unit["antt"]["status_label"] == "chưa đạt"
    assert unit["both"] is False and unit["failing"] == ["An toàn về ANTT"]
    assert unit["source"] == "demo" and unit["read_only"] is False


def test_security_set_changes_the_shares_reported(
    demo: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # Phường Thới An (Ô Môn) is "3 không" but not ANTT in the demo: recognising it lifts Ô Môn
    # from 5/7 to 6/7 and the city from 65 to 66 units.
    code, out, err = security_set(
        capsys,
        demo,
        "--unit",
        "31159",
        "--antt",
        "met",
        "--registered-on",
        "15/02/2023",
        "--recognised-share",
        "75,5",
        "--decision",
        "2001/QĐ-UBND",
        "--decision-date",
        "20/12/2023",
        "--issuer",
        "UBND quận Ô Môn",
    )
    assert code == 0 and err == "", err
    assert "Đã ghi" in out and "Phường Thới An (31159)" in out
    data = security(capsys, demo)
    o_mon = next(d for d in data["districts"] if d["unit_code"] == "917")
    assert (o_mon["both"], o_mon["both_percent"], o_mon["status"]) == (6, 85.71, "exceeded")
    assert (data["summary"]["both"], data["summary"]["both_percent"]) == (66, 79.52)
    unit = next(u for u in data["units"] if u["unit_code"] == "31159")
    assert unit["antt"]["decision"] == {
        "number": "2001/QĐ-UBND",
        "date": "2023-12-20",
        "issuer": "UBND quận Ô Môn",
    }
    assert unit["antt"]["recognised_share_percent"] == 75.5

    # One component not met: no longer "3 không", so no longer counted.
    assert security_set(capsys, demo, "--unit", "31159", "--drugs", "not_met")[0] == 0
    data = security(capsys, demo)
    unit = next(u for u in data["units"] if u["unit_code"] == "31159")
    assert unit["three_khong"] is False and unit["failing"] == ["Không ma túy"]
    assert data["summary"]["both"] == 65 and data["summary"]["three_khong"] == 70
    assert recount(data)["917"] == (7, 5, 7, 5)


def test_the_campaign_targets_follow_security_set(
    demo: str, capsys: pytest.CaptureFixture[str]
) -> None:
    security_set(capsys, demo, "--unit", "31159", "--antt", "met")
    code, out, _ = run(
        capsys, "--data-dir", demo, "targets", "--year", "2023", "--campaign", "CT10-2023", "--json"
    )
    antt = next(r for r in json.loads(out) if r["indicator_code"] == "ANTT_3KHONG")
    assert code == 0 and antt["value"] == 79.52 and antt["value_origin"] == "computed"


def test_warnings_go_to_stderr_and_the_command_succeeds(
    demo: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = security_set(
        capsys, demo, "--unit", "31150", "--registered-on", "2023-05-04", "--recognised-share", "65"
    )
    assert code == 0 and "Đã ghi" in out
    lines = err.splitlines()
    assert len(lines) == 2 and all(line.startswith("Cảnh báo: ") for line in lines)
    assert "04/05/2023" in lines[0] and "Quý I" in lines[0] and "65%" in lines[1]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--unit", "99999", "--crime", "met"], 'mã "99999"'),
        (["--unit", "917", "--crime", "met"], "là đơn vị cấp huyện"),
        (["--unit", "92", "--antt", "met"], "là đơn vị cấp tỉnh"),
        (
            ["--unit", "31150", "--crime", "met", "--evidence-date", "16/11/2023"],
            "ngoài kỳ đánh giá năm 2023",
        ),
        (
            ["--unit", "31150", "--drugs", "met", "--evidence-date", "01/11/2022"],
            "thuộc kỳ đánh giá năm 2022",
        ),
        (
            [
                *("--unit", "31150", "--registered-on", "01/03/2023"),
                *("--decision", "5/QĐ-UBND", "--decision-date", "28/02/2023"),
            ],
            "trước ngày đăng ký 01/03/2023",
        ),
        (["--unit", "31150", "--crime", "maybe"], "Tình trạng không hợp lệ"),
        (["--unit", "31150", "--recognised-share", "120"], "từ 0 đến 100%"),
        (["--unit", "31150", "--decision-date", "31/02/2023"], "không có ngày 31"),
        (["--unit", "31150", "--component", "gambling=met"], 'Không có tiêu chí "gambling"'),
        (["--unit", "31150", "--component", "gambling"], "MÃ=TÌNH_TRẠNG"),
    ],
)
def test_refusals_exit_1_with_one_line_and_change_nothing(
    demo: str, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    before = security(capsys, demo)
    code, out, err = security_set(capsys, demo, *args)
    assert code == 1 and out == ""
    assert err.startswith("Lỗi: ") and message in err and len(err.splitlines()) == 1
    assert security(capsys, demo) == before


def test_a_unit_outside_the_offices_scope_is_refused(
    demo: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "--data-dir", demo, "init", "--office", "916")[0] == 0
    code, _, err = security_set(capsys, demo, "--unit", "31153", "--antt", "met")
    assert code == 1 and "không thuộc phạm vi của Quận Ninh Kiều" in err
    data = security(capsys, demo)  # the office's own scope by default
    assert data["unit_code"] == "916" and data["summary"]["units"] == 11


def test_security_needs_a_year(demo: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--data-dir", demo, "security")
    assert code == 1 and out == "" and "--year" in err


def test_security_text_output_is_readable(demo: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--data-dir", demo, "security", "--year", "2023")
    assert code == 0
    assert "Kỳ đánh giá 16/11/2022 - 15/11/2023; chỉ tiêu ≥ 75%" in out
    assert "Quận Cái Răng" in out and "6 (85,71%)" in out
    assert "Thành phố Cần Thơ" in out and "65 (78,31%)" in out
    assert "Chưa đạt cả hai (18 đơn vị):" in out
    assert "Phường Cái Khế (Quận Ninh Kiều) — chưa đạt: An toàn về ANTT" in out
