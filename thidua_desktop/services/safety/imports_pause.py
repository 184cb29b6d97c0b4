"""After a restore, data-package imports stay paused until the person confirms the data."""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path

from thidua_desktop.domain.errors import UserError
from thidua_desktop.paths import DataDir
from thidua_desktop.services.core import audit
from thidua_desktop.store.backup import PARTIAL_SUFFIX, BackupError, describe_write_failure
from thidua_desktop.store.engine import Database


class ImportsPausedError(UserError):
    """Imports wait for the person to confirm a restored database."""


@dataclass(frozen=True)
class ImportsPause:
    since: dt.datetime | None
    restored_from: str | None


def imports_paused(data_dir: DataDir) -> bool:
    """True after a restore until the person confirms the restored data (resume_imports)."""
    return data_dir.imports_paused_marker.exists()


def imports_pause(data_dir: DataDir) -> ImportsPause | None:
    """Why imports are paused (None when they are not)."""
    try:
        raw = json.loads(data_dir.imports_paused_marker.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return ImportsPause(since=None, restored_from=None)
    since = raw.get("since") if isinstance(raw, dict) else None
    try:
        when = dt.datetime.fromisoformat(since) if isinstance(since, str) else None
    except ValueError:
        when = None
    source = raw.get("restored_from") if isinstance(raw, dict) else None
    return ImportsPause(since=when, restored_from=source if isinstance(source, str) else None)


def ensure_imports_allowed(data_dir: DataDir) -> None:
    """For the package import: refuse while a restored database awaits confirmation."""
    if imports_paused(data_dir):
        raise ImportsPausedError(
            "Việc nhập gói dữ liệu đang tạm dừng vì dữ liệu vừa được khôi phục từ bản sao lưu. "
            "Hãy kiểm tra dữ liệu rồi xác nhận (Cài đặt › Sao lưu, hoặc lệnh "
            "restore --confirm-imports)."
        )


def resume_imports(data_dir: DataDir, *, db: Database | None = None) -> bool:
    """The person confirms the restored data: imports may run again (audited). False if they
    were not paused."""
    pause = imports_pause(data_dir)
    if pause is None:
        return False
    owned = db is None
    if db is None:
        from thidua_desktop.store.schema import open_database

        db = open_database(data_dir)
    try:
        with db.transaction() as session:
            audit.record(
                session,
                action="resume_imports",
                entity="database",
                key="imports",
                old={"paused": True},
                new={"paused": False},
                reason="Người sử dụng xác nhận dữ liệu đã khôi phục"
                + (f" từ {Path(pause.restored_from).name}" if pause.restored_from else ""),
            )
            # Removed inside the transaction: if the marker cannot go, nothing is recorded.
            try:
                data_dir.imports_paused_marker.unlink(missing_ok=True)
            except OSError as exc:
                raise BackupError(
                    describe_write_failure(exc, data_dir.imports_paused_marker)
                ) from exc
    finally:
        if owned:
            db.close()
    return True


def write_pause_marker(data_dir: DataDir, source: Path, moment: dt.datetime) -> None:
    marker = data_dir.imports_paused_marker
    partial = marker.with_name(marker.name + PARTIAL_SUFFIX)
    content = {
        "since": moment.astimezone().isoformat(timespec="seconds"),
        "restored_from": str(source),
    }
    try:
        partial.write_text(json.dumps(content, ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(partial, marker)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(describe_write_failure(exc, marker)) from exc
