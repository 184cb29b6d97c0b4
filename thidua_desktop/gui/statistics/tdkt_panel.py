"""Cài đặt › Tổ chức, công chức làm công tác thi đua, khen thưởng: what biểu 0604 and 0605
count and the application does not otherwise know — the office's TĐKT bodies and the civil
servants doing the work, each with the years they were there. One service call per action."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain.awards.types import Gender
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.gui.awards.dialogs import FormDialog
from thidua_desktop.gui.common import domain_labels, errors
from thidua_desktop.gui.common.table_model import Column, RowTableModel
from thidua_desktop.services.statistics.tdkt import (
    BodyEntry,
    BodyKind,
    BodyRow,
    StaffEntry,
    StaffRow,
    TdktPeople,
    Training,
)

if TYPE_CHECKING:
    from thidua_desktop.gui.common.workspace_host import WorkspaceHost
    from thidua_desktop.store.engine import Database

NOT_ENDED = 0  # the "until" spin box's special value: still there


def _years(since: int, until: int | None) -> str:
    return f"{since} – {until}" if until else f"{since} – "


BODY_COLUMNS: list[Column[BodyRow]] = [
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Tổ chức"), lambda r: r.name),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Cấp (biểu 0604)"),
        lambda r: domain_labels.label(r.kind.label),
    ),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Các năm"), lambda r: _years(r.since_year, r.until_year)
    ),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Công chức"), lambda r: str(r.staff)),
]
STAFF_COLUMNS: list[Column[StaffRow]] = [
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Họ và tên"), lambda r: r.full_name),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Giới tính"),
        lambda r: domain_labels.label(r.gender.label),
    ),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Năm sinh"), lambda r: str(r.birth_year)),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Trình độ"),
        lambda r: domain_labels.label(r.training.label),
    ),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Làm TĐKT"), lambda r: _years(r.since_year, r.until_year)
    ),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Tổ chức"), lambda r: r.body_name),
]


def _table(model: RowTableModel[Any], stretch: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.setMinimumHeight(150)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def _year_box(low: int, high: int, value: int, *, open_ended: bool = False) -> QSpinBox:
    box = QSpinBox()
    box.setRange(NOT_ENDED if open_ended else low, high)
    if open_ended:
        box.setSpecialValueText(QCoreApplication.translate("TdktPanel", "đến nay"))
    box.setValue(value)
    return box


class BodyDialog(FormDialog):
    def __init__(self, parent: QWidget | None, row: BodyRow | None = None) -> None:
        super().__init__(
            self.tr("Sửa tổ chức") if row else self.tr("Thêm tổ chức làm công tác TĐKT"), parent
        )
        this_year = dt.date.today().year
        self.name = QLineEdit(row.name if row else "")
        self.name.setMaxLength(300)
        self.name.setPlaceholderText(self.tr("ví dụ Phòng Thi đua - Khen thưởng, Sở Nội vụ"))
        self.kind = QComboBox()
        for kind in BodyKind:
            self.kind.addItem(domain_labels.label(kind.label), kind.value)
        self.kind.setCurrentIndex(
            self.kind.findData((row.kind if row else BodyKind.HOME_AFFAIRS_SECTION).value)
        )
        self.since = _year_box(1945, this_year + 1, row.since_year if row else this_year)
        self.until = _year_box(
            1945,
            this_year + 1,
            (row.until_year or NOT_ENDED) if row else NOT_ENDED,
            open_ended=True,
        )
        self.note = QLineEdit(row.note if row else "")
        self.form.addRow(self.tr("Tên tổ chức:"), self.name)
        self.form.addRow(self.tr("Cấp (dòng của biểu 0604):"), self.kind)
        self.form.addRow(self.tr("Từ năm:"), self.since)
        self.form.addRow(self.tr("Đến năm:"), self.until)
        self.form.addRow(self.tr("Ghi chú:"), self.note)

    def validate(self) -> None:
        if not self.name.text().strip():
            raise InvalidInput(self.tr("Hãy nhập tên tổ chức."))
        _check_years(self.since.value(), self.until.value())

    def entry(self) -> BodyEntry:
        until = self.until.value()
        return BodyEntry(
            name=self.name.text(),
            kind=BodyKind(self.kind.currentData()),
            since_year=self.since.value(),
            until_year=until if until != NOT_ENDED else None,
            note=self.note.text(),
        )


def _check_years(since: int, until: int) -> None:
    """An end year before the start is refused in the dialog, which keeps what was typed."""
    if until != NOT_ENDED and until < since:
        raise InvalidInput(
            QCoreApplication.translate(
                "TdktPanel", "Năm kết thúc ({until}) không được trước năm bắt đầu ({since})."
            ).format(until=until, since=since)
        )


class StaffDialog(FormDialog):
    def __init__(
        self, parent: QWidget | None, bodies: list[BodyRow], row: StaffRow | None = None
    ) -> None:
        super().__init__(
            self.tr("Sửa công chức") if row else self.tr("Thêm công chức làm công tác TĐKT"),
            parent,
        )
        this_year = dt.date.today().year
        self.name = QLineEdit(row.full_name if row else "")
        self.name.setMaxLength(120)
        self.gender = QComboBox()
        for gender in Gender:
            self.gender.addItem(domain_labels.label(gender.label), gender.value)
        if row is not None:
            self.gender.setCurrentIndex(self.gender.findData(row.gender.value))
        self.birth_year = _year_box(this_year - 80, this_year - 16, row.birth_year if row else 1985)
        self.training = QComboBox()
        for training in Training:
            self.training.addItem(domain_labels.label(training.label), training.value)
        self.training.setCurrentIndex(
            self.training.findData((row.training if row else Training.DAI_HOC).value)
        )
        self.since = _year_box(1945, this_year + 1, row.since_year if row else this_year)
        self.until = _year_box(
            1945,
            this_year + 1,
            (row.until_year or NOT_ENDED) if row else NOT_ENDED,
            open_ended=True,
        )
        self.body = QComboBox()
        self.body.addItem(self.tr("(không ghi)"), None)
        for body in bodies:
            self.body.addItem(body.name, body.id)
        if row is not None and row.body_id is not None:
            self.body.setCurrentIndex(max(self.body.findData(row.body_id), 0))
        elif bodies:
            self.body.setCurrentIndex(1)
        self.note = QLineEdit(row.note if row else "")
        self.form.addRow(self.tr("Họ và tên:"), self.name)
        self.form.addRow(self.tr("Giới tính:"), self.gender)
        self.form.addRow(self.tr("Năm sinh:"), self.birth_year)
        self.form.addRow(self.tr("Trình độ đào tạo:"), self.training)
        self.form.addRow(self.tr("Làm công tác TĐKT từ năm:"), self.since)
        self.form.addRow(self.tr("Đến năm:"), self.until)
        self.form.addRow(self.tr("Thuộc tổ chức:"), self.body)
        self.form.addRow(self.tr("Ghi chú:"), self.note)

    def validate(self) -> None:
        if not self.name.text().strip():
            raise InvalidInput(self.tr("Hãy nhập họ và tên."))
        _check_years(self.since.value(), self.until.value())

    def entry(self) -> StaffEntry:
        until = self.until.value()
        return StaffEntry(
            full_name=self.name.text(),
            gender=Gender(self.gender.currentData()),
            birth_year=self.birth_year.value(),
            training=Training(self.training.currentData()),
            since_year=self.since.value(),
            until_year=until if until != NOT_ENDED else None,
            body_id=self.body.currentData(),
            note=self.note.text(),
        )


class TdktPanel(QGroupBox):
    changed = Signal()  # the lists were read again (after loading or an action)

    def __init__(self, host: WorkspaceHost, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Tổ chức, công chức làm công tác thi đua, khen thưởng"), parent)
        self.host = host
        # Tests answer the dialogs here (`exec` is modal).
        self.run_dialog = lambda dialog: dialog.exec() == FormDialog.DialogCode.Accepted
        self.confirm = lambda text: (
            QMessageBox.question(self, self.tr("Xóa"), text) == QMessageBox.StandardButton.Yes
        )
        intro = QLabel(
            self.tr(
                "Biểu thống kê 0604 và 0605 (Báo cáo › Biểu 0604, 0605) đếm các tổ chức và công "
                "chức có trong năm báo cáo: ghi năm bắt đầu và, khi đã thôi, năm kết thúc."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        self.bodies: RowTableModel[BodyRow] = RowTableModel(BODY_COLUMNS, self)
        self.staff: RowTableModel[StaffRow] = RowTableModel(STAFF_COLUMNS, self)
        self.body_view = _table(self.bodies, 0)
        self.staff_view = _table(self.staff, 0)
        self.add_body_button = QPushButton(self.tr("Thêm tổ chức…"))
        self.edit_body_button = QPushButton(self.tr("Sửa…"))
        self.delete_body_button = QPushButton(self.tr("Xóa"))
        self.add_staff_button = QPushButton(self.tr("Thêm công chức…"))
        self.edit_staff_button = QPushButton(self.tr("Sửa…"))
        self.delete_staff_button = QPushButton(self.tr("Xóa"))
        self.status = QLabel()
        self.status.setObjectName("muted")

        def column(view: QTableView, title: str, buttons: list[QPushButton]) -> QVBoxLayout:
            box = QVBoxLayout()
            heading = QLabel(title)
            heading.setObjectName("sectionTitle")
            box.addWidget(heading)
            box.addWidget(view, 1)
            row = QHBoxLayout()
            for button in buttons:
                row.addWidget(button)
            row.addStretch(1)
            box.addLayout(row)
            return box

        lists = QVBoxLayout()
        lists.addLayout(
            column(
                self.body_view,
                self.tr("Tổ chức (biểu 0604)"),
                [self.add_body_button, self.edit_body_button, self.delete_body_button],
            ),
            1,
        )
        lists.addLayout(
            column(
                self.staff_view,
                self.tr("Công chức (biểu 0605)"),
                [self.add_staff_button, self.edit_staff_button, self.delete_staff_button],
            ),
            2,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(lists)
        layout.addWidget(self.status)
        self.add_body_button.clicked.connect(lambda: self.edit_body(new=True))
        self.edit_body_button.clicked.connect(lambda: self.edit_body(new=False))
        self.delete_body_button.clicked.connect(self.delete_body)
        self.add_staff_button.clicked.connect(lambda: self.edit_staff(new=True))
        self.edit_staff_button.clicked.connect(lambda: self.edit_staff(new=False))
        self.delete_staff_button.clicked.connect(self.delete_staff)
        self.body_view.doubleClicked.connect(lambda _index: self.edit_body(new=False))
        self.staff_view.doubleClicked.connect(lambda _index: self.edit_staff(new=False))
        for view in (self.body_view, self.staff_view):
            view.selectionModel().selectionChanged.connect(self._enable)
        self._enable()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    # -- reading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        self._run(lambda db: _people(db), "")

    def _shown(self, people: TdktPeople, message: str) -> None:
        self.bodies.set_rows(list(people.bodies))
        self.staff.set_rows(list(people.staff))
        self.status.setText(message)
        self._enable()
        self.changed.emit()

    def _enable(self) -> None:
        ready = self.host.db is not None
        for button in (self.add_body_button, self.add_staff_button):
            button.setEnabled(ready)
        body, person = self.current_body(), self.current_staff()
        self.edit_body_button.setEnabled(ready and body is not None)
        self.delete_body_button.setEnabled(ready and body is not None)
        self.edit_staff_button.setEnabled(ready and person is not None)
        self.delete_staff_button.setEnabled(ready and person is not None)

    def current_body(self) -> BodyRow | None:
        return _current(self.body_view, self.bodies)

    def current_staff(self) -> StaffRow | None:
        return _current(self.staff_view, self.staff)

    # -- actions ---------------------------------------------------------------------------
    def edit_body(self, *, new: bool) -> None:
        row = None if new else self.current_body()
        if not new and row is None:
            return
        dialog = BodyDialog(self, row)
        if not self.run_dialog(dialog):
            return
        entry, body_id = dialog.entry(), row.id if row else None

        def work(db: Database) -> TdktPeople:
            from thidua_desktop.services.statistics.tdkt import save_body

            return save_body(db, entry, body_id=body_id)

        self._run(work, self.tr("Đã lưu tổ chức."))

    def delete_body(self) -> None:
        row = self.current_body()
        if row is None or not self.confirm(
            self.tr("Xóa tổ chức “{name}”? Công chức của tổ chức này vẫn được giữ.").format(
                name=row.name
            )
        ):
            return
        body_id = row.id

        def work(db: Database) -> TdktPeople:
            from thidua_desktop.services.statistics.tdkt import delete_body

            return delete_body(db, body_id)

        self._run(work, self.tr("Đã xóa tổ chức."))

    def edit_staff(self, *, new: bool) -> None:
        row = None if new else self.current_staff()
        if not new and row is None:
            return
        dialog = StaffDialog(self, list(self.bodies.rows), row)
        if not self.run_dialog(dialog):
            return
        entry, staff_id = dialog.entry(), row.id if row else None

        def work(db: Database) -> TdktPeople:
            from thidua_desktop.services.statistics.tdkt import save_staff

            return save_staff(db, entry, staff_id=staff_id)

        self._run(work, self.tr("Đã lưu công chức."))

    def delete_staff(self) -> None:
        row = self.current_staff()
        if row is None or not self.confirm(
            self.tr("Xóa “{name}” khỏi danh sách công chức làm công tác TĐKT?").format(
                name=row.full_name
            )
        ):
            return
        staff_id = row.id

        def work(db: Database) -> TdktPeople:
            from thidua_desktop.services.statistics.tdkt import delete_staff

            return delete_staff(db, staff_id)

        self._run(work, self.tr("Đã xóa công chức."))

    def _run(self, work: Any, message: str) -> None:
        db = self.host.db
        if db is None:
            return
        self.host.background.run(
            lambda _progress: work(db),
            on_success=lambda people: self._shown(people, message),
            on_failure=lambda exc: errors.report(self, exc),
        )


def _people(db: Database) -> TdktPeople:
    from thidua_desktop.services.statistics.tdkt import tdkt_people

    return tdkt_people(db)


def _current(view: QTableView, model: RowTableModel[Any]) -> Any:
    index = view.currentIndex()
    if not index.isValid() or not view.selectionModel().hasSelection():
        return None
    return model.rows[index.row()]
