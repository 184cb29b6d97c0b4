"""The audit trail as a Qt table model over plain rows (newest first), sortable by any column."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
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

from thidua_desktop.domain.text import sort_key
from thidua_desktop.gui.common import domain_labels
from thidua_desktop.services.audit.trail import AuditRow, format_values

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    TIME = 0
    OPERATOR = 1
    ACTION = 2
    ENTITY = 3
    KEY = 4
    UNIT = 5
    CHANGE = 6
    REASON = 7
    PACKAGE = 8


_HEADERS = {
    Column.TIME: QT_TRANSLATE_NOOP("AuditTableModel", "Thời điểm"),
    Column.OPERATOR: QT_TRANSLATE_NOOP("AuditTableModel", "Người thực hiện"),
    Column.ACTION: QT_TRANSLATE_NOOP("AuditTableModel", "Thao tác"),
    Column.ENTITY: QT_TRANSLATE_NOOP("AuditTableModel", "Loại bản ghi"),
    Column.KEY: QT_TRANSLATE_NOOP("AuditTableModel", "Bản ghi"),
    Column.UNIT: QT_TRANSLATE_NOOP("AuditTableModel", "Đơn vị"),
    Column.CHANGE: QT_TRANSLATE_NOOP("AuditTableModel", "Thay đổi (cũ → mới)"),
    Column.REASON: QT_TRANSLATE_NOOP("AuditTableModel", "Lý do"),
    Column.PACKAGE: QT_TRANSLATE_NOOP("AuditTableModel", "Gói dữ liệu"),
}


def _text(row: AuditRow, column: Column) -> str:
    match column:
        case Column.TIME:
            return row.local_time_text
        case Column.OPERATOR:
            return row.operator
        case Column.ACTION:
            return domain_labels.label(row.action_label)
        case Column.ENTITY:
            return domain_labels.label(row.entity_label)
        case Column.KEY:
            return row.key
        case Column.UNIT:
            return row.unit_name or ""
        case Column.CHANGE:
            return row.change
        case Column.REASON:
            return row.reason or ""
        case Column.PACKAGE:
            return row.package_ref or ""


def describe(row: AuditRow) -> str:
    """Every detail of one entry, for the detail panel and tooltips."""
    action, entity = domain_labels.label(row.action_label), domain_labels.label(row.entity_label)
    lines = [
        f"{row.local_time_text} — {row.operator}",
        f"{action}: {entity} {row.key}",
    ]
    if row.unit_name:
        lines.append(
            QCoreApplication.translate("AuditTableModel", "Đơn vị: {name} ({code})").format(
                name=row.unit_name, code=row.unit_code
            )
        )
    if row.old is not None:
        lines.append(
            QCoreApplication.translate("AuditTableModel", "Giá trị cũ: {values}").format(
                values=format_values(row.old)
            )
        )
    if row.new is not None:
        lines.append(
            QCoreApplication.translate("AuditTableModel", "Giá trị mới: {values}").format(
                values=format_values(row.new)
            )
        )
    if row.reason:
        lines.append(
            QCoreApplication.translate("AuditTableModel", "Lý do: {reason}").format(
                reason=row.reason
            )
        )
    if row.package_ref:
        lines.append(
            QCoreApplication.translate("AuditTableModel", "Gói dữ liệu: {package}").format(
                package=row.package_ref
            )
        )
    return "\n".join(lines)


class AuditTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditRow] = []
        self._sort_keys: dict[tuple[int, int], str] = {}

    def set_rows(self, rows: Sequence[AuditRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._sort_keys = {}
        self.endResetModel()

    def row_at(self, index: Index) -> AuditRow | None:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    def rows(self) -> list[AuditRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AuditTableModel", _HEADERS[Column(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return _text(row, column)
        if role == SORT_ROLE:
            if column == Column.TIME:
                return row.at.timestamp()
            cache = (index.row(), index.column())
            key = self._sort_keys.get(cache)
            if key is None:  # Vietnamese dictionary order (agrees with QCollator)
                key = self._sort_keys[cache] = sort_key(_text(row, column))
            return key
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and column in (
            Column.CHANGE,
            Column.REASON,
            Column.KEY,
        ):
            return describe(row)
        return None
