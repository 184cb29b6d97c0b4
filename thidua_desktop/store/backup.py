"""Consistent copies of a live database with SQLite's online backup API, written atomically.

SQLite-specific by nature (a PostgreSQL server is backed up with its own tools). Every file is
first written under a `.partial` name in the destination folder, synced, then renamed, so a crash,
a full disk or a power cut leaves either the complete copy or none of it, never half a file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import sqlite3
import sys
import time
from pathlib import Path

from thidua_desktop.store.errors import DatabaseUnavailableError
from thidua_desktop.store.sqlite_files import connect_read_only

PARTIAL_SUFFIX = ".partial"
# How long a restore waits for another connection to let go of the database before giving up.
BUSY_TIMEOUT_S = 1.0
# How long a backup waits for a program that holds the database exclusively (it waited as long as
# the lock was held, silently).
BACKUP_WAIT_S = 10.0


class BackupBusyError(Exception):
    """The source stayed locked by another program for longer than BACKUP_WAIT_S."""


class BackupError(DatabaseUnavailableError):
    """A copy could not be written (full disk, read-only folder …); the source is untouched."""


def backup_file(source: Path, destination: Path) -> Path:
    """Copy `source` to `destination` page by page while it may be in use (never a file copy).

    The copy is a self-contained file (rollback journal, no -wal beside it), so it can be read
    from a read-only medium and moved around as one file.
    """
    if not source.is_file():
        raise BackupError(f"Không tìm thấy cơ sở dữ liệu {source} để sao lưu.")
    partial = destination.with_name(destination.name + PARTIAL_SUFFIX)
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        src = connect_read_only(source, timeout=BUSY_TIMEOUT_S)
        try:
            dst = sqlite3.connect(partial)
            try:
                copy_pages(src, dst)
                # The copy carries the source's WAL flag; a backup is one self-contained file.
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        _fsync(partial)
        os.replace(partial, destination)
        _fsync_dir(destination.parent)
    except BackupBusyError:
        _remove_quietly(partial)
        raise BackupError(
            f"Cơ sở dữ liệu {source} đang bị một chương trình khác khóa để ghi; sau "
            f"{BACKUP_WAIT_S:.0f} giây vẫn chưa đọc được nên chưa sao lưu. Hãy đóng chương trình "
            "đó hoặc thử lại sau ít phút. Dữ liệu hiện tại không bị ảnh hưởng."
        ) from None
    except (sqlite3.Error, OSError) as exc:
        _remove_quietly(partial)
        raise BackupError(describe_write_failure(exc, destination)) from exc
    return destination


def copy_pages(src: sqlite3.Connection, dst: sqlite3.Connection) -> None:
    """The online backup itself (a seam for tests that simulate a failing disk), in steps, so a
    source held locked by another program ends in a message after BACKUP_WAIT_S instead of
    waiting for as long as the lock is held."""
    deadline = time.monotonic() + BACKUP_WAIT_S

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() > deadline:
            raise BackupBusyError

    src.backup(dst, pages=1024, progress=progress, sleep=0.1)


def backup_name(prefix: str, *, now: dt.datetime | None = None) -> str:
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    return f"{prefix}-{stamp}.sqlite3"


def replace_database(source: Path, live: Path) -> None:
    """Make `live` a copy of the (verified) database `source`, atomically.

    The caller holds the instance lock and has closed every connection to `live`. The copy is
    staged beside `live` with the backup API and checked; the live database's WAL is then folded
    into it and removed (a stale -wal must never be replayed onto the restored file); finally the
    staged file is renamed over `live`. A failure before the rename leaves `live` as it was.
    """
    staged = live.with_name(live.name + ".restoring")
    try:
        backup_file(source, staged)
        problems = quick_check(staged)
        if problems:
            raise BackupError(
                f"Bản sao của {source.name} vừa chép bị lỗi ({problems[0]}); "
                "dữ liệu hiện tại không bị thay đổi."
            )
        if live.exists():
            _detach_wal(live)
        os.replace(staged, live)
        _fsync_dir(live.parent)
    except (sqlite3.Error, OSError) as exc:
        _remove_quietly(staged)
        raise BackupError(describe_write_failure(exc, live)) from exc
    except BaseException:
        _remove_quietly(staged)
        raise


def quick_check(path: Path) -> list[str]:
    """SQLite's integrity check of a closed file: [] when it is sound, else the problems."""
    conn = connect_read_only(path)
    try:
        rows = [str(row[0]) for row in conn.execute("PRAGMA integrity_check(20)")]
    finally:
        conn.close()
    return [] if rows == ["ok"] else rows


def _detach_wal(live: Path) -> None:
    """Fold the WAL into the main file and drop it, so no -wal/-shm outlives the old file."""
    wal = live.with_name(live.name + "-wal")
    shm = live.with_name(live.name + "-shm")
    try:
        conn = sqlite3.connect(live, timeout=BUSY_TIMEOUT_S)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("PRAGMA journal_mode=DELETE")
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc).lower() or "busy" in str(exc).lower():
            raise BackupError(
                f"Cơ sở dữ liệu {live} đang được một chương trình khác sử dụng; hãy đóng chương "
                "trình đó rồi khôi phục lại. Dữ liệu hiện tại không bị thay đổi."
            ) from exc
        # A damaged file cannot be checkpointed; it was preserved before, so drop its journal.
    for path in (wal, shm):
        path.unlink(missing_ok=True)


def describe_write_failure(exc: BaseException, destination: Path) -> str:
    """A Vietnamese explanation of why a file could not be written, and that nothing was lost."""
    detail = str(exc).lower()
    code = exc.errno if isinstance(exc, OSError) else None
    intact = "Dữ liệu hiện tại không bị ảnh hưởng."
    if code == errno.ENOSPC or "disk is full" in detail or "no space" in detail:
        return (
            f"Ổ đĩa đã đầy: không đủ chỗ để ghi {destination.name} vào {destination.parent}. "
            f"Hãy giải phóng dung lượng rồi thử lại. {intact}"
        )
    if code in (errno.EACCES, errno.EPERM, errno.EROFS) or any(
        word in detail for word in ("readonly", "read-only", "unable to open", "permission")
    ):
        return (
            f"Không ghi được vào thư mục {destination.parent} (thư mục chỉ đọc hoặc không có "
            f"quyền ghi). Hãy kiểm tra quyền truy cập hoặc chọn thư mục khác. {intact}"
        )
    if code in (errno.ENOTDIR, errno.EEXIST) or isinstance(
        exc, NotADirectoryError | FileExistsError
    ):
        return (
            f"Không tạo được thư mục {destination.parent}: đã có một tệp trùng tên. "
            f"Hãy đổi tên hoặc chuyển tệp đó đi rồi thử lại. {intact}"
        )
    from thidua_desktop.os_errors import os_error_text

    reason = os_error_text(exc)
    return f"Không ghi được {destination} ({reason}). {intact}"


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable across a power cut; Windows has no directory handles.
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_quietly(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-journal")):
        with contextlib.suppress(OSError):
            leftover.unlink(missing_ok=True)
