"""Attached files: kept by their hash, listed, opened as a copy, checked, removed; bad files
refused with a message and nothing kept."""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from pathlib import Path

import pytest

from thidua_desktop.domain.attachments import AttachmentKind
from thidua_desktop.domain.errors import InvalidInput, UserError
from thidua_desktop.paths import DataDir
from thidua_desktop.services.attachments import files
from thidua_desktop.services.attachments.files import (
    attach_to_campaign,
    campaign_attachments,
    copy_attachment,
    open_copy,
    prune,
    remove_attachment,
    stored_path,
)
from thidua_desktop.services.audit.trail import query_audit
from thidua_desktop.services.campaigns.definitions import delete_campaign, save_campaign
from thidua_desktop.services.campaigns.rows import CampaignInput
from thidua_desktop.store.engine import Database

PDF = b"%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


def kept(data_dir: DataDir) -> list[Path]:
    folder = data_dir.attachments
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_a_launching_document_is_kept_by_its_hash_listed_and_opened_as_a_copy(
    demo_db: Database, data_dir: DataDir, tmp_path: Path
) -> None:
    # Odd characters in the folder and a name typed in NFD: kept under the NFC name.
    name = unicodedata.normalize("NFD", "Chỉ thị 10 #1 ?50% Cần Thơ.pdf")
    source = write(tmp_path / "văn bản #2 %?" / name, PDF)
    row = attach_to_campaign(demo_db, data_dir, campaign_code="CT10-2023", path=source)
    assert row.file_name == "Chỉ thị 10 #1 ?50% Cần Thơ.pdf" and row.kind is AttachmentKind.LAUNCH
    assert row.sha256 == hashlib.sha256(PDF).hexdigest() and row.size == len(PDF)
    assert kept(data_dir) == [stored_path(data_dir, row.sha256)]
    assert campaign_attachments(demo_db, "CT10-2023") == [row]
    copy = open_copy(demo_db, data_dir, row.uid)
    assert copy.name == row.file_name and copy.read_bytes() == PDF
    saved = copy_attachment(demo_db, data_dir, row.uid, tmp_path / "ra" / "ban-sao.pdf")
    assert saved.read_bytes() == PDF
    entry = query_audit(demo_db, entity="attachment")[0]
    assert entry.action == "create" and "CT10-2023" in entry.key


def test_the_same_bytes_are_kept_once_and_refused_twice_on_one_campaign(
    demo_db: Database, data_dir: DataDir, tmp_path: Path
) -> None:
    source = write(tmp_path / "a.pdf", PDF)
    first = attach_to_campaign(demo_db, data_dir, campaign_code="CT10-2023", path=source)
    with pytest.raises(InvalidInput, match="đã được đính kèm"):
        attach_to_campaign(demo_db, data_dir, campaign_code="CT10-2023", path=tmp_path / "a.pdf")
    other = attach_to_campaign(
        demo_db, data_dir, campaign_code="KH97-2023", path=source, kind=AttachmentKind.OTHER
    )
    assert len(kept(data_dir)) == 1  # one file, two records
    remove_attachment(demo_db, data_dir, first.uid)
    assert len(kept(data_dir)) == 1  # still named by the other campaign
    remove_attachment(demo_db, data_dir, other.uid)
    assert kept(data_dir) == [] and campaign_attachments(demo_db, "KH97-2023") == []


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("chuong-trinh.exe", b"MZ\x90\x00", "chỉ nhận tệp"),
        ("quyet-dinh.pdf", b"MZ\x90\x00 a program renamed", "nội dung không phải tệp PDF"),
        ("scan.jpg", b"%PDF-1.4", "nội dung không phải tệp JPEG"),
        ("trong.pdf", b"", "trống"),
        ("bang.xlsx", b"not a zip at all", "nội dung không phải tệp Excel"),
    ],
)
def test_bad_files_are_refused_and_nothing_is_kept(
    demo_db: Database, data_dir: DataDir, tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        attach_to_campaign(
            demo_db, data_dir, campaign_code="CT10-2023", path=write(tmp_path / name, data)
        )
    assert kept(data_dir) == [] and campaign_attachments(demo_db, "CT10-2023") == []


def test_an_oversized_or_missing_file_is_refused(
    demo_db: Database, data_dir: DataDir, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("thidua_desktop.domain.attachments.MAX_SIZE", 10)
    with pytest.raises(InvalidInput, match="quá lớn"):
        attach_to_campaign(
            demo_db, data_dir, campaign_code="CT10-2023", path=write(tmp_path / "to.pdf", PDF)
        )
    with pytest.raises(InvalidInput, match="Không tìm thấy tệp"):
        attach_to_campaign(
            demo_db, data_dir, campaign_code="CT10-2023", path=tmp_path / "khong-co.pdf"
        )
    assert kept(data_dir) == []


def test_a_refused_record_leaves_no_file_behind(
    demo_db: Database, data_dir: DataDir, tmp_path: Path
) -> None:
    with pytest.raises(UserError, match="XYZ"):
        attach_to_campaign(
            demo_db, data_dir, campaign_code="XYZ", path=write(tmp_path / "a.pdf", PDF)
        )
    assert kept(data_dir) == []


def test_a_changed_or_lost_kept_file_is_said_not_shown(
    demo_db: Database, data_dir: DataDir, tmp_path: Path
) -> None:
    row = attach_to_campaign(
        demo_db, data_dir, campaign_code="CT10-2023", path=write(tmp_path / "a.pdf", PDF)
    )
    path = stored_path(data_dir, row.sha256)
    path.write_bytes(PDF.replace(b"1.7", b"1.4"))
    with pytest.raises(UserError, match="đã bị thay đổi"):
        open_copy(demo_db, data_dir, row.uid)
    path.unlink()
    with pytest.raises(UserError, match="Thiếu tệp đính kèm"):
        open_copy(demo_db, data_dir, row.uid)


def test_a_deleted_campaign_takes_its_attachments_and_prune_removes_the_bytes(
    demo_db: Database, data_dir: DataDir, tmp_path: Path
) -> None:
    save_campaign(
        demo_db,
        CampaignInput("CD-2026", "Chuyển đổi số", "chuyen_de", dt.date(2026, 1, 1),
                      dt.date(2026, 12, 31), "92"),
    )  # fmt: skip
    row = attach_to_campaign(
        demo_db, data_dir, campaign_code="CD-2026", path=write(tmp_path / "a.pdf", PDF)
    )
    delete_campaign(demo_db, "CD-2026")
    assert kept(data_dir) == [stored_path(data_dir, row.sha256)]
    assert prune(demo_db, data_dir) == 1 and kept(data_dir) == []
    with pytest.raises(InvalidInput, match="Không còn tệp đính kèm"):
        open_copy(demo_db, data_dir, row.uid)


def test_a_full_disk_while_keeping_says_so_and_leaves_nothing(
    demo_db: Database, data_dir: DataDir, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full)
    with pytest.raises(UserError, match="Không lưu được tệp"):
        attach_to_campaign(
            demo_db, data_dir, campaign_code="CT10-2023", path=write(tmp_path / "a.pdf", PDF)
        )
    assert kept(data_dir) == [] and campaign_attachments(demo_db, "CT10-2023") == []


def test_check_reads_every_kept_file_back(
    demo_db: Database, data_dir: DataDir, tmp_path: Path
) -> None:
    from thidua_desktop.services.safety.checks import check_database

    row = attach_to_campaign(
        demo_db, data_dir, campaign_code="CT10-2023", path=write(tmp_path / "QĐ 12.pdf", PDF)
    )
    demo_db.close()
    found = check_database(data_dir)
    assert found.ok and found.attachments_checked == 1 and found.attachments == ()
    stored_path(data_dir, row.sha256).unlink()
    found = check_database(data_dir)
    assert found.attachments == ('"QĐ 12.pdf": thiếu tệp',)
    assert found.ok  # the database itself is sound: restoring it would not bring the file back
