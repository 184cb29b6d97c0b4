"""The targets form of one unit and year: each indicator's target, typed the Vietnamese way."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QUndoCommand, QUndoStack

from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.evaluation import Comparator, Target
from thidua_desktop.domain.numbers import format_number, parse_number
from thidua_desktop.gui.common import domain_labels
from thidua_desktop.gui.common.messages import say
from thidua_desktop.services.campaigns.rows import IndicatorRow

Index = QModelIndex | QPersistentModelIndex
HEADERS = (
    QT_TRANSLATE_NOOP("TargetsModel", "Chỉ tiêu"),
    QT_TRANSLATE_NOOP("TargetsModel", "Đơn vị tính"),
    QT_TRANSLATE_NOOP("TargetsModel", "Cách đánh giá"),
    QT_TRANSLATE_NOOP("TargetsModel", "Giá trị (cận dưới)"),
    QT_TRANSLATE_NOOP("TargetsModel", "Cận trên"),
)
LOW, HIGH = 3, 4


@dataclass(frozen=True)
class TargetLine:
    indicator: IndicatorRow
    low: str
    high: str
    error: str = ""


class TargetsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lines: list[TargetLine] = []
        self.editable = True
        self.seen: dict[str, Target] = {}
        self.undo_stack = QUndoStack(self)

    @property
    def dirty(self) -> bool:
        """Targets typed since they were read or saved (undoing them all makes it clean)."""
        return not self.undo_stack.isClean()

    def mark_saved(self) -> None:
        self.undo_stack.setClean()

    def set_targets(
        self, indicators: list[IndicatorRow], targets: dict[str, Target], *, editable: bool
    ) -> None:
        self.beginResetModel()
        self.lines = [
            TargetLine(
                i,
                format_number(targets[i.code].low) if i.code in targets else "",
                format_number(high)
                if i.code in targets and (high := targets[i.code].high) is not None
                else "",
            )
            for i in indicators
        ]
        self.undo_stack.clear()
        self.editable = editable
        self.seen = dict(targets)  # as read: a save checks nobody changed them since
        self.endResetModel()

    @property
    def has_errors(self) -> bool:
        return any(line.error for line in self.lines)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("TargetsModel", HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.editable:
            return flags
        line = self.lines[index.row()]
        if index.column() == LOW or (
            index.column() == HIGH and line.indicator.comparator == Comparator.RANGE
        ):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (
                line.indicator.name,
                line.indicator.unit_of_measure,
                domain_labels.label(line.indicator.comparator_enum.label),
                line.low,
                line.high if line.indicator.comparator == Comparator.RANGE else "—",
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and line.error and column in (LOW, HIGH):
            return line.error
        if role == Qt.ItemDataRole.BackgroundRole and line.error and column in (LOW, HIGH):
            return QBrush(QColor("#f8d7d5"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (LOW, HIGH):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        line = self.lines[index.row()]
        text = str(value).strip()
        changed = replace(line, low=text) if index.column() == LOW else replace(line, high=text)
        if changed == line:
            return True
        self.undo_stack.push(_SetLine(self, index.row(), line, changed))
        return True

    def _put(self, row: int, line: TargetLine) -> None:
        self.lines[row] = replace(line, error=_check(line))
        self.dataChanged.emit(self.index(row, 0), self.index(row, HIGH))


class _SetLine(QUndoCommand):
    def __init__(
        self, model: TargetsModel, row: int, before: TargetLine, after: TargetLine
    ) -> None:
        super().__init__(
            QCoreApplication.translate("TargetsModel", "Sửa chỉ tiêu {0}").format(
                before.indicator.name
            )
        )
        self._model, self._row, self._before, self._after = model, row, before, after

    def redo(self) -> None:
        self._model._put(self._row, self._after)

    def undo(self) -> None:
        self._model._put(self._row, self._before)


def _check(line: TargetLine) -> str:
    """A message when the line cannot be a target (shown in the cell before saving)."""
    if not line.low:
        return ""
    try:
        low = parse_number(line.low)
        high = parse_number(line.high) if line.high else None
        comparator = line.indicator.comparator_enum
        Target(comparator, low, high if comparator is Comparator.RANGE else None)
    except InvalidInput as exc:
        return say(exc.message)
    return ""
