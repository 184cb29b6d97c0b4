"""Cài đặt: the installation profile and where the data lives."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop import __version__
from thidua_desktop.paths import DataDir
from thidua_desktop.services.rows import ProfileRow


class SettingsPage(QWidget):
    change_profile_requested = Signal()

    def __init__(self, data_dir: DataDir, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        title = QLabel(self.tr("Cài đặt"))
        title.setObjectName("pageTitle")

        profile_box = QGroupBox(self.tr("Cơ quan sử dụng"))
        self.office = QLabel()
        self.level = QLabel()
        self.operator = QLabel()
        self.installation = QLabel()
        self.installation.setObjectName("muted")
        change = QPushButton(self.tr("Đổi cơ quan, người sử dụng…"))
        change.clicked.connect(self.change_profile_requested)
        form = QFormLayout(profile_box)
        form.addRow(self.tr("Cơ quan:"), self.office)
        form.addRow(self.tr("Cấp:"), self.level)
        form.addRow(self.tr("Người sử dụng:"), self.operator)
        form.addRow(self.tr("Mã bản cài đặt:"), self.installation)
        form.addRow("", change)

        data_box = QGroupBox(self.tr("Dữ liệu"))
        folder = QLabel(str(data_dir.root))
        database = QLabel(str(data_dir.database))
        for label in (folder, database):
            label.setWordWrap(True)
        open_folder = QPushButton(self.tr("Mở thư mục dữ liệu"))
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir.root)))
        )
        data_form = QFormLayout(data_box)
        data_form.addRow(self.tr("Thư mục:"), folder)
        data_form.addRow(self.tr("Cơ sở dữ liệu:"), database)
        buttons = QHBoxLayout()
        buttons.addWidget(open_folder)
        buttons.addStretch(1)
        data_form.addRow("", buttons)

        version = QLabel(self.tr("Phiên bản {0}").format(__version__))
        version.setObjectName("muted")

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(profile_box)
        layout.addWidget(data_box)
        layout.addStretch(1)
        layout.addWidget(version)
        self.set_profile(None)

    def set_profile(self, profile: ProfileRow | None) -> None:
        if profile is None or profile.office_name is None:
            self.office.setText(self.tr("Chưa thiết lập"))
            self.level.setText("—")
        else:
            self.office.setText(f"{profile.office_name} (mã {profile.office_code})")
            self.level.setText(profile.level_label or "—")
        self.operator.setText(profile.operator if profile and profile.operator else "—")
        self.installation.setText(profile.installation_id if profile else "—")
