"""A read-only table model over plain rows, described by its columns (for lists and registers)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

Row = TypeVar("Row")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
# headerData(section, Horizontal, DATA_HEADER_ROLE) is True for a column titled by data (a "3
# không" component's name from the reference list), not by the interface's own words.
DATA_HEADER_ROLE = Qt.ItemDataRole.UserRole + 10
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[Row]):
    # Marked with QT_TRANSLATE_NOOP("RowTableModel", "…"): translated when the header is shown
    # (the columns of a page are often module constants, made before the translator is loaded).
    title: str
    text: Callable[[Row], str]
    # A comparable value for sorting (e.g. a Vietnamese sort key or a date); default: the text.
    sort: Callable[[Row], Any] | None = None
    right: bool = False
    tooltip: Callable[[Row], str] | None = None
    background: Callable[[Row], Any] | None = None


def count_column(title: str, attribute: str) -> Column[Any]:
    """A right-aligned whole-number column read from `attribute`, sorted by its value."""

    def value(row: Any) -> int:
        return int(getattr(row, attribute))

    return Column(title, lambda row: str(value(row)), sort=value, right=True)


class RowTableModel(QAbstractTableModel, Generic[Row]):
    def __init__(self, columns: Sequence[Column[Row]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("RowTableModel", self.columns[section].title)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SORT_ROLE:
            return column.sort(row) if column.sort is not None else column.text(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip is not None else column.text(row)
        if role == Qt.ItemDataRole.BackgroundRole and column.background is not None:
            return column.background(row)
        return None
