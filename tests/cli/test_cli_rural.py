""" "rural", "rural set|recognize|revoke|plan|criteria": JSON that matches the records, refusals."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from thidua_desktop.paths import resource

from .conftest import run


def rural(capsys: pytest.CaptureFixture[str], demo: str, *extra: str) -> dict[str, Any]:
    code, out, err = run(capsys, "--data-dir", demo, "rural", "--year", "2023", "--json", *extra)
    assert code == 0, err
    result: dict[str, Any] = json.loads(out)
    return result


def commune(data: dict[str, Any], code: str) -> dict[str, Any]:
    return next(c for c in data["communes"] if c["unit_code"] == code)


def recount(data: dict[str, Any]) -> dict[str, Any]:
    """Levels, new recognitions and plans recomputed from the per-commune records of the JSON."""
    levels = {"none": 0, "ntm": 0, "nang_cao": 0, "kieu_mau": 0}
    new = {"ntm": 0, "nang_cao": 0, "kieu_mau": 0}
    planned = {"ntm": 0, "nang_cao": 0, "kieu_mau": 0}
    for c in data["communes"]:
        levels[c["level"] or "none"] += 1
        for level in c["newly_recognised"]:
            new[level] += 1
        if c["plan"]:
            planned[c["plan"]] += 1
    return {"levels": levels, "new": new, "planned": planned}


def summary_counts(summary: dict[str, Any]) -> dict[str, Any]:
    plans = {p["level"]: p for p in summary["plan_vs_achieved"]}
    return {
        "levels": summary["by_level"],
        "new": {level: p["new"] for level, p in plans.items()},
        "planned": {level: p["planned"] for level, p in plans.items()},
    }


def test_the_2023_json_has_levels_x_of_19_and_plan_against_achievement(
    capsys: pytest.CaptureFixture[str], demo: str
) -> None:
    data = rural(capsys, demo)
    assert data["year"] == 2023 and data["unit_code"] == "92" and data["demo"] is True
    assert [s["code"] for s in data["criteria_sets"]] == ["ntm", "nang_cao", "kieu_mau"]
    assert len(data["communes"]) == 36
    assert summary_counts(data["summary"]) == recount(data)
    assert data["summary"]["by_level"] == {"none": 0, "ntm": 8, "nang_cao": 23, "kieu_mau": 5}
    plans = {p["level"]: p for p in data["summary"]["plan_vs_achieved"]}
    assert plans["nang_cao"] | {"level_label": "", "target_source": ""} == {
        "level": "nang_cao",
        "level_label": "",
        "planned": 5,
        "achieved_planned": 4,
        "new": 4,
        "target": 5,
        "target_source": "",
        "status": "below",
        "status_label": "không đạt",
    }
    assert (plans["kieu_mau"]["new"], plans["kieu_mau"]["status"]) == (5, "exceeded")
    dinh_mon = commune(data, "31288")
    assert dinh_mon["unit_name"] == "Xã Định Môn" and dinh_mon["level"] == "kieu_mau"
    assert dinh_mon["level_label"] == "NTM kiểu mẫu"
    assert dinh_mon["criteria"]["ntm"]["text"] == "19/19"
    thanh_quoi = commune(data, "31246")
    assert thanh_quoi["criteria"]["nang_cao"] == {
        "label": "NTM nâng cao",
        "met": 17,
        "total": 19,
        "text": "17/19",
        "not_met": ["5", "13"],
        "not_assessed": 0,
    }
    assert thanh_quoi["next_level"] == "nang_cao"
    assert [m["code"] for m in thanh_quoi["missing"]] == ["5", "13"]
    assert thanh_quoi["plan"] == "nang_cao" and thanh_quoi["plan_achieved"] is False
    names = [c["unit_name"] for c in data["newly_recognised"]["kieu_mau"]]
    assert "Xã Định Môn" in names and len(names) == 5
    districts = {d["unit_code"]: d for d in data["districts"]}
    assert set(districts) == {"924", "925", "926", "927"}
    for code, district in districts.items():
        mine = {"communes": [c for c in data["communes"] if c["district_code"] == code]}
        assert summary_counts(district) == recount(mine)


def test_set_and_recognize_change_the_output(capsys: pytest.CaptureFixture[str], demo: str) -> None:
    base = ("--data-dir", demo, "rural")
    for criterion in ("5", "13"):
        code, out, err = run(
            capsys,
            *base,
            "set",
            "--unit",
            "31246",
            "--year",
            "2023",
            "--set",
            "nang_cao",
            "--criterion",
            criterion,
            "--met",
            "yes",
            "--note",
            "Biên bản thẩm tra của huyện",
        )
        assert code == 0, err
    assert "Xã Thạnh Quới (31246)" in out and "NTM nâng cao 19/19" in out
    data = rural(capsys, demo)
    assert commune(data, "31246")["criteria"]["nang_cao"]["text"] == "19/19"
    assert commune(data, "31246")["missing"] == []

    code, out, err = run(
        capsys,
        *base,
        "recognize",
        "--unit",
        "31246",
        "--level",
        "nang_cao",
        "--decision",
        "3300/QĐ-UBND",
        "--date",
        "28/12/2023",
        "--issuer",
        "UBND thành phố Cần Thơ",
    )
    assert code == 0, err
    assert "đạt chuẩn NTM nâng cao năm 2023" in out and err == ""
    data = rural(capsys, demo)
    thanh_quoi = commune(data, "31246")
    assert thanh_quoi["level"] == "nang_cao" and thanh_quoi["newly_recognised"] == ["nang_cao"]
    assert thanh_quoi["plan_achieved"] is True
    plans = {p["level"]: p for p in data["summary"]["plan_vs_achieved"]}
    assert (plans["nang_cao"]["new"], plans["nang_cao"]["status"]) == (5, "met")
    assert summary_counts(data["summary"]) == recount(data)
    code, out, _ = run(
        capsys, "--data-dir", demo, "targets", "--year", "2023", "--campaign", "CT10-2023", "--json"
    )
    rows = {r["indicator_code"]: r for r in json.loads(out)}
    assert rows["NTM_NANG_CAO"]["status"] == "met"


def test_a_phuong_is_refused_with_a_clear_message(
    capsys: pytest.CaptureFixture[str], demo: str
) -> None:
    code, out, err = run(
        capsys,
        "--data-dir",
        demo,
        "rural",
        "recognize",
        "--unit",
        "31117",
        "--level",
        "ntm",
        "--decision",
        "1/QĐ-UBND",
        "--date",
        "01/02/2023",
    )
    assert code == 1 and out == ""
    assert err.startswith("Lỗi: Phường Cái Khế (31117) là phường: chỉ xã là đối tượng")
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_nang_cao_before_ntm_and_bad_input_are_refused(
    capsys: pytest.CaptureFixture[str], demo: str
) -> None:
    code, _, err = run(
        capsys,
        "--data-dir",
        demo,
        "rural",
        "recognize",
        "--unit",
        "31274",
        "--level",
        "kieu_mau",
        "--decision",
        "5/QĐ-UBND",
        "--date",
        "2023-06-05",
    )
    assert code == 1 and "chưa đạt chuẩn NTM nâng cao" in err
    common = ("--data-dir", demo, "rural", "set", "--unit", "31274", "--year", "2023")
    code, _, err = run(capsys, *common, "--set", "ntm", "--criterion", "1", "--met", "có lẽ")
    assert code == 1 and '--met cần "yes"' in err
    code, _, err = run(capsys, *common, "--set", "xuat_sac", "--criterion", "1", "--met", "yes")
    assert code == 1 and "Mức đạt chuẩn không hợp lệ" in err
    code, _, err = run(capsys, "--data-dir", demo, "rural")
    assert code == 1 and "rural --year Y" in err


def test_a_revocation_warning_goes_to_stderr_with_exit_0(
    capsys: pytest.CaptureFixture[str], demo: str
) -> None:
    common = ("--data-dir", demo, "rural", "set", "--unit", "31274", "--year", "2023")
    for criterion in ("2", "5", "8", "13", "17"):
        code, _, err = run(capsys, *common, "--set", "ntm", "--criterion", criterion, "--met", "no")
        assert code == 0 and err == ""  # 5/19: below 30%
    code, out, err = run(capsys, *common, "--set", "ntm", "--criterion", "18", "--met", "no")
    assert code == 0 and "NTM 13/19" in out
    assert err.startswith("Cảnh báo: Năm 2023: Xã Đông Thắng có 6/19 tiêu chí NTM chưa đạt")
    assert "17. Môi trường và an toàn thực phẩm" in err and "QĐ 18/2022/QĐ-TTg" in err
    code, out, err = run(capsys, "--data-dir", demo, "rural", "--year", "2023", "--json")
    assert code == 0 and "Xã Đông Thắng có 6/19" in err
    data = json.loads(out)
    assert data["summary"]["with_warnings"] == 1
    assert commune(data, "31274")["warnings"] == [err.strip().removeprefix("Cảnh báo: ")]


def test_revoke_and_plan(capsys: pytest.CaptureFixture[str], demo: str) -> None:
    code, out, err = run(
        capsys,
        "--data-dir",
        demo,
        "rural",
        "revoke",
        "--unit",
        "31288",
        "--level",
        "nang_cao",
        "--decision",
        "99/QĐ-UBND",
        "--date",
        "01/12/2023",
        "--reason",
        "Không duy trì tiêu chí",
    )
    assert code == 0, err
    assert "Đã thu hồi NTM nâng cao" in out and "Đã thu hồi NTM kiểu mẫu" in out
    data = rural(capsys, demo, "--unit", "31288")
    [dinh_mon] = data["communes"]
    assert dinh_mon["level"] == "ntm" and dinh_mon["newly_recognised"] == []
    revoked = [r for r in dinh_mon["recognitions"] if r["revoked"]]
    assert [r["level"] for r in revoked] == ["nang_cao", "kieu_mau"]
    assert revoked[0]["revocation"]["decision_number"] == "99/QĐ-UBND"
    code, out, err = run(
        capsys,
        "--data-dir",
        demo,
        "rural",
        "plan",
        "--unit",
        "31288",
        "--year",
        "2023",
        "--level",
        "none",
    )
    assert code == 0 and "không có kế hoạch" in out
    assert rural(capsys, demo, "--unit", "31288")["communes"][0]["plan"] is None


def test_the_text_view_of_a_district(capsys: pytest.CaptureFixture[str], demo: str) -> None:
    code, out, _ = run(capsys, "--data-dir", demo, "rural", "--year", "2023", "--unit", "927")
    assert code == 0
    assert "Nông thôn mới — Huyện Thới Lai, năm 2023" in out and "12 xã:" in out
    assert "31288  Định Môn" in out


def test_criteria_lists_the_sets_and_loads_a_city_version(
    capsys: pytest.CaptureFixture[str], demo: str, tmp_path: Path
) -> None:
    code, out, _ = run(capsys, "--data-dir", demo, "rural", "criteria", "--year", "2023")
    assert code == 0 and "17. Môi trường và an toàn thực phẩm *" in out
    data = json.loads(resource("data", "ntm_criteria_2021_2025.json").read_text("utf-8"))
    data["sets"] = [s for s in data["sets"] if s["code"] == "ntm"]
    data["sets"][0]["version"] = "2023.2"
    data["sets"][0]["criteria"][9]["indicators"] = "Thu nhập ≥ 65 triệu đồng/người/năm (Cần Thơ)"
    path = tmp_path / "ntm_cantho.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, out, err = run(
        capsys, "--data-dir", demo, "rural", "criteria", "--year", "2023", "--load", str(path)
    )
    assert code == 0, err
    assert "Đã nạp: ntm 2023.2" in out
    code, out, _ = run(capsys, "--data-dir", demo, "rural", "criteria", "--year", "2023", "--json")
    ntm = json.loads(out)[0]
    assert ntm["version"] == "2023.2" and "(Cần Thơ)" in ntm["criteria"][9]["indicators"]
