"""Quỹ thi đua, khen thưởng page: the year's book with its balance line, a receipt added in the
dialog, a payment of a decision's tiền thưởng (amount proposed from what is left), the question
before the fund goes below zero, a correction and a removal."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from thidua_desktop.domain.fund import EntryKind
from thidua_desktop.gui.awards.model import select_where
from thidua_desktop.gui.fund.dialogs import EntryDialog, OpeningDialog
from thidua_desktop.gui.fund.page import FundPage
from thidua_desktop.gui.main_window import Page
from thidua_desktop.services.fund.ledger import get_ledger, save_entry
from thidua_desktop.services.fund.rows import FundEntryInput
from thidua_desktop.store.engine import Database

from ..conftest import OpenWindow


@pytest.fixture
def seeded(demo_db: Database) -> None:
    save_entry(
        demo_db,
        FundEntryInput(
            EntryKind.RECEIPT, "PT01", dt.date(2026, 1, 15), "5.000.000", "ngan_sach",
            "Ngân sách thành phố cấp cho quỹ năm 2026",
        ),
    )  # fmt: skip


def open_page(open_window: OpenWindow, qtbot: QtBot) -> FundPage:
    window = open_window(demo=False)
    window.set_year(2026)
    page = window.page(Page.FUND)
    assert isinstance(page, FundPage)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        window.show_page(Page.FUND)
    return page


def fill(dialog: EntryDialog, **values: str) -> bool:
    for name, value in values.items():
        if name == "day":
            dialog.day.setDate(QDate.fromString(value, "dd/MM/yyyy"))
        elif name == "decision":
            dialog.decision.setCurrentIndex(dialog.decision.findText(value, flags=_starts()))
        else:
            getattr(dialog, name).setText(value)
    dialog.try_accept()
    return dialog.result() == dialog.DialogCode.Accepted


def _starts():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MatchFlag.MatchStartsWith


def test_the_book_is_kept_from_the_page(
    open_window: OpenWindow,
    qtbot: QtBot,
    demo_db: Database,
    seeded: None,
    tmp_path: Path,
    message_boxes: list[tuple[str, str]],
) -> None:
    page = open_page(open_window, qtbot)
    assert [r.number for r in page.lines.rows] == ["PT01"]
    assert "Số dư cuối năm: <b>5.000.000</b> đồng" in page.balance.text()
    assert "chuyển từ năm trước" in page.opening_line.text()

    # a payment of the Bằng khen decision: its tiền thưởng is proposed, the fund is short
    asked: list[str] = []
    page.confirm = lambda _title, text: asked.append(text) or True
    page.run_dialog = lambda d: fill(d, number="PC01", day="02/03/2026", decision="128/QĐ-UBND")
    with qtbot.waitSignal(page.changed, timeout=10_000):
        page.add_entry(EntryKind.PAYMENT)
    assert asked and "sẽ âm 6.700.000 đồng vào ngày 02/03/2026" in asked[0]
    qtbot.waitUntil(lambda: len(page.lines.rows) == 2)
    paid = page.lines.rows[-1]
    assert paid.amount == 11_700_000 and paid.decision_number == "128/QĐ-UBND"
    assert paid.description == "Chi tiền thưởng theo Quyết định số 128/QĐ-UBND"
    assert "-6.700.000" in page.balance.text()

    # a receipt typed in the dialog, with the Vietnamese number
    page.run_dialog = lambda d: fill(
        d, number="PT02", day="01/02/2026", amount="7.000.000", description="Đóng góp & ủng hộ"
    )
    with qtbot.waitSignal(page.changed, timeout=10_000):
        page.add_entry(EntryKind.RECEIPT)
    qtbot.waitUntil(lambda: len(page.lines.rows) == 3)
    assert "Số dư cuối năm: <b>300.000</b> đồng" in page.balance.text()

    if os.environ.get("THIDUA_SCREENSHOTS"):
        window = page.window()
        window.resize(1280, 720)
        qtbot.wait(200)
        window.grab().save(str(Path(os.environ["THIDUA_SCREENSHOTS"]) / "fund_page.png"))
        dialog = page._dialog(EntryKind.PAYMENT, None)
        dialog.decision.setCurrentIndex(1)
        dialog.number.setText("PC02")
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.grab().save(str(Path(os.environ["THIDUA_SCREENSHOTS"]) / "fund_dialog.png"))
        dialog.close()

    # a correction: the receipt was 7.500.000; refusing the question leaves the book as it is
    assert select_where(page.view, lambda r: r.number == "PT02")
    page.run_dialog = lambda d: fill(d, amount="7.500.000")
    with qtbot.waitSignal(page.changed, timeout=10_000):
        page.edit_entry()
    qtbot.waitUntil(lambda: "800.000" in page.balance.text())
    page.confirm = lambda _title, _text: False
    assert select_where(page.view, lambda r: r.number == "PT02")
    page.delete_entry()  # "no" to "remove?": nothing happens
    assert len(get_ledger(demo_db, year=2026).lines) == 3
    answers = iter([True, False])  # yes to "remove?", no to "the fund goes below zero"
    page.confirm = lambda _title, _text: next(answers)
    with qtbot.waitSignal(page.failed, timeout=10_000):
        page.delete_entry()
    assert len(get_ledger(demo_db, year=2026).lines) == 3

    # the opening balance set for the year
    page.run_dialog = lambda d: (
        isinstance(d, OpeningDialog) and (d.amount.setText("1.000.000") or True)
    )
    with qtbot.waitSignal(page.changed, timeout=10_000):
        page.edit_opening()
    qtbot.waitUntil(lambda: "đặt cho năm này" in page.opening_line.text())
    assert get_ledger(demo_db, year=2026).closing == 1_800_000
    assert not message_boxes


def test_bad_input_keeps_the_dialog_open_with_its_message(
    open_window: OpenWindow, qtbot: QtBot, demo_db: Database, seeded: None,
    message_boxes: list[tuple[str, str]],
) -> None:  # fmt: skip
    page = open_page(open_window, qtbot)
    dialog = page._dialog(EntryKind.RECEIPT, None)
    assert not fill(dialog, number="")
    assert "số chứng từ" in dialog.error.text()
    # a malformed amount is refused in the dialog: it stays open with everything typed
    for amount, said in (("1.000,5", "số đồng chẵn"), ("-5", "lớn hơn 0"), ("abc", "1.500.000")):
        dialog = page._dialog(EntryKind.RECEIPT, None)
        assert not fill(dialog, number="PT09", amount=amount, description="Thu hỗ trợ")
        assert said in dialog.error.text(), dialog.error.text()
        assert (dialog.number.text(), dialog.description.text()) == ("PT09", "Thu hỗ trợ")
    assert not message_boxes


def test_categories_are_kept_from_the_page(
    open_window: OpenWindow,
    qtbot: QtBot,
    demo_db: Database,
    message_boxes: list[tuple[str, str]],
) -> None:
    from thidua_desktop.gui.fund.categories import CategoriesDialog
    from thidua_desktop.services.fund.categories import list_categories

    page = open_page(open_window, qtbot)
    seen: dict[str, list[str]] = {}

    def keep(dialog: CategoriesDialog) -> bool:
        qtbot.waitUntil(lambda: len(dialog.rows.rows) > 0, timeout=10_000)
        # a new mục chi by its name: no code to type
        dialog.kind.setCurrentIndex(dialog.kind.findData("chi"))
        dialog.name.setText("  Hội nghị   tổng kết ")
        with qtbot.waitSignal(dialog.changed, timeout=10_000):
            dialog.add_button.click()
        chosen = dialog.current()
        assert chosen is not None and chosen.name == "Hội nghị tổng kết"
        assert dialog.name.text() == ""
        # the same name again is refused in Vietnamese, nothing added
        dialog.name.setText("hội nghị tổng kết")
        dialog.add_button.click()
        qtbot.waitUntil(lambda: len(message_boxes) == 1, timeout=10_000)
        assert 'Đã có mục chi "Hội nghị tổng kết"' in message_boxes[0][1]
        # renamed, then no longer offered
        dialog.ask_name = lambda _title, _label, _text: "Hội nghị sơ kết, tổng kết"
        with qtbot.waitSignal(dialog.changed, timeout=10_000):
            dialog.rename_button.click()
        assert dialog.retire_button.text() == "Thôi dùng"
        with qtbot.waitSignal(dialog.changed, timeout=10_000):
            dialog.retire_button.click()
        chosen = dialog.current()
        assert chosen is not None and not chosen.active
        assert dialog.retire_button.text() == "Dùng lại"
        seen["states"] = [dialog.rows.data(dialog.rows.index(i, 2)) for i in range(2)]
        return False

    page.run_dialog = keep  # type: ignore[assignment]
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.categories_button.click()
    every = {c.code: c for c in list_categories(demo_db, active_only=False)}
    assert every["hoi_nghi_tong_ket"].name == "Hội nghị sơ kết, tổng kết"
    assert not every["hoi_nghi_tong_ket"].active
    assert page.ledger is not None
    assert "hoi_nghi_tong_ket" not in {c.code for c in page.ledger.categories}
    assert seen["states"] == ["Đang dùng", "Đang dùng"]


def test_a_decision_paid_in_full_is_not_offered(
    open_window: OpenWindow, qtbot: QtBot, demo_db: Database
) -> None:
    from thidua_desktop.services.core.profile import set_profile

    set_profile(demo_db, office_code="31299")  # xã Phong Điền paid all of 298/QĐ-UBND
    page = open_page(open_window, qtbot)
    assert any(d.number == "298/QĐ-UBND" and d.remaining == 0 for d in page.decisions)
    dialog = page._dialog(EntryKind.PAYMENT, None)
    offered = [dialog.decision.itemText(i) for i in range(dialog.decision.count())]
    assert not any(text.startswith("298/QĐ-UBND") for text in offered)
    paying = next(r for r in page.lines.rows if r.decision_number == "298/QĐ-UBND")
    again = page._dialog(EntryKind.PAYMENT, paying)  # the line that paid it keeps it
    assert again.decision.currentText().startswith("298/QĐ-UBND")
