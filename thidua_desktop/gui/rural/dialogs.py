"""Dialogs of the Nông thôn mới page: a recognition decision, a revocation, a year's plan."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain.dates import parse_date
from thidua_desktop.domain.errors import InvalidInput, UserError
from thidua_desktop.domain.rural import (
    Level,
    Recognition,
    check_recognition,
    check_revocation,
    check_standard_year,
    level_at_end_of,
)
from thidua_desktop.domain.text import clean
from thidua_desktop.gui.common import domain_labels
from thidua_desktop.gui.common.fields import unit_heading
from thidua_desktop.gui.common.messages import say
from thidua_desktop.services.rural.rows import CommuneRow

DATE_PLACEHOLDER = "dd/mm/yyyy"


def _rules(row: CommuneRow) -> list[Recognition]:
    return [
        Recognition(r.level, r.decision_date, r.year, r.decision_number, r.revoked_on)
        for r in row.recognitions
    ]


def _date(edit: QLineEdit, missing: str) -> dt.date:
    """The date typed in `edit`; `missing` is the message when there is none."""
    text = clean(edit.text())
    if not text:
        raise InvalidInput(missing)
    return parse_date(text)


def _optional_date(edit: QLineEdit) -> dt.date | None:
    text = clean(edit.text())
    return parse_date(text) if text else None


class _Form(QDialog):
    """A form whose "Lưu" stays disabled while `validate` raises a UserError."""

    def __init__(self, title: str, row: CommuneRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = row
        self.valid = False
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        heading = QLabel(unit_heading(row.unit_name, row.unit_code, row.district_name))
        heading.setObjectName("pageTitle")
        self.form = QFormLayout()
        self.problem = QLabel()
        self.problem.setObjectName("formError")
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Lưu"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    @staticmethod
    def _line(placeholder: str = "", width: int | None = None) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        if width:
            edit.setMaximumWidth(width)
        return edit

    def validate(self) -> None:
        raise NotImplementedError

    def check(self) -> None:
        try:
            self.validate()
            problem = ""
        except UserError as exc:
            problem = say(exc.message)
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.valid = not problem
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(self.valid)

    def accept(self) -> None:
        self.check()
        if self.valid:
            super().accept()


@dataclass(frozen=True)
class RecognitionInput:
    level: Level
    decision_number: str
    decision_date: dt.date
    year: int
    issuer: str
    announced_on: dt.date | None
    note: str


class RecognitionDialog(_Form):
    def __init__(self, row: CommuneRow, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ghi quyết định công nhận"), row, parent)
        self.level = QComboBox()
        for level in Level:
            self.level.addItem(domain_labels.capitalised(level.long_label), level.value)
        wanted = Level.next_after(row.level) or Level.KIEU_MAU
        self.level.setCurrentIndex(self.level.findData(wanted.value))
        self.number = self._line(self.tr("ví dụ 331/QĐ-UBND"))
        self.date = self._line(DATE_PLACEHOLDER, 120)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(row.year)
        self.year.setToolTip(
            self.tr(
                "Năm xã được công nhận đạt chuẩn (thường là năm của quyết "
                "định, có khi là năm trước)"
            )
        )
        last_issuer = next((r.issuer for r in reversed(row.recognitions) if r.issuer), "")
        self.issuer = self._line(self.tr("ví dụ UBND thành phố Cần Thơ"))
        self.issuer.setText(last_issuer)
        self.announced = self._line(DATE_PLACEHOLDER, 120)
        self.note = self._line()
        self.form.addRow(self.tr("Mức công nhận:"), self.level)
        self.form.addRow(self.tr("Số quyết định:"), self.number)
        self.form.addRow(self.tr("Ngày quyết định:"), self.date)
        self.form.addRow(self.tr("Năm đạt chuẩn:"), self.year)
        self.form.addRow(self.tr("Cơ quan ban hành:"), self.issuer)
        self.form.addRow(self.tr("Ngày công bố:"), self.announced)
        self.form.addRow(self.tr("Ghi chú:"), self.note)
        for edit in (self.number, self.date, self.announced):
            edit.textChanged.connect(self.check)
        self.level.currentIndexChanged.connect(self.check)
        self.year.valueChanged.connect(self.check)
        self.check()

    def validate(self) -> None:
        self.value()

    def value(self) -> RecognitionInput:
        level = Level(self.level.currentData())
        number = clean(self.number.text())
        if not number:
            raise InvalidInput(self.tr("Chưa nhập số quyết định."))
        day = _date(self.date, self.tr("Chưa nhập ngày quyết định."))
        check_standard_year(self.year.value(), day)
        check_recognition(_rules(self.row), level, day, self.row.unit_name)
        announced = _optional_date(self.announced)
        if announced is not None and announced < day:
            raise InvalidInput(self.tr("Ngày công bố trước ngày quyết định."))
        return RecognitionInput(
            level, number, day, self.year.value(), self.issuer.text(), announced, self.note.text()
        )


@dataclass(frozen=True)
class RevocationInput:
    level: Level
    decision_number: str
    revoked_on: dt.date
    issuer: str
    reason: str


class RevocationDialog(_Form):
    def __init__(self, row: CommuneRow, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ghi quyết định thu hồi"), row, parent)
        self.level = QComboBox()
        held = [r.level for r in row.recognitions if not r.revoked]
        for level in Level:
            if level in held:
                self.level.addItem(domain_labels.capitalised(level.long_label), level.value)
        self.level.setCurrentIndex(self.level.count() - 1)
        self.number = self._line(self.tr("số quyết định thu hồi"))
        self.date = self._line(DATE_PLACEHOLDER, 120)
        self.issuer = self._line(self.tr("ví dụ UBND thành phố Cần Thơ"))
        self.reason = self._line(self.tr("ví dụ: 6/19 tiêu chí chưa đạt, trong đó có Môi trường"))
        hint = QLabel(self.tr("Thu hồi một mức thì các mức cao hơn đang có cũng bị thu hồi."))
        hint.setObjectName("muted")
        self.form.addRow(self.tr("Mức bị thu hồi:"), self.level)
        self.form.addRow(self.tr("Số quyết định:"), self.number)
        self.form.addRow(self.tr("Ngày thu hồi:"), self.date)
        self.form.addRow(self.tr("Cơ quan ban hành:"), self.issuer)
        self.form.addRow(self.tr("Lý do:"), self.reason)
        self.form.addRow("", hint)
        for edit in (self.number, self.date):
            edit.textChanged.connect(self.check)
        self.level.currentIndexChanged.connect(self.check)
        self.check()

    def validate(self) -> None:
        self.value()

    def value(self) -> RevocationInput:
        if self.level.currentData() is None:
            raise InvalidInput(self.tr("Xã chưa có mức công nhận nào để thu hồi."))
        level = Level(self.level.currentData())
        number = clean(self.number.text())
        if not number:
            raise InvalidInput(self.tr("Chưa nhập số quyết định thu hồi."))
        day = _date(self.date, self.tr("Chưa nhập ngày thu hồi."))
        check_revocation(_rules(self.row), level, day, self.row.unit_name)
        return RevocationInput(level, number, day, self.issuer.text(), self.reason.text())


class PlanDialog(_Form):
    def __init__(self, row: CommuneRow, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Kế hoạch năm {0}").format(row.year), row, parent)
        self.level = QComboBox()
        self.level.addItem(self.tr("Không có kế hoạch"), None)
        for level in Level:
            self.level.addItem(domain_labels.capitalised(level.long_label), level.value)
        current = row.plan or Level.next_after(row.level)
        self.level.setCurrentIndex(max(self.level.findData(current.value if current else None), 0))
        self.note = self._line()
        self.note.setText(row.plan_note)
        self.hint = QLabel()
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        self.form.addRow(self.tr("Phấn đấu đạt chuẩn:"), self.level)
        self.form.addRow(self.tr("Ghi chú:"), self.note)
        self.form.addRow("", self.hint)
        self.level.currentIndexChanged.connect(self.check)
        self.check()

    def validate(self) -> None:
        level = self.value()
        held = level_at_end_of(_rules(self.row), self.row.year - 1)
        already = level is not None and held is not None and held.rank >= level.rank
        self.hint.setText(
            self.tr("Xã đã đạt {0} từ trước năm {1}.").format(
                domain_labels.label(held.label), self.row.year
            )
            if already and held is not None
            else ""
        )

    def value(self) -> Level | None:
        data = self.level.currentData()
        return None if data is None else Level(data)
