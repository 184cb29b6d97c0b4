"""Command line: backup, restore round trip, check, lock/unlock, audit; one writer at a time."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from thidua_desktop.store.instance_lock import ROLE_GUI, InstanceLock

from .conftest import run


@pytest.fixture
def home(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    directory = str(tmp_path / "d")
    code = run(capsys, "--data-dir", directory, "init", "--office", "916", "--operator", "Lan")[0]
    assert code == 0
    return directory


def test_backup_then_restore_round_trip(home: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--data-dir", home, "backup", "--json")
    assert code == 0
    saved = json.loads(out)
    assert saved["kind"] == "thu-cong" and Path(saved["path"]).exists()

    assert run(capsys, "--data-dir", home, "init", "--operator", "Đức")[0] == 0
    code, out, _ = run(capsys, "--data-dir", home, "restore", saved["path"])
    assert code == 0
    assert "Đã khôi phục cơ sở dữ liệu" in out
    assert "restore --confirm-imports" in out
    audit = json.loads(run(capsys, "--data-dir", home, "audit", "--entity", "profile", "--json")[1])
    assert audit[0]["new"]["operator"] == "Lan"  # the change to "Đức" is gone with the restore

    code, out, _ = run(capsys, "--data-dir", home, "check", "--json")
    report = json.loads(out)
    assert code == 0 and report["ok"] and report["imports_paused"]
    code, out, _ = run(capsys, "--data-dir", home, "restore", "--confirm-imports")
    assert code == 0 and "được phép trở lại" in out
    assert not json.loads(run(capsys, "--data-dir", home, "check", "--json")[1])["imports_paused"]

    listing = json.loads(run(capsys, "--data-dir", home, "backup", "--list", "--json")[1])
    assert {row["kind"] for row in listing} == {"thu-cong", "truoc-khoi-phuc"}


def test_restore_refuses_a_file_that_is_not_a_backup(
    home: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bogus = tmp_path / "bao-cao.xlsx"
    bogus.write_bytes(b"PK\x03\x04")
    code, _, err = run(capsys, "--data-dir", home, "restore", str(bogus))
    assert code == 1 and err.startswith("Lỗi: ") and "không phải tệp SQLite" in err
    assert len(err.strip().splitlines()) == 1


def test_check_exits_1_with_a_one_line_summary_when_something_is_wrong(
    home: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--data-dir", home, "check")
    assert code == 0 and "Kiểm tra toàn vẹn (integrity_check): ổn" in out
    with sqlite3.connect(Path(home) / "thidua.sqlite3") as conn:
        conn.execute("UPDATE admin_unit SET parent_id = 99999 WHERE code = '916'")
    conn.close()
    code, out, err = run(capsys, "--data-dir", home, "check")
    assert code == 1
    assert "Kiểm tra khóa ngoại (foreign_key_check): 1 lỗi" in out
    assert err.startswith("Lỗi: Cơ sở dữ liệu có vấn đề") and len(err.strip().splitlines()) == 1


def test_lock_unlock_and_the_listing(home: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--data-dir", home, "lock", "--year", "2023", "--note", "CV 15")
    assert code == 0 and "Đã khóa sổ năm 2023" in out
    locks = json.loads(run(capsys, "--data-dir", home, "locks", "--json")[1])
    assert [(r["year"], r["locked_by"], r["note"]) for r in locks] == [(2023, "Lan", "CV 15")]
    code, _, err = run(capsys, "--data-dir", home, "unlock", "--year", "2023", "--reason", " ")
    assert code == 1 and "lý do" in err
    code, out, _ = run(capsys, "--data-dir", home, "unlock", "--year", "2023", "--reason", "Sửa")
    assert code == 0
    assert "Chưa khóa sổ năm nào." in run(capsys, "--data-dir", home, "locks")[1]


def test_writes_are_refused_while_the_window_has_the_data_but_reads_are_not(
    home: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with InstanceLock(Path(home), role=ROLE_GUI):
        for args in (
            ["init", "--operator", "Đức"],
            ["lock", "--year", "2023"],
            ["unlock", "--year", "2023", "--reason", "x"],
            ["restore", "--confirm-imports"],
        ):
            code, _, err = run(capsys, "--data-dir", home, *args)
            assert code == 1, args
            assert "đang được một phiên khác của ứng dụng sử dụng" in err
            assert "cửa sổ ứng dụng" in err
        assert run(capsys, "--data-dir", home, "units", "--year", "2023", "--under", "916")[0] == 0
        assert run(capsys, "--data-dir", home, "check")[0] == 0
        assert run(capsys, "--data-dir", home, "backup")[0] == 0
    assert run(capsys, "--data-dir", home, "lock", "--year", "2023")[0] == 0


def test_audit_lists_the_changes_made_on_the_command_line(
    home: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--data-dir", home, "audit", "--operator", "Lan")
    assert code == 0
    assert "Lan: Sửa Cơ quan sử dụng 1: cơ quan: (trống) → 916" in out
    code, _, err = run(capsys, "--data-dir", home, "audit", "--since", "31/02/2024")
    assert code == 1 and "Ngày không hợp lệ" in err
