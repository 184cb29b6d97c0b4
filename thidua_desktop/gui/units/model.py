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
    QIdentityProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QTreeView

from thidua_desktop.domain.text import fold
from thidua_desktop.gui.common import domain_labels
from thidua_desktop.services.core.rows import UnitRow

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
ROW_ROLE = Qt.ItemDataRole.UserRole + 3

_NO_PARENT = -1
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_STYLE_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
    )
)
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
    has to be kept alive for Qt. Search and sorting happen here, over plain Python lists: a
    QSortFilterProxyModel would ask Python for every row's data through Qt (tens of thousands of
    calls per keystroke for the country's 10.800 units, seconds with the tree expanded).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[UnitRow] = []
        self._keys: list[str] = []
        self._parent: list[int] = []
        self._all_children: dict[int, list[int]] = {_NO_PARENT: []}
        self._children: dict[int, list[int]] = {_NO_PARENT: []}  # shown: filtered, sorted
        self._row_in_parent: list[int] = []
        self._descendants: list[int] = []
        self._node_of: dict[int, int] = {}
        self._words: tuple[str, ...] = ()
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._matched: list[int] = []
        self._highlight_id: int | None = None
        self._on_day: dt.date | None = None
        # The kind label in the interface language, per Vietnamese label: a dozen kinds, looked
        # up once rather than translated on every paint.
        self._kind_texts: dict[str, str] = {}

    # -- data in ----------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[UnitRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._kind_texts = {}
        self._keys = [row.search_key for row in self._rows]
        self._node_of = position = {row.id: i for i, row in enumerate(self._rows)}
        self._parent = [
            position.get(row.parent_id, _NO_PARENT) if row.parent_id is not None else _NO_PARENT
            for row in self._rows
        ]
        self._all_children = {_NO_PARENT: []}
        for node, parent in enumerate(self._parent):
            self._all_children.setdefault(parent, []).append(node)
        # Descendants per node, counted bottom-up (in tree order children follow their parent).
        self._descendants = [0] * len(self._rows)
        for node in range(len(self._rows) - 1, -1, -1):
            parent = self._parent[node]
            if parent != _NO_PARENT:
                self._descendants[parent] += self._descendants[node] + 1
        self._rebuild()
        self.endResetModel()

    def set_filter(self, words: Sequence[str]) -> None:
        """Show the units whose folded key holds every word, with the units above them."""
        wanted = tuple(words)
        if wanted == self._words:
            return
        self.beginResetModel()
        self._words = wanted
        self._rebuild()
        self.endResetModel()

    def column_texts(self, column: int) -> set[str]:
        """Every text of a column that is not the name (codes, kinds): few distinct ones."""
        if column == Column.CODE:
            return {row.code for row in self._rows}
        if column == Column.KIND:
            return {self._kind_text(kind) for kind in {row.kind_label for row in self._rows}}
        raise ValueError(f"column {column} has a text per unit")

    def _kind_text(self, kind_label: str) -> str:
        text = self._kind_texts.get(kind_label)
        if text is None:
            text = self._kind_texts[kind_label] = domain_labels.label(kind_label)
        return text

    @property
    def searching(self) -> bool:
        return bool(self._words)

    @property
    def matched_rows(self) -> list[UnitRow]:
        """The units the search found, in tree order (empty when there is no search)."""
        return [self._rows[node] for node in self._matched]

    def _rebuild(self) -> None:
        words = self._words
        if words:
            keys = self._keys
            self._matched = [n for n, key in enumerate(keys) if all(w in key for w in words)]
            shown = bytearray(len(self._rows))
            parents = self._parent
            for node in self._matched:
                while node != _NO_PARENT and not shown[node]:
                    shown[node] = 1
                    node = parents[node]
            children: dict[int, list[int]] = {_NO_PARENT: []}
            for node, parent in enumerate(parents):
                if shown[node]:
                    children.setdefault(parent, []).append(node)
        else:
            self._matched = []
            children = {parent: list(nodes) for parent, nodes in self._all_children.items()}
        self._children = children
        self._apply_sort()

    def _apply_sort(self) -> None:
        if self._sort is not None:
            column, order = self._sort
            rows = self._rows
            if column == Column.CODE:
                key: Any = lambda node: rows[node].code  # noqa: E731
            else:
                key = lambda node: rows[node].sort_key  # noqa: E731
            descending = order == Qt.SortOrder.DescendingOrder
            for nodes in self._children.values():
                nodes.sort(key=key, reverse=descending)
        self._row_in_parent = [-1] * len(self._rows)
        for nodes in self._children.values():
            for row, node in enumerate(nodes):
                self._row_in_parent[node] = row

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        self._sort = (column, order)
        self._apply_sort()
        self.changePersistentIndexList(
            before,
            [
                self.createIndex(self._row_in_parent[i.internalId()], i.column(), i.internalId())
                if i.isValid() and self._row_in_parent[i.internalId()] >= 0
                else QModelIndex()
                for i in before
            ],
        )
        self.layoutChanged.emit()

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
        for parent, children in self._children.items():
            if not children:
                continue
            parent_index = (
                QModelIndex()
                if parent == _NO_PARENT
                else self.createIndex(self._row_in_parent[parent], 0, parent)
            )
            self.dataChanged.emit(
                self.index(0, 0, parent_index), self.index(len(children) - 1, last, parent_index)
            )

    # -- lookups ----------------------------------------------------------------------------
    def row_at(self, index: Index) -> UnitRow | None:
        if not index.isValid():
            return None
        return self._rows[index.internalId()]

    def index_of_unit(self, unit_id: int) -> QModelIndex:
        """The unit's index; invalid when the search hides it."""
        node = self._node_of.get(unit_id)
        if node is None or self._row_in_parent[node] < 0:
            return QModelIndex()
        return self.createIndex(self._row_in_parent[node], 0, node)

    def children_rows(self, unit_id: int) -> list[UnitRow]:
        node = self._node_of.get(unit_id)
        return [] if node is None else [self._rows[c] for c in self._all_children.get(node, [])]

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
        # Plain integers, no enum look-ups: the view asks this thousands of times a keystroke.
        column = index.column()
        if role == _DISPLAY:
            if column == Column.NAME:
                count = len(self._all_children.get(node, []))
                return f"{row.full_name} ({count})" if count else row.full_name
            if column == Column.CODE:
                return row.code
            return self._kind_text(row.kind_label)
        if role == SORT_ROLE:
            return row.code if column == Column.CODE else row.sort_key
        if role == SEARCH_ROLE:
            return row.search_key
        if role == ROW_ROLE:
            return row
        if role not in _STYLE_ROLES:
            return None
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


class UnitFilterProxy(QIdentityProxyModel):
    """The view's side of the tree: search (diacritics, case, đ/d ignored; matches' parents
    kept) and sorting are passed to the UnitTreeModel, which does both over plain lists."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

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
        self._words = words
        source = self.sourceModel()
        assert isinstance(source, UnitTreeModel)
        source.set_filter(words)


# Expanding every branch of a search that found thousands of units makes the view lay out
# thousands of rows (hundreds of milliseconds a keystroke) for a list nobody reads.
EXPAND_ALL_LIMIT = 300


def expand_found(tree: QTreeView, model: UnitTreeModel) -> None:
    """Open the tree on what the search found: every branch when the matches are few, else only
    the top level (each branch shows how many it holds); with no search, the top level."""
    # A new query resets the model, which collapses the tree: nothing to close first.
    if model.searching and len(model.matched_rows) <= EXPAND_ALL_LIMIT:
        tree.expandAll()
    elif model.searching or model.rowCount() == 1:
        tree.expandToDepth(0)
    else:
        tree.collapseAll()  # the whole country: only the office's branch opens (select_unit)


def fit_columns(tree: QTreeView, model: UnitTreeModel, columns: Sequence[Column]) -> None:
    """Size columns to the widest text any unit can show in them (measured once, over the
    distinct texts, whether or not their rows are expanded)."""
    metrics = tree.fontMetrics()
    header = tree.header()
    for column in columns:
        texts = {str(model.headerData(column, Qt.Orientation.Horizontal))}
        texts |= model.column_texts(column)
        widest = max(metrics.horizontalAdvance(text) for text in texts)
        # Room for the cell's margins and the header's sort arrow.
        header.resizeSection(column, widest + 2 * metrics.averageCharWidth() + 16)
