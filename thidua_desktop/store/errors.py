"""Expected storage errors, each with a Vietnamese message for the person at the keyboard."""

from __future__ import annotations

import re

from thidua_desktop.domain.errors import UserError


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


# PostgreSQL quotes the refused row or key in its error text: personal data (names of people).
_VALUES = re.compile(r"(DETAIL|CHI TIẾT|Failing row contains|Key \().*", re.DOTALL)


def without_values(detail: str) -> str:
    """A server error text without the rejected row or key values it may quote."""
    first = detail.strip().splitlines()[0] if detail.strip() else ""
    return _VALUES.sub("", first).strip()
