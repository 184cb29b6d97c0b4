"""Cài đặt › backups and period locks, a restore from the window, and the one-window rule."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from thidua_desktop.gui.main_window import MainWindow, Page
from thidua_desktop.gui.settings.backup_panel import BackupPanel
from thidua_desktop.gui.settings.period_lock_panel import PeriodLockPanel
from thidua_desktop.paths import DataDir
from thidua_desktop.services.core.locks import locked_years
from thidua_desktop.services.core.profile import set_profile
from thidua_desktop.services.safety.backups import imports_paused
from thidua_desktop.store.instance_lock import ROLE_CLI, InstanceLock

from ..conftest import OpenWindow


def _panels(window: MainWindow) -> tuple[BackupPanel, PeriodLockPanel]:
    window.show_page(Page.SETTINGS)
    page = window.settings_page
    assert page.backup_panel is not None and page.lock_panel is not None
    return page.backup_panel, page.lock_panel


def test_back_up_now_lists_the_new_copy(
    open_window: OpenWindow, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    window = open_window()
    backups, _ = _panels(window)
    qtbot.waitUntil(lambda: not window.background.busy)
    before = backups.model.rowCount()
    backups.backup_button.click()
    qtbot.waitUntil(lambda: backups.model.rowCount() == before + 1)
    assert backups.message.text().startswith("Đã sao lưu vào thu-cong-")
    qtmodeltester.check(backups.model)


def test_lock_and_unlock_a_year_from_the_settings(
    open_window: OpenWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window()
    _, locks = _panels(window)
    assert locks.year.value() == 2023
    answers = iter([("Đã gửi báo cáo năm", True), ("", True), ("Sửa số liệu BHYT", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: next(answers))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))

    locks.lock_button.click()
    qtbot.waitUntil(lambda: locks.model.rowCount() == 1)
    assert locks.model.data(locks.model.index(0, 3)) == "Đã gửi báo cáo năm"
    assert window.db is not None and [r.year for r in locked_years(window.db)] == [2023]

    locks.table.selectRow(0)
    locks.unlock_button.click()  # an empty reason is refused
    qtbot.waitUntil(lambda: bool(warnings))
    assert "lý do" in warnings[0]
    locks.unlock_button.click()
    qtbot.waitUntil(lambda: locks.model.rowCount() == 0)
    assert locks.message.text() == "Đã mở khóa sổ năm 2023."


@pytest.mark.sqlite_only(reason="restoring the file; a server is restored with pg_restore")
def test_restore_from_the_window_reopens_the_data_and_pauses_imports(
    open_window: OpenWindow,
    data_dir: DataDir,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window()
    backups, _ = _panels(window)
    backups.backup_button.click()
    qtbot.waitUntil(lambda: backups.model.rowCount() >= 1)
    manual = next(i for i, row in enumerate(backups.model.rows) if row.kind == "thu-cong")
    backups.table.selectRow(manual)
    # A change made after the backup, which the restore must undo.
    assert window.db is not None
    window._profile_saved(set_profile(window.db, operator="Người khác"))
    assert window.profile_label.text() == "Thành phố Cần Thơ · Người khác"
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.workspace_ready, timeout=10_000):
        backups.restore_button.click()
    assert imports_paused(data_dir)
    qtbot.waitUntil(lambda: backups.paused_box.isVisibleTo(backups))
    assert "tạm dừng" in backups.paused.text()
    assert window.profile_label.text() == "Thành phố Cần Thơ · Người dùng thử"
    assert backups.message.text().startswith("Đã khôi phục dữ liệu từ thu-cong-")

    backups.confirm_button.click()
    qtbot.waitUntil(lambda: not backups.paused_box.isVisibleTo(backups))
    assert not imports_paused(data_dir)


@pytest.mark.sqlite_only(reason="the per-PC lock file; on a server several windows may write")
def test_a_second_window_on_the_same_data_is_refused_with_a_message(
    data_dir: DataDir, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    from thidua_desktop.gui import app

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    with InstanceLock(data_dir.root, role=ROLE_CLI):
        assert app.run_gui(data_dir=str(data_dir.root), demo=False) == 1
    assert len(shown) == 1
    assert "đang được một phiên khác của ứng dụng sử dụng" in shown[0]
    assert "một lệnh dòng lệnh" in shown[0]


def test_an_unwritable_data_directory_is_refused_at_start_with_a_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    # Running as root, permissions stop nothing: a path under a regular file cannot be written.
    from thidua_desktop.gui import app

    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    assert app.run_gui(data_dir=str(blocker / "data"), demo=False) == 1
    assert len(shown) == 1 and "Không tạo được thư mục dữ liệu" in shown[0]
