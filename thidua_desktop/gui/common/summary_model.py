"""The rows of a summary table: one per district, then a last row (shown bold) for the scope."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex

Index = QModelIndex | QPersistentModelIndex
Summary = TypeVar("Summary")


class DistrictSummaryModel(QAbstractTableModel, Generic[Summary]):
    """Keeps the rows; a subclass gives `column_count`, `headerData` and `data`."""

    column_count = 0

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Summary] = []
        self._total_row = -1

    def set_summaries(self, districts: Sequence[Summary], total: Summary) -> None:
        self.beginResetModel()
        self._rows = [*districts, total] if len(districts) > 1 else [total]
        self._total_row = len(self._rows) - 1
        self.endResetModel()

    def summary_at(self, row: int) -> Summary:
        return self._rows[row]

    def is_total(self, row: int) -> bool:
        return row == self._total_row

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.column_count
