"""Settings › Máy chủ dữ liệu…: the form says what is wrong with an address, a server that does
not answer is told in the dialog (off the GUI thread), and nothing is saved."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from thidua_desktop.gui.common.background import Background
from thidua_desktop.gui.main_window import Page
from thidua_desktop.gui.settings.server_dialog import ServerDialog
from thidua_desktop.paths import DataDir

from ..conftest import OpenWindow


def test_a_missing_login_is_named_and_nothing_is_tried(qtbot: QtBot, tmp_path: Path) -> None:
    data_dir = DataDir(tmp_path / "pc")  # a PC not connected to any server yet
    background = Background()
    dialog = ServerDialog(data_dir, background)
    qtbot.addWidget(dialog)
    dialog.host.setText("10.0.0.5")
    dialog.port.setText("")
    dialog.database.setText("thidua")
    dialog.try_button.click()
    assert "tên đăng nhập" in dialog.status.text()
    assert not background.busy and not data_dir.server_setting.exists()


def test_a_server_that_does_not_answer_is_told_and_nothing_is_saved(
    qtbot: QtBot, tmp_path: Path
) -> None:
    data_dir = DataDir(tmp_path / "pc")
    background = Background()
    dialog = ServerDialog(data_dir, background)
    qtbot.addWidget(dialog)
    for field, value in [(dialog.host, "127.0.0.1"), (dialog.port, "1"),
                         (dialog.database, "thidua"), (dialog.user, "lan")]:  # fmt: skip
        field.setText(value)
    dialog.remember.setChecked(False)
    dialog.save_button.click()
    assert not dialog.save_button.isEnabled()  # while it connects
    qtbot.waitUntil(lambda: "Không kết nối được máy chủ" in dialog.status.text(), timeout=15_000)
    assert dialog.save_button.isEnabled()
    assert not data_dir.server_setting.exists()


def test_the_settings_page_offers_the_server(open_window: OpenWindow) -> None:
    window = open_window()
    window.show_page(Page.SETTINGS)
    page = window.settings_page
    assert page.server_button.text() == "Máy chủ dữ liệu…"


def test_the_dialog_cannot_be_dismissed_while_it_connects(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ServerDialog(DataDir(tmp_path / "pc"), Background())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog._set_busy(True)
    dialog.reject()  # Hủy, Esc, the close box
    assert dialog.isVisible()
    dialog._set_busy(False)
    dialog.reject()
    assert not dialog.isVisible()
