"""The Khen thưởng page's actions on proposals: each opens its dialog, then makes one service
call on the worker; the proposal it returns is shown, and a refusal is shown as its message."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from thidua_desktop.gui.awards.dialogs import (
    AwardedDialog,
    DecisionDialog,
    ProposalDialog,
    RecordedDialog,
    ReturnDialog,
    ReviewDialog,
    SubmitDialog,
    unit_choices,
)
from thidua_desktop.gui.common import errors, file_dialogs
from thidua_desktop.services.awards.rows import ProposalDetail, ProposalRow

if TYPE_CHECKING:
    from thidua_desktop.gui.awards.page import AwardsPage
    from thidua_desktop.gui.common.background import WorkerProgress
    from thidua_desktop.store.engine import Database

PROPOSAL_KIND = "awards-proposal"
DECISION_KIND = "awards-decision"
MINUTES_KIND = "awards-minutes"
BALLOT_KIND = "awards-ballot"
ACHIEVEMENT_KIND = "awards-achievement"


class AwardsActions:
    """Kept apart from the page's layout; the page owns one and connects its buttons here."""

    def __init__(self, page: AwardsPage) -> None:
        self.page = page
        self.last_dialog: QDialog | None = None
        # Tests replace this to answer the dialog (`exec` is modal).
        self.run_dialog: Callable[[QDialog], bool] = lambda dialog: (
            dialog.exec() == QDialog.DialogCode.Accepted
        )

    @property
    def db(self) -> Database | None:
        return self.page.main.db

    def _ask(self, dialog: QDialog) -> bool:
        self.last_dialog = dialog
        return self.run_dialog(dialog)

    def _call(self, work: Callable[[Database], Any], message: str) -> None:
        """Run `work(db)` on the worker; show the proposal it returns and `message`."""
        db = self.db
        if db is None:
            return

        def run(_progress: WorkerProgress) -> Any:
            return work(db)

        def done(result: Any) -> None:
            self.page.after_change(result, message)

        self.page.set_busy(True)
        self.page.main.background.run(run, on_success=done, on_failure=self.page.action_failed)

    def _scope_units(self) -> list[Any]:
        main = self.page.main
        office = main.profile.office_code if main.profile else None
        return unit_choices(main.units, office, dt.date(main.current_year, 12, 31))

    # -- the header ------------------------------------------------------------------------
    def _with_campaigns(self, year: int, then: Callable[[list[tuple[str, str]]], None]) -> None:
        """Read the year's campaigns (for the proposal form's choice), then call `then`."""
        db = self.db
        if db is None:
            return

        def run(_progress: WorkerProgress) -> list[tuple[str, str]]:
            from thidua_desktop.services.campaigns.definitions import list_campaigns

            return [
                (c.code, c.title)
                for c in list_campaigns(db)
                if c.start_date.year <= year <= c.end_date.year
            ]

        self.page.main.background.run(run, on_success=then, on_failure=self.page.action_failed)

    def add_proposal(self) -> None:
        year = self.page.main.current_year
        self._with_campaigns(year, lambda campaigns: self._add_proposal(year, campaigns))

    def _add_proposal(self, year: int, campaigns: list[tuple[str, str]]) -> None:
        dialog = ProposalDialog(self._scope_units(), year, None, self.page, campaigns)
        if not self._ask(dialog):
            return
        entry = dialog.entry()

        def work(db: Database) -> ProposalDetail:
            from thidua_desktop.services.awards.edit import create_proposal

            return create_proposal(db, entry)

        self._call(
            work, QCoreApplication.translate("AwardsActions", "Đã thêm đề nghị khen thưởng.")
        )

    def edit_proposal(self) -> None:
        detail = self.page.detail
        if detail is None or not detail.proposal.editable:
            return
        row = detail.proposal
        self._with_campaigns(row.year, lambda campaigns: self._edit_proposal(row, campaigns))

    def _edit_proposal(self, row: ProposalRow, campaigns: list[tuple[str, str]]) -> None:
        dialog = ProposalDialog(self._scope_units(), row.year, row, self.page, campaigns)
        if not self._ask(dialog):
            return
        entry, proposal_id, seen = dialog.entry(), row.id, row.updated_at

        def work(db: Database) -> ProposalDetail:
            from thidua_desktop.services.awards.edit import update_proposal

            return update_proposal(db, proposal_id, entry, seen=seen)

        self._call(work, QCoreApplication.translate("AwardsActions", "Đã lưu đề nghị khen thưởng."))

    def delete_proposal(self) -> None:
        detail = self.page.detail
        if detail is None or not detail.proposal.editable:
            return
        answer = QMessageBox.question(
            self.page,
            QCoreApplication.translate("AwardsActions", "Xóa đề nghị"),
            QCoreApplication.translate(
                "AwardsActions", "Xóa đề nghị “{title}” và {lines} dòng của nó?"
            ).format(title=detail.proposal.title, lines=detail.proposal.lines),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        proposal_id, seen = detail.proposal.id, detail.proposal.updated_at

        def work(db: Database) -> int:
            from thidua_desktop.services.awards.edit import delete_proposal

            delete_proposal(db, proposal_id, seen=seen)
            return proposal_id

        self._call(work, QCoreApplication.translate("AwardsActions", "Đã xóa đề nghị khen thưởng."))

    # -- lines -----------------------------------------------------------------------------
    def edit_line(self, *, new: bool) -> None:
        from thidua_desktop.gui.awards.line_dialog import LineDialog

        detail, db = self.page.detail, self.db
        if detail is None or db is None or not detail.proposal.editable:
            return
        line = None if new else self.page.current_line()
        if not new and line is None:
            return
        units = unit_choices(
            self.page.main.units,
            detail.proposal.unit_code,
            dt.date(detail.proposal.year, 12, 31),
        )
        dialog = LineDialog(
            background=self.page.main.background,
            db=db,
            detail=detail,
            units=units,
            line=line,
            parent=self.page,
        )
        if not self._ask(dialog):
            return
        entry, proposal_id = dialog.entry(), detail.proposal.id
        line_id, seen = (line.id if line is not None else None), detail.proposal.updated_at

        def work(db: Database) -> ProposalDetail:
            from thidua_desktop.services.awards.edit import add_line, update_line

            if line_id is None:
                return add_line(db, proposal_id, entry, seen=seen)
            return update_line(db, line_id, entry, seen=seen)

        self._call(work, QCoreApplication.translate("AwardsActions", "Đã lưu dòng đề nghị."))

    def remove_line(self) -> None:
        detail, line = self.page.detail, self.page.current_line()
        if detail is None or line is None or not detail.proposal.editable:
            return
        line_id, seen = line.id, detail.proposal.updated_at

        def work(db: Database) -> ProposalDetail:
            from thidua_desktop.services.awards.edit import remove_line

            return remove_line(db, line_id, seen=seen)

        self._call(
            work,
            QCoreApplication.translate("AwardsActions", "Đã xóa dòng {n} khỏi đề nghị.").format(
                n=line.position
            ),
        )

    # -- the workflow ----------------------------------------------------------------------
    def submit(self) -> None:
        detail = self.page.detail
        if detail is None:
            return
        dialog = SubmitDialog(detail.proposal, self.page)
        if not self._ask(dialog):
            return
        given, proposal_id = dialog.value(), detail.proposal.id

        def work(db: Database) -> ProposalDetail:
            from thidua_desktop.services.awards.workflow import submit_proposal

            return submit_proposal(db, proposal_id, submitted_on=given.day, number=given.number)

        self._call(
            work, QCoreApplication.translate("AwardsActions", "Đã trình đề nghị khen thưởng.")
        )

    def review(self) -> None:
        detail = self.page.detail
        if detail is None:
            return
        dialog = ReviewDialog(detail, self.page)
        if not self._ask(dialog):
            return
        review, proposal_id = dialog.value(), detail.proposal.id

        def work(db: Database) -> ProposalDetail:
            from thidua_desktop.services.awards.workflow import record_review

            return record_review(db, proposal_id, review)

        self._call(
            work,
            QCoreApplication.translate(
                "AwardsActions", "Đã ghi kết quả xét của Hội đồng Thi đua - Khen thưởng."
            ),
        )

    def return_(self) -> None:
        detail = self.page.detail
        if detail is None:
            return
        dialog = ReturnDialog(detail.proposal, self.page)
        if not self._ask(dialog):
            return
        given, proposal_id = dialog.value(), detail.proposal.id

        def work(db: Database) -> ProposalDetail:
            from thidua_desktop.services.awards.workflow import return_proposal

            return return_proposal(db, proposal_id, reason=given.reason, returned_on=given.day)

        self._call(
            work,
            QCoreApplication.translate("AwardsActions", "Đã trả lại đề nghị: đề nghị trở về nháp."),
        )

    def decide(self) -> None:
        detail = self.page.detail
        if detail is None:
            return
        dialog = DecisionDialog(detail, self.page)
        if not self._ask(dialog):
            return
        decision, proposal_id = dialog.value(), detail.proposal.id

        def work(db: Database) -> ProposalDetail:
            from thidua_desktop.services.awards.workflow import decide_proposal

            return decide_proposal(db, proposal_id, decision)

        self._call(
            work,
            QCoreApplication.translate("AwardsActions", "Đã ghi quyết định {number}.").format(
                number=decision.number
            ),
        )

    def record(self) -> None:
        """Ghi QĐ đã ban hành: the draft's list was decided elsewhere."""
        detail = self.page.detail
        if detail is None or not detail.proposal.editable or not detail.lines:
            return
        dialog = RecordedDialog(detail, self.page)
        if not self._ask(dialog):
            return
        decision, proposal_id = dialog.value(), detail.proposal.id
        seen = detail.proposal.updated_at

        def work(db: Database) -> ProposalDetail:
            from thidua_desktop.services.awards.recorded import record_decision

            return record_decision(db, proposal_id, decision, seen=seen)

        self._call(
            work,
            QCoreApplication.translate(
                "AwardsActions", "Đã ghi quyết định {number} đã ban hành."
            ).format(number=decision.number),
        )

    def awarded(self) -> None:
        detail = self.page.detail
        if detail is None:
            return
        dialog = AwardedDialog(detail, self.page)
        if not self._ask(dialog):
            return
        day, proposal_id = dialog.value(), detail.proposal.id

        def work(db: Database) -> ProposalDetail:
            from thidua_desktop.services.awards.workflow import mark_awarded

            return mark_awarded(db, proposal_id, awarded_on=day)

        self._call(work, QCoreApplication.translate("AwardsActions", "Đã ghi đã trao khen thưởng."))

    # -- documents -------------------------------------------------------------------------
    def save_document(self, kind: str, suffix: str) -> None:
        """The tờ trình (or the latest quyết định) of the proposal in hand, as PDF, Excel or an
        editable Word draft (.docx)."""
        from thidua_desktop.reports.build import ReportRequest

        detail, db = self.page.detail, self.db
        if detail is None or db is None:
            return
        row = detail.proposal
        if kind in (MINUTES_KIND, BALLOT_KIND, ACHIEVEMENT_KIND):
            line = self.page.current_line()
            if kind == ACHIEVEMENT_KIND and line is None:
                return
            record_id = line.id if kind == ACHIEVEMENT_KIND and line is not None else row.id
            name = {
                MINUTES_KIND: QCoreApplication.translate(
                    "AwardsActions", "Biên bản họp Hội đồng xét khen thưởng {year}"
                ),
                BALLOT_KIND: QCoreApplication.translate("AwardsActions", "Phiếu bầu {year}"),
                ACHIEVEMENT_KIND: QCoreApplication.translate(
                    "AwardsActions", "Báo cáo thành tích {year} - {name}"
                ),
            }[kind].format(year=row.year, name=line.recipient.name if line else "")
        elif kind == DECISION_KIND:
            if not detail.decisions:
                return
            decision = detail.decisions[-1]
            record_id = decision.id
            name = QCoreApplication.translate(
                "AwardsActions", "Quyết định {number} khen thưởng {year}"
            ).format(number=decision.number, year=row.year)
        else:
            record_id = row.id
            name = QCoreApplication.translate(
                "AwardsActions", "Tờ trình {number} đề nghị khen thưởng {year}"
            ).format(number=row.number, year=row.year)
        name = " ".join(name.replace("/", "-").split()) + suffix
        filters = {
            ".pdf": QCoreApplication.translate("AwardsActions", "Tệp PDF (*.pdf)"),
            ".xlsx": QCoreApplication.translate("AwardsActions", "Sổ tính Excel (*.xlsx)"),
            ".docx": QCoreApplication.translate("AwardsActions", "Văn bản Word (*.docx)"),
        }[suffix]
        main = self.page.main
        path = file_dialogs.save_file(
            self.page,
            main.settings,
            "khen-thuong",
            QCoreApplication.translate("AwardsActions", "Lưu văn bản"),
            name,
            filters,
            suffix=suffix,
        )
        if path is None:
            return
        request = ReportRequest(kind=kind, year=row.year, record_id=record_id)

        def work(_progress: WorkerProgress) -> Path:
            from thidua_desktop.reports.build import build_report, save_report_file

            return save_report_file(build_report(db, request), path)

        self.page.set_busy(True)
        main.background.run(
            work,
            on_success=self.page.document_saved,
            on_failure=self.page.action_failed,
            label=QCoreApplication.translate("AwardsActions", "Đang lập văn bản…"),
            window=main,
        )

    def print_certificates(self) -> None:
        """The decisions' bằng khen, giấy khen on their pre-printed blanks (the latest
        decision first shown), with this office's calibration of each blank."""
        from thidua_desktop.gui.certificates.dialog import CertificatesDialog

        detail = self.page.detail
        if detail is None or not detail.decisions or self.db is None:
            return
        dialog = CertificatesDialog(self.page.main, detail.decisions, self.page)
        dialog.load()
        dialog.exec()

    def failed(self, exc: BaseException) -> None:
        errors.report(self.page, exc)
