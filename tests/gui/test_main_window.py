"""Main window: navigation, the unit tree, search-as-you-type, year and profile always in view."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from PySide6.QtCore import QCollator, QDate, QLocale, QModelIndex
from pytestqt.qtbot import QtBot

from thidua_desktop.domain.text import sort_key
from thidua_desktop.gui.main_window import NAVIGATION, Page
from thidua_desktop.gui.units.model import ROW_ROLE
from thidua_desktop.paths import resource
from thidua_desktop.store.seed.units import read_unit_dataset

from .conftest import OpenWindow


def visible_names(window_tree_model: object, parent: QModelIndex | None = None) -> list[str]:
    from PySide6.QtCore import QAbstractItemModel

    assert isinstance(window_tree_model, QAbstractItemModel)
    model = window_tree_model
    parent = parent or QModelIndex()
    names: list[str] = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        names.append(model.data(index, ROW_ROLE).full_name)
        names.extend(visible_names(model, index))
    return names


def test_every_page_is_built_and_enabled(open_window: OpenWindow) -> None:
    window = open_window()
    enabled = {page for page in NAVIGATION if window.is_page_enabled(page)}
    # Trao đổi dữ liệu was the last page to be built: none is left visibly disabled.
    assert enabled == set(NAVIGATION)
    # The window opens on Tổng quan: where the year stands.
    assert window.stack.currentWidget() is window.page(Page.DASHBOARD)


def test_demo_opens_on_the_unit_tree_of_the_working_year_with_counts(
    open_window: OpenWindow,
) -> None:
    window = open_window()
    page = window.units_page
    proxy = page.proxy
    assert page.chosen_day == dt.date(2023, 12, 31)  # the demo's working year
    assert proxy.rowCount() == 63  # the provinces of 2023
    city = next(proxy.index(r, 0) for r in range(63) if "Cần Thơ" in proxy.data(proxy.index(r, 0)))
    assert proxy.data(city) == "Thành phố Cần Thơ (9)"
    assert proxy.rowCount(city) == 9
    names = [proxy.data(proxy.index(r, 0, city)) for r in range(9)]
    assert names[:3] == ["Quận Bình Thủy (8)", "Quận Cái Răng (7)", "Huyện Cờ Đỏ (10)"]
    assert page.tree.isExpanded(city)
    # Cần Thơ from its own list, the other provinces as on 01/03/2025.
    assert page.summary.text() == "63 đơn vị cấp tỉnh, 696 đơn vị cấp huyện, 10050 đơn vị cấp xã"


def test_the_unit_tree_on_a_day_after_the_reform_has_no_districts(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    window = open_window()
    page = window.units_page
    page.day.setDate(QDate(2026, 1, 1))
    assert page.summary.text() == "34 đơn vị cấp tỉnh, 3321 đơn vị cấp xã"
    office = page.model.index_of_unit(window.office_unit_id or 0)
    assert page.model.data(office) == "Thành phố Cần Thơ (103)"
    page.search.setText("ninh kieu")
    page.apply_search()
    assert visible_names(page.proxy) == ["Thành phố Cần Thơ", "Phường Ninh Kiều"]
    fields = page.detail_fields
    assert fields["code"].text() == "31135"
    qtbot.waitUntil(lambda: "Tân An" in fields["predecessors"].text(), timeout=5000)
    assert "Thới Bình" in fields["predecessors"].text()
    assert "Xuân Khánh" in fields["predecessors"].text()
    assert "1668/NQ-UBTVQH15" in fields["predecessors"].text()
    assert fields["successors"].text() == "không có"
    qtbot.waitUntil(lambda: page.history.rowCount() > 0, timeout=5000)
    whose = {page.history.item(r, 1).text() for r in range(page.history.rowCount())}
    assert "Phường Tân An (31135) — tiền thân, toàn bộ" in whose
    # The same code on 30/06/2025 is another unit: phường Tân An, succeeded by Ninh Kiều.
    page.reform_button.click()
    page.search.setText("31135")
    page.apply_search()
    assert fields["name"].text() == "Phường Tân An"
    qtbot.waitUntil(lambda: "Ninh Kiều" in fields["successors"].text(), timeout=5000)


@pytest.mark.sqlite_only(reason="the profile's operator; on a server the signed-in one")
def test_year_and_profile_are_always_in_the_header(open_window: OpenWindow) -> None:
    window = open_window()
    assert window.current_year == 2023
    assert window.profile_label.text() == "Thành phố Cần Thơ · Người dùng thử"
    assert window.demo_badge.isVisibleTo(window)
    window.set_year(2025)
    window.close()


def test_search_filters_as_you_type_ignoring_diacritics(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    window = open_window()
    page = window.units_page
    qtbot.keyClicks(page.search, "thanh quoi")
    # Xã Thạnh Quới of Cần Thơ and its namesakes elsewhere in 2023, and Xã Quới Thành.
    qtbot.waitUntil(lambda: page.result_label.text() == "Tìm thấy 4 đơn vị", timeout=2000)
    names = visible_names(page.proxy)
    assert names[names.index("Thành phố Cần Thơ") + 1 :][:2] == [
        "Huyện Vĩnh Thạnh",
        "Xã Thạnh Quới",
    ]
    page.search.setText("31246")
    page.apply_search()
    assert page.detail_fields["name"].text() == "Xã Thạnh Quới"
    assert page.detail_fields["parent"].text() == "Huyện Vĩnh Thạnh (924)"

    page.search.clear()
    qtbot.waitUntil(lambda: len(visible_names(page.proxy)) > 93, timeout=2000)
    assert page.result_label.text() == ""


def test_search_typed_in_nfd_or_old_tone_placement_still_matches(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    page = open_window().units_page
    page.search.setText(unicodedata.normalize("NFD", "Thạnh Hoà"))
    page.apply_search()
    assert "Phường Thạnh Hòa" in visible_names(page.proxy)
    page.search.setText("không có đơn vị như vậy")
    page.apply_search()
    assert visible_names(page.proxy) == []
    assert page.result_label.text() == "Không tìm thấy đơn vị nào"


def test_units_merged_before_the_working_year_are_not_in_its_tree(
    open_window: OpenWindow,
) -> None:
    window = open_window()
    model = window.units_page.model
    an_phu = next(
        r for r in window.units if r.name == "An Phú" and r.valid_to == dt.date(2024, 10, 31)
    )
    assert model.index_of_unit(an_phu.id).isValid()  # 2023: still there
    window.set_year(2025)
    assert not model.index_of_unit(an_phu.id).isValid()  # merged into Thới Bình on 01/11/2024


def test_settings_page_shows_the_profile_and_data_folder(open_window: OpenWindow) -> None:
    window = open_window()
    window.show_page(Page.SETTINGS)
    page = window.settings_page
    assert window.stack.currentWidget() is page
    assert page.office.text() == "Thành phố Cần Thơ (mã 92)"
    assert page.level.text() == "cấp tỉnh"


def test_vietnamese_sort_key_agrees_with_qcollator_on_the_bundled_names() -> None:
    dataset = read_unit_dataset(resource("data", "cantho_units_2023.json"))
    names = sorted({u.name for u in dataset.units})
    collator = QCollator(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    by_qt = sorted(names, key=collator.sortKey)
    assert sorted(names, key=sort_key) == by_qt


@pytest.mark.sqlite_only(reason="the daily file backup; a server is backed up by its administrator")
def test_a_failed_automatic_backup_stays_said_on_every_page(
    open_window: OpenWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    notice = "Chưa sao lưu tự động được: ổ đĩa đã đầy."
    monkeypatch.setattr(
        "thidua_desktop.services.safety.backups.start_of_day_backup", lambda _d: notice
    )
    open_window().close()  # the first opening makes the data; the next one backs it up first
    window = open_window()
    assert window.status.text() == notice
    for page in (Page.RESULTS, Page.REPORTS, Page.UNITS):
        window.show_page(page)
        assert window.status.text() == notice
