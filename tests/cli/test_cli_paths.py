"""Folder and file names as Windows users have them: '#', '?', '%', spaces, Vietnamese letters.

SQLite's read-only mode takes a `file:` URI, where '#' starts a fragment and '?' the parameters:
an unencoded path made every backup an empty 4 KB file (reported as success), wrote the database
beside the folder and made `check` fail on a healthy database.
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
import uuid
from pathlib import Path

import pytest

from tests.units import UNIT_VERSIONS
from thidua_desktop.cli import main
from thidua_desktop.store.integrity import check_file

from .conftest import CopyDemo, run

NAMES = ["Phòng #1", "Báo cáo? 2023", "100% số liệu", "Nguyễn Văn Ánh & Co"]
if sys.platform == "win32":  # '?' is not allowed in Windows names
    NAMES.remove("Báo cáo? 2023")


@pytest.mark.sqlite_only(reason="the file's backup and restore under odd names")
@pytest.mark.parametrize("name", NAMES)
def test_the_data_folder_backups_reports_and_packages_under_odd_names(
    name: str, demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / name / "dữ liệu"
    shutil.copytree(demo_template, data)
    assert run(capsys, "--data-dir", str(data), "check")[0] == 0
    assert main(["--data-dir", str(data), "init", "--office", "926"]) == 0  # Huyện Phong Điền

    # A backup is a full, sound copy of the database, inside the folder.
    code, out, err = run(capsys, "--data-dir", str(data), "backup")
    assert code == 0, err
    (backup,) = (data / "backups").glob("*.sqlite3")
    found = check_file(backup)
    assert found.is_sound and found.counts == check_file(data / "thidua.sqlite3").counts
    assert found.counts["admin_unit"] == UNIT_VERSIONS
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # nothing written beside it

    # A report and a package written under the same kind of name, and read back.
    report = data.parent / f"{name} báo cáo.pdf"
    code, _, err = run(capsys, "--data-dir", str(data), "report", "campaign", "--year", "2023",
                       "--date", "2024-01-05", "--out", str(report))  # fmt: skip
    assert code == 0 and report.read_bytes().startswith(b"%PDF-"), err
    package = data.parent / f"{name} gói.tdkt"
    code, _, err = run(capsys, "--data-dir", str(data), "export", "--year", "2023",
                       "--out", str(package))  # fmt: skip
    assert code == 0 and package.stat().st_size > 0, err

    other = tmp_path / f"{name} nhận" / "dữ liệu"
    shutil.copytree(demo_template, other)
    connection = sqlite3.connect(other / "thidua.sqlite3")
    with connection:
        connection.execute("UPDATE profile SET installation_id = ?", (str(uuid.uuid4()),))
    connection.close()
    code, out, err = run(capsys, "--data-dir", str(other), "import", str(package), "--dry-run")
    assert code == 0 and "chạy thử" in out, err

    # Restoring the backup works from there too.
    code, out, err = run(capsys, "--data-dir", str(data), "restore", str(backup))
    assert code == 0, err
    assert main(["--data-dir", str(data), "check"]) == 0


@pytest.mark.parametrize(
    "words",
    [
        ("report", "bieu-0602", "--year", "2026", "--out"),
        ("export", "--year", "2026", "--out"),
        ("certificates", "test-page", "giay_khen_a4", "--out"),
    ],
)
def test_a_file_name_too_long_for_the_system_is_one_vietnamese_line(
    copy_demo: CopyDemo, tmp_path: Path, capsys: pytest.CaptureFixture[str], words: tuple[str, ...]
) -> None:
    data = copy_demo(tmp_path / "data")
    suffix = ".tdkt" if words[0] == "export" else ".pdf"
    target = tmp_path / ("ữ" * 90 + suffix)  # 270 bytes: more than a file name may have
    code, _out, err = run(capsys, "--data-dir", str(data), *words, str(target))
    assert code == 1 and "tên tệp quá dài" in err and "Traceback" not in err, err
    assert len(err.strip().splitlines()) == 1
