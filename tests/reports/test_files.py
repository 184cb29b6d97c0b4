"""Atomic report files and the Vietnamese messages for folders and files that cannot be written."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

import pytest

from thidua_desktop.domain.errors import UserError
from thidua_desktop.reports.document import Column, TableBlock
from thidua_desktop.reports.render import files
from thidua_desktop.reports.render.files import write_atomically
from thidua_desktop.reports.render.save import save_report

from .conftest import MakeSpec


def test_the_file_appears_only_when_complete(tmp_path: Path) -> None:
    target = tmp_path / "bao-cao.pdf"
    seen: list[Path] = []

    def writer(temporary: Path) -> None:
        assert temporary.parent == tmp_path and temporary != target
        assert not target.exists()
        temporary.write_bytes(b"%PDF-1.4 ...")
        seen.append(temporary)

    assert write_atomically(target, writer) == target
    assert target.read_bytes() == b"%PDF-1.4 ..."
    assert list(tmp_path.iterdir()) == [target]
    assert not seen[0].exists()


def test_a_failing_writer_leaves_no_file_and_no_temporary(tmp_path: Path) -> None:
    def writer(temporary: Path) -> None:
        temporary.write_bytes(b"half")
        raise RuntimeError("bug")

    with pytest.raises(RuntimeError, match="bug"):
        write_atomically(tmp_path / "bao-cao.pdf", writer)
    assert list(tmp_path.iterdir()) == []


def test_a_failure_keeps_the_previous_file(tmp_path: Path) -> None:
    target = tmp_path / "bao-cao.xlsx"
    target.write_bytes(b"old")

    def writer(temporary: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(UserError, match="đã đầy"):
        write_atomically(target, writer)
    assert target.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [target]


def test_missing_folder_gives_a_vietnamese_message(tmp_path: Path, make_spec: MakeSpec) -> None:
    with pytest.raises(UserError, match="không tồn tại") as caught:
        save_report(make_spec(), tmp_path / "khong-co" / "bao-cao.pdf")
    assert "khong-co" in caught.value.message


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_read_only_folder_gives_a_vietnamese_message(tmp_path: Path, make_spec: MakeSpec) -> None:
    folder = tmp_path / "chi-doc"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(UserError, match="Không có quyền ghi"):
            save_report(make_spec(), folder / "bao-cao.pdf")
    finally:
        folder.chmod(0o755)


def test_folder_without_permission_gives_a_vietnamese_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(**_: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(files.tempfile, "mkstemp", refuse)
    with pytest.raises(UserError, match="Không có quyền ghi vào thư mục"):
        write_atomically(tmp_path / "bao-cao.pdf", lambda temporary: None)


def test_file_open_in_another_program_gives_a_vietnamese_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "bao-cao.xlsx"
    target.write_bytes(b"open in Excel")

    def locked(source: object, destination: object) -> None:
        error = PermissionError(errno.EACCES, "The process cannot access the file")
        error.winerror = 32  # type: ignore[attr-defined]
        raise error

    monkeypatch.setattr(files.os, "replace", locked)
    with pytest.raises(UserError, match="đang được mở trong chương trình khác"):
        write_atomically(target, lambda temporary: temporary.write_bytes(b"new"))
    assert target.read_bytes() == b"open in Excel"
    assert list(tmp_path.iterdir()) == [target]


def test_save_report_chooses_the_format_by_extension(tmp_path: Path, make_spec: MakeSpec) -> None:
    spec = make_spec(body=[TableBlock([Column("Đơn vị")], [["Phường An Hòa"]])])
    assert save_report(spec, tmp_path / "a.PDF").read_bytes().startswith(b"%PDF-")
    assert save_report(spec, tmp_path / "a.xlsx").read_bytes().startswith(b"PK")
    assert save_report(spec, tmp_path / "a.Docx").read_bytes().startswith(b"PK")
    with pytest.raises(UserError, match=r"\.pdf, \.xlsx hoặc \.docx"):
        save_report(spec, tmp_path / "a.doc")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.Docx", "a.PDF", "a.xlsx"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_saved_file_is_readable_like_any_document(tmp_path: Path) -> None:
    # mkstemp makes its file private (0600): a report saved through it must not stay so.
    new = write_atomically(tmp_path / "moi.pdf", lambda p: p.write_bytes(b"%PDF-"))
    assert new.stat().st_mode & 0o777 == 0o644
    (tmp_path / "cu.pdf").write_bytes(b"old")
    os.chmod(tmp_path / "cu.pdf", 0o640)
    kept = write_atomically(tmp_path / "cu.pdf", lambda p: p.write_bytes(b"%PDF-"))
    assert kept.stat().st_mode & 0o777 == 0o640
