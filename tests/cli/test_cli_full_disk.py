"""A full disk: one Vietnamese line, no partial or empty file, nothing printed by half-closed
objects. Uses a real 64 KB tmpfs where this machine allows mounting one (as root on Linux), so
the writers meet ENOSPC where it really happens; skipped elsewhere."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import CopyDemo, run


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root on Linux")
    mount = tmp_path / f"full-{uuid.uuid4().hex[:8]}"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace')}")
    try:
        descriptor = os.open(mount / "filler", os.O_WRONLY | os.O_CREAT)
        try:
            while os.write(descriptor, b"\0" * 1024):
                pass
        except OSError:
            pass  # full
        finally:
            os.close(descriptor)
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_key_export_on_a_full_disk_leaves_no_empty_file(
    full_disk: Path, copy_demo: CopyDemo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    copy_demo(data)
    code, _, err = run(capsys, "--data-dir", str(data), "keys", "export",
                       "--out", str(full_disk / "khoa.json"))  # fmt: skip
    assert code == 1 and "đầy" in err
    assert sorted(p.name for p in full_disk.iterdir()) == ["filler"]


def test_an_excel_report_on_a_full_disk_is_one_line(
    full_disk: Path, copy_demo: CopyDemo, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    copy_demo(data)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "thidua_desktop",
            "--data-dir",
            str(data),
            "report",
            "campaign",
            "--year",
            "2023",
            "--out",
            str(full_disk / "bao-cao.xlsx"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        f"Lỗi: Ổ đĩa chứa thư mục {full_disk} đã đầy. Hãy giải phóng dung lượng hoặc lưu vào nơi "
        "khác."
    ]
    assert sorted(p.name for p in full_disk.iterdir()) == ["filler"]
