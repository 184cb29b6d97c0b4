"""Nhập từ Excel on the results page: a workbook is previewed (refusals by cell, nothing
written), then applied from the dialog; the grid shows the imported values."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from openpyxl import Workbook
from pytestqt.qtbot import QtBot

from ..conftest import OpenWindow
from .test_page import open_grid, saved_value


def district_workbook(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Quận"
    ws.append(["Mã đơn vị", "Tên đơn vị", "BHYT", "GRDP"])
    ws.append(["918", "Quận Bình Thủy", "93,4", 9.9])
    ws.append(["919", "Quận Cái Răng", "không rõ", "9,7"])
    wb.save(path)
    return path


def test_a_workbook_is_previewed_then_imported_from_the_dialog(
    open_window: OpenWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window, page = open_grid(open_window, qtbot)
    book = district_workbook(tmp_path / "số liệu quận #1.xlsx")
    with qtbot.waitSignal(page.sheet_previewed, timeout=10_000) as preview:
        page.import_sheet(book)
    report = preview.args[0]
    assert not report.applied and len(report.problems) == 1
    dialog = page.sheet_dialog
    assert "bị từ chối: 1" in dialog.summary.text()
    assert not dialog.apply_button.isEnabled()  # a refused value: nothing until it is skipped
    assert dialog.table.item(0, 1).text() == "Quận · C3"
    assert saved_value(window, "918", "BHYT") != D("93.40")  # the preview wrote nothing
    dialog.skip.setChecked(True)
    assert dialog.apply_button.isEnabled()
    with qtbot.waitSignal(page.grid_loaded, timeout=10_000):
        dialog.apply_button.click()
    assert "Đã nhập" in dialog.summary.text() and not dialog.apply_button.isEnabled()
    assert saved_value(window, "918", "BHYT") == D("93.40")
    assert saved_value(window, "919", "GRDP") == D("9.70")
    dialog.close()
