"""Báo cáo: preview in the app (or the system viewer), save PDF/Excel; the letterhead panel."""

from __future__ import annotations

import os
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from thidua_desktop.gui.main_window import MainWindow, Page
from thidua_desktop.gui.reports import page as reports_page
from thidua_desktop.gui.reports.page import ReportsPage

from ..conftest import OpenWindow

os.environ["THIDUA_REPORT_FONT"] = "bundled"


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the page asked the system to open (never a real viewer in a test)."""
    urls: list[str] = []

    def record(url: QUrl) -> bool:
        urls.append(url.toLocalFile())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", record)
    return urls


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    asked: list[str] = []

    def answer(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return asked


def reports_of(window: MainWindow, qtbot: QtBot) -> ReportsPage:
    page = window.page(Page.REPORTS)
    assert isinstance(page, ReportsPage)
    with qtbot.waitSignal(page.context_loaded, timeout=10_000):
        window.show_page(Page.REPORTS)
    return page


def test_the_form_offers_the_offices_units_and_the_years_campaigns(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    page = reports_of(open_window(), qtbot)
    assert page.year_label.text() == "2023"
    assert page.unit.itemText(0) == "Thành phố Cần Thơ" and page.unit.itemData(0) == "92"
    names = [page.unit.itemText(i).strip() for i in range(page.unit.count())]
    assert len(names) == 93 and names[1] == "Quận Bình Thủy"
    assert names.index("Quận Ninh Kiều") < names.index("Phường An Bình")
    campaigns = [page.campaign.itemData(i) for i in range(page.campaign.count())]
    assert campaigns == [None, "CT10-2023", "KH97-2023"]
    page.kind.setCurrentIndex(page.kind.findData("security"))
    assert not page.campaign.isEnabled()
    assert "GIÁM ĐỐC" in page.signer_note.text()


def test_preview_shows_the_pdf_inside_the_page(open_window: OpenWindow, qtbot: QtBot) -> None:
    page = reports_of(open_window(), qtbot)
    if not page.has_pdf_view:
        pytest.skip("PySide6-Pdf is not installed")
    page.kind.setCurrentIndex(page.kind.findData("security"))
    with qtbot.waitSignal(page.previewed, timeout=20_000):
        page.preview_button.click()
    from PySide6.QtPdf import QPdfDocument

    document = page.pdf_document
    qtbot.waitUntil(lambda: document.status() == QPdfDocument.Status.Ready, timeout=10_000)
    assert document.pageCount() >= 3
    assert page.preview.currentWidget() is page.pdf_view
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in document.getAllText(0).text()


def test_without_qtpdf_the_preview_opens_in_the_system_viewer(
    open_window: OpenWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, opened: list[str]
) -> None:
    monkeypatch.setattr(reports_page, "pdf_view_available", lambda: False)
    page = reports_of(open_window(), qtbot)
    assert not page.has_pdf_view and "PySide6-Pdf" in page.preview_note.text()
    with qtbot.waitSignal(page.previewed, timeout=20_000):
        page.preview_button.click()
    assert page.open_preview_button.isVisibleTo(page)
    page.open_preview_button.click()
    assert page.preview_file is not None
    assert opened == [str(page.preview_file)]
    assert page.preview_file.read_bytes().startswith(b"%PDF")
    page.preview_file.unlink()


def test_save_pdf_then_open_it(
    open_window: OpenWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    opened: list[str],
) -> None:
    page = reports_of(open_window(), qtbot)
    page.unit.setCurrentIndex(page.unit.findData("916"))
    page.signer.setText("Trần Thị Bích")
    asked = choose_file(monkeypatch, tmp_path / "bao-cao")  # no extension typed
    with qtbot.waitSignal(page.saved, timeout=20_000) as saved:
        page.pdf_button.click()
    assert asked[0].endswith(
        "Báo cáo kết quả thực hiện các chỉ tiêu thi đua 2023 - Quận Ninh Kiều.pdf"
    )
    path = Path(saved.args[0])
    assert path == tmp_path / "bao-cao.pdf" and path.read_bytes().startswith(b"%PDF")
    from pypdf import PdfReader

    text = " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())
    assert "Trần Thị Bích" in text and "của quận Ninh Kiều" in text
    assert page.open_button.isEnabled()
    page.open_button.click()
    assert opened == [str(path)]
    # The next dialog starts in the folder used last.
    from thidua_desktop.gui.common import file_dialogs

    assert file_dialogs.start_folder(page.main.settings, "bao-cao") == tmp_path


def test_save_excel_writes_numbers(
    open_window: OpenWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page = reports_of(open_window(), qtbot)
    page.kind.setCurrentIndex(page.kind.findData("rural"))
    choose_file(monkeypatch, tmp_path / "ntm.xlsx")
    with qtbot.waitSignal(page.saved, timeout=20_000):
        page.xlsx_button.click()
    book = openpyxl.load_workbook(tmp_path / "ntm.xlsx")
    sheet = book["Biểu 1"]
    totals = [cell.value for cell in sheet[sheet.max_row]]
    assert totals[1] == "Toàn thành phố" and totals[2] == 36


def test_a_failed_save_is_a_plain_message(
    open_window: OpenWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    message_boxes: list[tuple[str, str]],
) -> None:
    window = open_window()
    page = reports_of(window, qtbot)
    choose_file(monkeypatch, tmp_path / "khong-co" / "x.pdf")
    page.pdf_button.click()
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=20_000)
    kind, text = message_boxes[0]
    assert kind == "warning" and "không tồn tại" in text
    assert page.pdf_button.isEnabled() and not page.open_button.isEnabled()


def test_letterhead_panel_saves_and_the_report_signer_follows(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    from thidua_desktop.services.core.letterhead import get_letterhead

    window = open_window()
    settings = window.settings_page
    panel = settings.letterhead_panel
    assert panel is not None
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        window.show_page(Page.SETTINGS)
    issuer = panel.editors["issuer_name"]
    assert issuer.placeholderText() == "SỞ NỘI VỤ"
    assert panel.editors["signer_title"].placeholderText() == "GIÁM ĐỐC"
    assert panel.entered()["issuer_name"] == ""  # the default is a hint, not a value

    panel.editors["signer_name"].setText("Nguyễn Văn An")  # type: ignore[union-attr]
    panel.editors["recipients"].setPlainText("Như trên;\nLưu: VT, TĐKT.")  # type: ignore[union-attr]
    with qtbot.waitSignal(panel.saved, timeout=10_000):
        panel.save_button.click()
    assert window.db is not None
    head = get_letterhead(window.db)
    assert head.signer_name == "Nguyễn Văn An" and head.issuer == "SỞ NỘI VỤ"
    assert head.recipients == ("Như trên;", "Lưu: VT, TĐKT.")
    assert "Đã lưu" in panel.status.text()

    page = reports_of(window, qtbot)
    assert page.signer.text() == "Nguyễn Văn An"

    window.show_page(Page.SETTINGS)
    panel.clear()
    with qtbot.waitSignal(panel.saved, timeout=10_000):
        panel.save_button.click()
    assert get_letterhead(window.db).signer_name == ""


def test_without_an_office_the_page_offers_the_choice_not_a_command(
    open_window: OpenWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []
    window = open_window(demo=False)  # no office: the first-run dialog was postponed
    qtbot.wait(20)  # (the first-run dialog, answered "Để sau")
    chosen: list[bool] = []
    monkeypatch.setattr(window, "edit_profile", lambda first_run: chosen.append(first_run))

    def answer(_parent: object, _title: str, text: str, *args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    window.show_page(Page.REPORTS)
    page = window.page(Page.REPORTS)
    assert isinstance(page, ReportsPage)
    page.show_preview()
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert "Chọn cơ quan ngay bây giờ?" in asked[0]
    assert all("thidua-desktop" not in text for text in asked)
    assert chosen == [True]
    assert page.status.text() == "Chưa lập được báo cáo."
    window.show_page(Page.DASHBOARD)
    assert window.status.text() == "Sẵn sàng."
    dashboard = window.page(Page.DASHBOARD)
    assert "Chưa chọn cơ quan sử dụng" in dashboard.subtitle.text()  # type: ignore[attr-defined]


def test_the_preview_goes_to_the_printer(
    open_window: OpenWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page = reports_of(open_window(), qtbot)
    if not page.has_pdf_view:
        pytest.skip("PySide6-Pdf is not installed")
    assert not page.print_button.isEnabled()  # nothing to print before a preview
    page.kind.setCurrentIndex(page.kind.findData("security"))
    with qtbot.waitSignal(page.previewed, timeout=20_000):
        page.preview_button.click()
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    qtbot.waitUntil(lambda: page.pdf_document.status() == QPdfDocument.Status.Ready, timeout=10_000)
    assert page.print_button.isEnabled()
    printed = tmp_path / "in.pdf"

    def to_a_file(dialog: QPrintDialog) -> int:  # the "printer" is a PDF file here
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", to_a_file)
    # Other choices than the preview's: nothing printed until it is previewed again.
    page.kind.setCurrentIndex(page.kind.findData("rural"))
    assert not page.print_button.isEnabled()
    assert page.status.text().startswith("Lựa chọn đã đổi")
    page.kind.setCurrentIndex(page.kind.findData("security"))
    assert page.print_button.isEnabled()
    page.print_button.click()
    pages = page.pdf_document.pageCount()
    assert page.status.text() == f"Đã gửi {pages} trang tới máy in."
    assert printed.stat().st_size > 10_000


def test_pages_are_drawn_at_300_dpi_on_a_1200_dpi_printer(qtbot: QtBot) -> None:
    from PySide6.QtCore import QRect, QRectF, QSize

    from thidua_desktop.gui.reports.page import print_pages

    drawn: list[tuple[QRectF, QSize]] = []

    class Layout:
        def fullRectPixels(self, dpi: int) -> QRect:  # A4 at `dpi`
            return QRect(0, 0, round(8.27 * dpi), round(11.69 * dpi))

    class Printer:
        def fromPage(self) -> int:
            return 0

        def toPage(self) -> int:
            return 0

        def resolution(self) -> int:
            return 1200

        def pageLayout(self) -> Layout:
            return Layout()

        def newPage(self) -> bool:
            return True

    class Document:
        def pageCount(self) -> int:
            return 2

        def render(self, page: int, size: QSize) -> QSize:
            return size

    class Painter:
        from PySide6.QtGui import QPainter

        RenderHint = QPainter.RenderHint

        def begin(self, _printer: object) -> bool:
            return True

        def setRenderHint(self, _hint: object) -> None:
            pass

        def drawImage(self, target: QRectF, image: QSize) -> None:
            drawn.append((target, image))

        def end(self) -> None:
            pass

    assert print_pages(Document(), Printer(), Painter) == 2
    target, image = drawn[0]
    assert (target.width(), target.height()) == (9924, 14028)  # the whole sheet at 1200 dpi
    assert (image.width(), image.height()) == (2481, 3507)  # drawn from a 300 dpi image


def test_every_report_name_is_in_the_translation_catalogue() -> None:
    from thidua_desktop.gui.reports.page import REPORT_NAMES
    from thidua_desktop.reports.kinds import KINDS

    assert set(REPORT_NAMES) == set(KINDS.values())
