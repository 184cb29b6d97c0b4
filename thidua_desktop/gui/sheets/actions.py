"""The two Excel actions a page offers (results on Nhập kết quả, targets on Phong trào & chỉ
tiêu): save a template for the units below, and choose a workbook → preview → import dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from thidua_desktop.gui.common.background import Background, WorkerProgress
    from thidua_desktop.gui.sheets.import_dialog import SheetImportDialog
    from thidua_desktop.paths import DataDir
    from thidua_desktop.services.sheets.rows import SheetReport
    from thidua_desktop.store.engine import Database

_NAMES = {
    "results": "mau-ket-qua",
    "targets": "mau-giao-chi-tieu",
    "cluster-scores": "mau-cham-diem",
}


def save_template(
    parent: QWidget,
    background: Background,
    db: Database,
    settings: QSettings,
    *,
    kind: str,
    campaign: str,
    year: int,
    unit: str | None,
    done: Callable[[Path], None],
) -> None:
    """Ask where, then write the workbook off the GUI thread."""
    from thidua_desktop.gui.common import errors, file_dialogs

    path = file_dialogs.save_file(
        parent,
        settings,
        "mau-excel",
        QCoreApplication.translate("SheetActions", "Lưu mẫu Excel"),
        f"{_NAMES.get(kind, kind)}-{campaign}-{year}.xlsx",
        QCoreApplication.translate("SheetActions", "Sổ làm việc Excel (*.xlsx)"),
        suffix=".xlsx",
    )
    if path is None:
        return

    def work(_progress: WorkerProgress) -> Path:
        from thidua_desktop.exchange.sheets.operations import write_template

        return write_template(db, kind=kind, year=year, campaign=campaign, unit=unit, out=path)

    background.run(work, on_success=done, on_failure=lambda exc: errors.report(parent, exc))


def preview_workbook(
    parent: QWidget,
    background: Background,
    db: Database,
    data_dir: DataDir,
    settings: QSettings,
    *,
    kind: str,
    campaign: str,
    year: int,
    path: Path | None,
    shown: Callable[[SheetImportDialog, SheetReport], None],
    applied: Callable[[SheetReport], None],
    proposal: int | None = None,
) -> None:
    """Choose a workbook (unless `path`), read and plan it without writing, then show the
    preview dialog; `applied` runs when the person imports from it."""
    from thidua_desktop.gui.common import errors, file_dialogs

    if path is None:
        path = file_dialogs.open_file(
            parent,
            settings,
            "nhap-excel",
            QCoreApplication.translate("SheetActions", "Chọn tệp Excel để nhập"),
            QCoreApplication.translate("SheetActions", "Sổ làm việc Excel (*.xlsx *.xlsm)"),
        )
    if path is None:
        return
    chosen = path

    def work(_progress: WorkerProgress) -> SheetReport:
        from thidua_desktop.exchange.sheets.operations import import_workbook

        return import_workbook(
            data_dir,
            db,
            chosen,
            campaign=campaign,
            year=year,
            kind=kind,
            proposal=proposal,
            dry_run=True,
        )

    def previewed(report: SheetReport) -> None:
        from thidua_desktop.gui.sheets.import_dialog import SheetImportDialog

        dialog = SheetImportDialog(
            background, db, data_dir, chosen, report, campaign=campaign, year=year, kind=kind,
            proposal=proposal, parent=parent.window(),
        )  # fmt: skip
        dialog.applied.connect(applied)
        dialog.open()
        shown(dialog, report)

    background.run(
        work,
        on_success=previewed,
        on_failure=lambda exc: errors.report(parent, exc),
        label=QCoreApplication.translate("SheetActions", "Đang đọc tệp Excel…"),
        window=parent.window(),
    )
