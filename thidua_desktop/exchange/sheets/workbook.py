"""Opening a workbook someone sent: checked before openpyxl reads it, read by cached values only.

A workbook from outside may be anything: not a workbook at all, an old .xls or a password-
protected one (both OLE files), a zip bomb, a million rows, macros, links to other files. Each is
refused or neutralised with a Vietnamese message before anything is planned; macros never run
(openpyxl does not execute them) and links are never followed (the values Excel saved are used).
"""

from __future__ import annotations

import hashlib
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from thidua_desktop.domain.errors import UserError
from thidua_desktop.os_errors import os_error_text

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNPACKED_BYTES = 400 * 1024 * 1024  # what the zip's members unpack to, all together
MAX_RATIO = 150  # a member this many times larger than its compressed size: a zip bomb
MAX_ROWS = 100_000  # per sheet: a province's lists are thousands, not a million
MAX_COLUMNS = 1_000
META_SHEET = "_thidua"  # our templates' hidden sheet: kind, version, campaign, year, unit
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class SheetError(UserError):
    """The workbook cannot be read (not a workbook, protected, too large, damaged)."""


@dataclass(frozen=True)
class Sheet:
    name: str
    rows: list[tuple[Any, ...]]  # cached values; row 1 is rows[0]
    # (row, column), 1-based, of formulas Excel saved no value for (made by a program, never
    # opened in Excel): they cannot be read without computing them.
    uncached: frozenset[tuple[int, int]] = frozenset()


@dataclass(frozen=True)
class Book:
    path: Path
    sha256: str
    sheets: list[Sheet]
    meta: dict[str, str]  # from our templates' hidden sheet; empty for an office's own workbook
    notes: list[str] = field(default_factory=list)  # macros ignored, links not followed…

    @property
    def name(self) -> str:
        return self.path.name


def read_book(path: Path) -> Book:
    """The workbook's sheets as rows of values, after the checks in the module's docstring."""
    path = Path(path)
    content = _read_bytes(path)
    notes = _check_container(path, content)
    import io

    from openpyxl import load_workbook

    try:
        values = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise SheetError(
            f"Không đọc được {path.name}: tệp Excel bị hỏng hoặc không đúng định dạng .xlsx "
            f"({type(exc).__name__}). Hãy mở bằng Excel, lưu lại dưới dạng .xlsx rồi thử lại."
        ) from None
    formulas = None
    if _has_formulas(content):
        formulas = load_workbook(io.BytesIO(content), read_only=True, data_only=False)
    try:
        sheets, meta = [], {}
        for ws in values.worksheets:
            if ws.title == META_SHEET:
                meta = {
                    str(row[0]): str(row[1])
                    for row in ws.iter_rows(max_col=2, values_only=True)
                    if row and row[0] is not None and len(row) > 1 and row[1] is not None
                }
                continue
            if getattr(ws, "sheet_state", "visible") != "visible":
                continue
            rows = _rows(path, ws)
            uncached: set[tuple[int, int]] = set()
            if formulas is not None:
                uncached = _uncached(formulas[ws.title], rows)
            sheets.append(Sheet(ws.title, rows, frozenset(uncached)))
    finally:
        values.close()
        if formulas is not None:
            formulas.close()
    return Book(path, hashlib.sha256(content).hexdigest(), sheets, meta, notes)


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise SheetError(
                f"{path.name} lớn {size // (1024 * 1024)} MB, quá giới hạn "
                f"{MAX_FILE_BYTES // (1024 * 1024)} MB của một bảng số liệu. Hãy tách thành "
                "nhiều tệp hoặc xóa các trang không liên quan."
            )
        return path.read_bytes()
    except OSError as exc:
        raise SheetError(f"Không mở được {path}: {os_error_text(exc)}.") from exc


def _check_container(path: Path, content: bytes) -> list[str]:
    if content.startswith(_OLE):
        raise SheetError(
            f"{path.name} là tệp Excel có đặt mật khẩu hoặc tệp Excel cũ (.xls). Hãy mở bằng "
            "Excel, bỏ mật khẩu (nếu có) và lưu dưới dạng Sổ làm việc Excel (.xlsx) rồi thử lại."
        )
    import io

    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
        members = archive.infolist()
    except (zipfile.BadZipFile, ValueError):
        raise SheetError(
            f"{path.name} không phải tệp Excel (.xlsx). Hãy chọn đúng tệp, hoặc mở tệp bằng "
            "Excel và lưu dưới dạng .xlsx."
        ) from None
    names = {m.filename for m in members}
    if "xl/workbook.xml" not in names:
        raise SheetError(f"{path.name} là tệp nén nhưng không phải sổ làm việc Excel (.xlsx).")
    unpacked = sum(m.file_size for m in members)
    bomb = any(m.file_size > 1024 * 1024 and m.file_size > MAX_RATIO * max(m.compress_size, 1)
               for m in members)  # fmt: skip
    if unpacked > MAX_UNPACKED_BYTES or bomb:
        raise SheetError(
            f"{path.name} giải nén ra quá lớn ({unpacked // (1024 * 1024)} MB) so với kích thước "
            "tệp: không đọc để bảo vệ máy. Hãy kiểm tra lại tệp với nơi gửi."
        )
    notes = []
    if any(n.lower().endswith("vbaproject.bin") for n in names):
        notes.append(
            f"{path.name} có macro: macro không được chạy, chỉ đọc các giá trị đã lưu trong tệp."
        )
    if any(n.startswith("xl/externalLinks/") for n in names):
        notes.append(
            f"{path.name} có liên kết tới tệp khác: không mở các tệp đó, dùng các giá trị Excel đã "
            "lưu lần cuối."
        )
    return notes


def _has_formulas(content: bytes) -> bool:
    import io

    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        for member in archive.infolist():
            if member.filename.startswith("xl/worksheets/") and member.filename.endswith(".xml"):
                with archive.open(member) as handle:
                    while chunk := handle.read(1 << 20):
                        if b"<f>" in chunk or b"<f " in chunk or b":f>" in chunk:
                            return True
    return False


def _rows(path: Path, ws: Any) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = []
    for row in ws.iter_rows(values_only=True):
        if len(rows) >= MAX_ROWS:
            raise SheetError(
                f"Trang “{ws.title}” của {path.name} có hơn {MAX_ROWS:,} dòng".replace(",", ".")
                + ": quá lớn cho một bảng số liệu. Hãy xóa các dòng thừa (kể cả dòng trống đã "
                "định dạng) rồi thử lại."
            )
        if len(row) > MAX_COLUMNS:
            row = row[:MAX_COLUMNS]
        rows.append(tuple(row))
    while rows and all(v is None or (isinstance(v, str) and not v.strip()) for v in rows[-1]):
        rows.pop()
    return rows


def _uncached(ws: Any, values: list[tuple[Any, ...]]) -> set[tuple[int, int]]:
    found: set[tuple[int, int]] = set()
    for r, row in enumerate(ws.iter_rows(values_only=True, max_row=len(values)), start=1):
        for c, value in enumerate(row[:MAX_COLUMNS], start=1):
            if isinstance(value, str) and value.startswith("="):
                cached = values[r - 1][c - 1] if c <= len(values[r - 1]) else None
                if cached is None:
                    found.add((r, c))
    return found
