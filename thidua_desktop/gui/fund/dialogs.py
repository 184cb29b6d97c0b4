"""Dialogs of the Quỹ thi đua, khen thưởng page: a line of the book (receipt or payment, a
payment perhaps of a decision's tiền thưởng) and the year's opening balance."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.fund import Category, EntryKind, parse_amount
from thidua_desktop.domain.numbers import format_number, parse_number
from thidua_desktop.gui.awards.dialogs import FormDialog
from thidua_desktop.gui.common.fields import date_edit, date_of
from thidua_desktop.services.fund.rows import DecisionChoice, EntryRow, FundEntryInput


class EntryDialog(FormDialog):
    """A phiếu thu or phiếu chi: number, date, amount in đồng, mục, content; a payment may
    name the decision whose tiền thưởng it pays (its amount then proposed: what is left)."""

    def __init__(
        self,
        *,
        kind: EntryKind,
        year: int,
        categories: Sequence[Category],
        decisions: Sequence[DecisionChoice],
        row: EntryRow | None,
        parent: QWidget | None,
    ) -> None:
        receipt = kind is EntryKind.RECEIPT
        if row is not None:
            title = self.tr("Sửa khoản thu") if receipt else self.tr("Sửa khoản chi")
        else:
            title = self.tr("Thêm khoản thu") if receipt else self.tr("Thêm khoản chi")
        super().__init__(title, parent)
        self.kind = kind
        self.decisions = {d.id: d for d in decisions}
        self.number = QLineEdit(row.number if row else "")
        self.number.setPlaceholderText(
            self.tr("số phiếu thu, ví dụ PT05") if receipt else self.tr("số phiếu chi, ví dụ PC12")
        )
        today = dt.date.today()
        default_day = today if today.year == year else dt.date(year, 12, 31)
        self.day = date_edit(row.day if row else default_day)
        self.day.setMinimumDate(QDate(year, 1, 1))
        self.day.setMaximumDate(QDate(year, 12, 31))
        self.category = QComboBox()
        for category in categories:
            if category.kind is kind:
                self.category.addItem(category.name, category.code)
        if row is not None and self.category.findData(row.category_code) < 0:
            self.category.addItem(row.category_name, row.category_code)  # no longer offered
        if row is not None:
            self.category.setCurrentIndex(self.category.findData(row.category_code))
        self.decision = QComboBox()
        self.decision.setToolTip(self.tr("Quyết định khen thưởng có tiền thưởng được chi"))
        self.decision.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.decision.setMinimumContentsLength(36)
        self.decision.addItem(self.tr("(không gắn quyết định)"), None)
        for choice in decisions:
            if choice.remaining <= 0 and (row is None or row.decision_id != choice.id):
                continue  # paid in full: nothing left to pay
            self.decision.addItem(
                self.tr("{number} ngày {day} — còn {left} đồng").format(
                    number=choice.number,
                    day=f"{choice.day:%d/%m/%Y}",
                    left=format_number(choice.remaining),
                ),
                choice.id,
            )
        if row is not None and row.decision_id is not None:
            found = self.decision.findData(row.decision_id)
            if found < 0:
                self.decision.addItem(row.decision_number, row.decision_id)
                found = self.decision.count() - 1
            self.decision.setCurrentIndex(found)
        self.amount = QLineEdit(format_number(row.amount) if row else "")
        self.amount.setPlaceholderText(self.tr("số đồng, ví dụ 1.500.000"))
        self.description = QLineEdit(row.description if row else "")
        self.form.addRow(self.tr("Số chứng từ:"), self.number)
        self.form.addRow(self.tr("Ngày:"), self.day)
        self.form.addRow(self.tr("Mục:"), self.category)
        if not receipt:
            self.form.addRow(self.tr("Quyết định:"), self.decision)
            self.decision.currentIndexChanged.connect(self._decision_chosen)
        self.form.addRow(self.tr("Số tiền (đồng):"), self.amount)
        self.form.addRow(self.tr("Nội dung:"), self.description)
        self.hint = QLabel()
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        self.form.addRow("", self.hint)

    def _decision_chosen(self, _index: int) -> None:
        choice = self.decisions.get(self.decision.currentData())
        if choice is None:
            self.hint.setText("")
            return
        self.amount.setText(format_number(choice.remaining))
        paying = self.category.findData("tien_thuong")
        if paying >= 0:
            self.category.setCurrentIndex(paying)
        if not self.description.text().strip():
            self.description.setText(
                self.tr("Chi tiền thưởng theo Quyết định số {number}").format(number=choice.number)
            )
        self.hint.setText(
            self.tr("Tiền thưởng của quyết định: {total} đồng; đã chi {paid} đồng.").format(
                total=format_number(choice.total), paid=format_number(choice.paid)
            )
        )

    def validate(self) -> None:
        if not self.number.text().strip():
            raise InvalidInput(self.tr("Hãy nhập số chứng từ."))
        if self.category.currentData() is None:
            raise InvalidInput(self.tr("Hãy chọn mục thu, chi."))
        if not self.amount.text().strip() and self.decision.currentData() is None:
            raise InvalidInput(self.tr("Hãy nhập số tiền (đồng)."))
        if self.amount.text().strip():
            parse_amount(self.amount.text())  # refused here, the dialog keeps what was typed

    def entry(self) -> FundEntryInput:
        day = date_of(self.day)
        assert day is not None
        decision = self.decision.currentData() if self.kind is EntryKind.PAYMENT else None
        return FundEntryInput(
            kind=self.kind,
            number=self.number.text(),
            day=day,
            amount=self.amount.text(),
            category_code=str(self.category.currentData()),
            description=self.description.text(),
            decision_id=int(decision) if decision is not None else None,
        )


class OpeningDialog(FormDialog):
    """The balance on 1 January (the book's first year, or after a settlement); empty: carry
    the year before's closing balance."""

    def __init__(self, *, year: int, amount: int | None, note: str, parent: QWidget | None):
        super().__init__(self.tr("Số dư đầu năm {year}").format(year=year), parent)
        self.amount = QLineEdit(format_number(amount) if amount is not None else "")
        self.amount.setPlaceholderText(self.tr("để trống: lấy số dư cuối năm trước"))
        self.note = QLineEdit(note)
        self.form.addRow(self.tr("Số dư (đồng):"), self.amount)
        self.form.addRow(self.tr("Ghi chú:"), self.note)

    def validate(self) -> None:
        if self.amount.text().strip():
            parse_number(self.amount.text())  # refused here, the dialog keeps what was typed
