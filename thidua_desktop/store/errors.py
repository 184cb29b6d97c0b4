"""Expected storage errors, each with a Vietnamese message for the person at the keyboard."""

from __future__ import annotations

import re

from thidua_desktop.domain.errors import UserError
from thidua_desktop.domain.messages import msg


class SchemaTooNewError(UserError):
    """The database was written by a newer version of the application."""


class SchemaUpgradeNeededError(UserError):
    """A server database at an older schema: only the administrator's `init` upgrades it."""


class DatabaseUnavailableError(UserError):
    """The database cannot be opened, read or written (locked, read-only, damaged, disk full)."""


def storage_problem(path: object, detail: str) -> str | None:
    """A Vietnamese message for a write the storage refused (read-only, full, locked, I/O), or
    None when `detail` is not such a problem (then it is a bug, not the user's concern)."""
    lowered = detail.lower()
    intact = "Thao tác vừa rồi chưa được lưu; dữ liệu đã có không bị ảnh hưởng."
    if "readonly" in lowered or "read-only" in lowered:
        return (
            f"Không ghi được vào cơ sở dữ liệu {path}: tệp hoặc thư mục dữ liệu chỉ cho đọc. "
            f"Hãy kiểm tra quyền ghi của thư mục dữ liệu. {intact}"
        )
    if "disk is full" in lowered or "no space" in lowered:
        return (
            f"Ổ đĩa chứa cơ sở dữ liệu {path} đã đầy. Hãy giải phóng dung lượng rồi thử lại. "
            f"{intact}"
        )
    if "database is locked" in lowered or "busy" in lowered:
        return (
            f"Cơ sở dữ liệu {path} đang bận (một chương trình khác đang ghi). "
            f"Hãy thử lại sau ít phút. {intact}"
        )
    if "disk i/o error" in lowered:
        return f"Lỗi đọc/ghi ổ đĩa khi lưu vào {path}. Hãy kiểm tra ổ đĩa rồi thử lại. {intact}"
    return None


_SERVER_BUSY = ("deadlock detected", "lock timeout", "could not obtain lock", "statement timeout")
_SERVER_GONE = (
    "server closed the connection",
    "terminating connection",
    "connection failed",
    "could not receive data",
    "could not send data",
    "ssl connection has been closed",
    "the connection is closed",
    "the connection is lost",
    "consuming input failed",
)


def server_problem(where: str, detail: str) -> str | None:
    """A Vietnamese message for what the server refused or lost that is not the data's fault
    (read-only server, missing rights, full disk, busy, connection lost), or None (a bug)."""
    lowered = detail.lower()
    if "read-only transaction" in lowered:
        return msg(
            "Máy chủ {where} đang chỉ cho đọc (máy chủ dự phòng hoặc đang bảo trì) nên chưa ghi "
            "được. Hãy hỏi bộ phận công nghệ thông tin. Thay đổi vừa rồi chưa được lưu.",
            where=where,
        )
    if "permission denied" in lowered:
        return msg(
            "Tài khoản máy chủ của bạn chưa được cấp quyền trên cơ sở dữ liệu {where}. Hãy nhờ "
            "quản trị viên cấp quyền (GRANT) rồi thử lại. Thay đổi vừa rồi chưa được lưu.",
            where=where,
        )
    if "no space left" in lowered or "could not extend file" in lowered:
        return msg(
            "Ổ đĩa của máy chủ {where} đã đầy. Hãy báo bộ phận công nghệ thông tin. Thay đổi vừa "
            "rồi chưa được lưu; dữ liệu đã có không bị ảnh hưởng.",
            where=where,
        )
    if any(words in lowered for words in _SERVER_BUSY):
        return msg(
            "Cơ sở dữ liệu trên máy chủ {where} đang bận (cán bộ khác đang ghi). Hãy thử lại sau "
            "ít phút. Thay đổi vừa rồi chưa được lưu.",
            where=where,
        )
    if any(words in lowered for words in _SERVER_GONE):
        return msg(
            "Mất kết nối với máy chủ {where}. Hãy kiểm tra mạng rồi thử lại. Thay đổi vừa rồi "
            "chưa được lưu (nếu đang ghi).",
            where=where,
        )
    return None


# PostgreSQL quotes the refused row or key in its error text: personal data (names of people).
_VALUES = re.compile(r"(DETAIL|CHI TIẾT|Failing row contains|Key \().*", re.DOTALL)


def without_values(detail: str) -> str:
    """A server error text without the rejected row or key values it may quote."""
    first = detail.strip().splitlines()[0] if detail.strip() else ""
    return _VALUES.sub("", first).strip()
