"""An ninh trật tự page: units of the year, filters, Vietnamese order, editor, chart, copy."""

from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from thidua_desktop.domain.security import Assessment
from thidua_desktop.domain.text import sort_key
from thidua_desktop.gui.main_window import MainWindow, Page
from thidua_desktop.gui.security.editor import SecurityEditor
from thidua_desktop.gui.security.model import Kind, StatusFilter
from thidua_desktop.gui.security.page import SecurityPage
from thidua_desktop.services.security.rows import SecurityUnitRow

from ..conftest import OpenWindow


def open_page(open_window: OpenWindow, qtbot: QtBot) -> tuple[MainWindow, SecurityPage]:
    window = open_window()
    page = window.page(Page.SECURITY)
    assert isinstance(page, SecurityPage)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        window.show_page(Page.SECURITY)
    return window, page


def shown_names(page: SecurityPage) -> list[str]:
    return [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]


def row_of(page: SecurityPage, code: str) -> SecurityUnitRow:
    return next(r for r in page.model.rows() if r.unit_code == code)


def test_the_page_shows_the_83_units_of_the_demo_year_with_the_window(
    open_window: OpenWindow, qtbot: QtBot, qtmodeltester: object
) -> None:
    window, page = open_page(open_window, qtbot)
    assert window.is_page_enabled(Page.SECURITY)
    assert window.current_year == 2023 and page.model.rowCount() == 83
    assert "kỳ đánh giá 16/11/2022 - 15/11/2023" in page.subtitle.text()
    assert "chỉ tiêu ≥ 75%" in page.subtitle.text()
    assert "65/83" in page.figures.text() and "78,31%" in page.figures.text()
    horizontal = Qt.Orientation.Horizontal
    headers = [page.model.headerData(c, horizontal) for c in range(page.model.columnCount())]
    assert "Không\ntội phạm" in headers and "Đạt\ncả hai" in headers
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    qtmodeltester.check(page.summary.model)  # type: ignore[attr-defined]


def test_units_are_in_vietnamese_order(open_window: OpenWindow, qtbot: QtBot) -> None:
    _, page = open_page(open_window, qtbot)
    names = shown_names(page)
    rows = {r.unit_name: r for r in page.model.rows()}
    assert names == sorted(names, key=lambda n: rows[n].sort_key)
    assert names.index("Phường An Bình") < names.index("Phường Ba Láng")
    assert names.index("Xã Đông Hiệp") > names.index("Xã Định Môn")
    assert rows["Xã Đông Hiệp"].sort_key == sort_key("Đông Hiệp")


def test_filters_by_district_status_and_unaccented_search(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    _, page = open_page(open_window, qtbot)
    page.set_filters(district="917", status=StatusFilter.SHORT)
    assert sorted(shown_names(page)) == ["Phường Thới An", "Phường Thới Hòa"]
    assert "Đang hiện 2 trên 83" in page.count.text()
    remarks = page.model.column_of(Kind.REMARKS)
    texts = {page.proxy.index(r, remarks).data() for r in range(page.proxy.rowCount())}
    assert texts == {"chưa đạt: ANTT", "chưa đánh giá: ma túy"}
    page.set_filters(district=None, status=StatusFilter.ALL)
    page.search.setText("truong xuan b")  # no diacritics: Xã Trường Xuân B
    assert shown_names(page) == ["Xã Trường Xuân B"]
    page.search.setText("31159")
    assert shown_names(page) == ["Phường Thới An"]
    page.search.setText("")
    page.set_filters(district=None, status=StatusFilter.PENDING)
    assert page.proxy.rowCount() == 3
    page.set_filters(district=None, status=StatusFilter.LOST)
    assert page.proxy.rowCount() == 3


def test_the_summary_and_chart_show_each_district_against_the_target(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    _, page = open_page(open_window, qtbot)
    model = page.summary.model
    assert model.rowCount() == 10 and model.is_total(9)
    total = model.summary_at(9)
    assert total.unit_name == "Thành phố Cần Thơ" and total.both_percent == D("78.31")
    assert model.index(9, 4).data() == "65 (78,31%)"
    chart = page.summary.chart
    assert chart.target == D(75) and len(chart.values) == 9
    assert chart.categories[0] == "Bình Thủy" and "Vĩnh Thạnh" in chart.categories
    series = chart.chart().series()
    bars = series[0].barSets()[0]  # type: ignore[attr-defined]
    below = {chart.categories[i] for i in bars.selectedBars()}
    assert below == {"Ô Môn", "Thốt Nốt", "Vĩnh Thạnh"}
    assert series[1].name() == "Chỉ tiêu ≥ 75%"
    # Double-clicking a district lists its units that fall short.
    page.tabs.setCurrentIndex(1)
    page.summary.table.doubleClicked.emit(model.index(6, 0))  # Quận Thốt Nốt
    assert page.tabs.currentIndex() == 0 and page.proxy.rowCount() == 3


def test_the_editor_shows_the_window_refuses_bad_dates_and_warns(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    _, page = open_page(open_window, qtbot)
    assert page.overview is not None
    editor = SecurityEditor(row_of(page, "31117"), page.overview.components, page)
    qtbot.addWidget(editor)
    labels = [w.text() for w in editor.findChildren(type(page.subtitle))]
    assert any("Kỳ đánh giá: từ 16/11/2022 đến 15/11/2023" in t for t in labels)
    assert editor.valid
    _, _, day, _ = editor.component_rows[0]
    day.setText("20/11/2023")
    assert not editor.valid and "thuộc kỳ đánh giá năm 2024" in editor.problem.text()
    day.setText("10/11/2023")
    editor.registered_on.setText("01/03/2023")
    editor.decision_number.setText("5/QĐ-UBND")
    editor.decision_date.setText("28/02/2023")
    assert not editor.valid and "trước ngày đăng ký" in editor.problem.text()
    editor.decision_date.setText("20/12/2023")
    editor.registered_on.setText("04/04/2023")
    editor.result.setCurrentIndex(editor.result.findData("met"))
    editor.share.setText("65")
    assert editor.valid
    assert "Quý I" in editor.warnings.text() and "65%" in editor.warnings.text()
    editor.issuer.setText(unicodedata.normalize("NFD", "UBND quận Ninh Kiều"))
    entry = editor.entry()
    assert entry.antt_result is Assessment.MET
    assert entry.decision_date == dt.date(2023, 12, 20)


def test_saving_from_the_page_updates_the_row_and_shows_warnings(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    _, page = open_page(open_window, qtbot)
    entry = row_of(page, "31159").entry()  # Phường Thới An: "3 không", ANTT chưa đạt
    from dataclasses import replace

    entry = replace(
        entry,
        antt_result=Assessment.MET,
        recognised_share="65",
        decision_number="2001/QĐ-UBND",
        decision_date=dt.date(2023, 12, 20),
        decision_issuer=unicodedata.normalize("NFD", "UBND quận Ô Môn"),
    )
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.save("31159", entry)
    row = row_of(page, "31159")
    assert row.both and row.decision_issuer == "UBND quận Ô Môn"
    assert page.banner.isVisible() and "65%" in page.banner.text()
    assert "66/83" in page.figures.text()
    assert page.current_row() is not None and page.current_row().unit_code == "31159"  # type: ignore[union-attr]


def test_changing_the_year_reloads_the_page(open_window: OpenWindow, qtbot: QtBot) -> None:
    window, page = open_page(open_window, qtbot)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        window.set_year(2022)
    assert page.overview is not None and page.overview.year == 2022
    assert "kỳ đánh giá 16/11/2021 - 15/11/2022" in page.subtitle.text()
    assert "60/83" in page.figures.text()


def test_copying_last_year_asks_first_then_fills_the_year(
    open_window: OpenWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, page = open_page(open_window, qtbot)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        window.set_year(2024)
    assert page.overview is not None and page.overview.copy_candidates == 80
    asked: list[str] = []

    def no(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    page.copy_button.click()
    assert "cho 80 đơn vị chưa có số liệu năm 2024" in asked[0]
    assert all(not r.recorded for r in page.model.rows())

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.copy_button.click()
    rows = page.model.rows()
    assert len(rows) == 80 and all(r.recorded and r.source == "copied" for r in rows)
    assert "Đã sao chép tình trạng năm 2023 cho 80 đơn vị" in page.banner.text()


def test_enter_opens_the_editor_for_the_current_unit(
    open_window: OpenWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, page = open_page(open_window, qtbot)
    opened: list[str] = []

    def fake_exec(editor: SecurityEditor) -> int:
        opened.append(editor.row.unit_code)
        return 0  # cancelled: nothing is saved

    monkeypatch.setattr(SecurityEditor, "exec", fake_exec)
    page.select_unit("31159")
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == ["31159"]


def test_the_editor_undoes_and_redoes_the_whole_form_and_asks_before_dropping_it(
    open_window: OpenWindow, qtbot: QtBot, message_boxes: list[tuple[str, str]]
) -> None:
    _, page = open_page(open_window, qtbot)
    assert page.overview is not None
    editor = SecurityEditor(row_of(page, "31117"), page.overview.components, page)
    qtbot.addWidget(editor)
    undo, redo = (
        b for b in editor.findChildren(QPushButton) if b.text() in ("Hoàn tác", "Làm lại")
    )
    assert not undo.isEnabled() and not redo.isEnabled()
    before_share, before_result = editor.share.text(), editor.result.currentIndex()
    before_issuer = editor.issuer.text()
    for typed in ("8", "85", "85,5"):  # typing in one field is one step
        editor.share.setText(typed)
    other = "pending" if editor.result.currentData() != "pending" else "met"
    editor.result.setCurrentIndex(editor.result.findData(other))
    editor.issuer.setText("UBND quận Ninh Kiều")
    assert editor.history.modified and undo.isEnabled()
    editor.history.undo()
    assert editor.issuer.text() == before_issuer
    editor.history.undo()
    assert editor.result.currentIndex() == before_result and editor.share.text() == "85,5"
    editor.history.undo()
    assert editor.share.text() == before_share and not undo.isEnabled()
    assert not editor.history.modified
    editor.history.redo()
    editor.history.redo()
    assert editor.share.text() == "85,5" and editor.result.currentData() == other
    assert redo.isEnabled()
    editor.share.setText("90")  # a new change after undo drops what could be redone
    assert not redo.isEnabled()
    # Esc with changes asks; "Discard" (the fixture's answer) closes.
    editor.reject()
    assert message_boxes[-1] == (
        "question",
        "Biểu mẫu có thay đổi chưa lưu. Đóng và bỏ các thay đổi?",
    )
    assert QDialog.result(editor) == QDialog.DialogCode.Rejected


def test_after_the_reform_the_district_column_and_filter_are_hidden(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    window, page = open_page(open_window, qtbot)
    district = page.model.column_of(Kind.DISTRICT)
    assert not page.table.isColumnHidden(district) and page.district.isVisible()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        window.set_year(2026)  # the city's communes directly under it: no district level
    assert page.table.isColumnHidden(district)
    assert not page.district.isVisible() and not page.tabs.isTabVisible(1)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        window.set_year(2023)
    assert not page.table.isColumnHidden(district) and page.district.isVisible()


def test_3_khong_is_imported_from_a_communes_workbook_after_its_preview(
    open_window: OpenWindow, qtbot: QtBot, tmp_path: object
) -> None:
    from pathlib import Path

    from openpyxl import Workbook

    _window, page = open_page(open_window, qtbot)
    assert page.import_button.isEnabled()
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Xã, phường", "Không tội phạm", "Không ma túy", "Không mại dâm", "An toàn ANTT"])
    ws.append(["Phường Cái Khế", "đạt", "đạt", "chưa đạt", "chưa đánh giá"])
    book = Path(str(tmp_path)) / "3 không #2023.xlsx"
    wb.save(book)
    with qtbot.waitSignal(page.sheet_previewed, timeout=10_000) as preview:
        page.import_sheet(book)
    report = preview.args[0]
    assert not report.problems, report.problems
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.sheet_dialog.apply_button.click()
    row = row_of(page, "31117")
    assert row.entry().components[2].status is Assessment.NOT_MET
    assert {c.field for c in report.changes} >= {"prostitution"}
    assert row.entry().antt_result is Assessment.PENDING  # "An toàn ANTT" → the ANTT result
    page.sheet_dialog.close()


def test_the_khu_dan_cu_of_a_commune_are_listed_edited_and_counted(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QComboBox

    from thidua_desktop.gui.security.areas import NAME, NOTE, RESULT, AreasDialog

    _window, page = open_page(open_window, qtbot)
    page.select_unit("31117")
    assert page.areas_button.isEnabled()
    with qtbot.waitSignal(page.areas_shown, timeout=10_000) as shown:
        page.areas_button.click()
    dialog = shown.args[0]
    assert isinstance(dialog, AreasDialog) and dialog.table.rowCount() == 0
    assert "Chưa có khu dân cư" in dialog.share.text()
    for name, result in (("Khu vực 1", Assessment.MET), ("Khu vực 2", Assessment.MET),
                         ("Khu vực 3", Assessment.NOT_MET)):  # fmt: skip
        dialog.add_button.click()
        row = dialog.table.rowCount() - 1
        dialog.table.item(row, NAME).setText(name)
        box = dialog.table.cellWidget(row, RESULT)
        assert isinstance(box, QComboBox)
        box.setCurrentIndex(box.findData(result.value))
    dialog.table.item(2, NOTE).setText("2 vụ trộm cắp")
    assert "2/3 khu dân cư (66,67%)" in dialog.share.text()
    assert "Dưới mức 70%" in dialog.share.text()
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    dialog.table.item(2, NAME).setText("khu vực 1")  # the same name twice
    assert not save.isEnabled() and "có hai lần" in dialog.problem.text()
    dialog.table.item(2, NAME).setText("Khu vực 3")
    assert save.isEnabled()
    with qtbot.waitSignal(page.areas_saved, timeout=10_000) as saved:
        save.click()
    view = saved.args[0]
    assert [a.name for a in view.areas] == ["Khu vực 1", "Khu vực 2", "Khu vực 3"]
    assert view.recorded_share == D("66.67")
    qtbot.waitUntil(lambda: "Đã lưu khu dân cư năm 2023" in page.banner.text(), timeout=10_000)
    qtbot.waitUntil(lambda: row_of(page, "31117").recognised_share == D("66.67"), timeout=10_000)

    # Opened again: the list as saved; one marked "không còn" leaves the count.
    page.select_unit("31117")
    with qtbot.waitSignal(page.areas_shown, timeout=10_000) as shown:
        page.open_areas()
    dialog = shown.args[0]
    assert dialog.table.rowCount() == 3 and dialog._text(2, NOTE) == "2 vụ trộm cắp"
    dialog.table.setCurrentCell(2, NAME)
    dialog.end_button.click()
    assert "2/2 khu dân cư (100,00%)" in dialog.share.text()
    assert dialog.table.item(2, NAME).font().strikeOut()
    assert [(e.name, e.ended) for e in dialog.entries()] == [("Khu vực 3", True)]
    dialog.reject()


def test_khu_dan_cu_are_imported_from_a_workbook(
    open_window: OpenWindow, qtbot: QtBot, tmp_path: object
) -> None:
    from pathlib import Path

    from openpyxl import Workbook

    _window, page = open_page(open_window, qtbot)
    assert [a.text() for a in page.import_button.menu().actions()] == [
        'Nhập "3 không" và an toàn về ANTT…',
        "Nhập danh sách khu dân cư…",
    ]
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Xã, phường", "Tên khu vực", "Kết quả ANTT"])
    ws.append(["Phường Cái Khế", "Khu vực 1", "đạt"])
    ws.append(["Phường Cái Khế", "Khu vực 2", "tốt"])  # refused
    book = Path(str(tmp_path)) / "khu dân cư #2023.xlsx"
    wb.save(book)
    with qtbot.waitSignal(page.sheet_previewed, timeout=10_000) as preview:
        page.import_sheet(book, kind="subunits")
    report = preview.args[0]
    assert [p.origin.row for p in report.problems if p.origin] == [3]
    assert report.blocked
