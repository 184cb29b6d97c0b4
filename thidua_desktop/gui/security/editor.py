"""The editor of one unit's "3 không"/ANTT record, with the evaluation window in view."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain.dates import format_date, parse_date
from thidua_desktop.domain.errors import UserError
from thidua_desktop.domain.numbers import parse_number
from thidua_desktop.domain.security import (
    Assessment,
    check_decision,
    check_evidence_date,
    check_recognised_share,
    decision_warning,
    evaluation_window,
    quarter_one,
    registration_warning,
    share_warning,
)
from thidua_desktop.domain.text import clean
from thidua_desktop.gui.common import domain_labels
from thidua_desktop.gui.common.fields import unit_heading
from thidua_desktop.gui.common.form_history import FormHistory, confirm_discard
from thidua_desktop.gui.common.messages import say
from thidua_desktop.services.security.rows import (
    ComponentEntry,
    ComponentRow,
    SecurityEntry,
    SecurityUnitRow,
)

DATE_PLACEHOLDER = "dd/mm/yyyy"
FormState = tuple[tuple[int, ...], tuple[str, ...]]


def _status_box(current: Assessment) -> QComboBox:
    box = QComboBox()
    for status in (Assessment.MET, Assessment.NOT_MET, Assessment.PENDING):
        box.addItem(domain_labels.capitalised(status.label), status.value)
    box.setCurrentIndex(box.findData(current.value))
    return box


def _date_edit(value: dt.date | None) -> QLineEdit:
    edit = QLineEdit(format_date(value) if value else "")
    edit.setPlaceholderText(DATE_PLACEHOLDER)
    edit.setMaximumWidth(120)
    return edit


class SecurityEditor(QDialog):
    """Checks as the person types: refusals (bad dates, a decision before the registration…)
    disable "Lưu"; warnings (late registration, "đạt" under 70%) are shown but allow saving."""

    def __init__(
        self,
        row: SecurityUnitRow,
        components: Sequence[ComponentRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.row = row
        self.year = row.year
        self.valid = True
        self.setWindowTitle(self.tr("An ninh trật tự — {0}").format(row.unit_name))
        self.setMinimumWidth(720)
        entry = row.entry()
        start, end = evaluation_window(self.year)

        heading = QLabel(unit_heading(row.unit_name, row.unit_code, row.district_name))
        heading.setObjectName("pageTitle")
        heading.setWordWrap(True)
        window_label = QLabel(
            self.tr(
                "Năm {0}. <b>Kỳ đánh giá: từ {1} đến {2}</b> (ngày minh chứng phải trong kỳ)."
            ).format(self.year, format_date(start), format_date(end))
        )
        window_label.setTextFormat(Qt.TextFormat.RichText)
        window_label.setObjectName("evaluationWindow")

        # -- "3 không" --------------------------------------------------------------------
        self.component_rows: list[tuple[str, QComboBox, QLineEdit, QLineEdit]] = []
        three = QGroupBox(self.tr('"3 không"'))
        grid = QGridLayout(three)
        for column, text in enumerate(
            (self.tr("Tiêu chí"), self.tr("Tình trạng"), self.tr("Ngày minh chứng"))
        ):
            header = QLabel(text)
            header.setObjectName("muted")
            grid.addWidget(header, 0, column)
        grid.addWidget(QLabel(self.tr("Minh chứng (báo cáo, số liệu…)")), 0, 3)
        by_code = {c.code: c for c in entry.components}
        for number, component in enumerate(components, start=1):
            given = by_code.get(component.code, ComponentEntry(component.code, Assessment.PENDING))
            status = _status_box(given.status)
            day = _date_edit(given.evidence_date)
            note = QLineEdit(given.evidence_note)
            label = QLabel(component.label)
            label.setToolTip(component.description)
            grid.addWidget(label, number, 0)
            grid.addWidget(status, number, 1)
            grid.addWidget(day, number, 2)
            grid.addWidget(note, number, 3)
            self.component_rows.append((component.code, status, day, note))
        grid.setColumnStretch(3, 1)

        # -- ANTT -------------------------------------------------------------------------
        antt = QGroupBox(self.tr("An toàn về an ninh, trật tự"))
        form = QFormLayout(antt)
        q_start, q_end = quarter_one(self.year)
        self.registered_on = _date_edit(entry.registered_on)
        registered = QHBoxLayout()
        registered.addWidget(self.registered_on)
        hint = QLabel(self.tr("Quý I: {0} - {1}").format(format_date(q_start), format_date(q_end)))
        hint.setObjectName("muted")
        registered.addWidget(hint)
        registered.addStretch(1)
        form.addRow(self.tr("Ngày đăng ký:"), registered)
        self.share = QLineEdit(entry.recognised_share)
        self.share.setPlaceholderText(self.tr("ví dụ 85,5"))
        self.share.setMaximumWidth(120)
        form.addRow(self.tr("Khu dân cư, cơ quan… được công nhận (%):"), self.share)
        self.result = _status_box(entry.antt_result)
        form.addRow(self.tr("Kết quả:"), self.result)
        self.decision_number = QLineEdit(entry.decision_number)
        self.decision_number.setPlaceholderText(self.tr("ví dụ 1234/QĐ-UBND"))
        self.decision_date = _date_edit(entry.decision_date)
        decision = QHBoxLayout()
        decision.addWidget(self.decision_number, 1)
        decision.addWidget(QLabel(self.tr("ngày")))
        decision.addWidget(self.decision_date)
        form.addRow(self.tr("Quyết định công nhận số:"), decision)
        self.issuer = QLineEdit(entry.decision_issuer)
        self.issuer.setPlaceholderText(self.tr("ví dụ UBND quận Ninh Kiều"))
        form.addRow(self.tr("Cơ quan ban hành:"), self.issuer)
        self.note = QLineEdit(entry.note)
        form.addRow(self.tr("Ghi chú:"), self.note)

        self.problem = QLabel()
        self.problem.setObjectName("formError")
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.setWordWrap(True)
        self.warnings = QLabel()
        self.warnings.setObjectName("formWarning")
        self.warnings.setStyleSheet(
            "background: #fff3cd; color: #5c4400; border: 1px solid #e6c96b; padding: 4px;"
        )
        self.warnings.setWordWrap(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Lưu"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.history: FormHistory[FormState] = FormHistory(self._state, self._restore, self)
        undo, redo = self.history.buttons(self)
        bottom = QHBoxLayout()
        bottom.addWidget(undo)
        bottom.addWidget(redo)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(window_label)
        layout.addWidget(three)
        layout.addWidget(antt)
        layout.addWidget(self.problem)
        layout.addWidget(self.warnings)
        layout.addLayout(bottom)

        for _, status, day, note in self.component_rows:
            status.currentIndexChanged.connect(self.check)
            day.textChanged.connect(self.check)
            note.textChanged.connect(self.check)
        for edit in (self.registered_on, self.share, self.decision_number, self.decision_date):
            edit.textChanged.connect(self.check)
        self.result.currentIndexChanged.connect(self.check)
        for box in self._boxes():
            box.currentIndexChanged.connect(lambda _i: self.history.record())
        for edit in self._edits():
            edit.textChanged.connect(lambda _t, edit=edit: self.history.record(edit))
        self.check()

    # -- undo and redo over the whole form ---------------------------------------------------
    def _boxes(self) -> list[QComboBox]:
        return [status for _, status, _, _ in self.component_rows] + [self.result]

    def _edits(self) -> list[QLineEdit]:
        edits = [edit for _, _, day, note in self.component_rows for edit in (day, note)]
        return [
            *edits,
            self.registered_on,
            self.share,
            self.decision_number,
            self.decision_date,
            self.issuer,
            self.note,
        ]

    def _state(self) -> FormState:
        return (
            tuple(box.currentIndex() for box in self._boxes()),
            tuple(edit.text() for edit in self._edits()),
        )

    def _restore(self, state: FormState) -> None:
        indexes, texts = state
        for box, index in zip(self._boxes(), indexes, strict=True):
            box.setCurrentIndex(index)
        for edit, text in zip(self._edits(), texts, strict=True):
            if edit.text() != text:
                edit.setText(text)

    # -- reading the form -------------------------------------------------------------------
    @staticmethod
    def _date(edit: QLineEdit) -> dt.date | None:
        text = clean(edit.text())
        return parse_date(text) if text else None

    def entry(self) -> SecurityEntry:
        """The form as the service takes it; raises UserError when something cannot be read."""
        components = []
        for code, status, day, note in self.component_rows:
            evidence_date = self._date(day)
            if evidence_date is not None:
                # Part of the domain's message, which is Vietnamese in every interface language.
                check_evidence_date(evidence_date, self.year, "minh chứng")  # i18n: not UI
            components.append(
                ComponentEntry(code, Assessment(status.currentData()), note.text(), evidence_date)
            )
        return SecurityEntry(
            components=tuple(components),
            antt_result=Assessment(self.result.currentData()),
            registered_on=self._date(self.registered_on),
            recognised_share=self.share.text(),
            decision_number=self.decision_number.text(),
            decision_date=self._date(self.decision_date),
            decision_issuer=self.issuer.text(),
            note=self.note.text(),
        )

    def check(self) -> None:
        problems: list[str] = []
        warnings: list[str] = []
        try:
            entry = self.entry()
            share_text = clean(entry.recognised_share)
            share = check_recognised_share(parse_number(share_text)) if share_text else None
            number = clean(entry.decision_number) or None
            check_decision(
                year=self.year,
                number=number,
                day=entry.decision_date,
                registered_on=entry.registered_on,
            )
            for warning in (
                registration_warning(entry.registered_on, self.year),
                share_warning(entry.antt_result, share),
                decision_warning(entry.antt_result, number),
            ):
                if warning:
                    warnings.append(say(warning))
        except UserError as exc:
            problems.append(say(exc.message))
        self.problem.setText("\n".join(problems))
        self.problem.setVisible(bool(problems))
        self.warnings.setText("\n".join(f"⚠ {w}" for w in warnings))
        self.warnings.setVisible(bool(warnings))
        self.valid = not problems
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(self.valid)

    def accept(self) -> None:
        self.check()
        if self.valid:
            super().accept()

    def reject(self) -> None:
        """Hủy, Esc or the window's close box: changes typed are not dropped without asking."""
        if self.history.modified and not confirm_discard(self):
            return
        super().reject()
