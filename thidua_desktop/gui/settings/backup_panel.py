"""Cài đặt › Sao lưu và khôi phục: the backups, back up now, restore, check, resume imports."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.gui.common import domain_labels, errors, file_dialogs
from thidua_desktop.gui.common.background import WorkerProgress
from thidua_desktop.gui.common.messages import say
from thidua_desktop.gui.common.table_model import Column, RowTableModel
from thidua_desktop.gui.common.workspace_host import WorkspaceHost

if TYPE_CHECKING:
    from thidua_desktop.services.safety.backups import BackupRow
    from thidua_desktop.services.safety.overview import SafetyOverview
    from thidua_desktop.store.engine import Database

# What a data-safety action does on the worker: act, and say what it did (or None).
Action = Callable[["Database"], "str | None"]


def run_safety_action(
    host: WorkspaceHost,
    widget: QWidget,
    action: Action,
    *,
    on_done: Callable[[str | None, SafetyOverview], None],
    label: str | None = None,
) -> None:
    """Run `action` on the worker, then read the new overview, in one background operation."""
    db = host.db
    if db is None:
        return
    data_dir = host.data_dir

    def work(_progress: WorkerProgress) -> tuple[str | None, SafetyOverview]:
        from thidua_desktop.services.safety.overview import safety_overview

        message = action(db)
        return message, safety_overview(data_dir, db)

    host.background.run(
        work,
        on_success=lambda result: on_done(*result),
        on_failure=lambda exc: errors.report(widget, exc),
        label=label,
        window=widget.window() if label else None,
        cancellable=False,
    )


def _size(row: BackupRow) -> str:
    from thidua_desktop.services.safety.backups import format_size  # the services load lazily

    return format_size(row.size_bytes)


# Columns of the backups table (the project's RowTableModel over plain rows).
BACKUP_COLUMNS: list[Column[BackupRow]] = [
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Thời điểm"),
        lambda r: f"{r.taken_at:%d/%m/%Y %H:%M}",
        tooltip=lambda r: str(r.path),
    ),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Loại"),
        lambda r: domain_labels.label(r.kind_label),
        tooltip=lambda r: str(r.path),
    ),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Dung lượng"),
        _size,
        right=True,
        tooltip=lambda r: str(r.path),
    ),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Tệp"), lambda r: r.name, tooltip=lambda r: str(r.path)
    ),
]
NAME_COLUMN = 3


class BackupPanel(QGroupBox):
    """Backups of this data directory, and the way back to one of them."""

    overview_changed = Signal(object)  # SafetyOverview, after an action
    restored = Signal()

    def __init__(self, host: WorkspaceHost, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Sao lưu và khôi phục"), parent)
        self._host = host
        policy = QLabel(
            self.tr(
                "Ứng dụng tự sao lưu mỗi ngày một lần khi mở, và trước khi nâng cấp, khôi phục "
                "hoặc nhập gói dữ liệu. Giữ lại: 7 bản gần nhất theo ngày, 4 theo tuần, 12 theo "
                "tháng; các bản sao an toàn và bản sao thủ công giữ 30 ngày."
            )
        )
        policy.setWordWrap(True)
        policy.setObjectName("muted")

        self.paused = QLabel()
        self.paused.setStyleSheet(  # the demo badge's colours: something to attend to
            "background: #fff3cd; color: #7a5a00; border: 1px solid #e6c96b;"
            " border-radius: 3px; padding: 6px;"
        )
        self.paused.setWordWrap(True)
        self.confirm_button = QPushButton(self.tr("Dữ liệu đúng, cho phép nhập gói trở lại"))
        self.confirm_button.clicked.connect(self.confirm_imports)
        paused_row = QHBoxLayout()
        paused_row.addWidget(self.paused, 1)
        paused_row.addWidget(self.confirm_button)
        self.paused_box = QWidget()
        self.paused_box.setLayout(paused_row)
        paused_row.setContentsMargins(0, 0, 0, 0)
        self.paused_box.setVisible(False)

        self.model: RowTableModel[BackupRow] = RowTableModel(BACKUP_COLUMNS, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setMinimumHeight(150)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)

        self.backup_button = QPushButton(self.tr("Sao lưu ngay"))
        self.restore_button = QPushButton(self.tr("Khôi phục bản đã chọn…"))
        self.restore_button.setEnabled(False)
        self.restore_file_button = QPushButton(self.tr("Khôi phục từ tệp khác…"))
        self.check_button = QPushButton(self.tr("Kiểm tra dữ liệu"))
        self.folder_button = QPushButton(self.tr("Mở thư mục sao lưu"))
        buttons = QHBoxLayout()
        for button in (
            self.backup_button,
            self.restore_button,
            self.restore_file_button,
            self.check_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.folder_button)

        self.message = QLabel()
        self.message.setObjectName("muted")
        self.message.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(policy)
        layout.addWidget(self.paused_box)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button.clicked.connect(self.restore_from_file)
        self.check_button.clicked.connect(self.check)
        self.folder_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(host.data_dir.backups)))
        )
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.restore_button.setEnabled(current.isValid())
        )

    def set_overview(self, overview: SafetyOverview) -> None:
        self.model.set_rows(overview.backups)
        self.restore_button.setEnabled(self.table.currentIndex().isValid())
        pause = overview.imports_pause
        self.paused_box.setVisible(pause is not None)
        if pause is not None:
            source = Path(pause.restored_from).name if pause.restored_from else ""
            when = f"{pause.since:%d/%m/%Y %H:%M}" if pause.since else ""
            self.paused.setText(
                self.tr(
                    "Dữ liệu vừa được khôi phục ({0}, từ {1}). Việc nhập gói dữ liệu tạm dừng "
                    "cho đến khi bạn kiểm tra và xác nhận dữ liệu đúng."
                ).format(when or "—", source or "—")
            )

    def selected_backup(self) -> BackupRow | None:
        return self.model.row_at(self.table.currentIndex().row())

    # -- actions ---------------------------------------------------------------------------
    def back_up_now(self) -> None:
        data_dir = self._host.data_dir
        done = self.tr("Đã sao lưu vào {name} ({size}).")  # translated here, filled on the worker

        def action(_db: Database) -> str:
            from thidua_desktop.services.safety.backups import format_size, make_backup

            row = make_backup(data_dir)
            return done.format(name=row.name, size=format_size(row.size_bytes))

        run_safety_action(
            self._host,
            self,
            action,
            on_done=self._done,
            label=self.tr("Đang sao lưu cơ sở dữ liệu…"),
        )

    def restore_selected(self) -> None:
        row = self.selected_backup()
        if row is not None:
            kind = domain_labels.label(row.kind_label).lower()
            self.restore(row.path, f"{kind}, {row.taken_at:%d/%m/%Y %H:%M}")

    def restore_from_file(self) -> None:
        path = file_dialogs.open_file(
            self,
            self._host.settings,
            "sao-luu",
            self.tr("Chọn bản sao lưu"),
            self.tr("Bản sao lưu (*.sqlite3 *.db);;Mọi tệp (*)"),
        )
        if path is not None:
            self.restore(path, "")

    def restore(self, path: Path, description: str) -> None:
        if description:
            question = self.tr(
                "Khôi phục dữ liệu từ {file} ({description})?\n\n"
                "Ứng dụng kiểm tra bản sao lưu, lưu lại dữ liệu hiện tại, rồi thay bằng bản này. "
                "Sau đó việc nhập gói dữ liệu tạm dừng cho đến khi bạn xác nhận dữ liệu đúng."
            ).format(file=path.name, description=description)
        else:
            question = self.tr(
                "Khôi phục dữ liệu từ {file}?\n\n"
                "Ứng dụng kiểm tra bản sao lưu, lưu lại dữ liệu hiện tại, rồi thay bằng bản này. "
                "Sau đó việc nhập gói dữ liệu tạm dừng cho đến khi bạn xác nhận dữ liệu đúng."
            ).format(file=path.name)
        answer = QMessageBox.question(
            self,
            self.tr("Khôi phục dữ liệu"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        data_dir = self._host.data_dir
        # Translated here, filled on the worker.
        restored = self.tr("Đã khôi phục dữ liệu từ {source}.")
        restored_and_saved = self.tr(
            "Đã khôi phục dữ liệu từ {source}. Dữ liệu trước khi khôi phục đã lưu trong {backup}."
        )

        def action(db: Database) -> str:
            from thidua_desktop.services.safety.backups import restore_backup

            report = restore_backup(data_dir, path, db=db)
            if report.safety_backup:
                return restored_and_saved.format(
                    source=report.source.name, backup=report.safety_backup.name
                )
            return restored.format(source=report.source.name)

        def done(message: str | None, overview: SafetyOverview) -> None:
            self._done(message, overview)
            self.restored.emit()

        run_safety_action(
            self._host,
            self,
            action,
            on_done=done,
            label=self.tr("Đang khôi phục dữ liệu…"),
        )

    def confirm_imports(self) -> None:
        data_dir = self._host.data_dir
        done = self.tr("Đã xác nhận: việc nhập gói dữ liệu được phép trở lại.")

        def action(db: Database) -> str:
            from thidua_desktop.services.safety.backups import resume_imports

            resume_imports(data_dir, db=db)
            return done

        run_safety_action(self._host, self, action, on_done=self._done)

    def check(self) -> None:
        db = self._host.db
        if db is None:
            return
        data_dir = self._host.data_dir

        def work(_progress: WorkerProgress) -> Any:
            from thidua_desktop.services.safety.checks import check_database

            return check_database(data_dir)

        self._host.background.run(
            work,
            on_success=self._checked,
            on_failure=lambda exc: errors.report(self, exc),
            label=self.tr("Đang kiểm tra cơ sở dữ liệu…"),
            window=self.window(),
            cancellable=False,
        )

    def _checked(self, found: Any) -> None:
        lines = [
            self.tr("Kiểm tra toàn vẹn: {count}").format(count=len(found.integrity))
            if found.integrity
            else self.tr("Kiểm tra toàn vẹn: ổn"),
            self.tr("Kiểm tra khóa ngoại: {count}").format(count=len(found.foreign_keys))
            if found.foreign_keys
            else self.tr("Kiểm tra khóa ngoại: ổn"),
            self.tr("Số bản ghi:"),
            *(f"  {table}: {count}" for table, count in found.counts.items()),
        ]
        if found.attachments:
            lines.insert(
                2,
                self.tr("Tệp đính kèm có vấn đề (hãy đính kèm lại): {0}").format(
                    "; ".join(say(problem) for problem in found.attachments)
                ),
            )
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information if found.ok else QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Kiểm tra dữ liệu"))
        box.setText(found.summary)
        box.setInformativeText("\n".join(lines[: 3 if found.attachments else 2]))
        box.setDetailedText("\n".join(lines))
        self.check_box = box  # kept for tests
        box.open()

    def _done(self, message: str | None, overview: SafetyOverview) -> None:
        self.set_overview(overview)
        self.overview_changed.emit(overview)
        if message:
            self.message.setText(message)
