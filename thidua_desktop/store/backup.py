"""Consistent copies of a live database with SQLite's online backup API, written atomically."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from thidua_desktop.store.errors import DatabaseUnavailableError


def backup_file(source: Path, destination: Path) -> Path:
    """Copy `source` to `destination` page by page while it may be in use (never a file copy)."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        os.replace(partial, destination)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise DatabaseUnavailableError(
            f"Không sao lưu được cơ sở dữ liệu vào {destination}: {exc}. "
            "Hãy kiểm tra dung lượng đĩa và quyền ghi thư mục sao lưu."
        ) from exc
    return destination


def backup_name(prefix: str, *, now: dt.datetime | None = None) -> str:
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    return f"{prefix}-{stamp}.sqlite3"
