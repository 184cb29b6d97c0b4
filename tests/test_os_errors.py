"""The operating system's file errors said in Vietnamese."""

from __future__ import annotations

import errno

from thidua_desktop.os_errors import os_error_text


def test_common_errors_are_said_in_vietnamese() -> None:
    assert os_error_text(OSError(errno.ENOSPC, "No space left on device")) == "ổ đĩa đã đầy"
    assert os_error_text(PermissionError(errno.EACCES, "Permission denied")) == (
        "không có quyền truy cập"
    )
    assert os_error_text(OSError(errno.EROFS, "Read-only file system")) == (
        "ổ đĩa hoặc thư mục chỉ cho đọc"
    )


def test_a_file_locked_by_another_program_on_windows() -> None:
    locked = OSError(errno.EACCES, "The process cannot access the file")
    locked.winerror = 32  # type: ignore[attr-defined]
    assert os_error_text(locked) == "tệp đang được chương trình khác mở"


def test_anything_else_keeps_the_system_text() -> None:
    assert os_error_text(OSError(errno.ELOOP, "Too many levels of symbolic links")) == (
        "Too many levels of symbolic links"
    )
    assert os_error_text(ValueError("lạ")) == "lạ"
