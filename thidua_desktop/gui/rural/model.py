"""Qt models for the Nông thôn mới page: communes with level badges, their filter, summaries."""

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
    QRectF,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from thidua_desktop.domain.rural import Level
from thidua_desktop.domain.units import short_name
from thidua_desktop.gui.common import domain_labels
from thidua_desktop.gui.common.table_model import SORT_ROLE
from thidua_desktop.gui.common.unit_filter import UnitRowFilterProxy
from thidua_desktop.services.rural.rows import CommuneRow

LEVEL_ROLE = Qt.ItemDataRole.UserRole + 3
Index = QModelIndex | QPersistentModelIndex

# (background, text) per level; None: no level yet. Strong enough to tell apart at a glance,
# light enough for dark text (and printable in grey).
LEVEL_COLOURS: dict[Level | None, tuple[str, str]] = {
    None: ("#eceff3", "#5b6675"),
    Level.NTM: ("#d7eedc", "#1d5e2f"),
    Level.NANG_CAO: ("#d3e4f6", "#124a84"),
    Level.KIEU_MAU: ("#f6e2ad", "#6a4700"),
}
UNKNOWN = "unknown"  # LEVEL_ROLE of a xã with nothing recorded
UNKNOWN_COLOURS = ("#ffffff", "#6b7380")  # an outline of a badge: nothing known yet
COMPLETE_BACKGROUND = QColor("#e3f4e6")
SHORT_BACKGROUND = QColor("#fbe3e1")
WARNING_FOREGROUND = QColor("#9a3412")
MUTED = QColor("#6b7380")


# The short level labels of tables and badges (as Level.label), translated where shown.
_LEVEL_LABELS = {
    None: QT_TRANSLATE_NOOP("CommuneModel", "Chưa đạt chuẩn"),
    Level.NTM: QT_TRANSLATE_NOOP("CommuneModel", "NTM"),
    Level.NANG_CAO: QT_TRANSLATE_NOOP("CommuneModel", "NTM nâng cao"),
    Level.KIEU_MAU: QT_TRANSLATE_NOOP("CommuneModel", "NTM kiểu mẫu"),
}


def level_label(level: Level | None) -> str:
    """ "NTM nâng cao", "Chưa đạt chuẩn" for no level: in the interface language."""
    return QCoreApplication.translate("CommuneModel", _LEVEL_LABELS[level])


class Column(IntEnum):
    NAME = 0
    DISTRICT = 1
    LEVEL = 2
    NTM = 3
    NANG_CAO = 4
    KIEU_MAU = 5
    PLAN = 6
    REMARKS = 7
    MISSING = 8


_SETS = {Column.NTM: Level.NTM, Column.NANG_CAO: Level.NANG_CAO, Column.KIEU_MAU: Level.KIEU_MAU}
_HEADERS = {
    Column.NAME: QT_TRANSLATE_NOOP("CommuneModel", "Xã"),
    Column.DISTRICT: QT_TRANSLATE_NOOP("CommuneModel", "Huyện"),
    Column.LEVEL: QT_TRANSLATE_NOOP("CommuneModel", "Mức đạt chuẩn"),
    Column.NTM: QT_TRANSLATE_NOOP("CommuneModel", "Tiêu chí\nNTM"),
    Column.NANG_CAO: QT_TRANSLATE_NOOP("CommuneModel", "Tiêu chí\nnâng cao"),
    Column.KIEU_MAU: QT_TRANSLATE_NOOP("CommuneModel", "Điều kiện\nkiểu mẫu"),
    Column.PLAN: QT_TRANSLATE_NOOP("CommuneModel", "Kế hoạch\ntrong năm"),
    Column.MISSING: QT_TRANSLATE_NOOP("CommuneModel", "Còn thiếu cho\nmức tiếp theo"),
    Column.REMARKS: QT_TRANSLATE_NOOP("CommuneModel", "Ghi nhận"),
}


class CommuneModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CommuneRow] = []

    def set_rows(self, rows: Sequence[CommuneRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> CommuneRow:
        return self._rows[row]

    def rows(self) -> list[CommuneRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CommuneModel", _HEADERS[Column(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == LEVEL_ROLE and column == Column.LEVEL:
            return row.level.value if row.level is not None else UNKNOWN if row.unknown else ""
        if role == Qt.ItemDataRole.BackgroundRole and column in _SETS:
            score = row.score(_SETS[column])
            if score is None or not score.recorded:
                return None
            return QBrush(COMPLETE_BACKGROUND if score.complete else SHORT_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == Column.REMARKS and row.warnings:
                return QBrush(WARNING_FOREGROUND)
            if column in _SETS and not row.recorded:
                return QBrush(MUTED)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (*_SETS, Column.PLAN):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _display(self, row: CommuneRow, column: Column) -> str:
        if column == Column.NAME:
            return row.unit_name
        if column == Column.DISTRICT:
            return short_name(row.district_name)
        if column == Column.LEVEL:
            return self.tr("Chưa có số liệu") if row.unknown else level_label(row.level)
        if column in _SETS:
            score = row.score(_SETS[column])
            return score.text if score is not None else "—"
        if column == Column.PLAN:
            if row.plan is None:
                return ""
            mark = {True: " ✓", False: ""}.get(bool(row.plan_achieved), "")
            return level_label(row.plan) + mark
        if column == Column.MISSING:
            if not row.recorded:  # no criteria recorded (or no criteria set for the year)
                return "—"
            if row.next_level is None:
                return self.tr("(đã đạt mức cao nhất)")
            if not row.missing:
                return self.tr("{level}: đủ tiêu chí").format(level=level_label(row.next_level))
            codes = ", ".join(m.code for m in row.missing)
            return f"{level_label(row.next_level)}: {codes}"
        return self._remarks(row)

    @staticmethod
    def _sort_value(row: CommuneRow, column: Column) -> Any:
        if column == Column.NAME:
            return row.sort_key
        if column == Column.DISTRICT:
            return f"{row.district_sort_key}\x00{row.sort_key}"
        if column == Column.LEVEL:
            return -1 if row.level is None else row.level.rank
        if column in _SETS:
            score = row.score(_SETS[column])
            return -1 if score is None or not score.recorded else score.met_count
        if column == Column.PLAN:
            return -1 if row.plan is None else row.plan.rank
        if column == Column.MISSING:
            return len(row.missing)
        return (len(row.warnings), len(row.new_levels))

    def _tooltip(self, row: CommuneRow, column: Column) -> str | None:
        if column == Column.NAME:
            name = self.tr("{name} — mã {code}").format(name=row.unit_name, code=row.unit_code)
            return "\n".join([name, *row.warnings])
        if column == Column.MISSING and row.missing:
            lines = [
                f"{m.code}. {m.name}"
                if m.assessed
                else self.tr("{code}. {name} (chưa đánh giá)").format(code=m.code, name=m.name)
                for m in row.missing
            ]
            return "\n".join(lines)
        if column == Column.LEVEL:
            held = [r for r in row.recognitions if not r.revoked]
            return "\n".join(
                f"{level_label(r.level)}: {r.decision_number} ({r.decision_date:%d/%m/%Y})"
                for r in held
            ) or self.tr("Chưa có quyết định công nhận")
        if column == Column.PLAN and row.plan is not None:
            if row.plan_achieved:
                plan = self.tr("Kế hoạch năm {year}: {level} (đã đạt)")
            else:
                plan = self.tr("Kế hoạch năm {year}: {level} (chưa đạt)")
            return plan.format(year=row.year, level=domain_labels.label(row.plan.long_label))
        if column == Column.REMARKS and row.warnings:
            return "\n".join(f"⚠ {w}" for w in row.warnings)
        return None

    def _remarks(self, row: CommuneRow) -> str:
        parts = [
            self.tr("▲ mới: {level}").format(level=level_label(level)) for level in row.new_levels
        ]
        if row.warnings:
            parts.append(self.tr("⚠ xem xét thu hồi"))
        if not row.recorded:
            parts.append(self.tr("chưa có tiêu chí năm {year}").format(year=row.year))
        return "; ".join(parts)


class LevelFilter(IntEnum):
    ALL = 0
    NONE = 1
    NTM = 2
    NANG_CAO = 3
    KIEU_MAU = 4
    NEW = 5
    PLANNED = 6
    WARNINGS = 7

    @property
    def label(self) -> str:
        return QCoreApplication.translate("RuralPage", _FILTER_LABELS[self])

    def accepts(self, row: CommuneRow) -> bool:
        if self in _BY_LEVEL:
            return row.level is _BY_LEVEL[self]
        if self is LevelFilter.NEW:
            return bool(row.new_levels)
        if self is LevelFilter.PLANNED:
            return row.plan is not None
        if self is LevelFilter.WARNINGS:
            return bool(row.warnings)
        return True


_BY_LEVEL = {
    LevelFilter.NONE: None,
    LevelFilter.NTM: Level.NTM,
    LevelFilter.NANG_CAO: Level.NANG_CAO,
    LevelFilter.KIEU_MAU: Level.KIEU_MAU,
}
_FILTER_LABELS = {
    LevelFilter.ALL: QT_TRANSLATE_NOOP("RuralPage", "Tất cả các mức"),
    LevelFilter.NONE: QT_TRANSLATE_NOOP("RuralPage", "Chưa đạt chuẩn"),
    LevelFilter.NTM: QT_TRANSLATE_NOOP("RuralPage", "NTM (chưa nâng cao)"),
    LevelFilter.NANG_CAO: QT_TRANSLATE_NOOP("RuralPage", "NTM nâng cao"),
    LevelFilter.KIEU_MAU: QT_TRANSLATE_NOOP("RuralPage", "NTM kiểu mẫu"),
    LevelFilter.NEW: QT_TRANSLATE_NOOP("RuralPage", "Mới công nhận trong năm"),
    LevelFilter.PLANNED: QT_TRANSLATE_NOOP("RuralPage", "Có kế hoạch trong năm"),
    LevelFilter.WARNINGS: QT_TRANSLATE_NOOP("RuralPage", "Có cảnh báo thu hồi"),
}


class CommuneFilterProxy(UnitRowFilterProxy):
    """District, level and folded-text filters; Vietnamese sort through the sort role."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(LevelFilter.ALL, parent)

    def set_filters(self, *, district: str | None, level: LevelFilter, search: str = "") -> None:
        self._set(district, level, search)


class LevelBadgeDelegate(QStyledItemDelegate):
    """Draws the level as a coloured rounded badge (colour and text, never colour alone)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        code = index.data(LEVEL_ROLE)
        level = Level(code) if code and code != UNKNOWN else None
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        style = option.widget.style() if option.widget else None
        # Selection background first, so a selected row still shows its badge.
        option_copy = QStyleOptionViewItem(option)
        self.initStyleOption(option_copy, index)
        option_copy.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option_copy, painter)
        background, foreground = (
            UNKNOWN_COLOURS if code == UNKNOWN else LEVEL_COLOURS.get(level, LEVEL_COLOURS[None])
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(option.font)
        font.setBold(level is not None)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        rect = option.rect
        width = min(metrics.horizontalAdvance(text) + 16, rect.width() - 6)
        badge = QRectF(rect.x() + 4, rect.y() + 3, width, rect.height() - 6)
        if code == UNKNOWN:  # dashed outline: nothing known, not a level
            painter.setPen(QPen(QColor("#b8c0cc"), 1, Qt.PenStyle.DashLine))
        else:
            painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(badge, 8, 8)
        painter.setPen(QColor(foreground))
        painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> Any:
        size = super().sizeHint(option, index)
        size.setWidth(size.width() + 24)
        return size
