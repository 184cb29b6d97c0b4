"""Qt models for the "3 không"/ANTT page: units of the year, their filter, the district summary."""

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
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTableView

from thidua_desktop.domain.numbers import percent_text
from thidua_desktop.domain.security import Assessment
from thidua_desktop.domain.units import short_name
from thidua_desktop.gui.common import domain_labels
from thidua_desktop.gui.common.table_model import DATA_HEADER_ROLE, SORT_ROLE
from thidua_desktop.gui.common.unit_filter import UnitRowFilterProxy
from thidua_desktop.services.security.rows import (
    ANTT_LABEL,
    Change,
    ComponentRow,
    SecurityUnitRow,
)

ROW_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex

MET_BACKGROUND = QColor("#e3f4e6")
NOT_MET_BACKGROUND = QColor("#fbe3e1")
PENDING_FOREGROUND = QColor("#7a6a2a")
MUTED = QColor("#6b7380")
_RANK = {Assessment.MET: 0, Assessment.PENDING: 1, Assessment.NOT_MET: 2}


def _short_label(label: str) -> str:
    """ "Không ma túy" → "ma túy", "An toàn về ANTT" → "ANTT": the remarks column is narrow
    and its tooltip gives the full names."""
    if label == ANTT_LABEL:
        return "ANTT"
    head, _, rest = label.partition(" ")
    return rest if head == "Không" and rest else label  # i18n: not UI


class Kind(IntEnum):
    """The kinds of column; one COMPONENT column per "không" of the year, in its order."""

    NAME = 0
    CODE = 1
    DISTRICT = 2
    COMPONENT = 3
    THREE_KHONG = 4
    ANTT = 5
    BOTH = 6
    CHANGE = 7
    REMARKS = 8


_HEADERS = {
    Kind.NAME: QT_TRANSLATE_NOOP("SecurityTableModel", "Đơn vị cấp xã"),
    Kind.CODE: QT_TRANSLATE_NOOP("SecurityTableModel", "Mã"),
    Kind.DISTRICT: QT_TRANSLATE_NOOP("SecurityTableModel", "Quận, huyện"),
    Kind.THREE_KHONG: QT_TRANSLATE_NOOP("SecurityTableModel", '"3 không"'),
    Kind.ANTT: QT_TRANSLATE_NOOP("SecurityTableModel", "An toàn\nANTT"),
    Kind.BOTH: QT_TRANSLATE_NOOP("SecurityTableModel", "Đạt\ncả hai"),
    Kind.CHANGE: QT_TRANSLATE_NOOP("SecurityTableModel", "So với\nnăm trước"),
    Kind.REMARKS: QT_TRANSLATE_NOOP("SecurityTableModel", "Ghi nhận"),
}


class SecurityTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SecurityUnitRow] = []
        self._columns: list[tuple[Kind, int]] = []
        self._components: list[ComponentRow] = []
        self.set_rows([], [])

    def set_rows(self, rows: Sequence[SecurityUnitRow], components: Sequence[ComponentRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._components = list(components)
        # The code is in the name's tooltip and found by the search box.
        self._columns = [(Kind.NAME, 0), (Kind.DISTRICT, 0)]
        self._columns += [(Kind.COMPONENT, i) for i in range(len(self._components))]
        # "3 không" itself and the change since last year are read from the component cells
        # and the remarks: the table must fit an office screen without scrolling sideways.
        self._columns += [(Kind.ANTT, 0), (Kind.BOTH, 0), (Kind.REMARKS, 0)]
        self.endResetModel()

    def column_kind(self, column: int) -> Kind:
        return self._columns[column][0]

    def column_of(self, kind: Kind) -> int:
        return next(i for i, (k, _) in enumerate(self._columns) if k == kind)

    def row_at(self, row: int) -> SecurityUnitRow:
        return self._rows[row]

    def rows(self) -> list[SecurityUnitRow]:
        return list(self._rows)

    # -- QAbstractTableModel ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        kind, which = self._columns[section]
        if role == DATA_HEADER_ROLE:
            return kind == Kind.COMPONENT
        if role == Qt.ItemDataRole.DisplayRole:
            if kind == Kind.COMPONENT:
                # "Không tội phạm" on two lines keeps the status columns narrow.
                return self._components[which].label.replace(" ", "\n", 1)
            return QCoreApplication.translate("SecurityTableModel", _HEADERS[kind])
        if role == Qt.ItemDataRole.ToolTipRole and kind == Kind.COMPONENT:
            return self._components[which].description or None
        if role == Qt.ItemDataRole.ToolTipRole and kind == Kind.REMARKS:
            return self.tr("Chưa đạt, chưa đánh giá, cảnh báo, thay đổi so với năm trước")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        kind, which = self._columns[index.column()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, kind, which)
        if role == SORT_ROLE:
            return self._sort_value(row, kind, which)
        status = self._assessment(row, kind, which)
        if role == Qt.ItemDataRole.BackgroundRole and status is not None:
            if status is Assessment.MET:
                return QBrush(MET_BACKGROUND)
            if status is Assessment.NOT_MET:
                return QBrush(NOT_MET_BACKGROUND)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if status is Assessment.PENDING:
                return QBrush(PENDING_FOREGROUND)
            if not row.recorded and kind != Kind.NAME:
                return QBrush(MUTED)
            return None
        if role == Qt.ItemDataRole.FontRole and kind == Kind.NAME and row.source == "copied":
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, kind, which)
        if role == Qt.ItemDataRole.TextAlignmentRole and kind not in (
            Kind.NAME,
            Kind.DISTRICT,
            Kind.REMARKS,
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    @staticmethod
    def _assessment(row: SecurityUnitRow, kind: Kind, which: int) -> Assessment | None:
        if kind == Kind.COMPONENT:
            return row.components[which].status if which < len(row.components) else None
        if kind == Kind.ANTT:
            return row.antt_result
        if kind == Kind.THREE_KHONG:
            if row.three_khong:
                return Assessment.MET
            pending = any(c.status is Assessment.PENDING for c in row.components)
            failing = any(c.status is Assessment.NOT_MET for c in row.components)
            return Assessment.PENDING if pending and not failing else Assessment.NOT_MET
        if kind == Kind.BOTH:
            return Assessment.MET if row.both else None
        return None

    def _display(self, row: SecurityUnitRow, kind: Kind, which: int) -> str:
        if kind == Kind.NAME:
            return row.unit_name
        if kind == Kind.CODE:
            return row.unit_code
        if kind == Kind.DISTRICT:
            return short_name(row.district_name)
        if kind == Kind.COMPONENT:
            if which >= len(row.components):
                return ""
            return domain_labels.label(row.components[which].status.label)
        if kind == Kind.THREE_KHONG:
            return self.tr("đạt") if row.three_khong else self.tr("chưa đạt")
        if kind == Kind.ANTT:
            return domain_labels.label(row.antt_result.label)
        if kind == Kind.BOTH:
            return self.tr("đạt") if row.both else "—"
        if kind == Kind.CHANGE:
            change = row.change
            if change is Change.GAINED:
                return self.tr("▲ mới đạt")
            if change is Change.LOST:
                return self.tr("▼ không còn đạt")
            return ""
        return self._remarks(row)

    def _remarks(self, row: SecurityUnitRow) -> str:
        if not row.recorded:
            return self.tr("chưa có số liệu")
        parts = []
        # What falls short first (the column is narrow), then the change since last year.
        if row.failing:
            parts.append(
                self.tr("chưa đạt: {items}").format(items=", ".join(map(_short_label, row.failing)))
            )
        if row.pending:
            parts.append(
                self.tr("chưa đánh giá: {items}").format(
                    items=", ".join(map(_short_label, row.pending))
                )
            )
        if row.change is Change.GAINED:
            parts.append(self.tr("▲ mới đạt"))
        elif row.change is Change.LOST:
            parts.append(self.tr("▼ không còn đạt"))
        if row.warnings:
            parts.append(self.tr("⚠ {count} cảnh báo").format(count=len(row.warnings)))
        if row.source == "copied":
            parts.append(self.tr("sao chép từ năm trước, cần rà soát"))
        return "; ".join(parts)

    @staticmethod
    def _sort_value(row: SecurityUnitRow, kind: Kind, which: int) -> Any:
        if kind == Kind.NAME:
            return row.sort_key
        if kind == Kind.CODE:
            return row.unit_code
        if kind == Kind.DISTRICT:
            return f"{row.district_sort_key}\x00{row.sort_key}"
        if kind == Kind.COMPONENT:
            return _RANK[row.components[which].status] if which < len(row.components) else 3
        if kind == Kind.THREE_KHONG:
            return 0 if row.three_khong else 1
        if kind == Kind.ANTT:
            return _RANK[row.antt_result]
        if kind == Kind.BOTH:
            return 0 if row.both else 1
        if kind == Kind.CHANGE:
            return {Change.GAINED: 0, None: 1, Change.LOST: 2}[row.change]
        return len(row.failing) * 10 + len(row.pending)

    def _tooltip(self, row: SecurityUnitRow, kind: Kind, which: int) -> str | None:
        if kind == Kind.COMPONENT and which < len(row.components):
            state = row.components[which]
            lines = [f"{state.label}: {domain_labels.label(state.status.label)}"]
            if state.evidence_note:
                lines.append(self.tr("Minh chứng: {note}").format(note=state.evidence_note))
            if state.evidence_date:
                lines.append(self.tr("Ngày: {date}").format(date=f"{state.evidence_date:%d/%m/%Y}"))
            return "\n".join(lines)
        if kind == Kind.ANTT and row.recorded:
            lines = [
                self.tr("Kết quả: {result}").format(
                    result=domain_labels.label(row.antt_result.label)
                )
            ]
            if row.registered_on:
                lines.append(
                    self.tr("Đăng ký ngày {date}").format(date=f"{row.registered_on:%d/%m/%Y}")
                )
            if row.recognised_share is not None:
                lines.append(
                    self.tr("Khu dân cư, cơ quan… được công nhận: {share}").format(
                        share=percent_text(row.recognised_share)
                    )
                )
            if row.decision_number and row.decision_date:
                lines.append(
                    self.tr("Quyết định {number} ngày {date}").format(
                        number=row.decision_number, date=f"{row.decision_date:%d/%m/%Y}"
                    )
                )
            elif row.decision_number:
                lines.append(self.tr("Quyết định {number}").format(number=row.decision_number))
            return "\n".join(lines)
        if kind == Kind.NAME:
            owner = (
                [
                    self.tr("Số liệu do cơ quan mã {code} gửi lên: chỉ xem.").format(
                        code=row.owner_code
                    )
                ]
                if row.owner_code
                else []
            )
            return "\n".join(
                [
                    self.tr("{name} — mã {code}").format(name=row.unit_name, code=row.unit_code),
                    *owner,
                    *(f"⚠ {w}" for w in row.warnings),
                ]
            )
        if kind == Kind.REMARKS:
            lines = []
            if row.failing:
                lines.append(
                    self.tr("Chưa đạt: {items}").format(
                        items=", ".join(map(domain_labels.label, row.failing))
                    )
                )
            if row.pending:
                lines.append(
                    self.tr("Chưa đánh giá: {items}").format(
                        items=", ".join(map(domain_labels.label, row.pending))
                    )
                )
            if row.change is not None:
                lines.append(
                    self.tr("So với năm trước: {change}").format(
                        change=domain_labels.label(row.change.label)
                    )
                )
            lines += [f"⚠ {w}" for w in row.warnings]
            if row.note:
                lines.append(self.tr("Ghi chú: {note}").format(note=row.note))
            return "\n".join(lines) or None
        return None


class StatusFilter(IntEnum):
    ALL = 0
    BOTH = 1
    SHORT = 2
    NOT_THREE_KHONG = 3
    NOT_ANTT = 4
    PENDING = 5
    GAINED = 6
    LOST = 7
    WARNINGS = 8
    UNRECORDED = 9

    @property
    def label(self) -> str:
        return QCoreApplication.translate("SecurityPage", _FILTER_LABELS[self])

    def accepts(self, row: SecurityUnitRow) -> bool:
        return _FILTERS[self](row)


_FILTER_LABELS = {
    StatusFilter.ALL: QT_TRANSLATE_NOOP("SecurityPage", "Tất cả tình trạng"),
    StatusFilter.BOTH: QT_TRANSLATE_NOOP("SecurityPage", "Đạt cả hai"),
    StatusFilter.SHORT: QT_TRANSLATE_NOOP("SecurityPage", "Chưa đạt cả hai"),
    StatusFilter.NOT_THREE_KHONG: QT_TRANSLATE_NOOP("SecurityPage", 'Chưa đạt "3 không"'),
    StatusFilter.NOT_ANTT: QT_TRANSLATE_NOOP("SecurityPage", "Chưa đạt an toàn ANTT"),
    StatusFilter.PENDING: QT_TRANSLATE_NOOP("SecurityPage", "Còn mục chưa đánh giá"),
    StatusFilter.GAINED: QT_TRANSLATE_NOOP("SecurityPage", "Mới đạt so với năm trước"),
    StatusFilter.LOST: QT_TRANSLATE_NOOP("SecurityPage", "Không còn đạt so với năm trước"),
    StatusFilter.WARNINGS: QT_TRANSLATE_NOOP("SecurityPage", "Có cảnh báo"),
    StatusFilter.UNRECORDED: QT_TRANSLATE_NOOP("SecurityPage", "Chưa có số liệu"),
}
_FILTERS = {
    StatusFilter.ALL: lambda r: True,
    StatusFilter.BOTH: lambda r: r.both,
    StatusFilter.SHORT: lambda r: not r.both,
    StatusFilter.NOT_THREE_KHONG: lambda r: not r.three_khong,
    StatusFilter.NOT_ANTT: lambda r: not r.antt_met,
    StatusFilter.PENDING: lambda r: bool(r.pending),
    StatusFilter.GAINED: lambda r: r.change is Change.GAINED,
    StatusFilter.LOST: lambda r: r.change is Change.LOST,
    StatusFilter.WARNINGS: lambda r: bool(r.warnings),
    StatusFilter.UNRECORDED: lambda r: not r.recorded,
}


class SecurityFilterProxy(UnitRowFilterProxy):
    """District, status and folded-text filters (diacritics and case ignored); Vietnamese sort."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(StatusFilter.ALL, parent)

    def set_filters(self, *, district: str | None, status: StatusFilter, search: str = "") -> None:
        self._set(district, status, search)


def compact_rows(table: QTableView) -> None:
    """Rows as high as the text needs: more units on screen without scrolling."""
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
