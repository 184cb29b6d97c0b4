"""The filter of the per-unit tables ("3 không", nông thôn mới): a district, a category of the
page (anything with `accepts(row)`), and folded words over the unit's name, code and district."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from thidua_desktop.domain.text import fold
from thidua_desktop.gui.common.table_model import SORT_ROLE

Index = QModelIndex | QPersistentModelIndex


class Category(Protocol):
    def accepts(self, row: Any) -> bool: ...


class UnitRowFilterProxy(QSortFilterProxyModel):
    """Filters the rows of a source model that has `row_at(n)`; Vietnamese sort by SORT_ROLE."""

    def __init__(self, category: Category, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._district: str | None = None
        self._category = category
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)

    def _set(self, district: str | None, category: Category, search: str) -> None:
        words = fold(search).split()
        if (district, category, words) == (self._district, self._category, self._words):
            return
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.10; invalidateFilter() is deprecated
            self.beginFilterChange()
            self._district, self._category, self._words = district, category, words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._district, self._category, self._words = district, category, words
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        row = self.sourceModel().row_at(source_row)  # type: ignore[attr-defined]
        if self._district is not None and row.district_code != self._district:
            return False
        if not self._category.accepts(row):
            return False
        if self._words:
            key = fold(f"{row.unit_name} {row.unit_code} {row.district_name}")
            return all(word in key for word in self._words)
        return True
