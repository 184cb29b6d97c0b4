"""Backups with the online backup API: self-contained copies; a full disk or a read-only folder
gives a clear message, leaves no partial file and never touches the live database."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.units import UNIT_VERSIONS
from thidua_desktop.store import backup as store_backup
from thidua_desktop.store.backup import BackupError, backup_file, replace_database
from thidua_desktop.store.engine import Database
from thidua_desktop.store.integrity import check_file

pytestmark = pytest.mark.sqlite_only(reason="backups of the SQLite file")


def _snapshot(path: Path) -> tuple[list[str], dict[str, int]]:
    found = check_file(path)
    return list(found.integrity), found.counts


def test_a_backup_is_one_self_contained_sound_file(db: Database, tmp_path: Path) -> None:
    destination = backup_file(db.path, tmp_path / "out" / "copy.sqlite3")
    assert [p.name for p in destination.parent.iterdir()] == ["copy.sqlite3"]
    with sqlite3.connect(destination) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    found = check_file(destination)
    assert found.is_sound and found.counts["admin_unit"] == UNIT_VERSIONS


def test_a_full_disk_during_the_copy_leaves_no_partial_file_and_the_database_intact(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _snapshot(db.path)

    def fill_the_disk(src: sqlite3.Connection, dst: sqlite3.Connection) -> None:
        src.backup(dst, pages=1)  # some pages reach the disk, then it is full
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store_backup, "copy_pages", fill_the_disk)
    destination = tmp_path / "backups" / "copy.sqlite3"
    with pytest.raises(BackupError) as failure:
        backup_file(db.path, destination)
    assert "Ổ đĩa đã đầy" in failure.value.message
    assert "Dữ liệu hiện tại không bị ảnh hưởng" in failure.value.message
    assert list(destination.parent.iterdir()) == []
    assert _snapshot(db.path) == before


def test_a_full_disk_at_the_final_rename_is_reported_the_same_way(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_space(*_args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(store_backup.os, "replace", no_space)
    destination = tmp_path / "backups" / "copy.sqlite3"
    with pytest.raises(BackupError, match="Ổ đĩa đã đầy"):
        backup_file(db.path, destination)
    assert list(destination.parent.iterdir()) == []


def test_a_read_only_backup_folder_is_reported_in_vietnamese(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Running as root, permissions do not stop writes: the refusal is simulated where SQLite
    # would meet it, when it creates the copy.
    real_connect = sqlite3.connect

    def read_only_folder(target: object, *args: object, **kwargs: object) -> sqlite3.Connection:
        if str(target).endswith(".partial"):
            raise sqlite3.OperationalError("unable to open database file")
        return real_connect(target, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(store_backup.sqlite3, "connect", read_only_folder)
    with pytest.raises(BackupError, match="thư mục chỉ đọc hoặc không có quyền ghi"):
        backup_file(db.path, tmp_path / "backups" / "copy.sqlite3")


def test_a_backup_folder_blocked_by_a_file_is_reported(db: Database, tmp_path: Path) -> None:
    blocker = tmp_path / "backups"
    blocker.write_text("not a folder")
    with pytest.raises(BackupError, match="đã có một tệp trùng tên"):
        backup_file(db.path, blocker / "copy.sqlite3")


def test_replacing_the_database_never_replays_the_old_wal(tmp_path: Path) -> None:
    backup = tmp_path / "backup.sqlite3"
    with sqlite3.connect(backup) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.execute("INSERT INTO t VALUES ('from the backup')")
    conn.close()
    # A live database as a crash leaves it: committed rows only in its -wal file.
    original = tmp_path / "original.sqlite3"
    writer = sqlite3.connect(original)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("CREATE TABLE t (x)")
    writer.execute("INSERT INTO t VALUES ('live, only in the WAL')")
    writer.commit()
    live = tmp_path / "live.sqlite3"
    shutil.copyfile(original, live)
    shutil.copyfile(tmp_path / "original.sqlite3-wal", tmp_path / "live.sqlite3-wal")
    writer.close()
    assert (tmp_path / "live.sqlite3-wal").stat().st_size > 0

    replace_database(backup, live)

    assert not (tmp_path / "live.sqlite3-wal").exists()
    assert not (tmp_path / "live.sqlite3.restoring").exists()
    with sqlite3.connect(live) as conn:
        assert conn.execute("SELECT x FROM t").fetchall() == [("from the backup",)]
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()


def test_a_database_still_open_elsewhere_is_not_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_backup, "BUSY_TIMEOUT_S", 0.05)
    backup = tmp_path / "backup.sqlite3"
    with sqlite3.connect(backup) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    live = tmp_path / "live.sqlite3"
    other = sqlite3.connect(live)
    other.execute("PRAGMA journal_mode=WAL")
    other.execute("CREATE TABLE t (x)")
    other.execute("INSERT INTO t VALUES ('kept')")
    other.commit()
    other.execute("BEGIN")
    other.execute("SELECT * FROM t").fetchall()  # a reader in the middle of a transaction
    try:
        with pytest.raises(BackupError, match="đang được một chương trình khác sử dụng"):
            replace_database(backup, live)
    finally:
        other.rollback()
        other.close()
    with sqlite3.connect(live) as conn:
        assert conn.execute("SELECT x FROM t").fetchall() == [("kept",)]
    conn.close()


def test_a_database_locked_by_another_program_ends_in_a_message_not_a_long_wait(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import subprocess
    import sys
    import time

    holder = subprocess.Popen(
        [sys.executable, "-c", (
            "import sqlite3, sys, time\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('PRAGMA locking_mode=EXCLUSIVE')\n"
            "c.execute('BEGIN EXCLUSIVE')\n"
            "c.execute('UPDATE profile SET operator = operator')\n"
            "print('held', flush=True)\n"
            "time.sleep(60)\n"
        ), str(db.path)],
        stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        monkeypatch.setattr(store_backup, "BACKUP_WAIT_S", 0.5)
        started = time.monotonic()
        with pytest.raises(BackupError, match="đang bị một chương trình khác khóa"):
            backup_file(db.path, tmp_path / "sao-luu" / "ban-sao.sqlite3")
        assert time.monotonic() - started < 5
        assert list((tmp_path / "sao-luu").iterdir()) == []
    finally:
        holder.kill()
        holder.wait()


def test_read_only_uris_keep_odd_names_and_network_shares() -> None:
    from pathlib import PureWindowsPath

    from thidua_desktop.store.sqlite_files import read_only_uri

    assert read_only_uri(PureWindowsPath(r"\\may-chu\du lieu #1\thidua.sqlite3")) == (
        "file:////may-chu/du%20lieu%20%231/thidua.sqlite3?mode=ro"
    )
    assert read_only_uri(PureWindowsPath(r"Z:\Phòng?\x.sqlite3")).startswith("file:///Z:/Ph")
