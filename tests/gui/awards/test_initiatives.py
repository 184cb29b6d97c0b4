"""Khen thưởng › Sổ sáng kiến and the pending-case dialog: an initiative recorded with an author
found by name, then removed; a case closed from the line dialog's recipient."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from thidua_desktop.gui.awards.initiatives import CasesDialog, InitiativeDialog
from thidua_desktop.gui.awards.page import AwardsPage
from thidua_desktop.gui.main_window import Page
from thidua_desktop.services.awards.cases import recipient_cases
from thidua_desktop.services.awards.initiatives import list_initiatives
from thidua_desktop.services.awards.recipients import search_recipients

from ..conftest import OpenWindow


def _page(open_window: OpenWindow, qtbot: QtBot) -> AwardsPage:
    window = open_window()
    window.set_year(2025)
    page = window.page(Page.AWARDS)
    assert isinstance(page, AwardsPage)
    with qtbot.waitSignal(page.proposals_loaded, timeout=10_000):
        window.show_page(Page.AWARDS)
    with qtbot.waitSignal(page.initiatives.loaded, timeout=10_000):
        page.tabs.setCurrentWidget(page.initiatives)
    return page


def test_an_initiative_is_recorded_with_its_author_and_removed(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    page = _page(open_window, qtbot)
    assert [r.title for r in page.initiatives.rows.rows] == [
        "Quy trình tiếp nhận hồ sơ một cửa liên thông sau sáp nhập xã"
    ]

    def fill(dialog: InitiativeDialog) -> bool:
        dialog.title.setText("Sổ tay số hóa hồ sơ hộ tịch")
        dialog.level.setCurrentIndex(dialog.level.findData("co_so"))
        with qtbot.waitSignal(dialog.found_signal, timeout=10_000):
            dialog.search.setText("chau ngoc han")  # no diacritics
            dialog.run_search()
        dialog._add_found()
        assert dialog.author_ids()
        dialog.validate()
        return True

    page.initiatives.run_dialog = fill
    with qtbot.waitSignal(page.initiatives.loaded, timeout=10_000):
        page.initiatives.add_button.click()
    assert page.initiatives.status.text() == "Đã lưu sáng kiến."
    db = page.main.db
    assert db is not None
    [added] = [r for r in list_initiatives(db, 2025) if r.title == "Sổ tay số hóa hồ sơ hộ tịch"]
    assert added.author_names == "Châu Ngọc Hân"

    from thidua_desktop.gui.awards.model import select_where

    assert select_where(page.initiatives.view, lambda r: r.id == added.id)
    page.initiatives.confirm = lambda _text: True
    with qtbot.waitSignal(page.initiatives.loaded, timeout=10_000):
        page.initiatives.delete_button.click()
    assert added.id not in {r.id for r in list_initiatives(db, 2025)}


def test_an_initiative_without_author_keeps_its_dialog_open(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    page = _page(open_window, qtbot)
    db = page.main.db
    assert db is not None
    dialog = InitiativeDialog(page, [], "92", 2025, db, page.main.background)
    qtbot.addWidget(dialog)
    dialog.title.setText("Không tác giả")
    dialog.try_accept()
    assert "tác giả" in dialog.error.text() and not dialog.result()


def test_a_pending_case_is_closed_in_its_dialog(open_window: OpenWindow, qtbot: QtBot) -> None:
    page = _page(open_window, qtbot)
    db = page.main.db
    assert db is not None
    person = search_recipients(db, text="Lê Quốc Thịnh")[0]
    dialog = CasesDialog(page, db, page.main.background, person)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        dialog.load()
    assert len(dialog.rows.rows) == 1 and not dialog.close_button.isEnabled()
    dialog.view.selectRow(0)
    assert dialog.close_button.isEnabled()
    dialog.close_date.setDate(dialog.close_date.date().addDays(-1))
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        dialog.close_button.click()
    [case] = recipient_cases(db, person.id)
    assert case.case.closed_on == dt.date.today() - dt.timedelta(days=1)
