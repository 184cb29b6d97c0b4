"""Nhật ký page: changes made in the window and on the command line, filters, a record's history."""

from __future__ import annotations

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from thidua_desktop.cli import main as cli
from thidua_desktop.gui.audit.model import Column
from thidua_desktop.gui.audit.page import AuditPage
from thidua_desktop.gui.main_window import MainWindow, Page
from thidua_desktop.gui.units.profile_dialog import ProfileDialog
from thidua_desktop.paths import DataDir

from ..conftest import OpenWindow


def _audit_page(window: MainWindow) -> AuditPage:
    window.show_page(Page.AUDIT)
    page = window.page(Page.AUDIT)
    assert isinstance(page, AuditPage)
    return page


def _change_profile_in_the_window(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def choose(self: ProfileDialog) -> int:
        self._select(next(u for u in self.model._rows if u.code == "31120"))
        self.operator.setText("Trần Văn Đức")
        return ProfileDialog.DialogCode.Accepted

    monkeypatch.setattr(ProfileDialog, "exec", choose)
    window.edit_profile(False)
    qtbot.waitUntil(lambda: window.profile_label.text() == "Phường Cái Khế · Trần Văn Đức")


@pytest.mark.sqlite_only(reason="the profile's operator; on a server the signed-in one")
def test_changes_from_the_window_and_the_command_line_both_appear(
    open_window: OpenWindow,
    data_dir: DataDir,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    qtmodeltester: ModelTester,
) -> None:
    args = ["--data-dir", str(data_dir.root), "init", "--demo"]
    assert cli([*args, "--office", "31135", "--operator", "Nguyễn Thị Lan"]) == 0
    capsys.readouterr()
    window = open_window(demo=False)
    _change_profile_in_the_window(window, qtbot, monkeypatch)

    page = _audit_page(window)
    qtbot.waitUntil(lambda: any(r.operator == "Trần Văn Đức" for r in page.model.rows()))
    profile_rows = [r for r in page.model.rows() if r.entity == "profile"]
    changes = [(r.operator, r.change) for r in profile_rows]
    assert (
        "Trần Văn Đức",
        "cơ quan: 31135 → 31120; người sử dụng: Nguyễn Thị Lan → Trần Văn Đức",
    ) in changes
    assert (
        "Nguyễn Thị Lan",
        "cơ quan: 92 → 31135; người sử dụng: Người dùng thử → Nguyễn Thị Lan",
    ) in changes
    # Newest first, shown the way people read it.
    top = page.proxy.index(0, Column.TIME)
    assert page.model.row_at(page.proxy.mapToSource(top)) == max(
        page.model.rows(), key=lambda r: (r.at, r.id)
    )
    assert page.proxy.data(page.proxy.index(0, Column.ACTION)) == "Sửa"
    qtmodeltester.check(page.model)


@pytest.mark.sqlite_only(reason="the profile's operator; on a server the signed-in one")
def test_filtering_by_operator_and_unit(
    open_window: OpenWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window()
    _change_profile_in_the_window(window, qtbot, monkeypatch)
    page = _audit_page(window)
    qtbot.waitUntil(lambda: page.operator.findData("Trần Văn Đức") >= 0)
    page.operator.setCurrentIndex(page.operator.findData("Trần Văn Đức"))
    page.reload()
    qtbot.waitUntil(lambda: {r.operator for r in page.model.rows()} == {"Trần Văn Đức"})
    assert page.result_label.text() == "1 dòng"

    page.operator.setCurrentIndex(0)
    page.unit.setText("khong co don vi nay")
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.result_label.text() == "Không có dòng nhật ký nào khớp bộ lọc."


@pytest.mark.sqlite_only(reason="the profile's operator; on a server the signed-in one")
def test_the_history_of_one_record(
    open_window: OpenWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window()
    _change_profile_in_the_window(window, qtbot, monkeypatch)
    page = _audit_page(window)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    newest = page.model.rows()[0]
    assert page.select_entry(newest.id)
    assert page.history_button.isEnabled()
    assert "Trần Văn Đức" in page.detail.toPlainText()
    page.show_history()
    qtbot.waitUntil(lambda: getattr(page, "history_dialog", None) is not None)
    dialog = page.history_dialog
    assert {r.entity for r in dialog.model.rows()} == {"profile"}
    assert dialog.model.rowCount() == 3  # demo profile, demo flag, the window's change
    dialog.close()
