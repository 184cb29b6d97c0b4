"""In bằng khen, giấy khen lên phôi from the Khen thưởng page: the decision's recipients on
their blank, a calibration edited beside the live preview and saved, the test page, the PDF
of the recipients chosen, and closing with unsaved changes asks first."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from thidua_desktop.domain.certificates import Calibration, CertField, FieldAdjust
from thidua_desktop.gui.awards.page import AwardsPage
from thidua_desktop.gui.certificates.dialog import CertificatesDialog
from thidua_desktop.gui.main_window import MainWindow, Page
from thidua_desktop.services.certificates.layouts import get_calibration

from ..conftest import OpenWindow

PHONG_DIEN_2026 = 17  # the đột xuất Giấy khen of xã Phong Điền, decided by 298/QĐ-UBND


def _page(open_window: OpenWindow, qtbot: QtBot) -> tuple[MainWindow, AwardsPage]:
    window = open_window()
    window.set_year(2026)
    page = window.page(Page.AWARDS)
    assert isinstance(page, AwardsPage)
    with qtbot.waitSignal(page.proposals_loaded, timeout=10_000):
        window.show_page(Page.AWARDS)
    with qtbot.waitSignal(page.detail_loaded, timeout=5000):
        assert page.select_proposal(PHONG_DIEN_2026)
    return window, page


def _dialog(window: MainWindow, page: AwardsPage, qtbot: QtBot) -> CertificatesDialog:
    assert page.detail is not None
    dialog = CertificatesDialog(window, page.detail.decisions, page)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignals([dialog.loaded, dialog.previewed], timeout=10_000):
        dialog.load()
    return dialog


def test_a_decided_proposal_offers_its_certificates(open_window: OpenWindow, qtbot: QtBot) -> None:
    _, page = _page(open_window, qtbot)
    assert page.certificates_action.isEnabled()
    draft = next(r for r in page.proposals.rows if not r.decided_lines)
    with qtbot.waitSignal(page.detail_loaded, timeout=5000):
        assert page.select_proposal(draft.id)
    assert not page.certificates_action.isEnabled()


def test_calibrate_the_a4_blank_preview_and_save_the_chosen_recipients(
    open_window: OpenWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window, page = _page(open_window, qtbot)
    dialog = _dialog(window, page, qtbot)
    assert dialog.blank.count() == 1 and dialog.blank.currentData() == "giay_khen_a4"
    names = [dialog.recipients.item(i).text() for i in range(dialog.recipients.count())]
    assert names == [
        "Bà Ngô Thị Cẩm Tú",
        "Ông Dương Văn Lợi",
        "Hộ bà Trần Thị Lựa",
        "Đội dân quân thường trực xã Phong Điền",
    ]
    assert not dialog.save_calibration_button.isEnabled()

    # The household's certificate is printed later: left out of this batch.
    from PySide6.QtCore import Qt

    dialog.recipients.item(2).setCheckState(Qt.CheckState.Unchecked)
    with qtbot.waitSignal(dialog.previewed, timeout=10_000):
        dialog.page_dx.setValue(2.5)
        dialog.page_dy.setValue(-3)
        name_row = list(dialog.blank_layout.fields).index(CertField.NAME)  # type: ignore[union-attr]
        dialog.fields.cellWidget(name_row, 2).setValue(-2)  # type: ignore[union-attr]
        dialog.fields.cellWidget(name_row, 3).setValue(24)  # type: ignore[union-attr]
    assert dialog.pdf_document.pageCount() == 3
    assert dialog.save_calibration_button.isEnabled() and dialog.dirty
    with qtbot.waitSignal(dialog.calibration_saved, timeout=10_000):
        dialog.save_calibration_button.click()
    assert not dialog.dirty and not dialog.save_calibration_button.isEnabled()
    assert window.db is not None
    assert get_calibration(window.db, "giay_khen_a4") == Calibration(
        2.5, -3, {CertField.NAME: FieldAdjust(0, -2, 24)}
    )

    with qtbot.waitSignal(dialog.previewed, timeout=10_000):
        dialog.show_grid.setChecked(True)
    assert dialog.pdf_document.pageCount() == 1

    target = tmp_path / "Giấy khen #298 ?%.pdf"
    with qtbot.waitSignal(dialog.written, timeout=10_000):
        dialog.save_pdf(target)
    pages = PdfReader(io.BytesIO(target.read_bytes())).pages
    assert len(pages) == 3
    assert "Hộ bà Trần Thị Lựa" not in "".join(p.extract_text() for p in pages)
    assert "Đội dân quân thường trực xã Phong Điền" in pages[2].extract_text()


def test_closing_with_a_calibration_not_saved_asks_first(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    window, page = _page(open_window, qtbot)
    dialog = _dialog(window, page, qtbot)
    asked: list[bool] = []
    dialog.confirm_discard = lambda _parent: asked.append(True) or False
    dialog.page_dy.setValue(1.5)
    dialog.reject()
    assert asked == [True] and dialog.isVisible()
    dialog.reset_button.click()
    assert not dialog.dirty
    dialog.reject()
    assert asked == [True] and not dialog.isVisible()
