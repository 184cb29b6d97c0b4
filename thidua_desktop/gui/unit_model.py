"""The administrative-unit tree as a Qt item model over plain rows, and its search filter."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from thidua_desktop.domain.text import fold
from thidua_desktop.services.rows import UnitRow

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
ROW_ROLE = Qt.ItemDataRole.UserRole + 3

_NO_PARENT = -1
Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    CODE = 1
    KIND = 2


_HEADERS = {
    Column.NAME: QT_TRANSLATE_NOOP("UnitTreeModel", "Tên đơn vị"),
    Column.CODE: QT_TRANSLATE_NOOP("UnitTreeModel", "Mã"),
    Column.KIND: QT_TRANSLATE_NOOP("UnitTreeModel", "Loại"),
}


class UnitTreeModel(QAbstractItemModel):
    """Rows arrive in tree order; each node is addressed by its position in that list.

    Indexes carry the node position as their internal id (a plain integer), so no Python object
    has to be kept alive for Qt.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[UnitRow] = []
        self._parent: list[int] = []
        self._children: dict[int, list[int]] = {_NO_PARENT: []}
        self._row_in_parent: list[int] = []
        self._descendants: list[int] = []
        self._node_of: dict[int, int] = {}
        self._highlight_id: int | None = None
        self._on_day: dt.date | None = None

    # -- data in ----------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[UnitRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._node_of = position = {row.id: i for i, row in enumerate(self._rows)}
        self._parent = [
            position.get(row.parent_id, _NO_PARENT) if row.parent_id is not None else _NO_PARENT
            for row in self._rows
        ]
        self._children = {_NO_PARENT: []}
        self._row_in_parent = []
        for node, parent in enumerate(self._parent):
            siblings = self._children.setdefault(parent, [])
            self._row_in_parent.append(len(siblings))
            siblings.append(node)
        # Descendants per node, counted bottom-up (in tree order children follow their parent).
        self._descendants = [0] * len(self._rows)
        for node in range(len(self._rows) - 1, -1, -1):
            parent = self._parent[node]
            if parent != _NO_PARENT:
                self._descendants[parent] += self._descendants[node] + 1
        self.endResetModel()

    def set_highlight(self, unit_id: int | None) -> None:
        """Show the office's own unit in bold."""
        self._highlight_id = unit_id
        self._emit_all_changed()

    def set_reference_day(self, day: dt.date | None) -> None:
        """Units not valid on this day are shown greyed (e.g. merged before the working year)."""
        self._on_day = day
        self._emit_all_changed()

    def _emit_all_changed(self) -> None:
        # dataChanged per sibling range (not layoutChanged, which would collapse the view).
        last = len(Column) - 1
        for children in self._children.values():
            if not children:
                continue
            self.dataChanged.emit(
                self.createIndex(0, 0, children[0]),
                self.createIndex(len(children) - 1, last, children[-1]),
            )

    # -- lookups ----------------------------------------------------------------------------
    def row_at(self, index: Index) -> UnitRow | None:
        if not index.isValid():
            return None
        return self._rows[index.internalId()]

    def index_of_unit(self, unit_id: int) -> QModelIndex:
        node = self._node_of.get(unit_id)
        if node is None:
            return QModelIndex()
        return self.createIndex(self._row_in_parent[node], 0, node)

    def children_rows(self, unit_id: int) -> list[UnitRow]:
        node = self._node_of.get(unit_id)
        return [] if node is None else [self._rows[c] for c in self._children.get(node, [])]

    def descendant_rows(self, unit_id: int) -> list[UnitRow]:
        node = self._node_of.get(unit_id)
        if node is None:
            return []
        # Tree order: a node's descendants are the next `_descendants[node]` rows.
        return self._rows[node + 1 : node + 1 + self._descendants[node]]

    # -- QAbstractItemModel -----------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        parent_node = parent.internalId() if parent.isValid() else _NO_PARENT
        siblings = self._children.get(parent_node, [])
        if not (0 <= row < len(siblings)) or not (0 <= column < len(Column)):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row])

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not child.isValid():
            return QModelIndex()
        parent_node = self._parent[child.internalId()]
        if parent_node == _NO_PARENT:
            return QModelIndex()
        return self.createIndex(self._row_in_parent[parent_node], 0, parent_node)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        node = parent.internalId() if parent.isValid() else _NO_PARENT
        return len(self._children.get(node, []))

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("UnitTreeModel", _HEADERS[Column(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = index.internalId()
        row = self._rows[node]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.NAME:
                count = len(self._children.get(node, []))
                return f"{row.full_name} ({count})" if count else row.full_name
            if column == Column.CODE:
                return row.code
            return row.kind_label
        if role == SORT_ROLE:
            return row.code if column == Column.CODE else row.sort_key
        if role == SEARCH_ROLE:
            return row.search_key
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.FontRole and row.id == self._highlight_id:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and not self._valid(row):
            return QBrush(QColor("#8a8f98"))
        if role == Qt.ItemDataRole.ToolTipRole and not self._valid(row) and row.valid_to:
            return self.tr("Hết hiệu lực sau ngày {date}").format(date=f"{row.valid_to:%d/%m/%Y}")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.CODE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _valid(self, row: UnitRow) -> bool:
        return self._on_day is None or row.is_valid_on(self._on_day)


class UnitFilterProxy(QSortFilterProxyModel):
    """Filters by the folded search key (diacritics, case, đ/d ignored); keeps matches' parents."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setRecursiveFilteringEnabled(True)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)

    @property
    def active(self) -> bool:
        return bool(self._words)

    @property
    def words(self) -> list[str]:
        """The folded words of the current query."""
        return list(self._words)

    def set_query(self, text: str) -> None:
        words = fold(text).split()
        if words == self._words:
            return
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.10; invalidateFilter() is deprecated
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = words
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        key: str = model.data(model.index(source_row, 0, source_parent), SEARCH_ROLE)
        return all(word in key for word in self._words)
