"""Parts of the Trao đổi dữ liệu page: the inbox history, who has reported, the signing keys."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.gui.common import errors, file_dialogs
from thidua_desktop.gui.common.background import WorkerProgress
from thidua_desktop.gui.common.table_model import SORT_ROLE, RowTableModel
from thidua_desktop.gui.exchange.model import history_model, keys_model, reporting_model

if TYPE_CHECKING:
    from thidua_desktop.gui.common.workspace_host import WorkspaceHost


def make_table(model: RowTableModel[Any], parent: QWidget, stretch: int) -> QTableView:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # rows as given
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class HistoryPanel(QWidget):
    """Packages received, newest first, each kept read-only in inbox/."""

    def __init__(self, main: WorkspaceHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main = main
        self.model = history_model(self)
        self.table = make_table(self.model, self, len(self.model.columns) - 1)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        open_inbox = QPushButton(self.tr("Mở thư mục inbox"))
        open_inbox.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.main.data_dir.inbox)))
        )
        # Any PC of the office can save them (in server mode the package is in the database).
        self.copy_button = QPushButton(self.tr("Lưu bản sao gói…"))
        self.copy_button.setToolTip(self.tr("Gói đang chọn, nguyên vẹn như khi nhận"))
        self.copy_button.clicked.connect(self.save_package_copy)
        self.receipt_button = QPushButton(self.tr("Lưu biên nhận…"))
        self.receipt_button.setToolTip(
            self.tr("Biên nhận của gói đang chọn, để gửi lại cho cơ quan đã gửi gói")
        )
        self.receipt_button.clicked.connect(self.save_receipt_copy)
        for button in (self.copy_button, self.receipt_button):
            button.setEnabled(False)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.copy_button)
        bar.addWidget(self.receipt_button)
        bar.addWidget(open_inbox)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def current(self) -> Any | None:
        """The import of the selected row, if one is selected."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        proxy = self.table.model()
        assert isinstance(proxy, QSortFilterProxyModel)
        return self.model.row_at(proxy.mapToSource(rows[0]).row())

    def _selected(self) -> None:
        chosen = self.current() is not None
        for button in (self.copy_button, self.receipt_button):
            button.setEnabled(chosen)

    def save_package_copy(self) -> None:
        row, db = self.current(), self.main.db
        if row is None or db is None:
            return
        chosen = file_dialogs.save_file(
            self,
            self.main.settings,
            "goi-du-lieu",
            self.tr("Lưu bản sao gói dữ liệu"),
            row.inbox_name,
            self.tr("Gói dữ liệu (*.tdkt)"),
            suffix=".tdkt",
        )
        if chosen is None:
            return
        data_dir, import_id = self.main.data_dir, row.id

        def work(_progress: WorkerProgress) -> Path:
            from thidua_desktop.exchange.copies import save_package_copy

            return save_package_copy(db, data_dir, import_id, chosen)

        self._save(work)

    def save_receipt_copy(self) -> None:
        from thidua_desktop.exchange.receipts import receipt_file_name

        row, db = self.current(), self.main.db
        if row is None or db is None:
            return
        name = receipt_file_name(row.period, row.kind, row.producer_code, row.sequence)
        chosen = file_dialogs.save_file(
            self,
            self.main.settings,
            "goi-du-lieu",
            self.tr("Lưu biên nhận"),
            name,
            self.tr("Biên nhận (*.json)"),
            suffix=".json",
        )
        if chosen is None:
            return
        import_id = row.id

        def work(_progress: WorkerProgress) -> Path:
            from thidua_desktop.exchange.copies import save_receipt_copy

            return save_receipt_copy(db, import_id, chosen)

        self._save(work)

    def _save(self, work: Any) -> None:
        def saved(path: Path) -> None:
            self.main.status.setText(self.tr("Đã lưu {0}.").format(path))

        self.main.background.run(
            work, on_success=saved, on_failure=lambda exc: errors.report(self, exc)
        )

    def set_rows(self, rows: list[Any]) -> None:
        self.model.set_rows(rows)
        self._selected()
        if not rows:
            self.summary.setText(self.tr("Chưa nhận gói dữ liệu nào."))
        elif self.main.data_dir.server is not None:
            # Staff import on their own PCs: the one copy every PC shares is in the database.
            self.summary.setText(
                self.tr(
                    "{0} gói đã nhận; mỗi gói được lưu nguyên vẹn trong cơ sở dữ liệu trên máy "
                    "chủ (Lưu bản sao gói… để lấy lại tệp từ bất kỳ máy nào)."
                ).format(len(rows))
            )
        else:
            self.summary.setText(
                self.tr("{0} gói đã nhận; mỗi gói được lưu nguyên vẹn, chỉ đọc, trong {1}.").format(
                    len(rows), self.main.data_dir.inbox
                )
            )


class ReportingPanel(QWidget):
    """Units directly below this office: which have sent their data for the working year."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = reporting_model(self)
        self.table = make_table(self.model, self, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def set_rows(self, year: int, rows: list[Any]) -> None:
        self.model.set_rows(rows)
        sent = sum(1 for r in rows if r.sent)
        self.summary.setText(
            self.tr("Năm {0}: {1}/{2} đơn vị trực thuộc đã gửi gói số liệu.").format(
                year, sent, len(rows)
            )
            if rows
            else self.tr("Cơ quan này không có đơn vị trực thuộc để theo dõi.")
        )


class KeysPanel(QWidget):
    """This installation's signing key, and the keys of other offices registered here."""

    changed = Signal()

    def __init__(self, main: WorkspaceHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main = main
        self.own = QLabel(self.tr("Khóa ký gói của bản cài đặt này: đang đọc…"))
        self.own.setWordWrap(True)
        self.own.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        explain = QLabel(
            self.tr(
                "Mỗi gói được ký bằng khóa của bản cài đặt gửi. Khi đã đăng ký khóa của một cơ "
                "quan, mọi gói của cơ quan đó phải có chữ ký hợp lệ. Khóa chỉ được đăng ký khi "
                "bạn chọn, sau khi đối chiếu dấu vân tay với cơ quan gửi (qua điện thoại)."
            )
        )
        explain.setObjectName("muted")
        explain.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Xuất khóa công khai…"))
        self.export_button.clicked.connect(self.export_key)
        self.trust_button = QPushButton(self.tr("Đăng ký khóa của cơ quan khác…"))
        self.trust_button.clicked.connect(self.choose_key)
        self.model = keys_model(self)
        self.table = make_table(self.model, self, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.trust_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.own)
        layout.addWidget(explain)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

    def set_keys(self, own: Any, rows: list[Any]) -> None:
        from thidua_desktop.exchange.keys import short_fingerprint

        self.own_key = own
        self.own.setText(
            self.tr("Khóa ký gói của {0} ({1}): dấu vân tay <b>{2}</b>").format(
                own.office_name, own.office_code, short_fingerprint(own.fingerprint)
            )
        )
        self.model.set_rows(rows)

    def export_key(self) -> None:
        key = getattr(self, "own_key", None)
        if key is None:
            return
        chosen = file_dialogs.save_file(
            self,
            self.main.settings,
            "khoa",
            self.tr("Xuất khóa công khai"),
            f"khoa-{key.office_code}.json",
            self.tr("Tệp khóa (*.json)"),
            suffix=".json",
        )
        if chosen is None:
            return
        try:
            chosen.write_bytes(key.to_bytes())
        except OSError as exc:
            errors.report(self, exc)
            return
        self.main.status.setText(self.tr("Đã ghi khóa công khai vào {0}.").format(chosen))

    def choose_key(self) -> None:
        from thidua_desktop.domain.errors import UserError
        from thidua_desktop.exchange.keys import read_public_key_file, short_fingerprint

        chosen = file_dialogs.open_file(
            self,
            self.main.settings,
            "khoa",
            self.tr("Chọn tệp khóa công khai"),
            self.tr("Tệp khóa (*.json)"),
        )
        if chosen is None:
            return
        try:
            info = read_public_key_file(Path(chosen))
        except UserError as exc:
            errors.report(self, exc)
            return
        answer = QMessageBox.question(
            self,
            self.tr("Đăng ký khóa"),
            self.tr(
                "Khóa của {0} ({1}).\nDấu vân tay: {2}\n\nHãy gọi điện cho cơ quan này để đối "
                "chiếu dấu vân tay trước khi đăng ký. Đăng ký khóa này?"
            ).format(info.office_name, info.office_code, short_fingerprint(info.fingerprint)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db = self.main.db
        if db is None:
            return

        def work(_progress: WorkerProgress) -> object:
            from thidua_desktop.exchange.status import trust_key

            return trust_key(db, Path(chosen), expected_fingerprint=info.fingerprint)

        self.main.background.run(
            work,
            on_success=lambda _row: self.changed.emit(),
            on_failure=lambda exc: errors.report(self, exc),
        )
