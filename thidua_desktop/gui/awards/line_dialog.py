"""A proposal's line: find the recipient (or add a new one), then the award, its type and the
achievement. Searching and adding a recipient are each one service call, made from the dialog."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from thidua_desktop.domain.awards.types import AwardType, RecipientType
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.gui.awards.dialogs import FormDialog, RecipientDialog
from thidua_desktop.gui.awards.model import (
    RECIPIENT_COLUMNS,
    award_text,
    select_where,
    selected,
    table,
)
from thidua_desktop.gui.common import domain_labels, errors
from thidua_desktop.gui.common.table_model import RowTableModel
from thidua_desktop.services.awards.rows import (
    AwardEntryRow,
    LineEntry,
    LineRow,
    ProposalDetail,
    RecipientEntry,
    RecipientRow,
)
from thidua_desktop.services.core.rows import UnitRow

if TYPE_CHECKING:
    from thidua_desktop.gui.common.background import Background, WorkerProgress
    from thidua_desktop.store.engine import Database


class LineDialog(FormDialog):
    found = Signal()  # a search's results are in the list (tests wait for it)
    recipient_saved = Signal(object)  # the new RecipientRow, selected in the list

    def __init__(
        self,
        *,
        background: Background,
        db: Database,
        detail: ProposalDetail,
        units: Sequence[UnitRow],
        line: LineRow | None,
        parent: QWidget | None,
    ) -> None:
        super().__init__(
            self.tr("Sửa dòng đề nghị") if line else self.tr("Thêm người, tập thể vào đề nghị"),
            parent,
        )
        self.setMinimumWidth(760)
        self.background = background
        self.db = db
        self.detail = detail
        self.units = list(units)
        self.entries: list[AwardEntryRow] = list(detail.rules.entries)
        # Tests replace this to answer the new-recipient dialog (`exec` is modal).
        self.run_recipient_dialog = lambda dialog: dialog.exec() == QDialog.DialogCode.Accepted

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm theo tên (không cần dấu)…"))
        self.search_button = QPushButton(self.tr("Tìm"))
        self.new_button = QPushButton(self.tr("Đối tượng mới…"))
        self.edit_recipient_button = QPushButton(self.tr("Sửa đối tượng…"))
        self.edit_recipient_button.setToolTip(
            self.tr("Sửa thông tin của đối tượng đang chọn (chức vụ, nhóm, phân loại thống kê…)")
        )
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.search_button)
        search_row.addWidget(self.new_button)
        search_row.addWidget(self.edit_recipient_button)
        self.cases_button = QPushButton(self.tr("Tạm dừng xét…"))
        self.cases_button.setToolTip(
            self.tr(
                "Đối tượng đang bị xem xét kỷ luật, thanh tra hoặc có đơn thư khiếu nại, tố cáo: "
                "tạm dừng xét khen thưởng"
            )
        )
        search_row.addWidget(self.cases_button)
        self.recipients: RowTableModel[RecipientRow] = RowTableModel(RECIPIENT_COLUMNS, self)
        self.recipient_view = table(self.recipients, stretch=2)
        self.recipient_view.setMinimumHeight(170)
        self.chosen = QLabel()
        self.chosen.setWordWrap(True)

        self.award = QComboBox()
        self.award_type = QComboBox()
        self.achievement = QPlainTextEdit(line.achievement if line else "")
        self.achievement.setFixedHeight(70)
        self.members = QSpinBox()
        self.members.setRange(0, 100_000)
        self.members.setSpecialValueText(self.tr("không ghi"))
        self.qualified = QSpinBox()
        self.qualified.setRange(-1, 100_000)
        self.qualified.setSpecialValueText(self.tr("không ghi"))
        self.qualified.setValue(-1)
        if line is not None:
            self.members.setValue(line.members or 0)
            self.qualified.setValue(-1 if line.qualified is None else line.qualified)

        self.form.addRow(self.tr("Tìm đối tượng:"), search_row)
        self.form.addRow(self.recipient_view)
        self.form.addRow(self.tr("Đã chọn:"), self.chosen)
        self.form.addRow(self.tr("Danh hiệu, hình thức:"), self.award)
        self.form.addRow(self.tr("Loại hình:"), self.award_type)
        self.form.addRow(self.tr("Tóm tắt thành tích:"), self.achievement)
        self.form.addRow(self.tr("Tổng số thành viên (tập thể):"), self.members)
        self.form.addRow(self.tr("Số thành viên đạt danh hiệu:"), self.qualified)

        self.search.returnPressed.connect(self.run_search)
        self.search_button.clicked.connect(self.run_search)
        self.new_button.clicked.connect(self.add_recipient)
        self.edit_recipient_button.clicked.connect(self.edit_recipient)
        self.cases_button.clicked.connect(self.show_cases)
        self.recipient_view.selectionModel().currentRowChanged.connect(self._recipient_changed)
        self.award.currentIndexChanged.connect(self._award_changed)
        self._line = line
        if line is not None:
            self.recipients.set_rows([line.recipient])
            select_where(self.recipient_view, lambda r: r.id == line.recipient.id)
        self._recipient_changed()

    # -- recipients ------------------------------------------------------------------------
    def recipient(self) -> RecipientRow | None:
        row = selected(self.recipient_view)
        return row if isinstance(row, RecipientRow) else None

    def run_search(self) -> None:
        text, db = self.search.text(), self.db
        unit_code = self.detail.proposal.unit_code

        def work(_progress: WorkerProgress) -> list[RecipientRow]:
            from thidua_desktop.services.awards.recipients import search_recipients

            return search_recipients(db, text=text, unit_code=unit_code)

        self.search_button.setEnabled(False)
        self.background.run(work, on_success=self._found, on_failure=self._failed)

    def _found(self, rows: list[RecipientRow]) -> None:
        self.search_button.setEnabled(True)
        self.recipients.set_rows(rows)
        if rows:
            select_where(self.recipient_view, lambda _r: True)
        self.chosen.setText(
            self.chosen.text() if rows else self.tr("Không tìm thấy: bấm “Đối tượng mới…”.")
        )
        self._recipient_changed()
        self.found.emit()

    def _failed(self, exc: BaseException) -> None:
        self.search_button.setEnabled(True)
        errors.report(self, exc)

    def add_recipient(self) -> None:
        dialog = RecipientDialog(self.units, self.detail.proposal.unit_code, self)
        self.last_recipient_dialog = dialog
        if not self.run_recipient_dialog(dialog):
            return
        self.save_recipient(dialog.entry())

    def show_cases(self) -> None:
        from thidua_desktop.gui.awards.initiatives import CasesDialog

        row = self.recipient()
        if row is None:
            return
        dialog = CasesDialog(self, self.db, self.background, row)
        self.last_cases_dialog = dialog
        dialog.load()
        self.run_recipient_dialog(dialog)

    def edit_recipient(self) -> None:
        row = self.recipient()
        if row is None:
            return
        dialog = RecipientDialog(self.units, self.detail.proposal.unit_code, self, row=row)
        self.last_recipient_dialog = dialog
        if not self.run_recipient_dialog(dialog):
            return
        self.save_recipient(dialog.entry(), recipient_id=row.id)

    def save_recipient(self, entry: RecipientEntry, recipient_id: int | None = None) -> None:
        db = self.db

        def work(_progress: WorkerProgress) -> RecipientRow:
            from thidua_desktop.services.awards.recipients import save_recipient

            return save_recipient(db, entry, recipient_id=recipient_id)

        self.background.run(work, on_success=self._recipient_saved, on_failure=self._failed)

    def _recipient_saved(self, row: RecipientRow) -> None:
        self.recipients.set_rows([row, *(r for r in self.recipients.rows if r.id != row.id)])
        select_where(self.recipient_view, lambda r: r.id == row.id)
        self._recipient_changed()
        self.recipient_saved.emit(row)

    def _recipient_changed(self, *_args: object) -> None:
        row = self.recipient()
        self.edit_recipient_button.setEnabled(row is not None)
        self.cases_button.setEnabled(row is not None)
        if row is None:
            if not self.recipients.rows:
                self.chosen.setText(self.tr("Chưa chọn đối tượng: tìm theo tên hoặc thêm mới."))
            self._fill_awards(None)
            return
        place = row.workplace or row.unit_name
        self.chosen.setText(f"{row.name} — {place}" if place else row.name)
        self._fill_awards(row.kind)

    # -- the award -------------------------------------------------------------------------
    def _fill_awards(self, kind: RecipientType | None) -> None:
        current = self.award.currentData() or (self._line.award_code if self._line else None)
        self.award.blockSignals(True)
        self.award.clear()
        for entry in self.entries:
            if kind is None or kind in entry.recipients:
                self.award.addItem(award_text(entry.name), entry.code)
        self.award.setCurrentIndex(max(self.award.findData(current), 0))
        self.award.blockSignals(False)
        collective = kind is RecipientType.COLLECTIVE
        self.members.setEnabled(collective)
        self.qualified.setEnabled(collective)
        self._award_changed()

    def _award_changed(self) -> None:
        code = self.award.currentData()
        entry = next((e for e in self.entries if e.code == code), None)
        current = self.award_type.currentData() or (
            self._line.award_type.value if self._line else None
        )
        self.award_type.clear()
        for award_type in entry.types if entry else ():
            self.award_type.addItem(domain_labels.capitalised(award_type.label), award_type.value)
        self.award_type.setCurrentIndex(max(self.award_type.findData(current), 0))

    def validate(self) -> None:
        if self.recipient() is None:
            raise InvalidInput(self.tr("Hãy chọn người hoặc tập thể được đề nghị."))
        if self.award.currentData() is None:
            raise InvalidInput(self.tr("Không có danh hiệu, hình thức nào cho đối tượng này."))

    def entry(self) -> LineEntry:
        recipient = self.recipient()
        assert recipient is not None
        collective = recipient.kind is RecipientType.COLLECTIVE
        members = self.members.value() if collective and self.members.value() > 0 else None
        qualified = self.qualified.value() if collective and self.qualified.value() >= 0 else None
        return LineEntry(
            recipient_id=recipient.id,
            award_code=str(self.award.currentData()),
            award_type=AwardType(self.award_type.currentData() or AwardType.REGULAR.value),
            achievement=self.achievement.toPlainText(),
            members=members,
            qualified=qualified,
        )
