"""Cài đặt › Khóa sổ: close a year whose report was sent; open it again with a reason."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
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
from thidua_desktop.gui.common.table_model import Column, RowTableModel
from thidua_desktop.gui.common.workspace_host import WorkspaceHost
from thidua_desktop.gui.settings.backup_panel import run_safety_action

if TYPE_CHECKING:
    from thidua_desktop.services.core.locks import PeriodLockRow
    from thidua_desktop.services.safety.overview import SafetyOverview
    from thidua_desktop.store.engine import Database

# Columns of the locked-years table (the project's RowTableModel over plain rows).
LOCK_COLUMNS: list[Column[PeriodLockRow]] = [
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Năm"), lambda r: str(r.year)),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Khóa ngày"),
        lambda r: f"{r.locked_at.astimezone():%d/%m/%Y %H:%M}",
    ),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Người khóa"), lambda r: r.locked_by),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Ghi chú"), lambda r: r.note or ""),
]
NOTE_COLUMN = 3


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

        self.model: RowTableModel[PeriodLockRow] = RowTableModel(LOCK_COLUMNS, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(110)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTE_COLUMN, QHeaderView.ResizeMode.Stretch)

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
        return self.model.row_at(self.table.currentIndex().row())

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
        done = self.tr("Đã khóa sổ năm {year}.")  # translated here, filled on the worker

        def action(db: Database) -> str:
            from thidua_desktop.services.core.locks import lock_year

            row = lock_year(db, year, note=note)
            return done.format(year=row.year)

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
        done = self.tr("Đã mở khóa sổ năm {year}.").format(year=year)

        def action(db: Database) -> str:
            from thidua_desktop.services.core.locks import unlock_year

            unlock_year(db, year, reason=reason)
            return done

        run_safety_action(self._host, self, action, on_done=self._done)

    def _done(self, message: str | None, overview: SafetyOverview) -> None:
        self.set_overview(overview)
        self.overview_changed.emit(overview)
        if message:
            self.message.setText(message)
