"""Nông thôn mới page: communes with badges and x/19, filters, checklist, recognitions, charts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from thidua_desktop.domain.rural import Level
from thidua_desktop.domain.text import sort_key
from thidua_desktop.gui.main_window import MainWindow, Page
from thidua_desktop.gui.rural.checklist import ChecklistDialog
from thidua_desktop.gui.rural.dialogs import PlanDialog, RecognitionDialog, RevocationDialog
from thidua_desktop.gui.rural.model import LEVEL_ROLE, Column, LevelFilter
from thidua_desktop.gui.rural.page import RuralPage
from thidua_desktop.services.rural.rows import CommuneRow

from ..conftest import OpenWindow


def open_page(open_window: OpenWindow, qtbot: QtBot) -> tuple[MainWindow, RuralPage]:
    window = open_window()
    page = window.page(Page.RURAL)
    assert isinstance(page, RuralPage)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        window.show_page(Page.RURAL)
    return window, page


def shown_names(page: RuralPage) -> list[str]:
    return [page.proxy.index(r, Column.NAME).data() for r in range(page.proxy.rowCount())]


def row_of(page: RuralPage, code: str) -> CommuneRow:
    return next(r for r in page.model.rows() if r.unit_code == code)


def test_the_page_lists_the_36_xa_with_level_badges_and_x_of_19(
    open_window: OpenWindow, qtbot: QtBot, qtmodeltester: object
) -> None:
    window, page = open_page(open_window, qtbot)
    assert window.is_page_enabled(Page.RURAL)
    assert window.current_year == 2023 and page.model.rowCount() == 36
    assert "Thành phố Cần Thơ · năm 2023" in page.subtitle.text()
    figures = page.figures.text()
    assert "<b>36</b> xã: <b>5</b> NTM kiểu mẫu, <b>23</b> NTM nâng cao" in figures
    assert "4 / KH 5 · chỉ tiêu 5: không đạt" in figures
    page.select_unit("31246")  # Xã Thạnh Quới
    index = page.table.currentIndex()
    cells = {c: index.siblingAtColumn(c).data() for c in Column}
    assert cells[Column.NAME] == "Xã Thạnh Quới" and cells[Column.LEVEL] == "NTM"
    assert index.siblingAtColumn(Column.LEVEL).data(LEVEL_ROLE) == "ntm"  # the badge's colour
    assert (cells[Column.NTM], cells[Column.NANG_CAO]) == ("19/19", "17/19")
    assert cells[Column.MISSING] == "NTM nâng cao: 5, 13"
    assert "5. Giáo dục" in page.detail.text()
    assert page.recognitions.rowCount() == 1
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    qtmodeltester.check(page.summary_model)  # type: ignore[attr-defined]


def test_communes_sort_in_vietnamese_order_and_filter(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    _, page = open_page(open_window, qtbot)
    page.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
    names = shown_names(page)
    assert names == sorted(names, key=lambda n: sort_key(n.removeprefix("Xã ")))
    assert names.index("Xã Định Môn") < names.index("Xã Đông Bình")  # Đ after D, ị before ô
    page.set_filters(district="927", level=LevelFilter.KIEU_MAU)
    assert shown_names(page) == ["Xã Định Môn"]
    page.set_filters(district=None, level=LevelFilter.NEW)
    assert len(shown_names(page)) == 9  # 4 nâng cao + 5 kiểu mẫu for 2023
    page.set_filters(district=None, level=LevelFilter.ALL)
    page.search.setText("thanh quoi")  # no diacritics
    assert shown_names(page) == ["Xã Thạnh Quới"]
    assert "Đang hiện 1 trên 36 xã" in page.count.text()


def test_the_summary_and_the_charts_show_levels_and_plans(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    _, page = open_page(open_window, qtbot)
    model = page.summary_model
    assert model.rowCount() == 5 and model.is_total(4)
    total = model.summary_at(4)
    assert (total.ntm, total.nang_cao, total.kieu_mau) == (8, 23, 5)
    assert model.index(4, 6).data() == "4 / KH 5 · chỉ tiêu 5: không đạt"
    assert model.index(4, 7).data() == "5 / KH 2 · chỉ tiêu 2: vượt"
    chart = page.level_chart
    assert chart.categories == ["Vĩnh Thạnh", "Thới Lai", "Phong Điền", "Cờ Đỏ"]
    assert chart.values[Level.KIEU_MAU] == [1, 1, 2, 1]
    assert sum(chart.values[Level.NANG_CAO]) == 23
    plan = page.plan_chart
    assert plan.categories[-1] == "Cần Thơ"
    assert plan.planned[Level.NANG_CAO][-1] == 5 and plan.achieved[Level.NANG_CAO][-1] == 4
    assert plan.planned[Level.KIEU_MAU][-1] == 2 and plan.achieved[Level.KIEU_MAU][-1] == 5
    page.tabs.setCurrentIndex(1)
    page.summary.doubleClicked.emit(model.index(2, 0))  # Huyện Thới Lai
    assert page.tabs.currentIndex() == 0 and page.proxy.rowCount() == 12


def test_the_checklist_groups_criteria_warns_and_saves(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    _, page = open_page(open_window, qtbot)
    page.select_unit("31274")  # Xã Đông Thắng: NTM, nâng cao 15/19
    dialogs: list[ChecklistDialog] = []

    def answer(dialog: QDialog) -> bool:
        assert isinstance(dialog, ChecklistDialog)
        dialogs.append(dialog)
        ntm = dialog.pages[Level.NTM]
        for line in ntm.lines:
            if line.criterion.code in ("2", "5", "8", "13", "17", "18"):
                line.check.setChecked(False)
        assert ntm.warning.text().startswith("⚠ Xã Đông Thắng có 6/19 tiêu chí NTM chưa đạt")
        assert "NTM (13/19) ⚠" in dialog.tabs.tabText(0)
        ntm.lines[0].value.setText("Quy hoạch được phê duyệt năm 2021")
        return True

    page.actions_.run_dialog = answer
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.actions_.open_checklist()
    dialog = dialogs[0]
    groups = [g for g, _ in dialog.pages[Level.NTM].criteria_set.groups]
    assert groups == ["I", "II", "III", "IV", "V"]
    assert dialog.tabs.currentWidget() is dialog.pages[Level.NANG_CAO]  # the next level's set
    qtbot.waitUntil(lambda: row_of(page, "31274").score(Level.NTM).text == "13/19")  # type: ignore[union-attr]
    assert page.banner.isVisible() and "Đã lưu tiêu chí năm 2023 của Xã Đông Thắng" in (
        page.banner.text()
    )
    assert "6/19 tiêu chí NTM chưa đạt" in page.banner.text()
    assert page.current_row() is not None and page.current_row().unit_code == "31274"  # type: ignore[union-attr]
    assert "⚠ 1 xã thuộc diện xem xét thu hồi" in page.figures.text()


def test_a_recognition_dialog_refuses_a_level_without_the_one_below(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    _, page = open_page(open_window, qtbot)
    dialog = RecognitionDialog(row_of(page, "31274"), page)
    qtbot.addWidget(dialog)
    assert dialog.level.currentData() == "nang_cao"  # the next level is proposed
    dialog.level.setCurrentIndex(dialog.level.findData("kieu_mau"))
    dialog.number.setText("12/QĐ-UBND")
    dialog.date.setText("05/06/2023")
    assert not dialog.valid and "chưa đạt chuẩn NTM nâng cao" in dialog.problem.text()
    dialog.level.setCurrentIndex(dialog.level.findData("nang_cao"))
    assert dialog.valid
    revocation = RevocationDialog(row_of(page, "31274"), page)
    qtbot.addWidget(revocation)
    assert [revocation.level.itemData(i) for i in range(revocation.level.count())] == ["ntm"]
    plan = PlanDialog(row_of(page, "31288"), page)  # Định Môn: nâng cao since 2019
    qtbot.addWidget(plan)
    plan.level.setCurrentIndex(plan.level.findData("nang_cao"))
    assert plan.hint.text() == "Xã đã đạt NTM nâng cao từ trước năm 2023."
    plan.level.setCurrentIndex(plan.level.findData("kieu_mau"))
    assert plan.hint.text() == "" and plan.value() is Level.KIEU_MAU


def test_recognizing_from_the_page_updates_the_row_and_the_counts(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    _, page = open_page(open_window, qtbot)
    page.select_unit("31246")  # Xã Thạnh Quới

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, RecognitionDialog)
        dialog.number.setText("3300/QĐ-UBND")
        dialog.date.setText("28/12/2023")
        assert dialog.valid
        return True

    page.actions_.run_dialog = fill
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.actions_.recognize()
    row = row_of(page, "31246")
    assert row.level is Level.NANG_CAO and row.new_levels == (Level.NANG_CAO,)
    assert "5 / KH 5 · chỉ tiêu 5: đạt" in page.figures.text()
    assert "17/19" in page.banner.text()  # recognised while two criteria are recorded unmet
    assert page.recognitions.rowCount() == 2


def test_changing_the_year_reloads_the_page(open_window: OpenWindow, qtbot: QtBot) -> None:
    window, page = open_page(open_window, qtbot)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        window.set_year(2022)
    assert page.overview is not None and page.overview.year == 2022
    assert page.overview.total.at_least(Level.NANG_CAO) == 24
    assert len(page.overview.newly_recognised(Level.NANG_CAO)) == 6


def test_the_checklist_undoes_mark_all_met_in_one_step(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    _, page = open_page(open_window, qtbot)
    page.select_unit("31274")  # Xã Đông Thắng: NTM, nâng cao 15/19
    seen: list[tuple[str, str]] = []

    def answer(dialog: QDialog) -> bool:
        assert isinstance(dialog, ChecklistDialog)
        nang_cao = dialog.pages[Level.NANG_CAO]
        seen.append(("opened", nang_cao.count.text()))
        nang_cao.lines[0].value.setText("Quy hoạch chung xã")
        nang_cao.mark_all_met()
        seen.append(("all met", nang_cao.count.text()))
        dialog.history.undo()  # the whole "mark all met" at once
        seen.append(("undone", nang_cao.count.text()))
        assert nang_cao.lines[0].value.text() == "Quy hoạch chung xã"
        dialog.history.undo()
        assert nang_cao.lines[0].value.text() == "" and not dialog.history.modified
        dialog.history.redo()
        dialog.history.redo()
        seen.append(("redone", nang_cao.count.text()))
        assert "(19/19)" in dialog.tabs.tabText(1)
        return False

    page.actions_.run_dialog = answer
    page.actions_.open_checklist()
    qtbot.waitUntil(lambda: len(seen) == 4)
    texts = dict(seen)
    assert texts["opened"].startswith("<b>Đạt 15/19</b>")
    assert texts["all met"].startswith("<b>Đạt 19/19</b>")
    assert texts["undone"] == texts["opened"]
    assert texts["redone"] == texts["all met"]


def test_a_xa_with_nothing_recorded_is_said_without_data_not_below_standard() -> None:
    from thidua_desktop.gui.rural.model import UNKNOWN, CommuneModel

    def commune(code: str, **kw: object) -> CommuneRow:
        return CommuneRow(
            unit_id=int(code), unit_code=code, unit_name=f"Xã {code}", sort_key=code,
            district_code="92", district_name="Thành phố Cần Thơ", district_sort_key="92",
            year=2026, level=None, scores=(), next_level=Level.NTM, missing=(), **kw,  # type: ignore[arg-type]
        )  # fmt: skip

    model = CommuneModel()
    model.set_rows([commune("31531"), commune("31594", plan=Level.NTM)])
    cells = [model.index(r, Column.LEVEL) for r in range(2)]
    assert cells[0].data() == "Chưa có số liệu" and cells[0].data(LEVEL_ROLE) == UNKNOWN
    # A plan is not a level, and not data on the xã's standing either: still unknown.
    assert cells[1].data() == "Chưa có số liệu"


def test_after_the_reform_the_district_column_and_filter_are_hidden(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    window, page = open_page(open_window, qtbot)
    assert not page.table.isColumnHidden(Column.DISTRICT) and page.district.isVisible()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        window.set_year(2026)
    assert page.table.isColumnHidden(Column.DISTRICT) and not page.district.isVisible()
    level = page.proxy.index(0, Column.LEVEL).data()
    assert level in ("Chưa có số liệu", "NTM", "NTM nâng cao", "NTM kiểu mẫu")


def test_criteria_are_imported_from_a_workbook_after_its_preview(
    open_window: OpenWindow, qtbot: QtBot, tmp_path: object
) -> None:
    from pathlib import Path

    from openpyxl import Workbook

    window, page = open_page(open_window, qtbot)
    assert len(page.excel_button.menu().actions()) == 5  # 2 templates, a separator, 2 imports
    commune = page.model.rows()[0]
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Tên xã", "TC1", "TC2"])  # criteria headed by number, as offices number them
    ws.append([commune.unit_name, "đạt", "chưa đạt"])
    book = Path(str(tmp_path)) / "tiêu chí NTM #1.xlsx"
    wb.save(book)
    with qtbot.waitSignal(page.sheet_previewed, timeout=10_000) as preview:
        page.import_sheet("ntm", book)
    report = preview.args[0]
    assert not report.problems, report.problems
    if report.changes:
        with qtbot.waitSignal(page.loaded, timeout=10_000):
            page.sheet_dialog.apply_button.click()
    assert window.db is not None
    from thidua_desktop.services.rural.status import commune_checklist

    found = commune_checklist(window.db, unit_code=commune.unit_code, year=2023)
    states = {s.code: s.met for s in found.states_of(Level.NTM)}
    assert states["1"] is True and states["2"] is False
    page.sheet_dialog.close()
