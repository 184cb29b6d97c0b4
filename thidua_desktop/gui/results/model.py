"""The results grid as a table model: units × indicators, pending edits, validation, undo."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QUndoCommand, QUndoStack

from thidua_desktop.domain.errors import UserError
from thidua_desktop.domain.evaluation import (
    Status,
    evaluate,
    implausible_note,
    parse_value,
    rounding_note,
)
from thidua_desktop.domain.numbers import format_number, parse_number
from thidua_desktop.domain.text import clean
from thidua_desktop.gui.common import domain_labels
from thidua_desktop.gui.common.messages import say
from thidua_desktop.services.campaigns.rows import (
    GridCell,
    IndicatorRow,
    ResultEdit,
    ResultGrid,
    ValueOrigin,
)

Index = QModelIndex | QPersistentModelIndex

STATUS_COLOURS = {
    Status.MET: QColor("#d8f0d8"),
    Status.EXCEEDED: QColor("#cfe6fb"),
    Status.BELOW: QColor("#f8d7d5"),
}
READ_ONLY_TEXT = QColor("#5b6675")
# Painting asks for every role of every visible cell on each repaint: the brushes and fonts are
# made once, and each saved cell's text is formatted once per loaded grid.
_BRUSHES = {status: QBrush(colour) for status, colour in STATUS_COLOURS.items()}
_READ_ONLY_BRUSH = QBrush(READ_ONLY_TEXT)
_INVALID_BRUSH = QBrush(QColor("#b00020"))
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
INVALID_ROLE = Qt.ItemDataRole.UserRole + 10  # the reason a pending value was refused, or None
PENDING_ROLE = Qt.ItemDataRole.UserRole + 11  # True when the cell has an unsaved edit
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ToolTipRole,
        INVALID_ROLE,
        PENDING_ROLE,
    }
)


@dataclass
class Pending:
    """An edit not yet saved: the text as typed, and its parsed value or the reason it is wrong."""

    text: str
    value: Decimal | None  # None for an empty (clearing) or invalid edit
    error: str | None
    rounded: str | None = None  # "5.200,5 được làm tròn thành 5.201 …": what will be stored
    doubt: str | None = None  # far from the target or the saved value: a warning, still saved


class ResultGridModel(QAbstractTableModel):
    """Plain rows in, plain edits out; the page saves them through one service call."""

    pending_changed = Signal(int, int)  # (edits pending, of which invalid)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.grid: ResultGrid | None = None
        self._pending: dict[tuple[int, int], Pending] = {}
        self._texts: dict[tuple[int, int], str] = {}
        self._headers: list[str] = []
        self.undo_stack = QUndoStack(self)
        self._bold, self._italic = QFont(), QFont()
        self._bold.setBold(True)
        self._italic.setItalic(True)

    # -- data in / out ----------------------------------------------------------------------
    def set_grid(self, grid: ResultGrid, *, keep_invalid: bool = False) -> None:
        """Show a freshly loaded grid; optionally keep the edits that failed to save."""
        kept = {k: p for k, p in self._pending.items() if p.error} if keep_invalid else {}
        self.beginResetModel()
        self.grid = grid
        self._texts = {}
        self._headers = [f"{wrap(i.name)}\n({i.unit_of_measure})" for i in grid.indicators]
        self._pending = {
            k: p for k, p in kept.items() if k[0] < len(grid.units) and k[1] < len(grid.indicators)
        }
        self.endResetModel()
        self.undo_stack.clear()
        self._emit_pending()

    def clear(self) -> None:
        self.beginResetModel()
        self.grid = None
        self._pending = {}
        self.endResetModel()
        self.undo_stack.clear()
        self._emit_pending()

    def edits(self) -> list[ResultEdit]:
        """The valid pending edits (invalid ones stay marked in the grid, unsaved)."""
        grid = self.grid
        assert grid is not None

        def seen(row: int, column: int) -> Decimal | None:
            cell = grid.cells.get((grid.units[row].id, grid.indicators[column].id))
            if cell is None or cell.origin is not ValueOrigin.ENTERED:
                return None  # a sum of the units below is shown, nothing is stored here
            return cell.value

        # Each edit carries the value the grid showed: a cell someone else changed since is
        # refused by name, not overwritten (several staff on one server database).
        return [
            ResultEdit(
                grid.units[row].code,
                grid.indicators[column].code,
                pending.text,
                seen=seen(row, column),
                check_seen=True,
            )
            for (row, column), pending in sorted(self._pending.items())
            if pending.error is None
        ]

    @property
    def pending_count(self) -> int:
        return len(self._pending)

    @property
    def invalid_count(self) -> int:
        return sum(1 for p in self._pending.values() if p.error)

    @property
    def doubtful_count(self) -> int:
        """Edits far from their target or saved value (warned about, saved all the same)."""
        return sum(1 for p in self._pending.values() if p.doubt and not p.error)

    @property
    def rounded_count(self) -> int:
        """Edits stored rounded to their indicator's decimals (shown as they will be stored)."""
        return sum(1 for p in self._pending.values() if p.rounded and not p.error)

    def mark_invalid(self, problems: dict[tuple[str, str], str]) -> None:
        """After a save: the server-side refusals (e.g. out of scope) become marked cells."""
        assert self.grid is not None
        rows = {u.code: i for i, u in enumerate(self.grid.units)}
        columns = {ind.code: j for j, ind in enumerate(self.grid.indicators)}
        for (unit_code, indicator_code), message in problems.items():
            key = (rows[unit_code], columns[indicator_code])
            pending = self._pending.get(key)
            if pending is not None:
                pending.error = message
                index = self.index(*key)
                self.dataChanged.emit(index, index)
        self._emit_pending()

    # -- cells -----------------------------------------------------------------------------
    def cell(self, row: int, column: int) -> GridCell:
        assert self.grid is not None
        unit = self.grid.units[row]
        indicator = self.grid.indicators[column]
        return self.grid.cells[(unit.id, indicator.id)]

    def indicator(self, column: int) -> IndicatorRow:
        assert self.grid is not None
        return self.grid.indicators[column]

    def is_editable(self, row: int, column: int) -> bool:
        return self.grid is not None and self.cell(row, column).editable

    def pending(self, row: int, column: int) -> Pending | None:
        return self._pending.get((row, column))

    def validate(self, column: int, text: str) -> Pending:
        indicator = self.indicator(column)
        cleaned = clean(text)
        if not cleaned:
            return Pending("", None, None)
        try:
            value = parse_value(cleaned, indicator.rule)
            typed = parse_number(cleaned)
        except UserError as exc:
            return Pending(cleaned, None, say(exc.message))
        note = rounding_note(typed, value, indicator.decimals)
        return Pending(cleaned, value, None, say(note) if note else None)

    def current_text(self, row: int, column: int) -> str:
        """What the cell holds now as text: the pending edit, else the saved value."""
        pending = self._pending.get((row, column))
        if pending is not None:
            return pending.text
        cell = self.cell(row, column)
        if cell.value is None or cell.origin is not ValueOrigin.ENTERED:
            return ""
        return format_number(cell.value)

    def apply(self, changes: dict[tuple[int, int], str | None]) -> None:
        """Set cells to text (None = back to the saved value) as one undoable step."""
        before = {key: self._pending_text(key) for key in changes}
        if before == changes:
            return
        self.undo_stack.push(_SetCells(self, before, changes))

    def _pending_text(self, key: tuple[int, int]) -> str | None:
        pending = self._pending.get(key)
        return None if pending is None else pending.text

    def _set_texts(self, texts: dict[tuple[int, int], str | None]) -> None:
        for (row, column), text in texts.items():
            if text is None or self._same_as_saved(row, column, text):
                self._pending.pop((row, column), None)
            else:
                pending = self.validate(column, text)
                if pending.value is not None and not pending.error:
                    cell = self.cell(row, column)
                    saved = cell.value if cell.origin is ValueOrigin.ENTERED else None
                    doubt = implausible_note(pending.value, cell.target, saved)
                    pending.doubt = say(doubt) if doubt else None
                self._pending[(row, column)] = pending
            index = self.index(row, column)
            self.dataChanged.emit(index, index)
        self._emit_pending()

    def _same_as_saved(self, row: int, column: int, text: str) -> bool:
        cell = self.cell(row, column)
        saved = cell.value if cell.origin is ValueOrigin.ENTERED else None
        pending = self.validate(column, text)
        if pending.error:
            return False
        return pending.value == saved if saved is not None else pending.value is None

    def _emit_pending(self) -> None:
        self.pending_changed.emit(self.pending_count, self.invalid_count)

    # -- Qt model --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.grid is None else len(self.grid.units)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.grid is None else len(self.grid.indicators)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.grid is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            indicator = self.grid.indicators[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr(
                    "{code}: {name}\nĐơn vị tính: {unit_of_measure}\nNguồn số liệu: {source}"
                ).format(
                    code=indicator.code,
                    name=indicator.name,
                    unit_of_measure=indicator.unit_of_measure,
                    source=domain_labels.label(indicator.source_label),
                )
            return None
        unit = self.grid.units[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return unit.full_name
        if role == Qt.ItemDataRole.FontRole and unit.is_parent:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.is_editable(index.row(), index.column()):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid() or self.grid is None:
            return None  # most roles a view asks for (decoration, check state…) are not used
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT
        cell = self.cell(row, column)
        indicator = self.grid.indicators[column]
        pending = self._pending.get((row, column))
        if role == Qt.ItemDataRole.DisplayRole:
            if pending is not None:
                if pending.error or pending.value is None:
                    return pending.text
                return format_number(pending.value, indicator.decimals)
            text = self._texts.get((row, column))
            if text is None:
                text = "" if cell.value is None else format_number(cell.value, indicator.decimals)
                self._texts[(row, column)] = text
            return text
        if role == Qt.ItemDataRole.EditRole:
            return self.current_text(row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return _BRUSHES.get(self._status(cell, indicator, pending))
        if role == Qt.ItemDataRole.ForegroundRole:
            if pending is not None and pending.error:
                return _INVALID_BRUSH
            return None if cell.editable else _READ_ONLY_BRUSH
        if role == Qt.ItemDataRole.FontRole:
            if pending is not None:
                return self._bold
            return self._italic if cell.origin is ValueOrigin.AGGREGATED else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(cell, indicator, pending)
        if role == INVALID_ROLE:
            return pending.error if pending is not None else None
        if role == PENDING_ROLE:
            return pending is not None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not self.is_editable(index.row(), index.column()):
            return False
        self.apply({(index.row(), index.column()): str(value)})
        return True

    def _status(self, cell: GridCell, indicator: IndicatorRow, pending: Pending | None) -> Status:
        if pending is None:
            return cell.status
        if pending.error:
            return Status.NO_DATA
        return evaluate(pending.value, cell.target, indicator.decimals).status

    def _tooltip(self, cell: GridCell, indicator: IndicatorRow, pending: Pending | None) -> str:
        lines = []
        if pending is not None and pending.error:
            lines.append(
                self.tr("Chưa lưu — giá trị không hợp lệ: {reason}").format(reason=pending.error)
            )
        elif pending is not None:
            if pending.doubt:
                lines.append(self.tr("⚠ {note}").format(note=pending.doubt))
            if pending.rounded:
                lines.append(self.tr("Thay đổi chưa lưu: {note}").format(note=pending.rounded))
            else:
                lines.append(self.tr("Thay đổi chưa lưu"))
        if cell.target:
            lines.append(
                self.tr("Chỉ tiêu: {target}").format(
                    target=cell.target.describe(indicator.unit_of_measure)
                )
            )
        else:
            lines.append(self.tr("Chỉ tiêu: chưa giao"))
        status = self._status(cell, indicator, pending)
        lines.append(self.tr("Đánh giá: {status}").format(status=domain_labels.label(status.label)))
        if cell.origin is ValueOrigin.AGGREGATED and pending is None:
            lines.append(
                self.tr("Số liệu {source}").format(
                    source=domain_labels.label(indicator.source_label)
                )
            )
        if not cell.editable:
            if indicator.source.startswith("computed:"):
                lines.append(
                    self.tr("Giá trị {source}, không nhập tay.").format(
                        source=domain_labels.label(indicator.source_label)
                    )
                )
            elif cell.owner_code:
                lines.append(
                    self.tr("Do cơ quan mã {code} gửi lên: chỉ xem.").format(code=cell.owner_code)
                )
            elif self.grid is not None and self.grid.read_only_reason:
                lines.append(self.grid.read_only_reason)
            else:
                lines.append(self.tr("Đơn vị ngoài phạm vi nhập của cơ quan: chỉ xem."))
        if cell.note:
            lines.append(self.tr("Ghi chú: {note}").format(note=cell.note))
        return "\n".join(lines)


class _SetCells(QUndoCommand):
    def __init__(
        self,
        model: ResultGridModel,
        before: dict[tuple[int, int], str | None],
        after: dict[tuple[int, int], str | None],
    ) -> None:
        count = len(after)
        super().__init__(
            QCoreApplication.translate("ResultGridModel", "Sửa {count} ô").format(count=count)
            if count > 1
            else QCoreApplication.translate("ResultGridModel", "Sửa 1 ô")
        )
        self._model = model
        self._before = before
        self._after = after

    def redo(self) -> None:
        self._model._set_texts(self._after)

    def undo(self) -> None:
        self._model._set_texts(self._before)


def wrap(text: str, width: int = 15, max_lines: int = 4) -> str:
    """Break a long indicator name into short header lines (the tooltip has it in full)."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], lines[max_lines - 1] + " …"]
    return "\n".join(lines)
