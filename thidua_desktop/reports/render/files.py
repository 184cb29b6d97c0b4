"""Report files written atomically, with the usual failures turned into Vietnamese messages."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from thidua_desktop.domain.errors import UserError
from thidua_desktop.os_errors import os_error_text

if TYPE_CHECKING:
    pass

__all__ = ["SUFFIXES", "write_atomically"]

SUFFIXES = (".pdf", ".xlsx", ".docx")
_WINDOWS_SHARING_VIOLATION = 32  # ERROR_SHARING_VIOLATION: the file is open elsewhere
_WINDOWS_LOCK_VIOLATION = 33
_WINDOWS_DISK_FULL = (39, 112)  # ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL


def _message(exc: OSError, path: Path) -> str:
    folder = path.parent
    winerror = getattr(exc, "winerror", None)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT) or winerror in _WINDOWS_DISK_FULL:
        return (
            f"Ổ đĩa chứa thư mục {folder} đã đầy. Hãy giải phóng dung lượng hoặc lưu vào nơi khác."
        )
    if isinstance(exc, FileNotFoundError) or exc.errno == errno.ENOENT:
        return f"Thư mục {folder} không tồn tại. Hãy chọn thư mục khác."
    if isinstance(exc, IsADirectoryError):
        return f"{path} là một thư mục. Hãy đặt tên tệp khác."
    if winerror in (_WINDOWS_SHARING_VIOLATION, _WINDOWS_LOCK_VIOLATION) or (
        isinstance(exc, PermissionError) and path.exists() and os.access(folder, os.W_OK)
    ):
        # Windows refuses to replace a file that Excel or a PDF reader holds open.
        return (
            f"Không ghi được tệp {path.name}: tệp đang được mở trong chương trình khác "
            "(Excel, trình đọc PDF…) hoặc chỉ cho phép đọc. Hãy đóng tệp đó rồi thử lại."
        )
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"Không có quyền ghi vào thư mục {folder}. Hãy chọn thư mục khác."
    return f"Không ghi được tệp {path}: {os_error_text(exc)}."


def write_atomically(path: str | os.PathLike[str], writer: Callable[[Path], object]) -> Path:
    """Call `writer` with a temporary path in the target folder, flush it to disk and rename it
    over `path`, so a reader never sees half a file and a failure leaves the old file as it was.

    An `OSError` (folder missing or read-only, file open in another program, disk full) becomes
    a `UserError` with a Vietnamese message; any other exception is a bug and passes through.
    The temporary file is removed in every failure."""
    target = Path(path)
    try:
        handle, name = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.stem[:40]}-", suffix=".tmp"
        )
    except OSError as exc:
        raise UserError(_message(exc, target)) from exc
    os.close(handle)
    temporary = Path(name)
    try:
        # mkstemp makes the file private (0600); a saved file gets the permissions the
        # replaced one had, or those the user's umask gives a new document.
        os.chmod(temporary, target.stat().st_mode & 0o777 if target.exists() else new_file_mode())
        writer(temporary)
        with open(temporary, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(temporary, target)
    except OSError as exc:
        _remove(temporary)
        raise UserError(_message(exc, target)) from exc
    except BaseException:
        _remove(temporary)
        raise
    _sync_folder(target.parent)
    return target


def new_file_mode() -> int:
    """0o666 less the process's umask, read without changing it (os.umask would, for a moment,
    for every thread): /proc on Linux; elsewhere the usual 0o022."""
    mask = 0o022
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                mask = int(line.split()[1], 8)
                break
    return 0o666 & ~mask


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it (not on Windows)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
