"""The office's mục thu and mục chi, kept from the fund page: add one by its name, rename one,
stop offering one for new lines (the lines that have it keep it) or offer it again. Each
button is one service call; the list shown is the one the call returns."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain.fund import Category, EntryKind
from thidua_desktop.gui.awards.model import select_where, selected, table
from thidua_desktop.gui.common import errors
from thidua_desktop.gui.common.table_model import Column, RowTableModel

if TYPE_CHECKING:
    from thidua_desktop.gui.common.background import Background
    from thidua_desktop.store.engine import Database

RETIRED = QColor("#f1f1f1")
KIND_LABELS = {
    EntryKind.RECEIPT: QT_TRANSLATE_NOOP("CategoriesDialog", "Thu"),
    EntryKind.PAYMENT: QT_TRANSLATE_NOOP("CategoriesDialog", "Chi"),
}


def kind_label(kind: EntryKind) -> str:
    return QCoreApplication.translate("CategoriesDialog", KIND_LABELS[kind])


def _state(category: Category) -> str:
    state = (
        QT_TRANSLATE_NOOP("CategoriesDialog", "Đang dùng")
        if category.active
        else QT_TRANSLATE_NOOP("CategoriesDialog", "Đã thôi dùng")
    )
    return QCoreApplication.translate("CategoriesDialog", state)


CATEGORY_COLUMNS: list[Column[Category]] = [
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Loại"),
        lambda c: kind_label(c.kind),
        sort=lambda c: "0" if c.kind is EntryKind.RECEIPT else "1",
    ),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Tên mục"),
        lambda c: c.name,
        tooltip=lambda c: c.name,
        background=lambda c: None if c.active else RETIRED,
    ),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Tình trạng"),
        _state,
        background=lambda c: None if c.active else RETIRED,
    ),
]
NAME_COLUMN = 1


class CategoriesDialog(QDialog):
    """The list of mục thu, chi with its buttons; `changed` after a saved change."""

    changed = Signal()

    def __init__(self, parent: QWidget | None, db: Database, background: Background) -> None:
        super().__init__(parent)
        self.db, self.background = db, background
        # Tests replace this (the prompt is modal): (title, label, text) → new text or None.
        self.ask_name: Callable[[str, str, str], str | None] = self._ask_name
        self.setWindowTitle(self.tr("Mục thu, chi của sổ quỹ"))
        self.setMinimumSize(640, 500)
        intro = QLabel(
            self.tr(
                "Mục thu, chi để chọn khi ghi sổ quỹ thi đua, khen thưởng. Mục đã thôi dùng không "
                "còn được chọn cho chứng từ mới; chứng từ đã ghi vẫn giữ mục của mình."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        self.rows: RowTableModel[Category] = RowTableModel(CATEGORY_COLUMNS, self)
        self.view = table(self.rows, stretch=NAME_COLUMN)
        self.rename_button = QPushButton(self.tr("Đổi tên…"))
        self.retire_button = QPushButton(self.tr("Thôi dùng"))
        self.kind = QComboBox()
        for kind in EntryKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.name.setPlaceholderText(self.tr("tên mục, ví dụ Hội nghị tổng kết"))
        self.add_button = QPushButton(self.tr("Thêm mục"))
        chosen_row = QHBoxLayout()
        chosen_row.addStretch(1)
        chosen_row.addWidget(self.rename_button)
        chosen_row.addWidget(self.retire_button)
        new_row = QHBoxLayout()
        new_row.addWidget(QLabel(self.tr("Mục mới:")))
        new_row.addWidget(self.kind)
        new_row.addWidget(self.name, 1)
        new_row.addWidget(self.add_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addLayout(chosen_row)
        layout.addLayout(new_row)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(self.add_category)
        self.name.returnPressed.connect(self.add_category)
        self.rename_button.clicked.connect(self.rename_category)
        self.retire_button.clicked.connect(self.toggle_category)
        self.view.doubleClicked.connect(lambda _index: self.rename_category())
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._enable())
        self._busy = False
        self._enable()

    # -- reading ----------------------------------------------------------------------------
    def load(self) -> None:
        db = self.db

        def work(_progress: object) -> list[Category]:
            from thidua_desktop.services.fund.categories import list_categories

            return list_categories(db, active_only=False)

        self._run(work, changed=False)

    def current(self) -> Category | None:
        row = selected(self.view)
        return row if isinstance(row, Category) else None

    def _enable(self) -> None:
        category = self.current()
        self.rename_button.setEnabled(category is not None and not self._busy)
        self.retire_button.setEnabled(category is not None and not self._busy)
        retired = category is not None and not category.active
        self.retire_button.setText(self.tr("Dùng lại") if retired else self.tr("Thôi dùng"))
        self.add_button.setEnabled(not self._busy)

    # -- writing ----------------------------------------------------------------------------
    def add_category(self) -> None:
        if self._busy:
            return
        db, kind, name = self.db, EntryKind(self.kind.currentData()), self.name.text()

        def work(_progress: object) -> list[Category]:
            from thidua_desktop.services.fund.categories import save_category

            return save_category(db, kind=kind, code=None, name=name)

        wanted = " ".join(name.split()).casefold()
        self._run(work, keep=lambda c: c.kind is kind and c.name.casefold() == wanted, added=True)

    def rename_category(self) -> None:
        category = self.current()
        if category is None or self._busy:
            return
        name = self.ask_name(
            self.tr("Đổi tên mục"), self.tr("Tên mới của mục “{name}”:").format(name=category.name),
            category.name,
        )  # fmt: skip
        if name is None or name.strip() == category.name:
            return
        self._save(category, name=name, active=category.active)

    def toggle_category(self) -> None:
        category = self.current()
        if category is None or self._busy:
            return
        self._save(category, name=category.name, active=not category.active)

    def _save(self, category: Category, *, name: str, active: bool) -> None:
        db = self.db

        def work(_progress: object) -> list[Category]:
            from thidua_desktop.services.fund.categories import save_category

            return save_category(
                db, kind=category.kind, code=category.code, name=name, active=active
            )

        self._run(work, keep=lambda c: c.kind is category.kind and c.code == category.code)

    def _run(
        self,
        work: Callable[[object], list[Category]],
        *,
        keep: Callable[[Category], bool] | None = None,
        changed: bool = True,
        added: bool = False,
    ) -> None:
        self._busy = True
        self._enable()

        def done(rows: list[Category]) -> None:
            self._busy = False
            chosen = self.current()
            self.rows.set_rows(rows)
            if keep is not None:
                select_where(self.view, keep)
            elif chosen is not None:
                select_where(self.view, lambda c: (c.kind, c.code) == (chosen.kind, chosen.code))
            if added:
                self.name.clear()
            if changed:
                self.changed.emit()
            self._enable()

        def failed(exc: BaseException) -> None:
            self._busy = False
            self._enable()
            errors.report(self, exc)

        self.background.run(work, on_success=done, on_failure=failed)

    def _ask_name(self, title: str, label: str, text: str) -> str | None:
        value, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal, text)
        return value if ok else None
