"""The Nông thôn mới page's actions: each opens its dialog, then makes one service call."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from thidua_desktop.domain.rural import Level
from thidua_desktop.gui.common import errors
from thidua_desktop.gui.common.background import WorkerProgress
from thidua_desktop.gui.rural.model import level_label
from thidua_desktop.services.rural.rows import (
    Checklist,
    CriterionEntry,
    CriterionState,
    RecognitionReport,
    SaveReport,
)

if TYPE_CHECKING:
    from thidua_desktop.gui.rural.dialogs import RecognitionInput, RevocationInput
    from thidua_desktop.gui.rural.page import RuralPage


class RuralActions:
    """Kept apart from the page's layout; the page owns one and connects its buttons here."""

    def __init__(self, page: RuralPage) -> None:
        self.page = page
        # Tests replace this to answer the dialog (`exec` is modal).
        self.run_dialog: Callable[[QDialog], bool] = lambda dialog: (
            dialog.exec() == QDialog.DialogCode.Accepted
        )

    def _call(self, work: Callable[[Any], Any], on_success: Callable[[Any], None]) -> None:
        self.page.background_run(work, on_success, lambda exc: errors.report(self.page, exc))

    # -- checklist -------------------------------------------------------------------------
    def open_checklist(self) -> None:
        row, db = self.page.current_row(), self.page.main.db
        if row is None or db is None:
            return
        code, year = row.unit_code, row.year

        def work(_progress: WorkerProgress) -> Checklist:
            from thidua_desktop.services.rural.status import commune_checklist

            return commune_checklist(db, unit_code=code, year=year)

        self._call(work, self.show_checklist)

    def show_checklist(self, checklist: Checklist) -> None:
        from thidua_desktop.gui.rural.checklist import ChecklistDialog

        dialog = ChecklistDialog(checklist, self.page)
        self.last_dialog: QDialog = dialog
        next_level = checklist.row.next_level
        if next_level is not None and checklist.row.level is not None:
            dialog.show_set(next_level)
        if not self.run_dialog(dialog):
            return
        entries = dialog.entries()
        if entries:
            seen = {code: checklist.states_of(code) for code, _states in checklist.states}
            self.save_checklist(checklist.row.unit_code, checklist.row.year, entries, seen=seen)

    def save_checklist(
        self,
        unit_code: str,
        year: int,
        entries: Mapping[Level, Sequence[CriterionEntry]],
        *,
        seen: Mapping[Level, Sequence[CriterionState]] | None = None,
    ) -> None:
        """Save; with `seen` (the sets as the checklist opened them) criteria someone else
        changed since are refused by name, not overwritten."""
        db = self.page.main.db
        if db is None:
            return
        wanted = {level: tuple(given) for level, given in entries.items()}

        def work(_progress: WorkerProgress) -> SaveReport:
            from thidua_desktop.services.rural.edit import save_checklist

            return save_checklist(db, unit_code=unit_code, year=year, entries=wanted, seen=seen)

        def saved(report: SaveReport) -> None:
            if report.changed:
                message = QCoreApplication.translate(
                    "RuralActions", "Đã lưu tiêu chí năm {year} của {unit}."
                )
            else:
                message = QCoreApplication.translate(
                    "RuralActions", "Không có thay đổi: tiêu chí năm {year} của {unit}."
                )
            message = message.format(year=report.row.year, unit=report.row.unit_name)
            self.page.after_change(report.row.unit_code, message, report.warnings)

        self._call(work, saved)

    # -- recognitions ----------------------------------------------------------------------
    def recognize(self) -> None:
        row = self.page.current_row()
        if row is None or not row.editable:
            return
        from thidua_desktop.gui.rural.dialogs import RecognitionDialog

        dialog = RecognitionDialog(row, self.page)
        self.last_dialog = dialog
        if self.run_dialog(dialog):
            self.save_recognition(row.unit_code, dialog.value())

    def save_recognition(self, unit_code: str, given: RecognitionInput) -> None:
        db = self.page.main.db
        if db is None:
            return

        def work(_progress: WorkerProgress) -> RecognitionReport:
            from thidua_desktop.services.rural.decisions import recognize

            return recognize(
                db,
                unit_code=unit_code,
                level=given.level,
                decision_number=given.decision_number,
                decision_date=given.decision_date,
                issuer=given.issuer,
                year=given.year,
                announced_on=given.announced_on,
                note=given.note,
            )

        def saved(report: RecognitionReport) -> None:
            message = QCoreApplication.translate(
                "RuralActions", "Đã ghi quyết định {decision}: {unit} đạt chuẩn {level} năm {year}."
            ).format(
                decision=given.decision_number,
                unit=report.row.unit_name,
                level=level_label(given.level),
                year=given.year,
            )
            self.page.after_change(report.row.unit_code, message, report.warnings)

        self._call(work, saved)

    def revoke(self) -> None:
        row = self.page.current_row()
        if row is None or not row.editable:
            return
        from thidua_desktop.gui.rural.dialogs import RevocationDialog

        dialog = RevocationDialog(row, self.page)
        self.last_dialog = dialog
        if self.run_dialog(dialog):
            self.save_revocation(row.unit_code, dialog.value())

    def save_revocation(self, unit_code: str, given: RevocationInput) -> None:
        db = self.page.main.db
        if db is None:
            return

        def work(_progress: WorkerProgress) -> RecognitionReport:
            from thidua_desktop.services.rural.decisions import revoke

            return revoke(
                db,
                unit_code=unit_code,
                level=given.level,
                decision_number=given.decision_number,
                revoked_on=given.revoked_on,
                issuer=given.issuer,
                reason=given.reason,
            )

        def saved(report: RecognitionReport) -> None:
            levels = ", ".join(level_label(r.level) for r in report.recognitions)
            message = QCoreApplication.translate(
                "RuralActions", "Đã thu hồi {levels} của {unit} theo quyết định {decision}."
            ).format(levels=levels, unit=report.row.unit_name, decision=given.decision_number)
            self.page.after_change(report.row.unit_code, message, report.warnings)

        self._call(work, saved)

    def delete_recognition(self) -> None:
        row, chosen, db = (
            self.page.current_row(),
            self.page.current_recognition(),
            self.page.main.db,
        )
        if row is None or chosen is None or db is None:
            return
        answer = QMessageBox.question(
            self.page,
            QCoreApplication.translate("RuralActions", "Xóa quyết định nhập nhầm"),
            QCoreApplication.translate(
                "RuralActions",
                "Xóa quyết định {decision} ngày {date} ({level}) của {unit}?\n\n"
                "Chỉ dùng khi nhập nhầm; nếu xã bị thu hồi công nhận, hãy dùng “Thu hồi…”. "
                "Việc xóa được ghi vào nhật ký.",
            ).format(
                decision=chosen.decision_number,
                date=f"{chosen.decision_date:%d/%m/%Y}",
                level=level_label(chosen.level),
                unit=row.unit_name,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        uid = chosen.uid

        def work(_progress: WorkerProgress) -> RecognitionReport:
            from thidua_desktop.services.rural.decisions import delete_recognition

            return delete_recognition(db, uid=uid)

        def deleted(report: RecognitionReport) -> None:
            message = QCoreApplication.translate(
                "RuralActions", "Đã xóa quyết định {decision} của {unit}."
            ).format(decision=chosen.decision_number, unit=report.row.unit_name)
            self.page.after_change(report.row.unit_code, message, report.warnings)

        self._call(work, deleted)

    # -- plans -----------------------------------------------------------------------------
    def edit_plan(self) -> None:
        row = self.page.current_row()
        if row is None or not row.editable:
            return
        from thidua_desktop.gui.rural.dialogs import PlanDialog

        dialog = PlanDialog(row, self.page)
        self.last_dialog = dialog
        if self.run_dialog(dialog):
            self.save_plan(row.unit_code, row.year, dialog.value(), dialog.note.text())

    def save_plan(self, unit_code: str, year: int, level: Level | None, note: str) -> None:
        db = self.page.main.db
        if db is None:
            return

        def work(_progress: WorkerProgress) -> SaveReport:
            from thidua_desktop.services.rural.edit import set_plan

            return set_plan(db, unit_code=unit_code, year=year, level=level, note=note)

        def saved(report: SaveReport) -> None:
            if level is None:
                message = QCoreApplication.translate(
                    "RuralActions", "Đã ghi kế hoạch năm {year} của {unit}: không có kế hoạch."
                )
            else:
                message = QCoreApplication.translate(
                    "RuralActions", "Đã ghi kế hoạch năm {year} của {unit}: {level}."
                )
            message = message.format(
                year=year,
                unit=report.row.unit_name,
                level=level_label(level) if level else "",
            )
            self.page.after_change(report.row.unit_code, message, report.warnings)

        self._call(work, saved)
