"""`awards`: the year's JSON (counts, the quota warning), a proposal, eligibility, history, the
catalogue, the workflow commands and their refusals; `report awards-proposal|awards-decision`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from thidua_desktop.cli import main

from .conftest import run


def awards_json(capsys: pytest.CaptureFixture[str], demo: str, *args: str) -> Any:
    code, out, err = run(capsys, "--data-dir", demo, "awards", *args, "--json")
    assert code == 0, err
    return json.loads(out)


def proposal_id(data: dict[str, Any], words: str) -> int:
    return int(next(p["id"] for p in data["proposals"] if words in p["title"]))


def test_the_year_json_has_counts_and_the_quota_warning(
    capsys: pytest.CaptureFixture[str], demo: str
) -> None:
    data = awards_json(capsys, demo, "--year", "2023")
    assert data["year"] == 2023 and data["unit_code"] == "92" and data["demo"] is True
    counts = {c["award_code"]: c for c in data["counts"]}
    assert counts["cstdcs"]["proposed"] == 4 and counts["ldtt"]["decided"] == 10
    assert counts["giay_khen_huyen"]["ad_hoc"] == 4
    assert data["totals"]["direct_workers_percent"] == 23.53
    assert data["totals"]["ad_hoc_percent"] == 16.67
    quota = [w for w in data["warnings"] if w["code"] == "quota_exceeded"]
    assert len(quota) == 1 and quota[0]["unit_code"] == "31300"
    assert "vượt tỷ lệ khống chế 15%" in quota[0]["message"]
    exceeded = [q for q in data["quotas"] if q["exceeded"]]
    assert [(q["unit_code"], q["count"], q["limit"]) for q in exceeded] == [("31300", 2, 1)]
    assert data["rules"]["version"] == "2017"
    assert data["rules"]["quotas"][0] == {
        "award_code": "cstdcs",
        "award_name": "Chiến sĩ thi đua cơ sở",
        "base_code": "ldtt",
        "base_name": "Lao động tiên tiến",
        "max_percent": 15,
        "rounding": "floor",
        "rounding_label": "làm tròn xuống",
    }
    returned = [p for p in data["proposals"] if p["returned"]]
    assert len(returned) == 1 and returned[0]["status"] == "draft" and returned[0]["return_reason"]


def test_the_year_in_words(capsys: pytest.CaptureFixture[str], demo: str) -> None:
    code, out, _ = run(capsys, "--data-dir", demo, "awards", "--year", "2023", "--unit", "926")
    assert code == 0
    assert "Khen thưởng năm 2023 — Huyện Phong Điền" in out
    assert "Xã Nhơn Ái" in out and "VƯỢT" in out and "Cảnh báo (2):" in out
    code, out, _ = run(capsys, "--data-dir", demo, "awards", "--year", "2020")
    assert code == 0 and "Chưa có đề nghị khen thưởng nào." in out


def test_show_eligible_history_and_catalogue(capsys: pytest.CaptureFixture[str], demo: str) -> None:
    year = awards_json(capsys, demo, "--year", "2023")
    detail = awards_json(capsys, demo, "show", str(proposal_id(year, "xã Nhơn Ái")))
    assert detail["proposal"]["status"] == "reviewed"
    assert [line["votes_agree"] for line in detail["lines"] if line["needs_ballot"]] == [5, 2]
    eligible = awards_json(capsys, demo, "eligible", "--year", "2023")
    person = next(e for e in eligible if e["award_code"] == "cstd_tinh")
    assert person["recipient"]["name"] == "Trần Thị Mỹ Hạnh"
    history = awards_json(capsys, demo, "history", str(person["recipient"]["id"]))
    assert [a["year"] for a in history["awards"] if a["award_code"] == "cstdcs"] == [
        2021,
        2022,
        2023,
    ]
    old = awards_json(capsys, demo, "catalogue", "--date", "31/12/2023")
    new = awards_json(capsys, demo, "catalogue", "--date", "01/01/2024")
    assert (old["version"], new["version"]) == ("2017", "2024")
    assert "xa_tieu_bieu" in {e["award_code"] for e in new["entries"]}
    assert "xa_tieu_bieu" not in {e["award_code"] for e in old["entries"]}


def test_the_workflow_on_the_command_line(capsys: pytest.CaptureFixture[str], demo: str) -> None:
    year = awards_json(capsys, demo, "--year", "2023")
    nhon_ai = proposal_id(year, "xã Nhơn Ái")
    code, _, err = run(
        capsys, "--data-dir", demo, "awards", "return", str(nhon_ai), "--reason", " "
    )
    assert code == 1 and err.startswith("Lỗi: ") and "lý do" in err and err.count("\n") == 1
    code, out, err = run(
        capsys,
        "--data-dir",
        demo,
        "awards",
        "decide",
        str(nhon_ai),
        "--number",
        "08/QĐ-UBND",
        "--date",
        "05/01/2024",
        "--signer",
        "Trần Văn Hiền",
        "--position",
        "Phó Chủ tịch",
        "--lines",
        "1,9",
    )
    assert code == 1 and err.startswith("Lỗi: Dòng 9") and "2/6" in err and "dưới mức 50%" in err
    code, out, err = run(
        capsys,
        "--data-dir",
        demo,
        "awards",
        "decide",
        str(nhon_ai),
        "--number",
        "08/QĐ-UBND",
        "--date",
        "05/01/2024",
        "--signer",
        "Trần Văn Hiền",
        "--position",
        "Phó Chủ tịch",
    )
    assert code == 0, err
    assert "Không quyết định dòng 9 (Châu Minh Trí" in out and "Đã quyết định" in out
    # Line 9 (failed ballot) is still pending, so it still counts: the quota warning stays.
    assert "vượt tỷ lệ" in err
    detail = awards_json(capsys, demo, "show", str(nhon_ai))
    assert detail["decisions"][0]["rules_version"] == "2024"
    assert [line["decision_number"] for line in detail["lines"]][-1] is None
    code, _, err = run(
        capsys, "--data-dir", demo, "awards", "award", str(nhon_ai), "--date", "1/1/2024"
    )
    assert code == 1 and "trước ngày quyết định" in err
    code, out, _ = run(
        capsys, "--data-dir", demo, "awards", "award", str(nhon_ai), "--date", "10/01/2024"
    )
    assert code == 0 and "Đã trao" in out
    # Handed over: line 9 was left out for good and counts no more.
    assert not [w for w in awards_json(capsys, demo, "show", str(nhon_ai))["warnings"]]
    code, _, err = run(capsys, "--data-dir", demo, "awards", "submit", str(nhon_ai))
    assert code == 1 and "Không thể trình" in err


def test_review_votes_by_line_number(capsys: pytest.CaptureFixture[str], demo: str) -> None:
    year = awards_json(capsys, demo, "--year", "2023")
    pid = str(proposal_id(year, "Ấp, khu vực văn hóa"))
    code, _, err = run(
        capsys, "--data-dir", demo, "awards", "review", pid, "--members", "7", "--present", "8"
    )
    assert code == 1 and "có mặt" in err
    code, _, err = run(
        capsys,
        "--data-dir",
        demo,
        "awards",
        "review",
        pid,
        "--members",
        "7",
        "--present",
        "6",
        "--votes",
        "1=5",
    )
    assert code == 1 and "không xét bằng bỏ phiếu kín" in err
    code, out, err = run(
        capsys,
        "--data-dir",
        demo,
        "awards",
        "review",
        pid,
        "--members",
        "7",
        "--present",
        "6",
        "--date",
        "28/12/2023",
    )
    assert code == 0, err
    assert "Hội đồng TĐKT đã xét" in out


def test_documents_of_a_proposal_and_a_decision(
    capsys: pytest.CaptureFixture[str], demo: str, tmp_path: Path
) -> None:
    year = awards_json(capsys, demo, "--year", "2023")
    pid = proposal_id(year, "khối cơ quan huyện")
    detail = awards_json(capsys, demo, "show", str(pid))
    decision = detail["decisions"][0]["id"]
    for kind, record, name in (
        ("awards-proposal", pid, "totrinh.pdf"),
        ("awards-decision", decision, "quyetdinh.pdf"),
        ("awards-decision", decision, "danhsach.xlsx"),
    ):
        code, out, err = run(
            capsys,
            "--data-dir",
            demo,
            "report",
            kind,
            "--year",
            "2023",
            "--id",
            str(record),
            "--out",
            str(tmp_path / name),
        )
        assert code == 0, err
        assert (tmp_path / name).stat().st_size > 1000 and "Số liệu minh họa" in out
    code, _, err = run(
        capsys,
        "--data-dir",
        demo,
        "report",
        "awards-proposal",
        "--year",
        "2022",
        "--id",
        str(pid),
        "--out",
        str(tmp_path / "x.pdf"),
    )
    assert code == 1 and "thuộc năm 2023" in err
    code, _, err = run(
        capsys,
        "--data-dir",
        demo,
        "report",
        "awards-decision",
        "--year",
        "2023",
        "--out",
        str(tmp_path / "x.pdf"),
    )
    assert code == 1 and "--id" in err


def test_bad_years_and_ids_are_one_line_vietnamese_errors(
    capsys: pytest.CaptureFixture[str], demo: str
) -> None:
    for args in (
        ("awards", "--year", "abc"),
        ("awards", "eligible", "--year", "abc"),
        ("awards", "show", "x"),
        ("awards", "decide", "x", "--number", "1", "--date", "1/1/2024", "--signer", "A"),
    ):
        with pytest.raises(SystemExit) as exited:
            main(["--data-dir", demo, *args])
        err = capsys.readouterr().err
        assert exited.value.code == 1 and err.startswith("Lỗi: ") and err.count("\n") == 1, err
        assert "invalid" not in err and ("năm phải là số" in err or "số hiệu phải là số" in err)
    with pytest.raises(SystemExit):
        main(["awards", "eligible", "--help"])
    out, _ = capsys.readouterr()
    assert "năm đã có quyết định" in out and "mã đơn vị" in out


def test_show_prints_the_ids_documents_need_and_a_wrong_kind_of_id_is_named(
    capsys: pytest.CaptureFixture[str], demo: str, tmp_path: Path
) -> None:
    data = awards_json(capsys, demo, "--year", "2023")
    # the newest proposal (2026, not decided): its id is above every decision's
    pid = proposal_id(awards_json(capsys, demo, "--year", "2026"), "cho cá nhân xã Phong Điền")
    decided = proposal_id(data, "khối cơ quan huyện")
    code, out, _ = run(capsys, "--data-dir", demo, "awards", "--year", "2023", "show", str(decided))
    assert code == 0
    line = next(x for x in out.splitlines() if x.startswith("In quyết định 1525/QĐ-UBND"))
    decision_id = int(line.split("--id ")[1].split()[0])
    assert f"Quyết định #{decision_id}: số 1525/QĐ-UBND" in out
    pdf = tmp_path / "qd.pdf"
    code, _, _ = run(
        capsys, "--data-dir", demo, "report", "awards-decision", "--year", "2023",
        "--id", str(decision_id), "--out", str(pdf),
    )  # fmt: skip
    assert code == 0 and pdf.stat().st_size > 1000
    code, _, err = run(
        capsys, "--data-dir", demo, "report", "awards-decision", "--year", "2023",
        "--id", str(pid), "--out", str(tmp_path / "x.pdf"),
    )  # fmt: skip
    assert code != 0
    assert "là số hiệu của một đề nghị" in err and "chưa có quyết định" in err
