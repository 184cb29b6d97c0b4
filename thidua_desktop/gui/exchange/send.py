"""The "Gửi gói" tab of Trao đổi dữ liệu: write this office's data or definitions package."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.gui.common import domain_labels, errors, file_dialogs
from thidua_desktop.gui.common.background import WorkerProgress
from thidua_desktop.gui.exchange.model import DONE_STYLE

if TYPE_CHECKING:
    from thidua_desktop.exchange.operations import ExportReport
    from thidua_desktop.gui.common.workspace_host import WorkspaceHost


class SendPanel(QWidget):
    exported = Signal(str)  # the package written

    def __init__(self, main: WorkspaceHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main = main
        self.last_export: ExportReport | None = None
        box = QGroupBox(self.tr("Loại gói"))
        self.kind_data = QRadioButton(self.tr("Số liệu gửi cấp trên"))
        self.kind_data.setChecked(True)
        self.kind_definitions = QRadioButton(
            self.tr("Định nghĩa gửi cấp dưới (phong trào, chỉ tiêu giao, bộ tiêu chí)")
        )
        group = QButtonGroup(self)
        group.addButton(self.kind_data)
        group.addButton(self.kind_definitions)
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.kind_data)
        box_layout.addWidget(self.kind_definitions)
        self.scope_label = QLabel()
        self.scope_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Phạm vi:"), self.scope_label)
        self.export_button = QPushButton(self.tr("Ghi gói…"))
        self.export_button.clicked.connect(self.choose_export_file)
        self.open_folder = QPushButton(self.tr("Mở thư mục chứa gói"))
        self.open_folder.setEnabled(False)
        self.open_folder.clicked.connect(self._open_export_folder)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.open_folder)
        buttons.addStretch(1)
        self.export_result = QLabel()
        self.export_result.setWordWrap(True)
        self.export_result.setVisible(False)
        self.export_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        explain = QLabel(
            self.tr(
                "Gói số liệu chứa mọi bản ghi của phạm vi trong năm làm việc, cả số liệu cấp dưới "
                "đã gửi lên, mỗi bản ghi ghi rõ cơ quan sở hữu. Mỗi gói có số thứ tự tăng dần và "
                "được ký bằng khóa của bản cài đặt này; gói sau thay thế gói trước."
            )
        )
        explain.setObjectName("muted")
        explain.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addLayout(form)
        layout.addWidget(explain)
        layout.addLayout(buttons)
        layout.addWidget(self.export_result)
        layout.addStretch(1)

    def show_scope(self) -> None:
        profile = self.main.profile
        self.scope_label.setText(
            self.tr("{0} và các đơn vị trực thuộc, năm {1}").format(
                profile.office_name, self.main.current_year
            )
            if profile is not None and profile.office_name
            else self.tr("Chưa chọn cơ quan sử dụng.")
        )

    def choose_export_file(self) -> None:
        from thidua_desktop.exchange.operations import default_package_name

        profile = self.main.profile
        if profile is None or profile.office_code is None:
            return
        definitions = self.kind_definitions.isChecked()
        name = default_package_name(
            year=self.main.current_year, office_code=profile.office_code, definitions=definitions
        )
        path = file_dialogs.save_file(
            self,
            self.main.settings,
            "goi-du-lieu",
            self.tr("Ghi gói dữ liệu"),
            name,
            self.tr("Gói dữ liệu (*.tdkt)"),
            suffix=".tdkt",
        )
        if path is not None:
            self.export_to(path, definitions=definitions)

    def export_to(self, path: Path, *, definitions: bool = False) -> None:
        db, data_dir, year = self.main.db, self.main.data_dir, self.main.current_year
        if db is None:
            return

        def work(progress: WorkerProgress) -> ExportReport:
            from thidua_desktop.exchange.operations import export_package

            return export_package(
                db, data_dir, year=year, out=path, definitions=definitions, progress=progress
            )

        self.export_button.setEnabled(False)
        self.main.background.run(
            work,
            on_success=self._exported,
            on_failure=self._export_failed,
            on_cancelled=lambda: self.export_button.setEnabled(True),
            label=self.tr("Đang ghi gói dữ liệu năm {0}…").format(year),
            window=self.main,
        )

    def _exported(self, report: ExportReport) -> None:
        from thidua_desktop.exchange.keys import short_fingerprint

        self.export_button.setEnabled(True)
        self.last_export = report
        self.open_folder.setEnabled(True)
        self.export_result.setText(
            self.tr(
                "Đã ghi gói {0} năm {1} của {2}, số thứ tự {3}, {4} dòng: {5}. Đã ký bằng khóa {6}."
            ).format(
                domain_labels.label(report.kind_label),
                report.period,
                report.scope_name,
                report.sequence,
                sum(report.table_rows.values()),
                report.path,
                short_fingerprint(report.fingerprint),
            )
        )
        self.export_result.setStyleSheet(DONE_STYLE)
        self.export_result.setVisible(True)
        self.main.status.setText(self.tr("Đã ghi gói {0}.").format(report.path.name))
        self.exported.emit(str(report.path))

    def _export_failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        errors.report(self, exc)

    def _open_export_folder(self) -> None:
        if self.last_export is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_export.path.parent)))
