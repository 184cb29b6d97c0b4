"""The spreadsheet-like view of the results grid: keyboard, copy and paste from Excel, markers."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication, QKeyEvent, QKeySequence, QPainter, QPen, QPolygon
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from thidua_desktop.gui.results.model import INVALID_ROLE, PENDING_ROLE, ResultGridModel

MAX_PASTE_CELLS = 100_000  # a pasted sheet larger than this is certainly a mistake


class _CellDelegate(QStyledItemDelegate):
    """Draws a red frame around refused values and a corner mark on unsaved edits."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        rect = option.rect  # type: ignore[attr-defined]
        if index.data(INVALID_ROLE):
            painter.save()
            painter.setPen(QPen(QColor("#d32f2f"), 2))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
            painter.restore()
        elif index.data(PENDING_ROLE):
            painter.save()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#e65100"))
            corner = rect.topLeft()
            painter.drawPolygon(QPolygon([corner, corner + QPoint(7, 0), corner + QPoint(0, 7)]))
            painter.restore()


class ResultGridView(QTableView):
    """Excel habits: type to edit, Enter moves down, Delete clears, Ctrl+C / Ctrl+V blocks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        delegate = _CellDelegate(self)
        self.setItemDelegate(delegate)
        delegate.closeEditor.connect(self._editor_closed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setAlternatingRowColors(False)
        self.setWordWrap(True)
        self.horizontalHeader().setDefaultSectionSize(118)
        self.horizontalHeader().setMinimumSectionSize(70)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(26)
        self.last_message = ""

    def fit_columns(self, *, minimum: int = 96, maximum: int = 170) -> None:
        """Each column as wide as its wrapped header (values are short numbers that fit)."""
        header = self.horizontalHeader()
        for column in range(header.count()):
            width = header.sectionSizeHint(column) + 12
            self.setColumnWidth(column, min(max(width, minimum), maximum))

    def grid_model(self) -> ResultGridModel:
        model = self.model()
        assert isinstance(model, ResultGridModel)
        return model

    # -- keyboard ---------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not self.is_editing():
            self.clear_selection()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.is_editing():
            self._move(1 if not event.modifiers() & Qt.KeyboardModifier.ShiftModifier else -1)
            return
        super().keyPressEvent(event)

    def is_editing(self) -> bool:
        return self.state() == QAbstractItemView.State.EditingState

    def _editor_closed(self, _editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        # Like a spreadsheet: Enter (which submits the cell) moves on to the cell below.
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            self._move(1)

    def _move(self, rows: int) -> None:
        current = self.currentIndex()
        if not current.isValid():
            return
        target = self.model().index(
            min(max(current.row() + rows, 0), self.model().rowCount() - 1), current.column()
        )
        self.selectionModel().setCurrentIndex(
            target, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    # -- clipboard ---------------------------------------------------------------------------
    def selected_block(self) -> tuple[int, int, int, int] | None:
        indexes = self.selectionModel().selectedIndexes()
        if not indexes:
            current = self.currentIndex()
            if not current.isValid():
                return None
            indexes = [current]
        rows = [i.row() for i in indexes]
        columns = [i.column() for i in indexes]
        return min(rows), min(columns), max(rows), max(columns)

    def copy_selection(self) -> str:
        block = self.selected_block()
        if block is None:
            return ""
        top, left, bottom, right = block
        model = self.model()
        lines = [
            "\t".join(
                str(model.index(r, c).data(Qt.ItemDataRole.DisplayRole) or "")
                for c in range(left, right + 1)
            )
            for r in range(top, bottom + 1)
        ]
        text = "\n".join(lines)
        QGuiApplication.clipboard().setText(text)
        return text

    def paste(self, text: str | None = None) -> str:
        """Paste a tab-separated block (as Excel copies it) from the current cell; one undo step.
        A single copied value fills every selected cell. Returns a message for the status bar."""
        if text is None:
            text = QGuiApplication.clipboard().text()
        model = self.grid_model()
        current = self.currentIndex()
        if not text or not current.isValid():
            return self._say(self.tr("Bộ nhớ tạm không có dữ liệu để dán."))
        rows = [line.split("\t") for line in text.replace("\r\n", "\n").split("\n")]
        while rows and rows[-1] == [""]:
            rows.pop()  # Excel ends a copied block with a newline
        if sum(len(r) for r in rows) > MAX_PASTE_CELLS:
            return self._say(self.tr("Khối dữ liệu dán vào quá lớn."))
        block = self.selected_block()
        changes: dict[tuple[int, int], str | None] = {}
        skipped = outside = 0
        if len(rows) == 1 and len(rows[0]) == 1 and block is not None:
            top, left, bottom, right = block
            targets = [
                (r, c, rows[0][0]) for r in range(top, bottom + 1) for c in range(left, right + 1)
            ]
        else:
            top, left = current.row(), current.column()
            targets = [
                (top + i, left + j, value)
                for i, line in enumerate(rows)
                for j, value in enumerate(line)
            ]
        for row, column, value in targets:
            if row >= model.rowCount() or column >= model.columnCount():
                outside += 1
            elif not model.is_editable(row, column):
                skipped += 1
            else:
                changes[(row, column)] = value
        model.apply(changes)
        invalid = sum(1 for key in changes if (p := model.pending(*key)) and p.error)
        summary = self._paste_summaries()[(bool(invalid), bool(skipped), bool(outside))]
        return self._say(
            summary.format(count=len(changes), invalid=invalid, skipped=skipped, outside=outside)
        )

    def _paste_summaries(self) -> dict[tuple[bool, bool, bool], str]:
        """What a paste did, as whole sentences, by (some invalid, some read-only, some outside
        the table)."""
        return {
            (False, False, False): self.tr("Đã dán {count} ô."),
            (True, False, False): self.tr(
                "Đã dán {count} ô; {invalid} ô không hợp lệ (viền đỏ, chưa lưu)."
            ),
            (False, True, False): self.tr("Đã dán {count} ô; bỏ qua {skipped} ô chỉ xem."),
            (False, False, True): self.tr("Đã dán {count} ô; bỏ qua {outside} ô ngoài bảng."),
            (True, True, False): self.tr(
                "Đã dán {count} ô; {invalid} ô không hợp lệ (viền đỏ, chưa lưu); "
                "bỏ qua {skipped} ô chỉ xem."
            ),
            (True, False, True): self.tr(
                "Đã dán {count} ô; {invalid} ô không hợp lệ (viền đỏ, chưa lưu); "
                "bỏ qua {outside} ô ngoài bảng."
            ),
            (False, True, True): self.tr(
                "Đã dán {count} ô; bỏ qua {skipped} ô chỉ xem; bỏ qua {outside} ô ngoài bảng."
            ),
            (True, True, True): self.tr(
                "Đã dán {count} ô; {invalid} ô không hợp lệ (viền đỏ, chưa lưu); "
                "bỏ qua {skipped} ô chỉ xem; bỏ qua {outside} ô ngoài bảng."
            ),
        }

    def clear_selection(self) -> None:
        block = self.selected_block()
        if block is None:
            return
        model = self.grid_model()
        top, left, bottom, right = block
        model.apply(
            {
                (r, c): ""
                for r in range(top, bottom + 1)
                for c in range(left, right + 1)
                if model.is_editable(r, c)
            }
        )

    def _say(self, message: str) -> str:
        self.last_message = message
        return message
