"""An installation whose office ended (a district on 30/06/2025) is offered its successors when
the window opens; moving keeps every record, "Để sau" changes nothing."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from thidua_desktop.gui.units.move_dialog import MoveOfficeDialog
from thidua_desktop.paths import DataDir
from thidua_desktop.services.core.profile import get_profile, set_profile
from thidua_desktop.services.core.setup import prepare
from thidua_desktop.store.schema import open_database

from ..conftest import OpenWindow


@pytest.fixture
def district_installation(data_dir: DataDir) -> DataDir:
    db = open_database(data_dir)
    try:
        prepare(db, demo=True)
        set_profile(db, office_code="916", operator="Cán bộ quận")
    finally:
        db.close()
    return data_dir


def test_the_window_offers_the_successors_and_moves_to_the_chosen_one(
    district_installation: DataDir,
    open_window: OpenWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    offered: list[list[str]] = []

    def choose(self: MoveOfficeDialog) -> int:
        offered.append([self.list.item(r).text() for r in range(self.list.count())])
        self.list.setCurrentRow(3)  # Phường Ninh Kiều
        return MoveOfficeDialog.DialogCode.Accepted

    monkeypatch.setattr(MoveOfficeDialog, "exec", choose)
    window = open_window()
    qtbot.waitUntil(
        lambda: window.profile_label.text().startswith("Phường Ninh Kiều"), timeout=10_000
    )
    assert offered[0][0].startswith("Thành phố Cần Thơ (92)")
    assert offered[0][3].startswith("Phường Ninh Kiều (31135)")
    assert "Quận Ninh Kiều" in window.status.text()
    assert window.db is not None
    profile = get_profile(window.db)
    assert profile is not None
    assert (profile.office_code, profile.former_office_code) == ("31135", "916")


def test_later_keeps_the_district_and_says_how_to_move(
    district_installation: DataDir,
    open_window: OpenWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(MoveOfficeDialog, "exec", lambda self: MoveOfficeDialog.DialogCode.Rejected)
    window = open_window()
    qtbot.waitUntil(lambda: "đã kết thúc" in window.status.text(), timeout=10_000)
    assert window.profile_label.text().startswith("Quận Ninh Kiều")
