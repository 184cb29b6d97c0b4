"""Tổng quan: the start page; key figures, charts and the indicator list for the working year."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from thidua_desktop.domain.evaluation import Status
from thidua_desktop.gui.dashboard.page import DashboardPage
from thidua_desktop.gui.main_window import MainWindow, Page

from ..conftest import OpenWindow


def dashboard_of(window: MainWindow, qtbot: QtBot) -> DashboardPage:
    page = window.page(Page.DASHBOARD)
    assert isinstance(page, DashboardPage)
    if page.row is None or page._loading:
        with qtbot.waitSignal(page.loaded, timeout=10_000):
            pass
    return page


def test_the_window_opens_on_the_years_key_figures(open_window: OpenWindow, qtbot: QtBot) -> None:
    window = open_window()
    page = dashboard_of(window, qtbot)
    assert window.stack.currentWidget() is page
    assert page.heading.text() == "Tổng quan năm 2023"
    assert "Thành phố Cần Thơ" in page.subtitle.text() and "minh họa" in page.subtitle.text()
    assert page.targets_card.value.text() == "5/12"
    assert "không đạt 7" in page.targets_card.detail.text()
    assert page.security_card.value.text() == "78,31%"
    assert "65/83" in page.security_card.detail.text()
    assert page.rural_card.value.text() == "36/36 xã"
    assert page.new_card.value.text() == "9 xã"
    assert "NTM nâng cao: <b>4</b> / 5" in page.new_card.detail.text()


def test_charts_show_the_same_figures(open_window: OpenWindow, qtbot: QtBot) -> None:
    page = dashboard_of(open_window(), qtbot)
    assert page.status_chart is not None and page.share_chart is not None
    assert page.level_chart is not None
    for slot in page.slots:
        assert slot.currentIndex() == 1  # a chart, not the "no data" note
    assert page.status_chart.counts[Status.EXCEEDED] == 4
    assert page.status_chart.counts[Status.BELOW] == 7
    assert page.share_chart.categories[0] == "Vĩnh Thạnh"  # listed top down: reversed
    assert str(page.share_chart.values[-1]) == "87.50"  # Bình Thủy
    assert page.level_chart.categories == ["Vĩnh Thạnh", "Thới Lai", "Phong Điền", "Cờ Đỏ"]
    # Indicators that fall short come first, for the eye to start there.
    statuses = [page.model.row_at(r).status for r in range(page.model.rowCount())]
    assert len(statuses) == 12 and statuses[0] is Status.BELOW


def test_another_year_and_another_office_reload_the_figures(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    from thidua_desktop.services.core.profile import set_profile

    window = open_window()
    page = dashboard_of(window, qtbot)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        window.set_year(2022)
    assert page.heading.text() == "Tổng quan năm 2022"

    assert window.db is not None
    profile = set_profile(window.db, office_code="916")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        window.set_year(2023)
        window._profile_saved(profile)
    qtbot.waitUntil(lambda: page.row is not None and page.row.scope_code == "916", timeout=10_000)
    assert page.targets_card.value.text() == "6/6"  # 4 of CT10-2023, 2 of KH97-2023
    assert page.security_card.value.text() == "81,82%"
    assert page.rural_card.value.text() == "—"
    note = page.slots[2].widget(0)
    assert isinstance(note, QLabel) and "Không có xã" in note.text()
    assert page.slots[2].currentIndex() == 0
    assert page.share_chart is not None and len(page.share_chart.categories) == 3


def test_card_links_open_the_pages_behind_them(open_window: OpenWindow, qtbot: QtBot) -> None:
    window = open_window()
    page = dashboard_of(window, qtbot)
    page.security_card.link.click()
    assert window.navigation.currentRow() == Page.SECURITY
    page.rural_card.link.click()
    assert window.navigation.currentRow() == Page.RURAL
    window.background.wait_for_done()


def test_the_new_city_in_2026_as_the_city_and_as_a_ward(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    from thidua_desktop.services.core.profile import set_profile

    window = open_window()
    page = dashboard_of(window, qtbot)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        window.set_year(2026)  # the demonstration's own default year
    assert page.heading.text() == "Tổng quan năm 2026"
    assert (
        page.security_card.value.text() == "73,79%" and "76/103" in page.security_card.detail.text()
    )
    assert page.rural_card.value.text() == "16/72 xã"
    assert page.targets_card.value.text() == "3/7"
    assert window.db is not None
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        window._apply_profile(set_profile(window.db, office_code="31135"))
    assert "Phường Ninh Kiều" in page.subtitle.text()
    assert (
        page.security_card.value.text() == "100,00%" and "1/1" in page.security_card.detail.text()
    )
    assert page.targets_card.value.text().endswith("/4")  # the four targets given to the ward


def test_a_scored_cluster_is_ranked_below_the_targets(
    open_window: OpenWindow, qtbot: QtBot, demo_db: object
) -> None:
    from tests.services.clusters.test_scoring import seed_cluster

    seed_cluster(demo_db)  # type: ignore[arg-type]
    window = open_window(demo=False)
    page = window.page(Page.DASHBOARD)
    assert isinstance(page, DashboardPage)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        window.set_year(2026)
    assert not page.ranking_box.isHidden() and page.ranking_chart is not None
    assert page.cluster_choice.count() == 2  # the demonstration's cluster and this one
    page.cluster_choice.setCurrentIndex(
        page.cluster_choice.findText("Cụm thi đua số 1 (các phường)")
    )
    assert page.ranking_chart.categories[-1] == "1. Ninh Kiều"  # drawn top down
    assert "Cụm thi đua số 1" in page.ranking_chart.chart().title()
