"""`awards dossier-send|dossier-reply|dossier-receive|dossiers`: a dossier from xã Phong Điền
to thành phố Cần Thơ and its answer, through the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from thidua_desktop.cli import main
from thidua_desktop.paths import DataDir, resolve_database_url
from thidua_desktop.services.awards.edit import delete_proposal
from thidua_desktop.store.schema import open_database

from .conftest import CopyDemo, run


@pytest.fixture
def offices(
    copy_demo: CopyDemo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> tuple[str, str]:
    """Xã Phong Điền and thành phố Cần Thơ; the demo's own copy of the commune's 2026 draft
    (#16) is not the city's, so the city's installation starts without it."""
    found = []
    for name, code in (("xa", "31299"), ("tp", "92")):
        target = Path(copy_demo(tmp_path / name))
        assert main(["--data-dir", str(target), "init", "--office", code]) == 0
        found.append(str(target))
    db = open_database(DataDir(Path(found[1]), resolve_database_url(None, Path(found[1]))))
    delete_proposal(db, 16)
    db.close()
    capsys.readouterr()
    return found[0], found[1]


def test_a_dossier_and_its_answer_travel_by_command_line(
    offices: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    xa, tp = offices
    assert (
        run(capsys, "--data-dir", xa, "awards", "submit", "16", "--number", "52/TTr-UBND")[0] == 0
    )
    code, out, _err = run(capsys, "--data-dir", xa, "awards", "dossier-send", "16", "--dry-run")
    assert code == 0 and "Lâm Thị Kiều Oanh" in out and "Thành phố Cần Thơ" in out
    package = tmp_path / "hồ sơ #1 ?%.tdkt"
    code, out, err = run(
        capsys, "--data-dir", xa, "awards", "dossier-send", "16", "--out", str(package), "--json"
    )
    assert code == 0, err
    sent = json.loads(out)
    assert sent["receiver_code"] == "92" and [p["name"] for p in sent["people"]] == [
        "Lâm Thị Kiều Oanh"
    ]
    code, out, err = run(capsys, "--data-dir", tp, "awards", "dossier-receive", str(package))
    assert code == 0 and "Đã nhận." in out, err
    code, out, _err = run(capsys, "--data-dir", tp, "awards", "dossiers", "--json")
    [row] = json.loads(out)
    assert (row["role"], row["status"], row["to_report"]) == ("received", "received", True)
    there = str(row["proposal_id"])
    code, _out, err = run(
        capsys, "--data-dir", tp, "awards", "return", there, "--reason", "Thiếu báo cáo thành tích"
    )
    assert code == 0, err
    answer = tmp_path / "ket-qua.tdkt"
    assert (
        run(capsys, "--data-dir", tp, "awards", "dossier-reply", there, "--out", str(answer))[0]
        == 0
    )
    code, out, err = run(capsys, "--data-dir", xa, "awards", "dossier-receive", str(answer))
    assert code == 0 and "Thiếu báo cáo thành tích" in out, err
    code, out, _err = run(capsys, "--data-dir", xa, "awards", "dossiers")
    assert "Trả lại" in out and "Lý do trả lại: Thiếu báo cáo thành tích" in out
    # The same answer again changes nothing; a data import names the right command.
    code, out, _err = run(capsys, "--data-dir", xa, "awards", "dossier-receive", str(answer))
    assert code == 0 and "không thay đổi gì" in out
    code, _out, err = run(capsys, "--data-dir", xa, "import", str(answer))
    assert code != 0 and "awards dossier-receive" in err and "Traceback" not in err


def test_sending_a_draft_is_refused_with_the_reason(
    offices: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    xa, _tp = offices
    code, _out, err = run(capsys, "--data-dir", xa, "awards", "dossier-send", "16", "--dry-run")
    assert code != 0 and "hãy trình đề nghị" in err
