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


# What the server says is classified by its SQLSTATE, which does not depend on the language the
# server writes its messages in (lc_messages); the English words are the fallback for errors that
# carry none (libpq's own, e.g. a connection lost mid-query).
_STATE_READ_ONLY = ("25006",)  # read_only_sql_transaction
_STATE_NO_RIGHTS = ("42501",)  # insufficient_privilege
_STATE_FULL = ("53100", "53200", "53300")  # disk_full, out_of_memory, too_many_connections
_STATE_BUSY = ("40P01", "40001", "55P03", "57014")  # deadlock, serialization, lock, timeout
_STATE_GONE = ("08", "57P01", "57P02", "57P03")  # connection_exception class, shutdowns
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


def _kind(state: str | None, lowered: str, lost: bool) -> str | None:
    """read-only, rights, full, busy, gone, or None: what kind of server problem this is."""
    if state:
        if state in _STATE_READ_ONLY:
            return "read-only"
        if state in _STATE_NO_RIGHTS:
            return "rights"
        if state in _STATE_FULL[:1]:
            return "full"
        if state in _STATE_BUSY or state in _STATE_FULL[1:]:
            return "busy"
        if state.startswith(_STATE_GONE):
            return "gone"
    if lost:
        return "gone"
    if "read-only transaction" in lowered:
        return "read-only"
    if "permission denied" in lowered:
        return "rights"
    if "no space left" in lowered or "could not extend file" in lowered:
        return "full"
    if any(words in lowered for words in _SERVER_BUSY):
        return "busy"
    if any(words in lowered for words in _SERVER_GONE):
        return "gone"
    return None


def server_problem(where: str, error: BaseException | str) -> str | None:
    """A Vietnamese message for what the server refused or lost that is not the data's fault
    (read-only server, missing rights, full disk, busy, connection lost), or None (a bug).

    `error` is the SQLAlchemy error (its driver error and SQLSTATE are used) or a text."""
    orig = getattr(error, "orig", None) or error
    state = getattr(orig, "sqlstate", None)
    lost = bool(getattr(error, "connection_invalidated", False))
    kind = _kind(state if isinstance(state, str) else None, str(orig).lower(), lost)
    if kind == "read-only":
        return msg(
            "Máy chủ {where} đang chỉ cho đọc (máy chủ dự phòng hoặc đang bảo trì) nên chưa ghi "
            "được. Hãy hỏi bộ phận công nghệ thông tin. Thay đổi vừa rồi chưa được lưu.",
            where=where,
        )
    if kind == "rights":
        return msg(
            "Tài khoản máy chủ của bạn chưa được cấp quyền trên cơ sở dữ liệu {where}. Hãy nhờ "
            "quản trị viên cấp quyền (GRANT) rồi thử lại. Thay đổi vừa rồi chưa được lưu.",
            where=where,
        )
    if kind == "full":
        return msg(
            "Ổ đĩa của máy chủ {where} đã đầy. Hãy báo bộ phận công nghệ thông tin. Thay đổi vừa "
            "rồi chưa được lưu; dữ liệu đã có không bị ảnh hưởng.",
            where=where,
        )
    if kind == "busy":
        return msg(
            "Cơ sở dữ liệu trên máy chủ {where} đang bận (cán bộ khác đang ghi). Hãy thử lại sau "
            "ít phút. Thay đổi vừa rồi chưa được lưu.",
            where=where,
        )
    if kind == "gone":
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
