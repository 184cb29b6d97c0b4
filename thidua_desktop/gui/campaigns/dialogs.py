"""Dialogs of the campaign page: the campaign form, the indicator form, a registration."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.evaluation import Comparator
from thidua_desktop.domain.numbers import format_number, parse_number
from thidua_desktop.gui.common import domain_labels
from thidua_desktop.gui.common.fields import date_edit, date_of
from thidua_desktop.services.campaigns.rows import (
    CampaignForm,
    CampaignInput,
    CampaignRow,
    CampaignStatus,
    IndicatorInput,
    IndicatorRow,
)
from thidua_desktop.services.core.rows import UnitRow


class _FormDialog(QDialog):
    """A form with an error line: the dialog stays open until the input is valid."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Lưu"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _try_accept(self) -> None:
        try:
            self.validate()
        except InvalidInput as exc:
            self.error.setText(exc.message)
            return
        self.accept()

    def validate(self) -> None:
        """Raise InvalidInput with a message to keep the dialog open."""


class CampaignDialog(_FormDialog):
    def __init__(
        self,
        scopes: Sequence[UnitRow],
        campaign: CampaignRow | None,
        parent: QWidget | None,
        *,
        year: int | None = None,
    ) -> None:
        """`year`: the working year a new campaign's dates start in (default: this year)."""
        super().__init__(
            self.tr("Sửa phong trào thi đua") if campaign else self.tr("Thêm phong trào thi đua"),
            parent,
        )
        self.resize(620, 560)
        c = campaign
        self.code = QLineEdit(c.code if c else "")
        self.code.setPlaceholderText(self.tr("ví dụ CT10-2023"))
        self.title_edit = QPlainTextEdit(c.title if c else "")
        self.title_edit.setFixedHeight(56)
        self.form_kind = QComboBox()
        for form in CampaignForm:
            self.form_kind.addItem(domain_labels.label(form.label), form.value)
        self.form_kind.setCurrentIndex(self.form_kind.findData(c.form if c else "thuong_xuyen"))
        self.theme = QLineEdit(c.theme if c else "")
        self.doc_number = QLineEdit(c.doc_number if c else "")
        self.doc_number.setPlaceholderText(self.tr("ví dụ 10/CT-UBND"))
        self.doc_date = date_edit(c.doc_date if c else None, optional=True)
        self.doc_issuer = QLineEdit(c.doc_issuer if c else "")
        self.doc_summary = QLineEdit(c.doc_summary if c else "")
        year = year or dt.date.today().year
        self.start = date_edit(c.start_date if c else dt.date(year, 1, 1))
        self.end = date_edit(c.end_date if c else dt.date(year, 12, 31))
        self.scope = QComboBox()
        for unit in scopes:
            self.scope.addItem(unit.full_name, unit.code)
        if c:
            self.scope.setCurrentIndex(max(self.scope.findData(c.scope_code), 0))
        self.status = QComboBox()
        for status in CampaignStatus:
            self.status.addItem(domain_labels.label(status.label), status.value)
        self.status.setCurrentIndex(self.status.findData(c.status if c else "active"))
        for label, widget in (
            (self.tr("Mã phong trào:"), self.code),
            (self.tr("Tên phong trào:"), self.title_edit),
            (self.tr("Hình thức:"), self.form_kind),
            (self.tr("Chủ đề:"), self.theme),
            (self.tr("Văn bản phát động — số:"), self.doc_number),
            (self.tr("ngày:"), self.doc_date),
            (self.tr("cơ quan ban hành:"), self.doc_issuer),
            (self.tr("trích yếu:"), self.doc_summary),
            (self.tr("Bắt đầu:"), self.start),
            (self.tr("Kết thúc:"), self.end),
            (self.tr("Phạm vi:"), self.scope),
            (self.tr("Trạng thái:"), self.status),
        ):
            self.form.addRow(label, widget)

    def value(self) -> CampaignInput:
        start, end = date_of(self.start), date_of(self.end)
        assert start is not None and end is not None
        return CampaignInput(
            code=self.code.text(),
            title=self.title_edit.toPlainText(),
            form=str(self.form_kind.currentData()),
            start_date=start,
            end_date=end,
            scope_code=str(self.scope.currentData() or ""),
            status=str(self.status.currentData()),
            theme=self.theme.text(),
            doc_number=self.doc_number.text(),
            doc_date=date_of(self.doc_date),
            doc_issuer=self.doc_issuer.text(),
            doc_summary=self.doc_summary.text(),
        )

    def validate(self) -> None:
        data = self.value()
        if not data.code.strip():
            raise InvalidInput(self.tr("Hãy nhập mã phong trào."))
        if not data.title.strip():
            raise InvalidInput(self.tr("Hãy nhập tên phong trào."))
        if data.start_date > data.end_date:
            raise InvalidInput(self.tr("Ngày bắt đầu phải trước ngày kết thúc."))
        if not data.scope_code:
            raise InvalidInput(self.tr("Hãy chọn phạm vi phong trào."))


class IndicatorDialog(_FormDialog):
    def __init__(
        self,
        sources: Sequence[tuple[str, str]],
        indicator: IndicatorRow | None,
        parent: QWidget | None,
    ) -> None:
        super().__init__(self.tr("Sửa chỉ tiêu") if indicator else self.tr("Thêm chỉ tiêu"), parent)
        self.resize(560, 420)
        i = indicator
        self.code = QLineEdit(i.code if i else "")
        self.name = QPlainTextEdit(i.name if i else "")
        self.name.setFixedHeight(56)
        self.unit = QLineEdit(i.unit_of_measure if i else "%")
        self.decimals = QSpinBox()
        self.decimals.setRange(0, 6)
        self.decimals.setValue(i.decimals if i else 2)
        self.comparator = QComboBox()
        for comparator in Comparator:
            self.comparator.addItem(domain_labels.label(comparator.label), comparator.value)
        self.comparator.setCurrentIndex(self.comparator.findData(i.comparator if i else "at_least"))
        self.source = QComboBox()
        for code, name in sources:
            self.source.addItem(domain_labels.label(name), code)
        self.source.setCurrentIndex(max(self.source.findData(i.source if i else "manual"), 0))
        self.minimum = QLineEdit(
            format_number(i.min_value) if i and i.min_value is not None else ""
        )
        self.maximum = QLineEdit(
            format_number(i.max_value) if i and i.max_value is not None else ""
        )
        for edit in (self.minimum, self.maximum):
            edit.setPlaceholderText(self.tr("không giới hạn"))
        self.whole = QCheckBox(self.tr("chỉ nhận số nguyên (đếm xã, hộ, người…)"))
        self.whole.setChecked(bool(i and i.whole_number))
        self.note = QLineEdit(i.note if i else "")
        for label, widget in (
            (self.tr("Mã chỉ tiêu:"), self.code),
            (self.tr("Tên chỉ tiêu:"), self.name),
            (self.tr("Đơn vị tính:"), self.unit),
            (self.tr("Số chữ số thập phân:"), self.decimals),
            (self.tr("Cách đánh giá:"), self.comparator),
            (self.tr("Nguồn số liệu:"), self.source),
            (self.tr("Giá trị tối thiểu:"), self.minimum),
            (self.tr("Giá trị tối đa:"), self.maximum),
            ("", self.whole),
            (self.tr("Ghi chú:"), self.note),
        ):
            self.form.addRow(label, widget)

    def value(self) -> IndicatorInput:
        return IndicatorInput(
            code=self.code.text(),
            name=self.name.toPlainText(),
            unit_of_measure=self.unit.text(),
            decimals=self.decimals.value(),
            comparator=str(self.comparator.currentData()),
            source=str(self.source.currentData()),
            min_value=_optional_number(self.minimum.text()),
            max_value=_optional_number(self.maximum.text()),
            whole_number=self.whole.isChecked(),
            note=self.note.text(),
        )

    def validate(self) -> None:
        self.value()  # parses the bounds: a malformed number raises InvalidInput


class RegistrationDialog(_FormDialog):
    def __init__(self, units: Sequence[UnitRow], year: int, parent: QWidget | None) -> None:
        super().__init__(self.tr("Đăng ký thi đua năm {0}").format(year), parent)
        self.resize(520, 260)
        self.unit = QComboBox()
        for unit in units:
            self.unit.addItem(unit.full_name, unit.code)
        self.titles = QPlainTextEdit()
        self.titles.setPlaceholderText(
            self.tr("ví dụ: Cờ thi đua của UBND thành phố; Tập thể lao động xuất sắc")
        )
        self.date = date_edit(
            dt.date.today() if dt.date.today().year == year else dt.date(year, 2, 1)
        )
        self.form.addRow(self.tr("Đơn vị:"), self.unit)
        self.form.addRow(self.tr("Danh hiệu, hình thức khen thưởng đăng ký:"), self.titles)
        self.form.addRow(self.tr("Ngày đăng ký:"), self.date)

    def validate(self) -> None:
        if not self.titles.toPlainText().strip():
            raise InvalidInput(self.tr("Hãy ghi danh hiệu, hình thức khen thưởng đăng ký."))


def _optional_number(text: str) -> Decimal | None:
    return parse_number(text) if text.strip() else None
