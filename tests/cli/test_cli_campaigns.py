"""Campaign commands: campaigns, targets (the evaluation table), result set and its refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import run


@pytest.fixture
def demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    directory = str(tmp_path / "d")
    assert run(capsys, "--data-dir", directory, "init", "--demo")[0] == 0
    return directory


def targets(capsys: pytest.CaptureFixture[str], demo: str, *extra: str) -> dict[str, dict]:
    code, out, _ = run(
        capsys,
        "--data-dir",
        demo,
        "targets",
        "--year",
        "2023",
        "--campaign",
        "CT10-2023",
        "--json",
        *extra,
    )
    assert code == 0
    return {row["indicator_code"]: row for row in json.loads(out)}


def test_campaigns_lists_the_demo_campaigns(demo: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--data-dir", demo, "campaigns", "--json")
    rows = json.loads(out)
    assert code == 0
    codes = [r["campaign_code"] for r in rows]
    assert codes == ["TD-2026", "TD-2025", "CT10-2023", "KH97-2023"]
    assert rows[0]["document"]["number"] == "3109/QĐ-UBND"
    assert rows[1]["document"]["number"] is None  # the 2025 directive was not found: none invented
    ct10 = rows[2]
    assert ct10["document"] == {
        "number": "10/CT-UBND",
        "date": "2022-12-13",
        "issuer": "UBND thành phố Cần Thơ",
        "summary": "Chỉ thị về việc phát động phong trào thi đua năm 2023",
    }
    assert ct10["indicators"] == 10 and ct10["form"] == "thuong_xuyen"
    assert rows[3]["form"] == "chuyen_de"
    text = run(capsys, "--data-dir", demo, "campaigns")[1]
    assert "10/CT-UBND ngày 13/12/2022 của UBND thành phố Cần Thơ" in text


def test_targets_json_shows_every_chi_thi_10_indicator(
    demo: str, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = targets(capsys, demo)
    assert len(rows) == 10
    grdp = rows["GRDP"]
    assert (grdp["target_low"], grdp["target_high"], grdp["target_text"]) == (9.5, 10, "9,5 - 10%")
    assert (grdp["value"], grdp["value_text"], grdp["status"]) == (5.75, "5,75", "below")
    assert grdp["status_label"] == "không đạt" and grdp["ratio_percent"] == 60.53
    assert rows["HO_NGHEO"]["status"] == "exceeded" and rows["HO_NGHEO"]["ratio_percent"] is None
    assert rows["HO_NGHEO"]["difference"] == -0.15
    assert rows["DO_THI_HOA"]["status"] == "met"
    assert rows["ANTT_3KHONG"]["status"] == "exceeded" and rows["ANTT_3KHONG"]["value"] == 78.31
    assert rows["VON_DT"]["value_origin"] == "aggregated"
    assert {r["unit_code"] for r in rows.values()} == {"92"}


@pytest.mark.parametrize(
    ("value", "status"),
    [("9,5", "met"), ("9.5", "met"), ("9,49", "below"), ("10", "met"), ("10,01", "exceeded")],
)
def test_result_set_then_targets_reflects_the_value(
    demo: str, capsys: pytest.CaptureFixture[str], value: str, status: str
) -> None:
    code, out, _ = run(
        capsys,
        "--data-dir",
        demo,
        "result",
        "set",
        "--campaign",
        "CT10-2023",
        "--indicator",
        "GRDP",
        "--unit",
        "92",
        "--year",
        "2023",
        "--value",
        value,
    )
    assert code == 0 and "Đã ghi kết quả" in out
    assert targets(capsys, demo)["GRDP"]["status"] == status


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--campaign", "X", "--indicator", "GRDP", "--unit", "92", "--value", "1"], '"X"'),
        (["--campaign", "CT10-2023", "--indicator", "X", "--unit", "92", "--value", "1"], '"X"'),
        (["--campaign", "CT10-2023", "--indicator", "GRDP", "--unit", "1", "--value", "1"], '"1"'),
        (
            ["--campaign", "CT10-2023", "--indicator", "GRDP", "--unit", "92", "--value", "abc"],
            "Số không hợp lệ",
        ),
        (
            ["--campaign", "CT10-2023", "--indicator", "BHYT", "--unit", "92", "--value", "100,1"],
            "tối đa 100%",
        ),
        (
            ["--campaign", "CT10-2023", "--indicator", "VON_DT", "--unit", "916", "--value", "-1"],
            "tối thiểu 0",
        ),
    ],
)
def test_result_set_refusals_exit_1_and_change_nothing(
    demo: str, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    before = targets(capsys, demo)
    code, out, err = run(capsys, "--data-dir", demo, "result", "set", "--year", "2023", *args)
    assert code == 1 and out == ""
    assert err.startswith("Lỗi: ") and message in err and len(err.splitlines()) == 1
    assert targets(capsys, demo) == before


def test_target_set_then_targets_uses_it(demo: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run(
        capsys,
        "--data-dir",
        demo,
        "target",
        "set",
        "--campaign",
        "CT10-2023",
        "--indicator",
        "GRDP",
        "--unit",
        "916",
        "--year",
        "2023",
        "--value",
        "8",
        "--high",
        "8,5",
    )
    assert code == 0
    row = targets(capsys, demo, "--unit", "916")["GRDP"]
    assert row["target_text"] == "8 - 8,5%" and row["status"] == "no_data"


def test_targets_text_output_is_readable(demo: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--data-dir", demo, "targets", "--year", "2023")
    assert code == 0
    assert "CT10-2023 — Phong trào thi đua yêu nước năm 2023" in out
    assert "không đạt" in out and "5,75%" in out and "chỉ tiêu 9,5 - 10%" in out
