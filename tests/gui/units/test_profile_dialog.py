"""First-run dialog: asks for the office and the operator; saving goes through the service."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from thidua_desktop.gui.units.profile_dialog import ProfileDialog
from thidua_desktop.services.core.profile import get_profile
from thidua_desktop.services.core.units import list_units
from thidua_desktop.store.engine import Database

from ..conftest import OpenWindow


def test_ok_is_enabled_only_with_an_office_and_a_name(qtbot: QtBot, db: Database) -> None:
    today = list_units(db, day=dt.date.today())  # the offices of today
    dialog = ProfileDialog(today, None, first_run=True)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()
    dialog.search.setText("ninh kieu")
    qtbot.waitUntil(lambda: dialog.proxy.rowCount() == 1)
    dialog._select(next(u for u in today if u.code == "31135"))
    assert dialog.chosen.text() == "Phường Ninh Kiều (cấp xã)"
    assert not ok.isEnabled()
    dialog.operator.insert("Nguyễn Thị Lan")  # QTest.keyClicks types ASCII only
    assert ok.isEnabled()
    assert dialog.choice() == ("31135", "Nguyễn Thị Lan")


def test_on_a_shared_server_the_person_is_their_login(qtbot: QtBot, db: Database) -> None:
    today = list_units(db, day=dt.date.today())
    dialog = ProfileDialog(today, None, first_run=True, signed_in="lan_nguyen")
    qtbot.addWidget(dialog)
    assert dialog.operator.text() == "lan_nguyen" and dialog.operator.isReadOnly()
    assert "tài khoản đăng nhập" in dialog.operator.toolTip()
    dialog._select(next(u for u in today if u.code == "31135"))
    assert dialog.buttons.buttons()[0].isEnabled()
    assert dialog.choice() == ("31135", None)  # the stored operator name is left alone


def test_hamlets_are_not_offered_as_offices(qtbot: QtBot, db: Database) -> None:
    dialog = ProfileDialog(list_units(db), None, first_run=True)
    qtbot.addWidget(dialog)
    assert all(row.level <= 3 for row in dialog.model._rows)


@pytest.mark.sqlite_only(reason="the profile's operator; on a server the signed-in one")
def test_first_run_asks_for_the_office_and_saves_it(
    open_window: OpenWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[bool] = []

    def fake_exec(self: ProfileDialog) -> int:
        asked.append(True)
        self._select(next(u for u in self.model._rows if u.code == "31246"))
        self.operator.setText("Trần Văn Đức")
        return ProfileDialog.DialogCode.Accepted

    monkeypatch.setattr(ProfileDialog, "exec", fake_exec)
    window = open_window(demo=False)
    qtbot.waitUntil(lambda: window.profile_label.text() == "Xã Thạnh Quới · Trần Văn Đức")
    assert asked == [True]
    assert window.db is not None
    profile = get_profile(window.db)
    assert profile is not None and (profile.office_code, profile.level) == ("31246", "xa")
    assert not window.demo_badge.isVisibleTo(window)


def test_first_run_can_be_postponed(
    open_window: OpenWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ProfileDialog, "exec", lambda self: ProfileDialog.DialogCode.Rejected)
    window = open_window(demo=False)
    qtbot.wait(50)
    assert window.profile_label.text() == "Chưa thiết lập cơ quan sử dụng"
    assert window.db is not None and get_profile(window.db) is None
    assert window.units_page.proxy.rowCount() == 34  # the unit list is there all the same


@pytest.mark.sqlite_only(reason="a new demonstration file; only init creates a server database")
def test_a_new_demonstration_asks_from_which_office_to_see_it(
    open_window: OpenWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered: list[list[str]] = []

    def choose_the_ward(self: ProfileDialog) -> int:
        offered.append([button.text() for button in self.suggestions])
        self.suggestions[1].click()
        return ProfileDialog.DialogCode.Accepted

    monkeypatch.setattr(ProfileDialog, "exec", choose_the_ward)
    window = open_window()  # a new demonstration database
    qtbot.waitUntil(lambda: window.profile_label.text().startswith("Phường Ninh Kiều"))
    assert offered == [["Thành phố Cần Thơ", "Phường Ninh Kiều", "Xã Phong Điền"]]
    assert window.db is not None
    profile = get_profile(window.db)
    assert profile is not None and profile.office_code == "31135" and profile.demo
    window.close()
    offered.clear()
    again = open_window()  # the same demonstration opened again: no question
    qtbot.wait(50)
    assert offered == [] and again.profile_label.text().startswith("Phường Ninh Kiều")
