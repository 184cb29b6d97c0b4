"""The results grid: typing "9,5", Enter moves down, paste from Excel, invalid cells, undo, save."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from thidua_desktop.gui.main_window import MainWindow, Page
from thidua_desktop.gui.results.model import INVALID_ROLE, PENDING_ROLE, ResultGridModel
from thidua_desktop.gui.results.page import ResultsPage
from thidua_desktop.services.campaigns.results import result_grid

from ..conftest import OpenWindow


def open_grid(open_window: OpenWindow, qtbot: QtBot) -> tuple[MainWindow, ResultsPage]:
    window = open_window()
    page = window.page(Page.RESULTS)
    assert isinstance(page, ResultsPage)
    if page.model.grid is None:
        with qtbot.waitSignal(page.grid_loaded, timeout=5000):
            window.show_page(Page.RESULTS)
    window.show_page(Page.RESULTS)
    return window, page


def cell(page: ResultsPage, unit_code: str, indicator_code: str) -> tuple[int, int]:
    grid = page.model.grid
    assert grid is not None
    row = next(i for i, u in enumerate(grid.units) if u.code == unit_code)
    column = next(j for j, ind in enumerate(grid.indicators) if ind.code == indicator_code)
    return row, column


def saved_value(window: MainWindow, unit: str, indicator: str) -> D | None:
    assert window.db is not None
    grid = result_grid(window.db, campaign_code="CT10-2023", year=2023)
    unit_id = next(u.id for u in grid.units if u.code == unit)
    indicator_id = next(i.id for i in grid.indicators if i.code == indicator)
    return grid.cells[(unit_id, indicator_id)].value


def save(page: ResultsPage, qtbot: QtBot) -> None:
    with qtbot.waitSignal(page.grid_loaded, timeout=5000):
        page.save()


def test_the_grid_shows_the_office_and_its_districts_with_status_colours(
    open_window: OpenWindow, qtbot: QtBot, qtmodeltester: object
) -> None:
    _, page = open_grid(open_window, qtbot)
    model = page.model
    assert model.rowCount() == 10 and model.columnCount() == 10
    assert model.headerData(0, Qt.Orientation.Vertical) == "Thành phố Cần Thơ"
    row, column = cell(page, "92", "GRDP")
    assert model.index(row, column).data() == "5,75"
    assert model.index(row, column).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "không đạt" in model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_typing_vietnamese_numbers_and_enter_moves_down(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    window, page = open_grid(open_window, qtbot)
    view = page.view
    row, column = cell(page, "916", "BHYT")
    index = page.model.index(row, column)
    view.setCurrentIndex(index)
    qtbot.keyClick(view, "9")  # the first key opens the cell editor, as in Excel…
    editor = view.indexWidget(index)  # (not QApplication.focusWidget(): focus is racy headless)
    assert isinstance(editor, QLineEdit) and editor.text() == "9"
    qtbot.keyClicks(editor, "4,75")  # …which then receives the rest
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.is_editing())  # Qt commits the editor on the next loop
    assert view.currentIndex().row() == row + 1  # Enter went down, as in Excel
    assert page.model.index(row, column).data() == "94,75"
    assert page.model.index(row, column).data(PENDING_ROLE)
    save(page, qtbot)
    assert saved_value(window, "916", "BHYT") == D("94.75")
    assert page.model.pending_count == 0


def test_a_pasted_block_with_one_bad_cell_saves_the_rest_and_keeps_the_bad_one_marked(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    window, page = open_grid(open_window, qtbot)
    row, column = cell(page, "918", "BHYT")  # Quận Bình Thủy, then Cái Răng, Cờ Đỏ below it
    page.view.setCurrentIndex(page.model.index(row, column))
    message = page.view.paste("93,1\r\n9x\r\n90.5\r\n")  # as Excel puts it on the clipboard
    assert message == "Đã dán 3 ô; 1 ô không hợp lệ (viền đỏ, chưa lưu)."
    bad = page.model.index(row + 1, column)
    assert "Số không hợp lệ" in bad.data(INVALID_ROLE)
    save(page, qtbot)
    assert saved_value(window, "918", "BHYT") == D("93.1")
    assert saved_value(window, "925", "BHYT") == D("90.5")
    assert saved_value(window, "919", "BHYT") == D("92.45")  # the bad cell saved nothing
    assert page.model.index(row + 1, column).data(INVALID_ROLE)  # still marked, still there
    assert page.model.index(row + 1, column).data() == "9x"
    assert page.message.text() == "Đã lưu 2 ô; 1 ô không hợp lệ chưa lưu."


def test_paste_skips_cells_that_are_computed_and_values_out_of_range_are_refused(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    _, page = open_grid(open_window, qtbot)
    row, column = cell(page, "916", "BHYT")
    page.view.setCurrentIndex(page.model.index(row, column))
    message = page.view.paste("101\t3\t4\t5")  # BHYT, then the three computed indicators
    assert "bỏ qua 3 ô chỉ xem" in message
    assert "tối đa 100%" in page.model.index(row, column).data(INVALID_ROLE)


def test_undo_and_redo_a_paste_as_one_step(open_window: OpenWindow, qtbot: QtBot) -> None:
    _, page = open_grid(open_window, qtbot)
    model: ResultGridModel = page.model
    row, column = cell(page, "916", "HO_NGHEO")
    page.view.setCurrentIndex(model.index(row, column))
    page.view.paste("0,2\n0,3")
    assert model.pending_count == 2
    model.undo_stack.undo()
    assert model.pending_count == 0
    assert model.index(row, column).data() == "0,05"
    model.undo_stack.redo()
    assert model.index(row, column).data() == "0,20"


def test_delete_clears_cells_and_saving_removes_the_result(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    window, page = open_grid(open_window, qtbot)
    row, column = cell(page, "916", "LD_DAO_TAO")
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(row, column))
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert page.model.index(row, column).data() == ""
    save(page, qtbot)
    assert saved_value(window, "916", "LD_DAO_TAO") is None


def test_unsaved_changes_are_flagged_and_closing_asks_first(
    open_window: OpenWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    window, page = open_grid(open_window, qtbot)
    row, column = cell(page, "916", "BHYT")
    page.model.setData(page.model.index(row, column), "95")
    assert page.state.text() == "1 thay đổi chưa lưu."
    asked: list[str] = []

    def answer(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert not window.close()
    assert asked and "chưa lưu" in asked[0]
    assert page.model.pending_count == 1


def test_changing_the_year_with_unsaved_edits_keeps_one_year_everywhere(
    open_window: OpenWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    window, page = open_grid(open_window, qtbot)
    row, column = cell(page, "916", "BHYT")
    page.model.setData(page.model.index(row, column), "95")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked: list[str] = []

    def answer(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", answer)
    window.set_year(2022)  # "Hủy": the header goes back to the grid's year
    assert window.current_year == 2023 and window.year.currentText() == "2023"
    assert page._year == 2023 and page.model.pending_count == 1
    assert len(asked) == 1 and "Chuyển sang năm 2022" in asked[0]
    with qtbot.waitSignal(page.grid_loaded, timeout=5000):
        window.set_year(2022)  # "Không lưu": the edits go, every page moves to 2022
    assert window.current_year == 2022 and page._year == 2022
    assert page.model.pending_count == 0 and len(asked) == 2
    assert saved_value(window, "916", "BHYT") != D("95")


def test_saving_when_asked_on_a_year_change_saves_then_moves(
    open_window: OpenWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    window, page = open_grid(open_window, qtbot)
    row, column = cell(page, "916", "BHYT")
    page.model.setData(page.model.index(row, column), "95")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    with qtbot.waitSignal(page.grid_loaded, timeout=5000):
        window.set_year(2022)
    assert window.current_year == 2022 and page._year == 2022
    assert saved_value(window, "916", "BHYT") == D("95")


def test_more_decimals_than_the_indicator_has_are_rounded_as_shown_and_stored(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    window, page = open_grid(open_window, qtbot)
    row, column = cell(page, "916", "VON_DT")  # tỷ đồng, 0 decimals
    index = page.model.index(row, column)
    page.model.setData(index, "5.200,5")
    assert index.data() == "5.201"
    tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "5.200,5 được làm tròn thành 5.201" in tooltip
    assert "1 ô được làm tròn" in page.state.text()
    save(page, qtbot)
    assert saved_value(window, "916", "VON_DT") == D("5201")  # what was shown


def test_a_value_far_from_its_target_is_warned_about_and_saved_all_the_same(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    window, page = open_grid(open_window, qtbot)
    row, column = cell(page, "918", "VON_DT")  # target ≥ 5.200 tỷ đồng
    index = page.model.index(row, column)
    page.model.setData(index, "1.500.000,25")
    tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "⚠ Giá trị 1.500.000 gấp 288 lần chỉ tiêu (5.200)" in tooltip
    assert "1 ô có giá trị khác xa chỉ tiêu" in page.state.text()
    assert page.save_button.isEnabled()  # a warning, not a refusal
    save(page, qtbot)
    assert saved_value(window, "918", "VON_DT") == D("1500000")
