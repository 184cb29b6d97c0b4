"""Khen thưởng › Sổ sáng kiến: the year's recognised initiatives and their authors (what the
Chiến sĩ thi đua titles need), added, corrected and removed through a dialog that finds the
authors among the award recipients; and the dialog of a recipient's pending cases
(kỷ luật, thanh tra, khiếu nại) that hold their awards."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain.awards.initiatives import CaseKind, InitiativeLevel
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.gui.awards.dialogs import FormDialog, _fill_units
from thidua_desktop.gui.awards.model import selected, table
from thidua_desktop.gui.common import domain_labels, errors
from thidua_desktop.gui.common.fields import date_edit, date_of
from thidua_desktop.gui.common.table_model import Column, RowTableModel
from thidua_desktop.services.awards.cases import CaseRow
from thidua_desktop.services.awards.initiatives import InitiativeEntry, InitiativeRow
from thidua_desktop.services.awards.rows import RecipientRow

if TYPE_CHECKING:
    from thidua_desktop.gui.awards.page import AwardsPage
    from thidua_desktop.gui.common.background import Background
    from thidua_desktop.services.core.rows import UnitRow
    from thidua_desktop.store.engine import Database

INITIATIVE_COLUMNS: list[Column[InitiativeRow]] = [
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Sáng kiến"), lambda r: r.title),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Tác giả"), lambda r: r.author_names),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Phạm vi"),
        lambda r: domain_labels.capitalised(r.level.label),
    ),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Hội đồng sáng kiến"), lambda r: r.unit_name),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Văn bản công nhận"),
        lambda r: " ".join(
            part
            for part in (
                r.document_number,
                r.document_date.strftime("%d/%m/%Y") if r.document_date else "",
            )
            if part
        ),
    ),
]
CASE_COLUMNS: list[Column[CaseRow]] = [
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Việc"),
        lambda r: domain_labels.capitalised(r.case.kind.label),
    ),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Từ ngày"), lambda r: f"{r.case.opened_on:%d/%m/%Y}"),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Kết thúc"),
        lambda r: f"{r.case.closed_on:%d/%m/%Y}" if r.case.closed_on else "—",
    ),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Ghi chú"), lambda r: r.case.note),
]


def _chosen(view: QTableView) -> Any:
    """The row under the selection (none once the selection is cleared)."""
    return selected(view) if view.selectionModel().hasSelection() else None


def _date_edit(day: dt.date | None) -> QDateEdit:
    return date_edit(day or dt.date.today())


def _day(edit: QDateEdit) -> dt.date:
    value = date_of(edit)
    assert value is not None
    return value


class InitiativeDialog(FormDialog):
    """One initiative: title, field, reach, the recognising council and document, authors
    (found by name among the recipients of the office's scope)."""

    def __init__(
        self,
        parent: QWidget | None,
        units: list[UnitRow],
        office_code: str,
        year: int,
        db: Database,
        background: Background,
        row: InitiativeRow | None = None,
    ) -> None:
        super().__init__(
            self.tr("Sửa sáng kiến") if row else self.tr("Ghi sáng kiến được công nhận"), parent
        )
        self.db, self.background = db, background
        self.setMinimumWidth(700)
        self.title = QLineEdit(row.title if row else "")
        self.title.setMaxLength(500)
        self.field = QLineEdit(row.field if row else "")
        self.field.setPlaceholderText(self.tr("ví dụ Cải cách hành chính"))
        self.year = QSpinBox()
        self.year.setRange(2000, dt.date.today().year + 1)
        self.year.setValue(row.year if row else year)
        self.level = QComboBox()
        for level in InitiativeLevel:
            self.level.addItem(domain_labels.capitalised(level.label), level.code)
        if row is not None:
            self.level.setCurrentIndex(self.level.findData(row.level.code))
        self.unit = QComboBox()
        _fill_units(self.unit, units, None)
        wanted = row.unit_code if row else office_code
        # A code reused after 01/07/2025 names two units: the newest is the one meant.
        matches = [i for i in range(self.unit.count()) if self.unit.itemData(i) == wanted]
        if matches:
            self.unit.setCurrentIndex(matches[-1])
        self.number = QLineEdit(row.document_number if row else "")
        self.number.setPlaceholderText(self.tr("ví dụ 05/QĐ-HĐSK"))
        self.has_date = row is None or row.document_date is not None
        self.date = _date_edit(row.document_date if row else dt.date(year, 12, 1))
        self.authors = QListWidget()
        self.authors.setMaximumHeight(90)
        for person in row.authors if row else ():
            self._add_author(person)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm tác giả theo tên (không cần dấu)…"))
        self.search_button = QPushButton(self.tr("Tìm"))
        self.found = QListWidget()
        self.found.setMaximumHeight(90)
        self.add_author_button = QPushButton(self.tr("Thêm tác giả"))
        self.remove_author_button = QPushButton(self.tr("Bỏ tác giả"))
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.search_button)
        author_buttons = QHBoxLayout()
        author_buttons.addWidget(self.add_author_button)
        author_buttons.addWidget(self.remove_author_button)
        author_buttons.addStretch(1)
        self.form.addRow(self.tr("Tên sáng kiến:"), self.title)
        self.form.addRow(self.tr("Lĩnh vực:"), self.field)
        self.form.addRow(self.tr("Năm công nhận:"), self.year)
        self.form.addRow(self.tr("Phạm vi ảnh hưởng:"), self.level)
        self.form.addRow(self.tr("Hội đồng sáng kiến của:"), self.unit)
        self.form.addRow(self.tr("Số văn bản công nhận:"), self.number)
        self.form.addRow(self.tr("Ngày văn bản:"), self.date)
        self.form.addRow(self.tr("Tác giả:"), self.authors)
        self.form.addRow(self.tr("Tìm tác giả:"), search_row)
        self.form.addRow("", self.found)
        self.form.addRow("", author_buttons)
        self.search.returnPressed.connect(self.run_search)
        self.search_button.clicked.connect(self.run_search)
        self.add_author_button.clicked.connect(self._add_found)
        self.found.itemDoubleClicked.connect(lambda _item: self._add_found())
        self.remove_author_button.clicked.connect(self._remove_author)

    found_signal = Signal()

    def run_search(self) -> None:
        db, text = self.db, self.search.text()

        def work(_progress: object) -> list[RecipientRow]:
            from thidua_desktop.domain.awards.types import RecipientType
            from thidua_desktop.services.awards.recipients import search_recipients

            return search_recipients(db, text=text, kind=RecipientType.INDIVIDUAL)

        self.background.run(work, on_success=self._show_found, on_failure=self._failed)

    def _show_found(self, rows: list[RecipientRow]) -> None:
        self.found.clear()
        for person in rows:
            item = QListWidgetItem(f"{person.name} — {person.workplace or person.unit_name}")
            item.setData(256, person)
            self.found.addItem(item)
        if rows:
            self.found.setCurrentRow(0)
        self.found_signal.emit()

    def _failed(self, exc: BaseException) -> None:
        errors.report(self, exc)

    def _add_author(self, person: RecipientRow) -> None:
        if person.id in self.author_ids():
            return
        item = QListWidgetItem(f"{person.name} — {person.workplace or person.unit_name}")
        item.setData(256, person.id)
        self.authors.addItem(item)

    def _add_found(self) -> None:
        item = self.found.currentItem()
        if item is not None:
            self._add_author(item.data(256))

    def _remove_author(self) -> None:
        row = self.authors.currentRow()
        if row >= 0:
            self.authors.takeItem(row)

    def author_ids(self) -> tuple[int, ...]:
        return tuple(int(self.authors.item(i).data(256)) for i in range(self.authors.count()))

    def validate(self) -> None:
        if not self.title.text().strip():
            raise InvalidInput(self.tr("Hãy nhập tên sáng kiến."))
        if not self.author_ids():
            raise InvalidInput(self.tr("Hãy tìm và thêm tác giả của sáng kiến."))

    def entry(self) -> InitiativeEntry:
        return InitiativeEntry(
            year=self.year.value(),
            title=self.title.text(),
            level=InitiativeLevel.from_code(str(self.level.currentData())),
            unit_code=str(self.unit.currentData() or ""),
            author_ids=self.author_ids(),
            field=self.field.text(),
            document_number=self.number.text(),
            document_date=_day(self.date),
        )


class InitiativesTab(QWidget):
    """The sổ sáng kiến of the working year."""

    loaded = Signal()

    def __init__(self, page: AwardsPage) -> None:
        super().__init__(page)
        self.page = page
        self._year: int | None = None
        self._message = ""  # what the last action did, shown once the book is read again
        # Tests answer the dialog here (`exec` is modal).
        self.run_dialog = lambda dialog: dialog.exec() == QDialog.DialogCode.Accepted
        self.confirm = lambda text: (
            QMessageBox.question(self, self.tr("Xóa sáng kiến"), text)
            == QMessageBox.StandardButton.Yes
        )
        intro = QLabel(
            self.tr(
                "Sáng kiến, đề tài được Hội đồng sáng kiến công nhận, với tác giả: điều kiện của "
                "danh hiệu Chiến sĩ thi đua. Khi đơn vị đã ghi sổ sáng kiến của năm, đề nghị "
                "Chiến sĩ thi đua của người chưa có sáng kiến sẽ có cảnh báo."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        self.rows: RowTableModel[InitiativeRow] = RowTableModel(INITIATIVE_COLUMNS, self)
        self.view = table(self.rows, stretch=0)
        self.add_button = QPushButton(self.tr("Ghi sáng kiến…"))
        self.edit_button = QPushButton(self.tr("Sửa…"))
        self.delete_button = QPushButton(self.tr("Xóa"))
        self.status = QLabel()
        self.status.setObjectName("muted")
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        for button in (self.add_button, self.edit_button, self.delete_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.add_button.clicked.connect(lambda: self.edit(new=True))
        self.edit_button.clicked.connect(lambda: self.edit(new=False))
        self.delete_button.clicked.connect(self.delete)
        self.view.doubleClicked.connect(lambda _index: self.edit(new=False))
        self.view.selectionModel().selectionChanged.connect(self._enable)
        self._enable()

    def current(self) -> InitiativeRow | None:
        row: InitiativeRow | None = _chosen(self.view)
        return row

    def _enable(self) -> None:
        chosen = self.current() is not None
        self.add_button.setEnabled(self.page.main.db is not None)
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def invalidate(self) -> None:
        self._year = None
        if self.isVisible():
            self.year_shown(self.page.main.current_year)

    def year_shown(self, year: int) -> None:
        db = self.page.main.db
        if db is None or not self.isVisible() or self._year == year:
            return
        self._year = year

        def work(_progress: object) -> list[InitiativeRow]:
            from thidua_desktop.services.awards.initiatives import list_initiatives

            return list_initiatives(db, year)

        self.page.main.background.run(work, on_success=self._shown, on_failure=self._failed)

    def _shown(self, rows: list[InitiativeRow]) -> None:
        message, self._message = self._message, ""
        self.rows.set_rows(rows)
        self.status.setText(
            message
            or self.tr("Năm {year}: {count} sáng kiến.").format(
                year=self.page.main.current_year, count=len(rows)
            )
        )
        self._enable()
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self._year = None
        errors.report(self, exc)

    def edit(self, *, new: bool) -> None:
        db = self.page.main.db
        row = None if new else self.current()
        if db is None or (not new and row is None):
            return
        profile = self.page.main.profile
        dialog = InitiativeDialog(
            self,
            list(self.page.main.units),
            profile.office_code if profile else "",
            self.page.main.current_year,
            db,
            self.page.main.background,
            row,
        )
        self.last_dialog = dialog
        if not self.run_dialog(dialog):
            return
        entry, initiative_id = dialog.entry(), row.id if row else None

        def work(_progress: object) -> object:
            from thidua_desktop.services.awards.initiatives import save_initiative

            return save_initiative(db, entry, initiative_id=initiative_id)

        self._run(work, self.tr("Đã lưu sáng kiến."))

    def delete(self) -> None:
        db, row = self.page.main.db, self.current()
        if db is None or row is None:
            return
        if not self.confirm(self.tr("Xóa sáng kiến “{title}”?").format(title=row.title)):
            return
        initiative_id = row.id

        def work(_progress: object) -> None:
            from thidua_desktop.services.awards.initiatives import delete_initiative

            delete_initiative(db, initiative_id)

        self._run(work, self.tr("Đã xóa sáng kiến."))

    def _run(self, work: Any, message: str) -> None:
        """One service call; then the book is read again (its own load, as on opening the
        tab), and the proposals, whose warnings follow the book."""

        def done(_result: object) -> None:
            self._message = message
            self.invalidate()
            self.page.reload()

        self.page.main.background.run(work, on_success=done, on_failure=self._failed)


class CasesDialog(QDialog):
    """A recipient's pending cases: open one (awards held from its date), close it, remove
    one entered by mistake."""

    changed = Signal()

    def __init__(
        self, parent: QWidget | None, db: Database, background: Background, person: RecipientRow
    ) -> None:
        super().__init__(parent)
        self.db, self.background, self.person = db, background, person
        self.setWindowTitle(self.tr("Tạm dừng xét khen thưởng — {name}").format(name=person.name))
        self.setMinimumWidth(680)
        intro = QLabel(
            self.tr(
                "Trong thời gian đang bị xem xét kỷ luật, thanh tra, kiểm tra hoặc có đơn thư "
                "khiếu nại, tố cáo đang được xác minh, chưa xét khen thưởng (Nghị định "
                "152/2025/NĐ-CP): đề nghị có cảnh báo và quyết định không gồm dòng của đối tượng."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        self.rows: RowTableModel[CaseRow] = RowTableModel(CASE_COLUMNS, self)
        self.view = table(self.rows, stretch=3)
        self.kind = QComboBox()
        for kind in CaseKind:
            self.kind.addItem(domain_labels.capitalised(kind.label), kind.value)
        self.since = _date_edit(None)
        self.note = QLineEdit()
        self.note.setMaxLength(500)
        self.note.setPlaceholderText(self.tr("ví dụ số văn bản, nội dung"))
        self.open_button = QPushButton(self.tr("Ghi việc"))
        self.close_date = _date_edit(None)
        self.close_button = QPushButton(self.tr("Ghi đã kết thúc ngày"))
        self.delete_button = QPushButton(self.tr("Xóa (ghi nhầm)"))
        new_row = QHBoxLayout()
        new_row.addWidget(QLabel(self.tr("Việc mới:")))
        new_row.addWidget(self.kind, 1)
        new_row.addWidget(QLabel(self.tr("từ ngày")))
        new_row.addWidget(self.since)
        note_row = QHBoxLayout()
        note_row.addWidget(QLabel(self.tr("Ghi chú:")))
        note_row.addWidget(self.note, 1)
        note_row.addWidget(self.open_button)
        end_row = QHBoxLayout()
        end_row.addWidget(self.close_button)
        end_row.addWidget(self.close_date)
        end_row.addStretch(1)
        end_row.addWidget(self.delete_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addLayout(end_row)
        layout.addLayout(new_row)
        layout.addLayout(note_row)
        layout.addWidget(buttons)
        self.open_button.clicked.connect(self.open_case)
        self.close_button.clicked.connect(self.close_case)
        self.delete_button.clicked.connect(self.delete_case)
        self.view.selectionModel().selectionChanged.connect(self._enable)
        self._enable()

    def current(self) -> CaseRow | None:
        row: CaseRow | None = _chosen(self.view)
        return row

    def _enable(self) -> None:
        case = self.current()
        self.close_button.setEnabled(case is not None and case.open)
        self.delete_button.setEnabled(case is not None)

    def load(self) -> None:
        db, person_id = self.db, self.person.id

        def work(_progress: object) -> list[CaseRow]:
            from thidua_desktop.services.awards.cases import recipient_cases

            return recipient_cases(db, person_id)

        self.background.run(work, on_success=self._shown, on_failure=self._failed)

    def _shown(self, rows: list[CaseRow]) -> None:
        self.rows.set_rows(rows)
        self._enable()
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        errors.report(self, exc)

    def open_case(self) -> None:
        db, person_id = self.db, self.person.id
        kind, since, note = CaseKind(self.kind.currentData()), _day(self.since), self.note.text()

        def work(_progress: object) -> list[CaseRow]:
            from thidua_desktop.services.awards.cases import open_case

            return open_case(db, person_id, kind, since, note)

        self.background.run(work, on_success=self._shown, on_failure=self._failed)
        self.note.clear()

    def close_case(self) -> None:
        case = self.current()
        if case is None:
            return
        db, case_id, day = self.db, case.id, _day(self.close_date)

        def work(_progress: object) -> list[CaseRow]:
            from thidua_desktop.services.awards.cases import close_case

            return close_case(db, case_id, day)

        self.background.run(work, on_success=self._shown, on_failure=self._failed)

    def delete_case(self) -> None:
        case = self.current()
        if case is None:
            return
        db, case_id = self.db, case.id

        def work(_progress: object) -> list[CaseRow]:
            from thidua_desktop.services.awards.cases import delete_case

            return delete_case(db, case_id)

        self.background.run(work, on_success=self._shown, on_failure=self._failed)
