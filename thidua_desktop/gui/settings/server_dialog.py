"""Settings › Máy chủ dữ liệu…: connect this PC to the province's PostgreSQL database, or go
back to the local file. The password goes to the operating system's password store, never to
the settings; the choice takes effect when the application next opens."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain.errors import UserError
from thidua_desktop.gui.common import errors
from thidua_desktop.gui.common.background import Background
from thidua_desktop.gui.common.messages import say
from thidua_desktop.paths import DataDir
from thidua_desktop.services.core.connection import (
    DEFAULT_PORT,
    ServerAddress,
    ServerTried,
    chosen_for_this_run,
    current_address,
    parse_address,
)


class ServerDialog(QDialog):
    """Host, port, database and login; "Thử kết nối" before "Lưu"."""

    def __init__(
        self, data_dir: DataDir, background: Background, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._background = background
        self.setWindowTitle(self.tr("Máy chủ dữ liệu"))
        self.setModal(True)
        self.setMinimumWidth(520)

        intro = QLabel(
            self.tr(
                "Nhiều cán bộ của một cơ quan cùng làm việc trên một cơ sở dữ liệu PostgreSQL "
                "của tỉnh. Mỗi người đăng nhập bằng tài khoản máy chủ của mình; nhật ký ghi tên "
                "tài khoản đó. Bộ phận công nghệ thông tin cung cấp các thông tin dưới đây."
            )
        )
        intro.setWordWrap(True)

        saved = current_address(data_dir)
        self.host = QLineEdit(saved.host if saved else "")
        self.host.setPlaceholderText(self.tr("ví dụ: 10.0.0.5 hoặc csdl.sonv.gov.vn"))
        self.port = QLineEdit(str(saved.port if saved else DEFAULT_PORT))
        self.port.setValidator(QIntValidator(1, 65535, self.port))
        self.port.setMaximumWidth(90)
        self.database = QLineEdit(saved.database if saved else "")
        self.database.setPlaceholderText(self.tr("ví dụ: thidua"))
        self.user = QLineEdit(saved.user if saved else "")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Ghi nhớ mật khẩu trong kho mật khẩu của hệ điều hành"))
        self.remember.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Máy chủ:"), self.host)
        form.addRow(self.tr("Cổng:"), self.port)
        form.addRow(self.tr("Cơ sở dữ liệu:"), self.database)
        form.addRow(self.tr("Tên đăng nhập:"), self.user)
        form.addRow(self.tr("Mật khẩu:"), self.password)
        form.addRow("", self.remember)

        self.status = QLabel(
            self.tr("Đang dùng máy chủ {0}.").format(data_dir.where)
            if data_dir.server
            else self.tr("Đang dùng tệp dữ liệu trên máy này.")
        )
        self.status.setWordWrap(True)
        self.status.setObjectName("muted")

        self.try_button = QPushButton(self.tr("Thử kết nối"))
        self.try_button.clicked.connect(self._try)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Lưu và dùng máy chủ này"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.clicked.connect(self._save)
        self.local_button: QPushButton | None = None
        if saved is not None:
            self.local_button = self.buttons.addButton(
                self.tr("Dùng tệp trên máy này"), QDialogButtonBox.ButtonRole.ResetRole
            )
            self.local_button.clicked.connect(self._use_local)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.try_button)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        (self.password if saved else self.host).setFocus()

    # -- actions ----------------------------------------------------------------------------
    def _address(self) -> ServerAddress | None:
        try:
            return parse_address(
                self.host.text(), self.port.text(), self.database.text(), self.user.text()
            )
        except UserError as exc:
            self.status.setText(say(exc.message))
            return None

    def _try(self) -> None:
        address = self._address()
        if address is not None:
            password = self.password.text() or None
            self._connect(address, lambda _progress: _try_server(address, password), save=False)

    def _save(self) -> None:
        address = self._address()
        if address is not None:
            password, remember = self.password.text() or None, self.remember.isChecked()
            self._connect(
                address,
                lambda _progress: _use_server(self._data_dir, address, password, remember),
                save=True,
            )

    def _connect(
        self, address: ServerAddress, work: Callable[[object], ServerTried], *, save: bool
    ) -> None:
        """Run the attempt off the GUI thread (a connection may wait seconds for the network)."""
        self._set_busy(True)
        self.status.setText(self.tr("Đang kết nối {0}…").format(address.url))

        def done(found: ServerTried) -> None:
            self._set_busy(False)
            self.status.setText(say(found.note))
            if save and found.ready:
                QMessageBox.information(
                    self,
                    self.tr("Máy chủ dữ liệu"),
                    self.tr(
                        "Đã lưu. Từ lần mở ứng dụng sau, máy này làm việc trên máy chủ {0}. "
                        "Hãy đóng và mở lại ứng dụng."
                    ).format(address.url)
                    + self._overridden(),
                )
                self.accept()

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            if isinstance(exc, UserError):
                self.status.setText(say(exc.message))
            else:
                errors.report(self, exc)

        self._background.run(work, on_success=done, on_failure=failed)

    def _use_local(self) -> None:
        from thidua_desktop.services.core.connection import use_local_file

        try:
            use_local_file(self._data_dir)
        except UserError as exc:
            self.status.setText(say(exc.message))
            return
        QMessageBox.information(
            self,
            self.tr("Máy chủ dữ liệu"),
            self.tr(
                "Từ lần mở ứng dụng sau, máy này làm việc trên tệp dữ liệu của mình ({0}). "
                "Số liệu trên máy chủ vẫn giữ nguyên. Hãy đóng và mở lại ứng dụng."
            ).format(self._data_dir.database)
            + self._overridden(),
        )
        self.accept()

    def _overridden(self) -> str:
        """The note when --database or THIDUA_DATABASE_URL chose this run's database."""
        note = chosen_for_this_run(self._data_dir)
        return "\n\n" + say(note) if note else ""

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for button in (self.try_button, self.save_button, self.local_button):
            if button is not None:
                button.setEnabled(not busy)

    def reject(self) -> None:
        """Hủy, Esc and the close box wait for an attempt under way: its save would land
        after a dialog the person believed cancelled."""
        if not getattr(self, "_busy", False):
            super().reject()


def _try_server(address: ServerAddress, password: str | None) -> ServerTried:
    from thidua_desktop.services.core.connection import try_server

    return try_server(address, password)


def _use_server(
    data_dir: DataDir, address: ServerAddress, password: str | None, remember: bool
) -> ServerTried:
    from thidua_desktop.services.core.connection import use_server

    return use_server(data_dir, address, password, remember=remember)
