"""Giao chỉ tiêu theo bảng: every unit of the campaign × its indicators, typed or pasted from
Excel (a block of tab-separated cells), undone and redone, saved at once."""

from __future__ import annotations

import textwrap
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.gui.common.form_history import ask_to_save
from thidua_desktop.services.campaigns.target_grid import TargetGrid

CHANGED = QColor("#fff4ce")  # a cell typed here and not saved yet
Cells = dict[tuple[int, int], str]


class TargetGridDialog(QDialog):
    """`save` receives the changed cells ((unit code, indicator code) → text) and the dialog;
    it runs the service (off the GUI thread) and closes the dialog once saved."""

    def __init__(
        self,
        grid: TargetGrid,
        save: Callable[[dict[tuple[str, str], str], TargetGridDialog], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.grid = grid
        # Where each unit and indicator code sits in the table.
        self._rows = {code: row for row, (code, _name) in enumerate(grid.units)}
        self._columns = {i.code: column for column, i in enumerate(grid.indicators)}
        self._save = save
        self.setWindowTitle(self.tr("Giao chỉ tiêu theo bảng — năm {0}").format(grid.year))
        self.resize(1100, 620)
        self.table = QTableWidget(len(grid.units), len(grid.indicators))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        # Names wrapped on a few lines above narrow columns: every column keeps its name.
        self.table.setHorizontalHeaderLabels(
            [
                "\n".join([*textwrap.wrap(i.name, 22)[:3], f"({i.unit_of_measure})"])
                for i in grid.indicators
            ]
        )
        self.table.setVerticalHeaderLabels([f"{name} ({code})" for code, name in grid.units])
        for column, indicator in enumerate(grid.indicators):
            header = self.table.horizontalHeaderItem(column)
            if header is not None:
                hint = self.tr("khoảng: cận dưới - cận trên") if indicator.range else ""
                header.setToolTip(f"{indicator.code}: {indicator.name} {hint}".strip())
            self.table.setColumnWidth(column, 150)
        self._loading = True
        for row, (unit_code, _name) in enumerate(grid.units):
            for column, indicator in enumerate(grid.indicators):
                item = QTableWidgetItem(grid.texts.get((unit_code, indicator.code), ""))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if not grid.editable:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
        self._loading = False
        self._saved = self._texts()
        self._shown = dict(self._saved)  # what each cell showed before the latest typing
        self._undo: list[Cells] = []  # each step: the cells' texts before it
        self._submitted: dict[tuple[str, str], str] = {}  # the cells of the save under way
        self._redo: list[Cells] = []
        self._close_after_save = False
        self.table.itemChanged.connect(self._typed)

        hint = QLabel(
            self.tr(
                "Gõ số kiểu Việt Nam (“5.600”, “9,5”; khoảng: “9,5 - 10”); để trống là không giao. "
                "Dán một khối ô từ Excel bằng Ctrl+V; Ctrl+D điền xuống; Ctrl+Z hoàn tác, Ctrl+Y "
                "làm lại."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("muted")
        self.state = QLabel()
        self.paste_button = QPushButton(self.tr("Dán từ Excel"))
        self.fill_button = QPushButton(self.tr("Điền xuống"))
        self.fill_button.setToolTip(
            self.tr(
                "Chép ô đầu của vùng chọn xuống các ô bên dưới (Ctrl+D): giao chỉ tiêu chung "
                "cho mọi đơn vị."
            )
        )
        self.previous_button = QPushButton(self.tr("Chép từ năm trước"))
        self.previous_button.setToolTip(
            self.tr("Điền các ô còn trống bằng chỉ tiêu năm {0} ({1}); ô đã có giữ nguyên.").format(
                grid.year - 1, grid.previous_from
            )
            if grid.previous
            else self.tr("Năm {0} không có chỉ tiêu nào của các đơn vị và chỉ tiêu này.").format(
                grid.year - 1
            )
        )
        self.undo_button = QPushButton(self.tr("Hoàn tác"))
        self.redo_button = QPushButton(self.tr("Làm lại"))
        tools = QHBoxLayout()
        for button in (
            self.paste_button,
            self.fill_button,
            self.previous_button,
            self.undo_button,
            self.redo_button,
        ):
            button.setAutoDefault(False)
            button.setEnabled(grid.editable)
            tools.addWidget(button)
        self.previous_button.setEnabled(grid.editable and bool(grid.previous))
        tools.addWidget(self.state, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Lưu"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(tools)
        layout.addWidget(self.buttons)

        self.paste_button.clicked.connect(self.paste)
        self.fill_button.clicked.connect(self.fill_down)
        self.previous_button.clicked.connect(self.copy_last_year)
        QShortcut(QKeySequence("Ctrl+D"), self.table, self.fill_down)
        self.undo_button.clicked.connect(self.undo)
        self.redo_button.clicked.connect(self.redo)
        QShortcut(QKeySequence.StandardKey.Paste, self.table, self.paste)
        QShortcut(QKeySequence.StandardKey.Undo, self.table, self.undo)
        QShortcut(QKeySequence.StandardKey.Redo, self.table, self.redo)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.clear_selection)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._update()

    # -- cells -----------------------------------------------------------------------------
    def _texts(self) -> Cells:
        return {
            (row, column): (item.text() if (item := self.table.item(row, column)) else "")
            for row in range(self.table.rowCount())
            for column in range(self.table.columnCount())
        }

    def _set(self, cells: Cells) -> None:
        self._loading = True
        for (row, column), text in cells.items():
            item = self.table.item(row, column)
            if item is not None:
                item.setText(text)
                self._shown[(row, column)] = text
        self._loading = False
        self._update()

    def apply(self, cells: Cells) -> None:
        """Set cells as one undoable step (a paste, a clear, one typed cell)."""
        if not self.grid.editable:
            return
        current = self._texts()
        before = {key: current[key] for key in cells if key in current}
        cells = {key: text for key, text in cells.items() if key in current}
        if all(current[key] == text for key, text in cells.items()):
            return
        self._undo.append(before)
        self._redo.clear()
        self._set(cells)

    def _typed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        key = (item.row(), item.column())
        self._undo.append({key: self._shown[key]})  # what the cell showed before this typing
        self._shown[key] = item.text()
        self._redo.clear()
        self._update()

    def paste(self) -> None:
        """A block copied from Excel (rows by newline, cells by tab) from the current cell on."""
        text = QGuiApplication.clipboard().text()
        start = self.table.currentIndex()
        if not text or not start.isValid():
            return
        rows = text.rstrip("\r\n").split("\n")
        cells = {
            (start.row() + r, start.column() + c): value.strip()
            for r, line in enumerate(rows)
            for c, value in enumerate(line.rstrip("\r").split("\t"))
        }
        self.apply(cells)

    def fill_down(self) -> None:
        """Each selected column's first selected cell into the selected cells below it."""
        selected = self.table.selectedIndexes()
        top: dict[int, int] = {}
        for index in selected:
            top[index.column()] = min(top.get(index.column(), index.row()), index.row())
        current = self._texts()
        self.apply(
            {
                (i.row(), i.column()): current[(top[i.column()], i.column())]
                for i in selected
                if i.row() != top[i.column()]
            }
        )

    def copy_last_year(self) -> None:
        """Last year's targets into the cells still empty (one undoable step)."""
        rows, columns = self._rows, self._columns
        current = self._texts()
        cells = {
            (rows[unit], columns[indicator]): text
            for (unit, indicator), text in self.grid.previous.items()
            if unit in rows
            and indicator in columns
            and not current[(rows[unit], columns[indicator])].strip()
        }
        self.apply(cells)
        self.state.setText(
            self.tr("Đã chép {0} chỉ tiêu năm {1} vào ô còn trống; chưa lưu.").format(
                len(cells), self.grid.year - 1
            )
        )

    def clear_selection(self) -> None:
        self.apply({(i.row(), i.column()): "" for i in self.table.selectedIndexes()})

    def undo(self) -> None:
        if self._undo:
            step = self._undo.pop()
            current = self._texts()
            self._redo.append({key: current[key] for key in step})
            self._set(step)

    def redo(self) -> None:
        if self._redo:
            step = self._redo.pop()
            current = self._texts()
            self._undo.append({key: current[key] for key in step})
            self._set(step)

    # -- saving ----------------------------------------------------------------------------
    def changes(self) -> dict[tuple[str, str], str]:
        """The cells that differ from what was loaded, by unit and indicator code."""
        current = self._texts()
        return {
            (self.grid.units[row][0], self.grid.indicators[column].code): text
            for (row, column), text in current.items()
            if text.strip() != self._saved[(row, column)].strip()
        }

    def seen(self) -> dict[tuple[str, str], str]:
        """Every cell as last read or saved, by unit and indicator code: the save refuses a cell
        someone else changed meanwhile (several staff on one server database)."""
        return {
            (self.grid.units[row][0], self.grid.indicators[column].code): text
            for (row, column), text in self._saved.items()
        }

    def _update(self) -> None:
        changed = 0
        current = self._texts()
        self._loading = True
        for key, text in current.items():
            item = self.table.item(*key)
            differs = text.strip() != self._saved[key].strip()
            changed += differs
            if item is not None:
                item.setBackground(QBrush(CHANGED) if differs else QBrush())
        self._loading = False
        self.state.setText(
            self.tr("{0} ô đã sửa, chưa lưu.").format(changed)
            if changed
            else self.tr("Không có thay đổi chưa lưu.")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            bool(changed) and self.grid.editable
        )
        self.undo_button.setEnabled(bool(self._undo))
        self.redo_button.setEnabled(bool(self._redo))

    def save(self) -> None:
        changes = self.changes()
        if changes:
            self._submitted = changes
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            self._save(changes, self)

    def saved(self, count: int) -> None:
        """The page's save succeeded: the cells it sent are now what is stored (a cell typed
        while it ran is still a change of its own)."""
        for (unit, indicator), text in self._submitted.items():
            self._saved[(self._rows[unit], self._columns[indicator])] = text
        self._submitted = {}
        self._undo.clear()
        self._redo.clear()
        self._update()
        self.state.setText(self.tr("Đã lưu {0} chỉ tiêu.").format(count))
        if self._close_after_save:
            super().reject()

    def save_failed(self) -> None:
        self._close_after_save = False
        self._update()

    def reject(self) -> None:
        """Đóng, Esc or the close box with cells not saved: save, drop them, or stay."""
        if not self.changes():
            super().reject()
            return
        answer = ask_to_save(
            self,
            self.tr("Chỉ tiêu chưa lưu"),
            self.tr("Có {0} ô đã sửa nhưng chưa lưu. Lưu trước khi đóng?").format(
                len(self.changes())
            ),
        )
        if answer == QMessageBox.StandardButton.Discard:
            super().reject()
        elif answer == QMessageBox.StandardButton.Save:
            self._close_after_save = True  # closed by `saved`, kept open by a refusal
            self.save()
