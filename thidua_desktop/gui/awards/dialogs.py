"""Dialogs of the Khen thưởng page: a proposal's header, the workflow steps, a new recipient."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

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

from thidua_desktop.domain.awards.types import (
    Category,
    DecidingLevel,
    Gender,
    RecipientClass,
    RecipientType,
)
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.gui.awards.model import award_text
from thidua_desktop.gui.common import domain_labels
from thidua_desktop.gui.common.fields import date_edit, date_of
from thidua_desktop.gui.common.rich_text import escape
from thidua_desktop.services.awards.rows import (
    DecisionEntry,
    ProposalDetail,
    ProposalEntry,
    ProposalRow,
    RecipientEntry,
    RecipientRow,
    ReviewEntry,
)
from thidua_desktop.services.core.rows import UnitRow

ERROR_STYLE = "color: #b00020;"


class FormDialog(QDialog):
    """A form with an error line: the dialog stays open until the input is valid."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Lưu"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)

    def try_accept(self) -> None:
        try:
            self.validate()
        except InvalidInput as exc:
            self.error.setText(exc.message)
            return
        self.accept()

    def validate(self) -> None:
        """Raise InvalidInput with a message to keep the dialog open."""


def _day(edit: QWidget) -> dt.date:
    value = date_of(edit)  # type: ignore[arg-type]
    assert value is not None
    return value


def unit_choices(units: Sequence[UnitRow], root_code: str | None, day: dt.date) -> list[UnitRow]:
    """`root_code` and the units below it valid on `day`, in tree order (the office's scope)."""
    from thidua_desktop.services.core.units import scope_rows

    root = next((u for u in units if u.code == root_code and u.is_valid_on(day)), None)
    return [] if root is None else scope_rows(units, root, day)


def _fill_units(combo: QComboBox, units: Sequence[UnitRow], current: str | None) -> None:
    depth0 = min((u.level for u in units), default=0)
    for unit in units:
        combo.addItem("    " * (unit.level - depth0) + unit.full_name, unit.code)
    if current is not None:
        combo.setCurrentIndex(max(combo.findData(current), 0))


class ProposalDialog(FormDialog):
    """A proposal's header: unit, title, tờ trình number and date, the level that decides."""

    def __init__(
        self,
        units: Sequence[UnitRow],
        year: int,
        row: ProposalRow | None,
        parent: QWidget | None,
        campaigns: Sequence[tuple[str, str]] = (),
    ) -> None:
        super().__init__(
            self.tr("Sửa đề nghị khen thưởng") if row else self.tr("Thêm đề nghị khen thưởng"),
            parent,
        )
        self.year = year
        # The campaign the awards close (optional): its launching document is cited.
        self.campaign = QComboBox()
        self.campaign.addItem(self.tr("(khen thưởng năm, không theo phong trào)"), None)
        for code, title in campaigns:
            self.campaign.addItem(f"{code} — {title}", code)
        current = row.campaign_code if row else None
        if current and self.campaign.findData(current) < 0:
            self.campaign.addItem(row.campaign_title or current if row else current, current)
        self.campaign.setCurrentIndex(max(self.campaign.findData(current), 0))
        self.unit = QComboBox()
        # Hamlets propose nothing: a commune's UBND proposes for them.
        _fill_units(self.unit, [u for u in units if u.level <= 3], row.unit_code if row else None)
        self.unit.setEnabled(row is None or row.lines == 0)
        self.title_edit = QPlainTextEdit(
            row.title
            if row
            else self.tr("Đề nghị tặng danh hiệu thi đua năm {year}").format(year=year)
        )
        self.title_edit.setFixedHeight(60)
        self.number = QLineEdit(row.number if row else "")
        self.number.setPlaceholderText(self.tr("ví dụ 38/TTr-UBND"))
        default_day = dt.date(year, 12, 1)
        self.day = date_edit(row.proposal_date if row else default_day)
        self.to_level = QComboBox()
        self.to_level.addItem(self.tr("Cấp của đơn vị đề nghị"), None)
        for level in DecidingLevel:
            self.to_level.addItem(domain_labels.capitalised(level.label), level.value)
        if row is not None and row.to_level is not row.own_level:
            self.to_level.setCurrentIndex(self.to_level.findData(row.to_level.value))
        self.note = QLineEdit(row.note if row else "")
        self.form.addRow(self.tr("Đơn vị đề nghị:"), self.unit)
        self.form.addRow(self.tr("Trích yếu:"), self.title_edit)
        self.form.addRow(self.tr("Phong trào:"), self.campaign)
        self.form.addRow(self.tr("Số tờ trình:"), self.number)
        self.form.addRow(self.tr("Ngày tờ trình:"), self.day)
        self.form.addRow(self.tr("Trình cấp quyết định:"), self.to_level)
        self.form.addRow(self.tr("Ghi chú:"), self.note)

    def validate(self) -> None:
        if not self.title_edit.toPlainText().strip():
            raise InvalidInput(self.tr("Hãy nhập trích yếu của đề nghị."))
        if self.unit.currentData() is None:
            raise InvalidInput(self.tr("Hãy chọn đơn vị đề nghị."))

    def entry(self) -> ProposalEntry:
        level = self.to_level.currentData()
        return ProposalEntry(
            unit_code=str(self.unit.currentData()),
            year=self.year,
            title=self.title_edit.toPlainText(),
            proposal_date=_day(self.day),
            to_level=DecidingLevel(level) if level else None,
            campaign_code=self.campaign.currentData(),
            number=self.number.text(),
            note=self.note.text(),
        )


class RecipientDialog(FormDialog):
    """A new recipient: a person (name, gender, year of birth, position, workplace, category),
    a household, or a collective (the unit itself, or an organisation in it); with `row`, that
    recipient corrected (its kind stays). Its class for the annual statistics (a leader's
    level, doanh nhân; a doanh nghiệp, hợp tác xã) is chosen with the kind's own choices."""

    def __init__(
        self,
        units: Sequence[UnitRow],
        unit_code: str,
        parent: QWidget | None,
        row: RecipientRow | None = None,
    ) -> None:
        super().__init__(
            self.tr("Sửa đối tượng khen thưởng") if row else self.tr("Thêm đối tượng khen thưởng"),
            parent,
        )
        self.row = row
        self.kind = QComboBox()
        for kind in RecipientType:
            self.kind.addItem(domain_labels.capitalised(kind.label), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(RecipientType.INDIVIDUAL.value))
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.gender = QComboBox()
        for gender in Gender:
            self.gender.addItem(domain_labels.label(gender.label), gender.value)
        self.birth_year = QSpinBox()
        self.birth_year.setRange(1899, dt.date.today().year)
        self.birth_year.setSpecialValueText(self.tr("không ghi"))
        self.birth_year.setValue(1899)
        self.position = QLineEdit()
        self.position.setPlaceholderText(self.tr("ví dụ Chuyên viên Phòng Nội vụ"))
        self.unit = QComboBox()
        _fill_units(self.unit, units, unit_code)
        self.category = QComboBox()
        for category in Category:
            self.category.addItem(domain_labels.capitalised(category.label), category.value)
        self.category.setCurrentIndex(self.category.findData(Category.CIVIL_SERVANT.value))
        self.stat_class = QComboBox()
        self.stat_class.setToolTip(
            self.tr(
                "Để lập biểu thống kê khen thưởng hằng năm (biểu 0602, 0603): lãnh đạo các cấp, "
                "doanh nhân; doanh nghiệp, hợp tác xã"
            )
        )
        self.name_label = QLabel()
        self.form.addRow(self.tr("Loại đối tượng:"), self.kind)
        self.form.addRow(self.name_label, self.name)
        self.form.addRow(self.tr("Giới tính:"), self.gender)
        self.form.addRow(self.tr("Năm sinh:"), self.birth_year)
        self.form.addRow(self.tr("Chức vụ:"), self.position)
        self.form.addRow(self.tr("Đơn vị công tác:"), self.unit)
        self.form.addRow(self.tr("Thuộc nhóm:"), self.category)
        self.form.addRow(self.tr("Phân loại thống kê:"), self.stat_class)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        if row is not None:
            self._fill(row, unit_code)

    def _fill(self, row: RecipientRow, unit_code: str) -> None:
        self.kind.setCurrentIndex(self.kind.findData(row.kind.value))
        self.kind.setEnabled(False)
        self.name.setText("" if row.is_unit else row.name)
        if row.gender is not None:
            self.gender.setCurrentIndex(self.gender.findData(row.gender.value))
        if row.birth_year is not None:
            self.birth_year.setValue(row.birth_year)
        self.position.setText(row.position)
        self.unit.setCurrentIndex(max(self.unit.findData(row.unit_code or unit_code), 0))
        if row.category is not None:
            self.category.setCurrentIndex(self.category.findData(row.category.value))
        if row.stat_class is not None:
            self.stat_class.setCurrentIndex(self.stat_class.findData(row.stat_class.value))

    def current_kind(self) -> RecipientType:
        return RecipientType(self.kind.currentData())

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        person = kind is RecipientType.INDIVIDUAL
        for widget in (self.gender, self.birth_year, self.position, self.category):
            widget.setEnabled(person)
        self.gender.setEnabled(kind is not RecipientType.COLLECTIVE)
        current = self.stat_class.currentData()
        self.stat_class.clear()
        self.stat_class.addItem(self.tr("(không thuộc nhóm nào)"), None)
        for choice in RecipientClass.of_kind(kind):
            self.stat_class.addItem(domain_labels.capitalised(choice.label), choice.value)
        self.stat_class.setCurrentIndex(max(self.stat_class.findData(current), 0))
        self.stat_class.setEnabled(self.stat_class.count() > 1)
        if kind is RecipientType.COLLECTIVE:
            self.name_label.setText(self.tr("Tên tổ chức:"))
            self.name.setPlaceholderText(self.tr("để trống: chính đơn vị đã chọn"))
        elif kind is RecipientType.HOUSEHOLD:
            self.name_label.setText(self.tr("Tên hộ:"))
            self.name.setPlaceholderText(self.tr("ví dụ Hộ ông Lê Văn Bảy"))
        else:
            self.name_label.setText(self.tr("Họ và tên:"))
            self.name.setPlaceholderText("")

    def validate(self) -> None:
        if self.current_kind() is not RecipientType.COLLECTIVE and not self.name.text().strip():
            raise InvalidInput(self.tr("Hãy nhập họ và tên."))

    def entry(self) -> RecipientEntry:
        kind = self.current_kind()
        person = kind is RecipientType.INDIVIDUAL
        birth = self.birth_year.value()
        return RecipientEntry(
            kind=kind,
            unit_code=str(self.unit.currentData()),
            name=self.name.text(),
            gender=Gender(self.gender.currentData())
            if kind is not RecipientType.COLLECTIVE
            else None,
            birth_year=birth if person and birth != self.birth_year.minimum() else None,
            position=self.position.text() if person else "",
            category=Category(self.category.currentData()) if person else None,
            stat_class=RecipientClass(chosen)
            if (chosen := self.stat_class.currentData())
            else None,
        )


@dataclass(frozen=True)
class SubmitInput:
    day: dt.date
    number: str


class SubmitDialog(FormDialog):
    def __init__(self, row: ProposalRow, parent: QWidget | None) -> None:
        super().__init__(self.tr("Trình đề nghị khen thưởng"), parent)
        self.day = date_edit(max(row.proposal_date, dt.date(row.year, 12, 1)))
        self.number = QLineEdit(row.number)
        self.number.setPlaceholderText(self.tr("ví dụ 38/TTr-UBND"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Trình"))
        self.form.addRow(self.tr("Ngày trình:"), self.day)
        self.form.addRow(self.tr("Số tờ trình:"), self.number)

    def value(self) -> SubmitInput:
        return SubmitInput(_day(self.day), self.number.text())


@dataclass(frozen=True)
class ReturnInput:
    day: dt.date
    reason: str


class ReturnDialog(FormDialog):
    """Trả lại: the reason is required; the dialog refuses an empty one."""

    def __init__(self, row: ProposalRow, parent: QWidget | None) -> None:
        super().__init__(self.tr("Trả lại đề nghị khen thưởng"), parent)
        self.day = date_edit(row.review_date or row.submitted_on or row.proposal_date)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("ví dụ Thiếu biên bản họp bình xét của đơn vị"))
        self.reason.setFixedHeight(90)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Trả lại"))
        self.form.addRow(self.tr("Ngày trả lại:"), self.day)
        self.form.addRow(self.tr("Lý do (bắt buộc):"), self.reason)

    def validate(self) -> None:
        if not self.reason.toPlainText().strip():
            raise InvalidInput(self.tr("Hãy nêu lý do trả lại đề nghị (bắt buộc)."))

    def value(self) -> ReturnInput:
        return ReturnInput(_day(self.day), self.reason.toPlainText())


class ReviewDialog(FormDialog):
    """Hội đồng TĐKT xét: meeting date, members, present, and agreeing votes for each line
    whose award needs a secret ballot."""

    def __init__(self, detail: ProposalDetail, parent: QWidget | None) -> None:
        super().__init__(self.tr("Ghi kết quả xét của Hội đồng Thi đua - Khen thưởng"), parent)
        row = detail.proposal
        self.day = date_edit(row.review_date or row.submitted_on or row.proposal_date)
        self.members = QSpinBox()
        self.members.setRange(1, 200)
        self.members.setValue(row.council_members or 9)
        self.present = QSpinBox()
        self.present.setRange(1, 200)
        self.present.setValue(row.members_present or self.members.value())
        self.form.addRow(self.tr("Ngày họp:"), self.day)
        self.form.addRow(self.tr("Số thành viên Hội đồng:"), self.members)
        self.form.addRow(self.tr("Số thành viên có mặt:"), self.present)
        self.votes: dict[int, QSpinBox] = {}
        ballot = [line for line in detail.lines if line.needs_ballot]
        if ballot:
            self.form.addRow(QLabel(self.tr("Số phiếu đồng ý (bỏ phiếu kín):")))
        else:
            self.form.addRow(QLabel(self.tr("Không dòng nào cần bỏ phiếu kín.")))
        for line in ballot:
            spin = QSpinBox()
            spin.setRange(0, 200)
            spin.setValue(line.votes_agree if line.votes_agree is not None else 0)
            self.votes[line.id] = spin
            self.form.addRow(
                self.tr("{n}. {name} — {award}:").format(
                    n=line.position, name=line.recipient.name, award=award_text(line.award_name)
                ),
                spin,
            )

    def validate(self) -> None:
        if self.present.value() > self.members.value():
            raise InvalidInput(
                self.tr("Số thành viên có mặt không được lớn hơn số thành viên Hội đồng.")
            )
        for spin in self.votes.values():
            if spin.value() > self.present.value():
                raise InvalidInput(
                    self.tr("Số phiếu đồng ý không được lớn hơn số thành viên có mặt.")
                )

    def value(self) -> ReviewEntry:
        return ReviewEntry(
            day=_day(self.day),
            members=self.members.value(),
            present=self.present.value(),
            votes={line_id: spin.value() for line_id, spin in self.votes.items()},
        )


class DecisionDialog(FormDialog):
    """Quyết định: number, date, signer; which of the undecided lines it covers."""

    def __init__(self, detail: ProposalDetail, parent: QWidget | None) -> None:
        super().__init__(self.tr("Ghi quyết định khen thưởng"), parent)
        row = detail.proposal
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("ví dụ 125/QĐ-UBND"))
        self.day = date_edit(row.review_date or row.submitted_on or row.proposal_date)
        self.signer = QLineEdit()
        self.signer.setMaxLength(120)
        self.position = QLineEdit(self.tr("Chủ tịch"))
        self.position.setMaxLength(120)
        self.form.addRow(self.tr("Số quyết định:"), self.number)
        self.form.addRow(self.tr("Ngày quyết định:"), self.day)
        self.form.addRow(self.tr("Người ký:"), self.signer)
        self.form.addRow(self.tr("Chức vụ người ký:"), self.position)
        self.form.addRow(QLabel(self.tr("Các dòng được khen thưởng trong quyết định này:")))
        self.lines: dict[int, QCheckBox] = {}
        for line in detail.lines:
            if line.decided:
                continue
            box = QCheckBox(
                self.tr("{n}. {name} — {award}").format(
                    n=line.position, name=line.recipient.name, award=award_text(line.award_name)
                )
            )
            box.setChecked(not line.ballot_failed)
            if line.ballot_failed:  # a failed secret ballot cannot be decided
                box.setEnabled(False)
                box.setToolTip(
                    self.tr("Không khen thưởng được: {why}.").format(why=line.ballot_failed)
                )
            self.lines[line.id] = box
            self.form.addRow(box)

    def validate(self) -> None:
        if not self.number.text().strip():
            raise InvalidInput(self.tr("Hãy nhập số quyết định."))
        if not self.signer.text().strip():
            raise InvalidInput(self.tr("Hãy nhập họ tên người ký quyết định."))
        if not any(box.isChecked() for box in self.lines.values()):
            raise InvalidInput(self.tr("Hãy chọn ít nhất một dòng được khen thưởng."))

    def value(self) -> DecisionEntry:
        chosen = tuple(line_id for line_id, box in self.lines.items() if box.isChecked())
        return DecisionEntry(
            number=self.number.text(),
            day=_day(self.day),
            signer_name=self.signer.text(),
            signer_position=self.position.text(),
            line_ids=None if len(chosen) == len(self.lines) else chosen,
        )


class RecordedDialog(FormDialog):
    """A draft's list was decided elsewhere: its quyết định (number, date, who issued it; the
    signer if known), recorded for every line without trình, Hội đồng or ballot."""

    def __init__(self, detail: ProposalDetail, parent: QWidget | None) -> None:
        super().__init__(self.tr("Ghi quyết định đã ban hành"), parent)
        row = detail.proposal
        explain = QLabel(
            self.tr(
                "Dùng khi danh sách này đã được khen thưởng theo một quyết định ban hành ở nơi "
                "khác hoặc trước khi dùng phần mềm: quyết định được ghi cho cả {n} dòng, không qua "
                "trình, Hội đồng, bỏ phiếu. Danh mục khen thưởng áp dụng theo ngày quyết định."
            ).format(n=len(detail.lines))
        )
        explain.setWordWrap(True)
        self.form.addRow(explain)
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("ví dụ 125/QĐ-UBND"))
        self.day = date_edit(min(row.proposal_date, dt.date.today()))
        self.issuer = QLineEdit()
        self.issuer.setMaxLength(200)
        self.issuer.setPlaceholderText(self.tr("để trống: Chủ tịch UBND của cấp quyết định"))
        self.signer = QLineEdit()
        self.signer.setMaxLength(120)
        self.position = QLineEdit()
        self.position.setMaxLength(120)
        self.form.addRow(self.tr("Số quyết định:"), self.number)
        self.form.addRow(self.tr("Ngày quyết định:"), self.day)
        self.form.addRow(self.tr("Cơ quan, người quyết định:"), self.issuer)
        self.form.addRow(self.tr("Người ký (nếu biết):"), self.signer)
        self.form.addRow(self.tr("Chức vụ người ký:"), self.position)

    def validate(self) -> None:
        if not self.number.text().strip():
            raise InvalidInput(self.tr("Hãy nhập số quyết định."))

    def value(self) -> DecisionEntry:
        return DecisionEntry(
            number=self.number.text(),
            day=_day(self.day),
            signer_name=self.signer.text(),
            signer_position=self.position.text(),
            issuer=self.issuer.text(),
        )


class RegistrationDialog(FormDialog):
    """Đăng ký thi đua of one recipient: the year, the title (those its kind can hold that
    year), the day it registered."""

    def __init__(
        self,
        recipient: RecipientRow,
        titles: Sequence[tuple[str, str]],
        year: int,
        parent: QWidget | None,
    ) -> None:
        super().__init__(self.tr("Đăng ký thi đua"), parent)
        who = QLabel(f"<b>{escape(recipient.name)}</b> — {escape(recipient.kind.label)}")
        self.form.addRow(who)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.award = QComboBox()
        for code, name in titles:
            self.award.addItem(name, code)
        today = dt.date.today()
        self.day = date_edit(today if today.year == year else dt.date(year, 1, 10))
        self.note = QLineEdit()
        self.note.setMaxLength(500)
        self.form.addRow(self.tr("Năm thi đua:"), self.year)
        self.form.addRow(self.tr("Danh hiệu đăng ký:"), self.award)
        self.form.addRow(self.tr("Ngày đăng ký:"), self.day)
        self.form.addRow(self.tr("Ghi chú:"), self.note)

    def validate(self) -> None:
        if self.award.currentData() is None:
            raise InvalidInput(self.tr("Chưa có danh hiệu nào để đăng ký."))

    def value(self) -> tuple[int, str, dt.date, str]:
        return self.year.value(), str(self.award.currentData()), _day(self.day), self.note.text()


class AwardedDialog(FormDialog):
    def __init__(self, detail: ProposalDetail, parent: QWidget | None) -> None:
        super().__init__(self.tr("Ghi đã trao khen thưởng"), parent)
        latest = max((d.day for d in detail.decisions), default=detail.proposal.proposal_date)
        self.day = date_edit(latest)
        self.form.addRow(self.tr("Ngày trao:"), self.day)

    def value(self) -> dt.date:
        return _day(self.day)
