"""Cài đặt › Khóa sổ: close a year whose report was sent; open it again with a reason."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain.dates import MAX_YEAR, MIN_YEAR
from thidua_desktop.gui.pages.backup_panel import run_safety_action
from thidua_desktop.gui.workspace_host import WorkspaceHost

if TYPE_CHECKING:
    from thidua_desktop.services.locks import PeriodLockRow
    from thidua_desktop.services.safety import SafetyOverview
    from thidua_desktop.store.engine import Database

Index = QModelIndex | QPersistentModelIndex


class LockColumn(IntEnum):
    YEAR = 0
    LOCKED_ON = 1
    LOCKED_BY = 2
    NOTE = 3


_HEADERS = {
    LockColumn.YEAR: "Năm",
    LockColumn.LOCKED_ON: "Khóa ngày",
    LockColumn.LOCKED_BY: "Người khóa",
    LockColumn.NOTE: "Ghi chú",
}


class LockTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PeriodLockRow] = []

    def set_rows(self, rows: Sequence[PeriodLockRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, index: Index) -> PeriodLockRow | None:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(LockColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("LockTableModel", _HEADERS[LockColumn(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        match LockColumn(index.column()):
            case LockColumn.YEAR:
                return str(row.year)
            case LockColumn.LOCKED_ON:
                return f"{row.locked_at.astimezone():%d/%m/%Y %H:%M}"
            case LockColumn.LOCKED_BY:
                return row.locked_by
            case LockColumn.NOTE:
                return row.note or ""


class PeriodLockPanel(QGroupBox):
    overview_changed = Signal(object)  # SafetyOverview, after an action

    def __init__(self, host: WorkspaceHost, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Khóa sổ theo năm"), parent)
        self._host = host
        intro = QLabel(
            self.tr(
                "Khi đã gửi báo cáo năm, hãy khóa sổ năm đó: số liệu của năm không sửa được nữa. "
                "Muốn sửa thì mở khóa và nêu lý do; mọi lần khóa, mở khóa đều được ghi nhật ký."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("muted")

        self.model = LockTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(110)
        header = self.table.horizontalHeader()
        for column in (LockColumn.YEAR, LockColumn.LOCKED_ON, LockColumn.LOCKED_BY):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LockColumn.NOTE, QHeaderView.ResizeMode.Stretch)

        self.year = QSpinBox()
        self.year.setRange(MIN_YEAR, MAX_YEAR)
        self.year.setValue(host.current_year)
        self.year.setAccessibleName(self.tr("Năm cần khóa sổ"))
        self.lock_button = QPushButton(self.tr("Khóa sổ năm này…"))
        self.unlock_button = QPushButton(self.tr("Mở khóa năm đã chọn…"))
        self.unlock_button.setEnabled(False)
        self.message = QLabel()
        self.message.setObjectName("muted")
        self.message.setWordWrap(True)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Năm:")))
        controls.addWidget(self.year)
        controls.addWidget(self.lock_button)
        controls.addStretch(1)
        controls.addWidget(self.unlock_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(controls)
        layout.addWidget(self.message)

        self.lock_button.clicked.connect(self.lock_year)
        self.unlock_button.clicked.connect(self.unlock_selected)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.unlock_button.setEnabled(current.isValid())
        )

    def set_overview(self, overview: SafetyOverview) -> None:
        self.model.set_rows(overview.locks)
        self.unlock_button.setEnabled(self.table.currentIndex().isValid())

    def selected_lock(self) -> PeriodLockRow | None:
        return self.model.row_at(self.table.currentIndex())

    def lock_year(self) -> None:
        year = self.year.value()
        note, ok = QInputDialog.getText(
            self,
            self.tr("Khóa sổ năm {0}").format(year),
            self.tr(
                "Khóa sổ năm {0}: số liệu của năm sẽ không sửa được nữa.\n"
                "Ghi chú (không bắt buộc), ví dụ số công văn đã gửi báo cáo:"
            ).format(year),
            QLineEdit.EchoMode.Normal,
            "",
        )
        if not ok:
            return

        def action(db: Database) -> str:
            from thidua_desktop.services.locks import lock_year

            row = lock_year(db, year, note=note)
            return f"Đã khóa sổ năm {row.year}."

        run_safety_action(self._host, self, action, on_done=self._done)

    def unlock_selected(self) -> None:
        lock = self.selected_lock()
        if lock is None:
            return
        year = lock.year
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Mở khóa sổ năm {0}").format(year),
            self.tr("Lý do mở khóa sổ năm {0} (bắt buộc, được ghi vào nhật ký):").format(year),
            QLineEdit.EchoMode.Normal,
            "",
        )
        if not ok:
            return

        def action(db: Database) -> str:
            from thidua_desktop.services.locks import unlock_year

            unlock_year(db, year, reason=reason)
            return f"Đã mở khóa sổ năm {year}."

        run_safety_action(self._host, self, action, on_done=self._done)

    def _done(self, message: str | None, overview: SafetyOverview) -> None:
        self.set_overview(overview)
        self.overview_changed.emit(overview)
        if message:
            self.message.setText(message)
