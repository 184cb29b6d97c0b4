"""Campaign page: the demo campaigns listed, a new campaign through its dialog, targets, returns."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from thidua_desktop.gui.campaigns.dialogs import CampaignDialog
from thidua_desktop.gui.campaigns.page import CampaignsPage
from thidua_desktop.gui.main_window import MainWindow, Page
from thidua_desktop.services.campaigns.definitions import get_campaign, targets_of
from thidua_desktop.services.campaigns.registrations import list_registrations

from ..conftest import OpenWindow


def open_page(open_window: OpenWindow, qtbot: QtBot) -> tuple[MainWindow, CampaignsPage]:
    window = open_window()
    window.show_page(Page.CAMPAIGNS)
    page = window.page(Page.CAMPAIGNS)
    assert isinstance(page, CampaignsPage)
    qtbot.waitUntil(lambda: page.indicators.rowCount() > 0, timeout=5000)
    return window, page


def idle(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not window.background.busy, timeout=5000)


def test_the_demo_campaigns_and_their_indicators_are_listed(
    open_window: OpenWindow, qtbot: QtBot, qtmodeltester: object
) -> None:
    _, page = open_page(open_window, qtbot)
    # every campaign, newest first; the year's first one (the window shows 2023) is selected
    codes = [row.code for row in page.campaigns.rows]
    assert codes == ["TD-2026", "TD-2025", "CT10-2023", "KH97-2023"]
    assert page.indicators.rowCount() == 10
    assert "10/CT-UBND ngày 13/12/2022" in page.info["document"].text()
    qtmodeltester.check(page.campaigns)  # type: ignore[attr-defined]
    qtmodeltester.check(page.targets)  # type: ignore[attr-defined]


def test_a_new_campaign_is_created_through_its_dialog(
    open_window: OpenWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, page = open_page(open_window, qtbot)

    def fill(dialog: CampaignDialog) -> int:
        # a new campaign starts in the working year (2023 here), not in this calendar year
        assert dialog.start.date().toString("dd/MM/yyyy") == "01/01/2023"
        assert dialog.end.date().toString("dd/MM/yyyy") == "31/12/2023"
        dialog.code.setText("CD-2023")
        dialog.title_edit.setPlainText("Thi đua “Chuyển đổi số” năm 2023")
        dialog.form_kind.setCurrentIndex(dialog.form_kind.findData("chuyen_de"))
        return CampaignDialog.DialogCode.Accepted

    monkeypatch.setattr(CampaignDialog, "exec", fill)
    page.add_button.click()
    qtbot.waitUntil(lambda: len(page.campaigns.rows) == 5, timeout=5000)
    idle(window, qtbot)
    assert window.db is not None
    campaign, indicators = get_campaign(window.db, "CD-2023")
    assert campaign.title == "Thi đua “Chuyển đổi số” năm 2023"
    assert campaign.form == "chuyen_de" and indicators == []


def test_targets_typed_in_the_form_are_saved(open_window: OpenWindow, qtbot: QtBot) -> None:
    window, page = open_page(open_window, qtbot)
    page.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: page.targets.rowCount() == 10, timeout=5000)
    row = next(i for i, line in enumerate(page.targets.lines) if line.indicator.code == "BHYT")
    assert page.targets.index(row, 3).data() == "92,45"
    page.targets.setData(page.targets.index(row, 3), "93,5")
    page.save_targets.click()
    idle(window, qtbot)
    assert window.db is not None
    targets = targets_of(window.db, campaign_code="CT10-2023", unit_code="92", year=2023)
    assert targets["BHYT"].describe("%") == "≥ 93,5%"


def test_a_range_target_in_the_wrong_order_is_marked_and_not_saved(
    open_window: OpenWindow, qtbot: QtBot, message_boxes: list[tuple[str, str]]
) -> None:
    window, page = open_page(open_window, qtbot)
    qtbot.waitUntil(lambda: page.targets.rowCount() == 10, timeout=5000)
    page.targets.setData(page.targets.index(0, 3), "11")  # GRDP: 11 - 10 %
    assert page.targets.has_errors
    page.save_targets.click()
    assert message_boxes and message_boxes[-1][0] == "warning"
    assert window.db is not None
    targets = targets_of(window.db, campaign_code="CT10-2023", unit_code="92", year=2023)
    assert targets["GRDP"].describe("%") == "9,5 - 10%"


def test_a_registration_is_returned_with_a_reason(
    open_window: OpenWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    window, page = open_page(open_window, qtbot)
    page.tabs.setCurrentIndex(3)
    qtbot.waitUntil(lambda: page.registrations.rowCount() == 4, timeout=5000)
    row = next(i for i, r in enumerate(page.registrations.rows) if r.unit_code == "918")
    proxy = page.registration_view.model()
    source_row = page.registrations.index(row, 0)
    page.registration_view.setCurrentIndex(proxy.mapFromSource(source_row))  # type: ignore[attr-defined]
    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", lambda *a, **k: ("Chưa có chữ ký thủ trưởng", True)
    )
    page.return_button.click()
    idle(window, qtbot)
    assert window.db is not None
    rows = list_registrations(window.db, campaign_code="CT10-2023", year=2023)
    returned = next(r for r in rows if r.unit_code == "918")
    assert (returned.status, returned.return_reason) == ("returned", "Chưa có chữ ký thủ trưởng")


def test_targets_for_many_units_are_pasted_from_excel_undone_and_saved(
    open_window: OpenWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QGuiApplication

    from thidua_desktop.gui.campaigns.target_grid_dialog import TargetGridDialog

    window, page = open_page(open_window, qtbot)
    seen: list[TargetGridDialog] = []

    def work_in(dialog: TargetGridDialog) -> int:
        seen.append(dialog)
        column = next(i for i, ind in enumerate(dialog.grid.indicators) if ind.code == "VON_DT")
        first = next(i for i, (code, _) in enumerate(dialog.grid.units) if code == "916")
        dialog.table.setCurrentCell(first, column)
        QGuiApplication.clipboard().setText("9.900\n5.300\n")  # two cells copied from Excel
        dialog.paste()
        assert dialog.table.item(first, column).text() == "9.900"  # type: ignore[union-attr]
        assert dialog.state.text() == "2 ô đã sửa, chưa lưu."
        dialog.undo()
        assert dialog.state.text() == "Không có thay đổi chưa lưu."
        dialog.redo()
        dialog.save()  # off the GUI thread; the dialog says when it is done
        qtbot.waitUntil(lambda: dialog.state.text() == "Đã lưu 2 chỉ tiêu.", timeout=5000)
        return TargetGridDialog.DialogCode.Accepted

    monkeypatch.setattr(TargetGridDialog, "exec", work_in)
    page.tabs.setCurrentIndex(2)
    page.grid_targets.click()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert window.db is not None
    saved = targets_of(window.db, campaign_code="CT10-2023", unit_code="916", year=2023)
    assert saved["VON_DT"].low == 9900


def test_undo_in_the_target_table_goes_back_one_step_at_a_time(qtbot: QtBot) -> None:
    from PySide6.QtGui import QGuiApplication

    from thidua_desktop.gui.campaigns.target_grid_dialog import TargetGridDialog
    from thidua_desktop.services.campaigns.target_grid import GridIndicator, TargetGrid

    grid = TargetGrid(
        "X", 2026, (GridIndicator("A", "Chỉ tiêu A", "%", False),), (("1", "Xã Một"),),
        {("1", "A"): "1"}, True,
    )  # fmt: skip
    dialog = TargetGridDialog(grid, lambda texts, d: None)
    qtbot.addWidget(dialog)
    dialog.table.setCurrentCell(0, 0)
    QGuiApplication.clipboard().setText("2")
    dialog.paste()  # 1 → 2
    dialog.table.item(0, 0).setText("3")  # type: ignore[union-attr]  # typed: 2 → 3
    dialog.table.item(0, 0).setText("4")  # type: ignore[union-attr]  # typed: 3 → 4
    texts = []
    for _ in range(3):
        dialog.undo()
        texts.append(dialog.table.item(0, 0).text())  # type: ignore[union-attr]
    assert texts == ["3", "2", "1"]
    dialog.redo()
    assert dialog.table.item(0, 0).text() == "2"  # type: ignore[union-attr]


def test_targets_typed_for_one_unit_are_undone_and_not_lost_on_leaving(
    open_window: OpenWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    window, page = open_page(open_window, qtbot)
    page.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: page.targets.rowCount() == 10, timeout=5000)
    row = next(i for i, line in enumerate(page.targets.lines) if line.indicator.code == "BHYT")
    cell = page.targets.index(row, 3)
    page.targets.setData(cell, "93")
    page.targets.setData(cell, "94")
    assert page.undo_targets.isEnabled() and page.targets.dirty
    page.undo_targets.click()
    assert cell.data() == "93" and page.redo_targets.isEnabled()
    page.undo_targets.click()
    assert cell.data() == "92,45" and not page.targets.dirty  # back to what was read
    page.redo_targets.click()
    assert cell.data() == "93"

    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save]
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    other = page.target_unit.findData("916")
    page.target_unit.setCurrentIndex(other)  # "Hủy": the city's targets stay, with the edit
    assert "Chọn đơn vị khác" in asked[0] and "Thành phố Cần Thơ" in asked[0]
    assert page.target_unit.currentData() == "92" and cell.data() == "93"
    page.target_unit.setCurrentIndex(other)  # "Lưu": saved for the city, then Ninh Kiều
    idle(window, qtbot)
    assert window.db is not None
    saved = targets_of(window.db, campaign_code="CT10-2023", unit_code="92", year=2023)
    assert saved["BHYT"].describe("%") == "≥ 93%"
    qtbot.waitUntil(lambda: page._targets_key[1] == "916" and not window.background.busy)
    assert page.target_unit.currentData() == "916" and not page.targets.dirty
    assert len(asked) == 2


def test_the_target_table_fills_down_copies_last_year_and_asks_before_closing(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QItemSelection, QItemSelectionModel
    from PySide6.QtWidgets import QMessageBox

    from thidua_desktop.gui.campaigns.target_grid_dialog import TargetGridDialog
    from thidua_desktop.services.campaigns.target_grid import GridIndicator, TargetGrid

    units = (("92", "Thành phố Cần Thơ"), ("1", "Xã Một"), ("2", "Xã Hai"), ("3", "Xã Ba"))
    grid = TargetGrid(
        "X", 2026,
        (GridIndicator("A", "Chỉ tiêu A", "%", False), GridIndicator("B", "B", "%", False)),
        units, {("92", "A"): "75", ("3", "B"): "9"}, True,
        previous={("1", "B"): "7,5", ("3", "B"): "8", ("9", "B"): "1"},
        previous_from="Phong trào năm 2025 — năm 2025",
    )  # fmt: skip
    saves: list[dict[tuple[str, str], str]] = []
    dialog = TargetGridDialog(grid, lambda texts, d: saves.append(texts))
    qtbot.addWidget(dialog)
    # The city's 75% spread to the three xã below it.
    top, bottom = dialog.table.model().index(0, 0), dialog.table.model().index(3, 0)
    dialog.table.selectionModel().select(
        QItemSelection(top, bottom), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    dialog.fill_down()
    assert [dialog.table.item(r, 0).text() for r in range(4)] == ["75"] * 4  # type: ignore[union-attr]
    # Last year's targets where a cell is empty; Xã Ba keeps the 9 typed for this year.
    assert "năm 2025" in dialog.previous_button.toolTip()
    dialog.copy_last_year()
    assert [dialog.table.item(r, 1).text() for r in range(4)] == ["", "7,5", "", "9"]  # type: ignore[union-attr]
    assert dialog.state.text() == "Đã chép 1 chỉ tiêu năm 2025 vào ô còn trống; chưa lưu."
    dialog.undo()
    assert dialog.table.item(1, 1).text() == ""  # type: ignore[union-attr]
    dialog.redo()
    # Closing with 4 cells not saved: "Hủy" stays, "Lưu" saves, then the dialog closes.
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    dialog.show()
    dialog.reject()
    assert dialog.isVisible() and not saves
    dialog.reject()
    assert saves == [{("1", "A"): "75", ("2", "A"): "75", ("3", "A"): "75", ("1", "B"): "7,5"}]
    dialog.saved(4)  # what the page calls once the service has saved
    assert not dialog.isVisible()


def test_the_launching_document_is_attached_opened_and_removed(
    open_window: OpenWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMessageBox

    window, page = open_page(open_window, qtbot)
    panel = page.attachments
    qtbot.waitUntil(lambda: panel.attach_button.isEnabled(), timeout=5000)
    assert "Chưa có tệp nào" in panel.note.text()
    scan = tmp_path / "Chỉ thị 10-CT-UBND.pdf"
    scan.write_bytes(b"%PDF-1.4\n%%EOF\n")
    bad = tmp_path / "virus.pdf"
    bad.write_bytes(b"MZ not a pdf")
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, title, text, *a: shown.append((title, text))
    )
    panel.attach_files([scan, bad])  # one good, one refused: the good one goes in
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    assert panel.model.index(0, 1).data() == "Chỉ thị 10-CT-UBND.pdf"
    assert panel.model.index(0, 0).data() == "Văn bản phát động"
    assert shown and "nội dung không phải tệp PDF" in shown[0][1]
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    panel.table.selectRow(0)
    panel.open_selected()
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    assert Path(opened[0]).name == "Chỉ thị 10-CT-UBND.pdf"
    assert Path(opened[0]).read_bytes() == scan.read_bytes()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    panel.remove_selected()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=5000)
    assert not [p for p in window.data_dir.attachments.rglob("*") if p.is_file()]


def test_the_target_table_sends_what_it_read_and_a_cell_typed_during_a_save_stays_a_change(
    qtbot: QtBot,
) -> None:
    from thidua_desktop.gui.campaigns.target_grid_dialog import TargetGridDialog
    from thidua_desktop.services.campaigns.target_grid import GridIndicator, TargetGrid

    grid = TargetGrid(
        "X", 2026, (GridIndicator("A", "Chỉ tiêu A", "%", False),),
        (("1", "Xã Một"), ("2", "Xã Hai")), {("1", "A"): "1", ("2", "A"): "5"}, True,
    )  # fmt: skip
    sent: list[dict[tuple[str, str], str]] = []
    dialog = TargetGridDialog(grid, lambda texts, d: sent.append(texts))
    qtbot.addWidget(dialog)
    assert dialog.seen() == {("1", "A"): "1", ("2", "A"): "5"}  # what the save compares with
    dialog.table.item(0, 0).setText("2")  # type: ignore[union-attr]
    dialog.save()
    assert sent == [{("1", "A"): "2"}]
    dialog.table.item(1, 0).setText("6")  # type: ignore[union-attr]  # typed while it saves
    dialog.saved(1)
    assert dialog.seen() == {("1", "A"): "2", ("2", "A"): "5"}  # Xã Hai's 6 was never saved
    assert dialog.changes() == {("2", "A"): "6"}


def test_targets_are_given_from_an_excel_workbook_after_its_preview(
    open_window: OpenWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    window, page = open_page(open_window, qtbot)
    assert page.import_targets.isEnabled() and page.excel_targets.isEnabled()
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Đơn vị", "Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP)", "VON_DT"])
    ws.append(["Quận Ninh Kiều", "9,5 - 10", "9.900"])
    book = tmp_path / "giao chỉ tiêu #2023.xlsx"
    wb.save(book)
    with qtbot.waitSignal(page.sheet_previewed, timeout=10_000) as preview:
        page.import_targets_sheet(book)
    assert not preview.args[0].problems and len(preview.args[0].changes) == 2
    dialog = page.sheet_dialog
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: "Đã nhập" in dialog.summary.text(), timeout=10_000)
    idle(window, qtbot)
    assert window.db is not None
    saved = targets_of(window.db, campaign_code="CT10-2023", unit_code="916", year=2023)
    assert (saved["GRDP"].low, saved["GRDP"].high) == (9.5, 10)
    assert saved["VON_DT"].low == 9900
    dialog.close()
