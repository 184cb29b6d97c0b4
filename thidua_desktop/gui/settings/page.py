"""Cài đặt: the installation profile, the data folder, the letterhead, backups, period locks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop import __version__
from thidua_desktop.gui.common import domain_labels, i18n
from thidua_desktop.gui.common.workspace_host import WorkspaceHost
from thidua_desktop.paths import DataDir
from thidua_desktop.services.core.rows import ProfileRow

if TYPE_CHECKING:
    from thidua_desktop.gui.settings.backup_panel import BackupPanel
    from thidua_desktop.gui.settings.letterhead_panel import LetterheadPanel
    from thidua_desktop.gui.settings.period_lock_panel import PeriodLockPanel
    from thidua_desktop.gui.statistics.tdkt_panel import TdktPanel
    from thidua_desktop.services.safety.overview import SafetyOverview


class SettingsPage(QWidget):
    change_profile_requested = Signal()

    def __init__(
        self, data_dir: DataDir, parent: QWidget | None = None, *, host: WorkspaceHost | None = None
    ) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._host = host
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
        database = QLabel(data_dir.where)
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
        if host is not None:
            self.server_button = QPushButton(self.tr("Máy chủ dữ liệu…"))
            self.server_button.setToolTip(
                self.tr("Nhiều cán bộ cùng làm việc trên cơ sở dữ liệu PostgreSQL của tỉnh")
            )
            self.server_button.clicked.connect(self._choose_server)
            buttons.addWidget(self.server_button)
        buttons.addStretch(1)
        data_form.addRow("", buttons)

        interface_box = QGroupBox(self.tr("Giao diện"))
        self.language = QComboBox()
        for code, name in i18n.LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(i18n.saved_language(data_dir)))
        self.language.activated.connect(self._language_chosen)
        self.language_note = QLabel()
        self.language_note.setObjectName("muted")
        self.language_note.setWordWrap(True)
        interface_form = QFormLayout(interface_box)
        interface_form.addRow(self.tr("Ngôn ngữ giao diện:"), self.language)
        interface_form.addRow("", self.language_note)
        self.language_note.setText(
            self.tr(
                "Số liệu luôn hiển thị theo quy ước Việt Nam (1.234,5; ngày dd/MM/yyyy); "
                "báo cáo luôn in bằng tiếng Việt."
            )
        )

        version = QLabel(self.tr("Phiên bản {0}").format(__version__))
        version.setObjectName("muted")

        # Backups and period locks need the open data: only with a window to provide it.
        self.backup_panel: BackupPanel | None = None
        self.lock_panel: PeriodLockPanel | None = None
        self.letterhead_panel: LetterheadPanel | None = None
        self.tdkt_panel: TdktPanel | None = None
        if host is not None:
            from thidua_desktop.gui.settings.backup_panel import BackupPanel
            from thidua_desktop.gui.settings.period_lock_panel import PeriodLockPanel

            self.backup_panel = BackupPanel(host)
            self.lock_panel = PeriodLockPanel(host)
            for panel in (self.backup_panel, self.lock_panel):
                panel.overview_changed.connect(self.set_overview)
            self.backup_panel.restored.connect(host.start)
            from thidua_desktop.gui.settings.letterhead_panel import LetterheadPanel

            self.letterhead_panel = LetterheadPanel(host)
            from thidua_desktop.gui.statistics.tdkt_panel import TdktPanel

            self.tdkt_panel = TdktPanel(host)

        top = QHBoxLayout()
        top.addWidget(profile_box, 1)
        top.addWidget(data_box, 1)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(interface_box)
        if self.letterhead_panel is not None:
            layout.addWidget(self.letterhead_panel)
        from thidua_desktop.gui.settings.rules_panel import RulesPanel

        self.rules_panel = RulesPanel()
        layout.addWidget(self.rules_panel)
        if self.backup_panel is not None and self.lock_panel is not None:
            layout.addWidget(self.backup_panel, 3)
            layout.addWidget(self.lock_panel, 2)
        if self.tdkt_panel is not None:
            layout.addWidget(self.tdkt_panel, 2)
        layout.addStretch(1)
        layout.addWidget(version)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.set_profile(None)

    def set_profile(self, profile: ProfileRow | None) -> None:
        if profile is None or profile.office_name is None:
            self.office.setText(self.tr("Chưa thiết lập"))
            self.level.setText("—")
        else:
            self.office.setText(
                self.tr("{name} (mã {code})").format(
                    name=profile.office_name, code=profile.office_code
                )
            )
            self.level.setText(domain_labels.label(profile.level_label or "—"))
        self.operator.setText(profile.operator if profile and profile.operator else "—")
        self.installation.setText(profile.installation_id if profile else "—")
        letterhead = getattr(self, "letterhead_panel", None)
        if letterhead is not None and letterhead.isVisible():
            letterhead.refresh()  # another office: other defaults

    def _language_chosen(self, index: int) -> None:
        language = self.language.itemData(index)
        if language == i18n.saved_language(self._data_dir):
            return
        i18n.save_language(self._data_dir, language)
        self.language_note.setText(
            self.tr("Đã lưu. Ngôn ngữ mới được dùng từ lần mở ứng dụng sau.")
        )
        QMessageBox.information(
            self,
            self.tr("Ngôn ngữ giao diện"),
            self.tr("Đã lưu lựa chọn. Hãy đóng và mở lại ứng dụng để dùng ngôn ngữ mới."),
        )

    def _choose_server(self) -> None:
        from thidua_desktop.gui.settings.server_dialog import ServerDialog

        assert self._host is not None
        ServerDialog(self._data_dir, self._host.background, self).exec()

    # -- backups and period locks -------------------------------------------------------------
    def refresh(self) -> None:
        """Read the backups, locked years and the pause on imports (off the GUI thread)."""
        host = self._host
        if host is None or host.db is None:
            return
        db, data_dir = host.db, host.data_dir

        def work(_progress: object) -> SafetyOverview:
            from thidua_desktop.services.safety.overview import safety_overview

            return safety_overview(data_dir, db)

        from thidua_desktop.gui.common import errors

        host.background.run(
            work, on_success=self.set_overview, on_failure=lambda exc: errors.report(self, exc)
        )

    def set_overview(self, overview: SafetyOverview) -> None:
        if self.backup_panel is not None:
            self.backup_panel.set_overview(overview)
        if self.lock_panel is not None:
            self.lock_panel.set_overview(overview)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
