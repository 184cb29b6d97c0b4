"""What went wrong with a file, in Vietnamese: the operating system's own text is English."""

from __future__ import annotations

import errno

_REASONS = {
    errno.EACCES: "không có quyền truy cập",
    errno.EPERM: "không được phép (tệp hoặc thư mục bị khóa)",
    errno.EROFS: "ổ đĩa hoặc thư mục chỉ cho đọc",
    errno.ENOSPC: "ổ đĩa đã đầy",
    errno.EDQUOT: "đã hết dung lượng được cấp",
    errno.ENOENT: "không tìm thấy tệp hoặc thư mục",
    errno.ENOTDIR: "đường dẫn không phải thư mục",
    errno.EISDIR: "đây là một thư mục, không phải tệp",
    errno.EEXIST: "tệp đã có",
    errno.EBUSY: "tệp đang được chương trình khác dùng",
    errno.ETXTBSY: "tệp đang được chương trình khác dùng",
    errno.EIO: "lỗi đọc/ghi ổ đĩa",
    errno.ENAMETOOLONG: "tên tệp quá dài",
    errno.EMFILE: "mở quá nhiều tệp cùng lúc",
}
# Windows reports a file locked by another program (Excel, an antivirus) with its own codes.
_WINDOWS_REASONS = {
    5: "không có quyền truy cập",
    32: "tệp đang được chương trình khác mở",
    33: "tệp đang bị chương trình khác khóa",
    112: "ổ đĩa đã đầy",
}


def os_error_text(exc: BaseException) -> str:
    """ "ổ đĩa đã đầy", "không có quyền truy cập"…; the system's text for anything else."""
    if isinstance(exc, OSError):
        winerror = getattr(exc, "winerror", None)
        if winerror in _WINDOWS_REASONS:
            return _WINDOWS_REASONS[winerror]
        if exc.errno in _REASONS:
            return _REASONS[exc.errno]
        if exc.strerror:
            return exc.strerror
    return str(exc)
