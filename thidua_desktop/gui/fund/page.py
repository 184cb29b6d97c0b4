"""Quỹ thi đua, khen thưởng: the office's fund book of the working year — each receipt and
payment with the balance after it, the opening and closing balances — and the dialogs that add,
correct and remove a line (a payment perhaps of a decision's tiền thưởng) or set the year's
opening balance. A change that would take the fund below zero is asked about first."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain.fund import EntryKind
from thidua_desktop.domain.numbers import format_number
from thidua_desktop.gui.awards.model import date_text, select_where, selected, table
from thidua_desktop.gui.common import errors
from thidua_desktop.gui.common.messages import say
from thidua_desktop.gui.common.rich_text import escape
from thidua_desktop.gui.common.table_model import Column, RowTableModel
from thidua_desktop.gui.fund.dialogs import EntryDialog, OpeningDialog
from thidua_desktop.services.fund.rows import DecisionChoice, EntryRow, Ledger

if TYPE_CHECKING:
    from thidua_desktop.gui.common.background import WorkerProgress
    from thidua_desktop.gui.common.workspace_host import WorkspaceHost
    from thidua_desktop.store.engine import Database

NEGATIVE = QColor("#b00020")


def _money(amount: int) -> str:
    return format_number(amount)


KIND_LABELS = {
    EntryKind.RECEIPT: QT_TRANSLATE_NOOP("FundPage", "Thu"),
    EntryKind.PAYMENT: QT_TRANSLATE_NOOP("FundPage", "Chi"),
}


def _kind(row: EntryRow) -> str:
    return QCoreApplication.translate("FundPage", KIND_LABELS[row.kind])


def _order(row: EntryRow) -> str:
    """The book's order (date, then as written): the running balance reads down the table."""
    return f"{row.day.isoformat()}#{row.id:012d}"


CATEGORY_COLUMN, CONTENT_COLUMN = 2, 3


ENTRY_COLUMNS: list[Column[EntryRow]] = [
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Ngày"),
        lambda r: date_text(r.day),
        sort=lambda r: _order(r),
        tooltip=_kind,
    ),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Số chứng từ"), lambda r: r.number),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Mục"),
        lambda r: r.category_name,
        tooltip=lambda r: r.category_name,
    ),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Nội dung"),
        lambda r: r.description,
        tooltip=lambda r: r.description,
    ),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Quyết định"), lambda r: r.decision_number),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Thu (đồng)"),
        lambda r: _money(r.amount) if r.kind is EntryKind.RECEIPT else "",
        sort=lambda r: r.amount if r.kind is EntryKind.RECEIPT else -1,
        right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Chi (đồng)"),
        lambda r: _money(r.amount) if r.kind is EntryKind.PAYMENT else "",
        sort=lambda r: r.amount if r.kind is EntryKind.PAYMENT else -1,
        right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Tồn quỹ (đồng)"),
        lambda r: _money(r.balance),
        sort=lambda r: _order(r),
        right=True,
        background=lambda r: QColor("#fde7e9") if r.balance < 0 else None,
    ),
]


class FundPage(QWidget):
    loaded = Signal()  # the year's book is on screen
    changed = Signal()  # a change was saved
    failed = Signal()  # a change was refused (its message was shown)

    def __init__(self, main: WorkspaceHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main = main
        self.ledger: Ledger | None = None
        self.decisions: list[DecisionChoice] = []
        self._busy = False
        # Tests replace these (dialogs are modal).
        self.run_dialog = lambda dialog: dialog.exec() == QDialog.DialogCode.Accepted
        self.confirm = lambda title, text: (
            QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes
        )

        title = QLabel(self.tr("Quỹ thi đua, khen thưởng"))
        title.setObjectName("pageTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("muted")
        self.receipt_button = QPushButton(self.tr("Thêm khoản thu…"))
        self.payment_button = QPushButton(self.tr("Thêm khoản chi…"))
        self.payment_button.setToolTip(
            self.tr("Một khoản chi, có thể chi tiền thưởng của một quyết định khen thưởng")
        )
        self.edit_button = QPushButton(self.tr("Sửa…"))
        self.delete_button = QPushButton(self.tr("Xóa…"))
        self.opening_button = QPushButton(self.tr("Số dư đầu năm…"))
        self.opening_button.setToolTip(
            self.tr(
                "Đặt số dư đầu năm cho năm mở sổ hoặc sau quyết toán; để trống thì lấy số dư "
                "cuối năm trước"
            )
        )
        self.categories_button = QPushButton(self.tr("Mục thu, chi…"))
        self.categories_button.setToolTip(
            self.tr("Thêm, đổi tên hoặc thôi dùng các mục thu, chi của sổ quỹ")
        )
        bar = QHBoxLayout()
        bar.addWidget(self.categories_button)
        bar.addStretch(1)
        for button in (
            self.receipt_button,
            self.payment_button,
            self.edit_button,
            self.delete_button,
            self.opening_button,
        ):
            bar.addWidget(button)
        self.opening_line = QLabel()
        self.lines: RowTableModel[EntryRow] = RowTableModel(ENTRY_COLUMNS, self)
        self.view = table(self.lines, stretch=CONTENT_COLUMN)
        header = self.view.horizontalHeader()
        header.setMaximumSectionSize(900)  # the content takes the room left
        # The mục and the content share what the figures leave: the balances stay in view.
        header.setSectionResizeMode(CATEGORY_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.balance = QLabel()
        self.balance.setTextFormat(Qt.TextFormat.RichText)
        self.balance.setWordWrap(True)
        self.note = QLabel()
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.subtitle)
        layout.addLayout(bar)
        layout.addWidget(self.opening_line)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.balance)
        layout.addWidget(self.note)

        self.receipt_button.clicked.connect(lambda: self.add_entry(EntryKind.RECEIPT))
        self.payment_button.clicked.connect(lambda: self.add_entry(EntryKind.PAYMENT))
        self.edit_button.clicked.connect(self.edit_entry)
        self.delete_button.clicked.connect(self.delete_entry)
        self.opening_button.clicked.connect(self.edit_opening)
        self.categories_button.clicked.connect(self.edit_categories)
        self.view.doubleClicked.connect(lambda _index: self.edit_entry())
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self.update_buttons())
        main.year_changed.connect(lambda _y: self.reload() if self.isVisible() else None)
        main.context_changed.connect(lambda: self.reload() if self.isVisible() else None)
        main.workspace_ready.connect(self.reload)
        self._show(None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    # -- reading ----------------------------------------------------------------------------
    def reload(self) -> None:
        db = self.main.db
        if db is None or not self.isVisible():
            return
        year = self.main.current_year

        def work(_progress: WorkerProgress) -> tuple[Ledger, list[DecisionChoice]]:
            from thidua_desktop.services.fund.ledger import decision_choices, get_ledger

            return get_ledger(db, year=year), decision_choices(db, year=year)

        def done(result: tuple[Ledger, list[DecisionChoice]]) -> None:
            kept = self.current()
            self._show(result[0])
            self.decisions = result[1]
            if kept is not None:
                select_where(self.view, lambda r: r.id == kept.id)
            self.loaded.emit()

        self.main.background.run(work, on_success=done, on_failure=self._load_failed)

    def _load_failed(self, exc: BaseException) -> None:
        if errors.no_office(exc):  # only opened: said in place, asked when the user acts
            self._show(None)
            self.subtitle.setText(
                self.tr("Chưa chọn cơ quan sử dụng: bấm “Đổi…” ở góc trên bên phải để chọn.")
            )
            return
        self._failed(exc)

    def current(self) -> EntryRow | None:
        row = selected(self.view)
        return row if isinstance(row, EntryRow) else None

    def _show(self, ledger: Ledger | None) -> None:
        self.ledger = ledger
        self.lines.set_rows(list(ledger.lines) if ledger else [])
        if ledger is None:
            self.subtitle.setText("")
            self.opening_line.setText("")
            self.balance.setText("")
            self.note.setText("")
            self.update_buttons()
            return
        self.subtitle.setText(
            self.tr("{unit} · năm {year} · {n} chứng từ").format(
                unit=ledger.unit_name, year=ledger.year, n=len(ledger.lines)
            )
        )
        source = (
            self.tr("đặt cho năm này") if ledger.opening_set else self.tr("chuyển từ năm trước")
        )
        self.opening_line.setText(
            self.tr("Số dư đầu năm ({source}): {amount} đồng").format(
                source=source, amount=_money(ledger.opening)
            )
        )
        closing = _money(ledger.closing)
        if ledger.closing < 0:
            closing = f'<span style="color:{NEGATIVE.name()}">{closing}</span>'
        self.balance.setText(
            self.tr(
                "Thu trong năm: <b>{receipts}</b> đồng · Chi trong năm: <b>{payments}</b> đồng · "
                "Số dư cuối năm: <b>{closing}</b> đồng"
            ).format(
                receipts=escape(_money(ledger.receipts)),
                payments=escape(_money(ledger.payments)),
                closing=closing,
            )
        )
        self.note.setText(say(ledger.read_only_reason))
        self.update_buttons()

    def update_buttons(self) -> None:
        editable = self.ledger is not None and self.ledger.editable and not self._busy
        chosen = self.current() is not None
        for button in (self.receipt_button, self.payment_button, self.opening_button):
            button.setEnabled(editable)
        self.categories_button.setEnabled(self.ledger is not None and not self._busy)
        self.edit_button.setEnabled(editable and chosen)
        self.delete_button.setEnabled(editable and chosen)

    # -- writing ----------------------------------------------------------------------------
    def _call(self, work: Callable[[Database, bool], Any], message: str) -> None:
        """Run a change; when it would take the fund below zero, ask, then run it again
        allowed."""
        db = self.main.db
        if db is None:
            return

        def attempt(allow_negative: bool) -> None:
            def run(_progress: WorkerProgress) -> Any:
                return work(db, allow_negative)

            def done(_result: Any) -> None:
                self._busy = False
                self.main.statusBar().showMessage(message, 8000)
                self.reload()
                self.changed.emit()

            def refused(exc: BaseException) -> None:
                from thidua_desktop.services.fund.ledger import NegativeBalanceError

                if isinstance(exc, NegativeBalanceError) and not allow_negative:
                    if self.confirm(self.tr("Số dư quỹ sẽ âm"), say(exc.message)):
                        attempt(True)
                        return
                    self._busy = False
                    self.update_buttons()
                    self.failed.emit()
                    return
                self._failed(exc)

            self._busy = True
            self.update_buttons()
            self.main.background.run(run, on_success=done, on_failure=refused)

        attempt(False)

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.update_buttons()
        errors.report(self, exc)
        self.failed.emit()

    def _dialog(self, kind: EntryKind, row: EntryRow | None) -> EntryDialog:
        assert self.ledger is not None
        return EntryDialog(
            kind=kind,
            year=self.ledger.year,
            categories=self.ledger.categories,
            decisions=self.decisions,
            row=row,
            parent=self,
        )

    def add_entry(self, kind: EntryKind) -> None:
        if self.ledger is None:
            return
        dialog = self._dialog(kind, None)
        if not self.run_dialog(dialog):
            return
        entry = dialog.entry()

        def work(db: Database, allow_negative: bool) -> Any:
            from thidua_desktop.services.fund.ledger import save_entry

            return save_entry(db, entry, allow_negative=allow_negative)

        self._call(work, self.tr("Đã ghi chứng từ {number}.").format(number=entry.number))

    def edit_entry(self) -> None:
        row = self.current()
        if row is None or self.ledger is None or not self.ledger.editable:
            return
        dialog = self._dialog(row.kind, row)
        if not self.run_dialog(dialog):
            return
        entry = dialog.entry()

        def work(db: Database, allow_negative: bool) -> Any:
            from thidua_desktop.services.fund.ledger import save_entry

            return save_entry(
                db, entry, entry_id=row.id, seen=row.updated_at, allow_negative=allow_negative
            )

        self._call(work, self.tr("Đã sửa chứng từ {number}.").format(number=entry.number))

    def delete_entry(self) -> None:
        row = self.current()
        if row is None:
            return
        question = self.tr("Xóa chứng từ {number} ngày {day} ({amount} đồng) khỏi sổ quỹ?").format(
            number=row.number, day=date_text(row.day), amount=_money(row.amount)
        )
        if not self.confirm(self.tr("Xóa chứng từ"), question):
            return

        def work(db: Database, allow_negative: bool) -> Any:
            from thidua_desktop.services.fund.ledger import delete_entry

            return delete_entry(db, row.id, seen=row.updated_at, allow_negative=allow_negative)

        self._call(work, self.tr("Đã xóa chứng từ {number}.").format(number=row.number))

    def edit_categories(self) -> None:
        """The mục thu, chi: a dialog whose each button saves; the book is read again after."""
        db = self.main.db
        if db is None or self.ledger is None:
            return
        from thidua_desktop.gui.fund.categories import CategoriesDialog

        dialog = CategoriesDialog(self, db, self.main.background)
        saved: list[bool] = []
        dialog.changed.connect(lambda: saved.append(True))
        dialog.load()
        self.run_dialog(dialog)
        if saved:
            self.reload()
            self.changed.emit()

    def edit_opening(self) -> None:
        ledger = self.ledger
        if ledger is None:
            return
        dialog = OpeningDialog(
            year=ledger.year,
            amount=ledger.opening if ledger.opening_set else None,
            note=ledger.opening_note,
            parent=self,
        )
        if not self.run_dialog(dialog):
            return
        amount, note, year = dialog.amount.text(), dialog.note.text(), ledger.year

        def work(db: Database, _allow_negative: bool) -> Any:
            from thidua_desktop.services.fund.ledger import set_opening

            return set_opening(db, year=year, amount=amount, note=note)

        self._call(work, self.tr("Đã lưu số dư đầu năm {year}.").format(year=year))
