"""Cài đặt › Tổ chức, công chức làm công tác TĐKT: the demonstration's lists, a civil servant
added and corrected through the dialog, a body removed; and a recipient's statistics class
chosen in the Khen thưởng recipient dialog."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from thidua_desktop.domain.awards.types import RecipientClass, RecipientType
from thidua_desktop.gui.awards.dialogs import RecipientDialog
from thidua_desktop.gui.main_window import Page
from thidua_desktop.gui.settings.page import SettingsPage
from thidua_desktop.gui.statistics.tdkt_panel import BodyDialog, StaffDialog, TdktPanel
from thidua_desktop.services.statistics.forms import year_statistics

from ..conftest import OpenWindow


def _panel(open_window: OpenWindow, qtbot: QtBot) -> tuple[object, TdktPanel]:
    window = open_window()
    page = window.page(Page.SETTINGS)
    assert isinstance(page, SettingsPage) and page.tdkt_panel is not None
    panel = page.tdkt_panel
    with qtbot.waitSignal(panel.changed, timeout=10_000):
        window.show_page(Page.SETTINGS)
    return window, panel


def test_staff_are_added_corrected_and_a_body_removed(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    window, panel = _panel(open_window, qtbot)
    assert panel.bodies.rows[0].name.startswith("Phòng Thi đua - Khen thưởng")
    assert len(panel.staff.rows) == 7
    assert not panel.edit_staff_button.isEnabled()

    def fill(dialog: StaffDialog) -> bool:
        dialog.name.setText("Ngô Thị Bích")
        dialog.gender.setCurrentIndex(dialog.gender.findData("female"))
        dialog.birth_year.setValue(1996)
        dialog.since.setValue(2024)
        return True

    panel.run_dialog = fill
    with qtbot.waitSignal(panel.changed, timeout=10_000):
        panel.add_staff_button.click()
    assert panel.status.text() == "Đã lưu công chức."
    added = next(r for r in panel.staff.rows if r.full_name == "Ngô Thị Bích")
    assert added.body_name.startswith("Phòng Thi đua")  # the first body is proposed

    panel.staff_view.selectRow(panel.staff.rows.index(added))
    assert panel.edit_staff_button.isEnabled()

    def correct(dialog: StaffDialog) -> bool:
        assert dialog.name.text() == "Ngô Thị Bích" and dialog.birth_year.value() == 1996
        dialog.until.setValue(2025)
        return True

    panel.run_dialog = correct
    with qtbot.waitSignal(panel.changed, timeout=10_000):
        panel.edit_staff_button.click()
    assert next(r for r in panel.staff.rows if r.id == added.id).until_year == 2025
    assert window.db is not None  # type: ignore[attr-defined]
    stats = year_statistics(window.db, 2025)  # type: ignore[attr-defined]
    assert stats.forms["0605"].value("01", 1) == 4  # three women of the demo, and her

    old = next(r for r in panel.bodies.rows if r.until_year == 2025)
    panel.body_view.selectRow(panel.bodies.rows.index(old))
    panel.confirm = lambda _text: True
    with qtbot.waitSignal(panel.changed, timeout=10_000):
        panel.delete_body_button.click()
    assert old.id not in {b.id for b in panel.bodies.rows}


def test_a_bad_entry_is_refused_with_its_reason(
    open_window: OpenWindow, qtbot: QtBot, message_boxes: list[tuple[str, str]]
) -> None:
    _, panel = _panel(open_window, qtbot)

    def empty(dialog: BodyDialog) -> bool:
        dialog.name.setText("   ")
        return True

    panel.run_dialog = empty
    panel.add_body_button.click()
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=10_000)
    assert "Hãy nhập tên tổ chức" in message_boxes[-1][1]
    assert len(panel.bodies.rows) == 2


def test_the_recipient_dialog_offers_the_classes_of_each_kind(qtbot: QtBot) -> None:
    dialog = RecipientDialog([], "92", None)
    qtbot.addWidget(dialog)
    person = [dialog.stat_class.itemData(i) for i in range(dialog.stat_class.count())]
    assert person[0] is None and "businessperson" in person and "enterprise" not in person
    dialog.kind.setCurrentIndex(dialog.kind.findData(RecipientType.COLLECTIVE.value))
    firm = [dialog.stat_class.itemData(i) for i in range(dialog.stat_class.count())]
    assert firm == [None, "enterprise", "cooperative"]
    dialog.stat_class.setCurrentIndex(2)
    assert dialog.entry().stat_class is RecipientClass.COOPERATIVE
    dialog.kind.setCurrentIndex(dialog.kind.findData(RecipientType.HOUSEHOLD.value))
    assert dialog.stat_class.count() == 1 and not dialog.stat_class.isEnabled()
    assert dialog.entry().stat_class is None


def test_an_end_year_before_the_start_keeps_the_dialog_open(qtbot: QtBot) -> None:
    dialog = StaffDialog(None, [])
    qtbot.addWidget(dialog)
    dialog.name.setText("Ngô Thị Bích")
    dialog.since.setValue(2024)
    dialog.until.setValue(2020)
    dialog.try_accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "Năm kết thúc (2020) không được trước năm bắt đầu (2024)" in dialog.error.text()
    assert dialog.name.text() == "Ngô Thị Bích"
