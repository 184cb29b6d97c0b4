"""What the data-safety part of Cài đặt shows: backups, locked years, the pause on imports."""

from __future__ import annotations

from dataclasses import dataclass

from thidua_desktop.paths import DataDir
from thidua_desktop.services.core.locks import PeriodLockRow, locked_years
from thidua_desktop.services.safety.backups import BackupRow, list_backups
from thidua_desktop.services.safety.imports_pause import ImportsPause, imports_pause
from thidua_desktop.store.engine import Database


@dataclass(frozen=True)
class SafetyOverview:
    backups: list[BackupRow]
    locks: list[PeriodLockRow]
    imports_pause: ImportsPause | None  # None: imports are allowed


def safety_overview(data_dir: DataDir, db: Database) -> SafetyOverview:
    return SafetyOverview(
        backups=list_backups(data_dir),
        locks=locked_years(db),
        imports_pause=imports_pause(data_dir),
    )
