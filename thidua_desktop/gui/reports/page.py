"""Báo cáo: choose the report, unit and signer; preview it inside the app; save as PDF or Excel."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.gui.common import errors, file_dialogs
from thidua_desktop.gui.common.background import WorkerProgress
from thidua_desktop.gui.common.fields import date_edit
from thidua_desktop.gui.common.messages import say
from thidua_desktop.gui.common.pdf_preview import pdf_view_available, show_pdf
from thidua_desktop.reports.build import KINDS, ReportRequest, file_stem

if TYPE_CHECKING:
    from thidua_desktop.domain.letterhead import Letterhead
    from thidua_desktop.gui.common.workspace_host import WorkspaceHost
    from thidua_desktop.services.campaigns.rows import CampaignRow

_WITH_CAMPAIGN = ("campaign", "summary")


# The report names of reports/kinds.py KINDS, for the translation catalogue (`self.tr(label)`
# finds them in this context); tests/gui/reports checks that none is missing.
REPORT_NAMES = (
    QT_TRANSLATE_NOOP("ReportsPage", "Kết quả thực hiện các chỉ tiêu thi đua"),
    QT_TRANSLATE_NOOP("ReportsPage", 'Xã, phường, thị trấn "an toàn về ANTT" và "3 không"'),
    QT_TRANSLATE_NOOP("ReportsPage", "Kết quả xây dựng nông thôn mới"),
    QT_TRANSLATE_NOOP("ReportsPage", "Tổng hợp kết quả công tác thi đua"),
    QT_TRANSLATE_NOOP(
        "ReportsPage", "Tổng hợp tiền thưởng theo các quyết định khen thưởng của năm"
    ),
    QT_TRANSLATE_NOOP("ReportsPage", "Sổ quỹ thi đua, khen thưởng"),
    QT_TRANSLATE_NOOP("ReportsPage", "Biểu 0601.N/BNV-TĐKT: số phong trào thi đua"),
    QT_TRANSLATE_NOOP("ReportsPage", "Biểu 0602.N/BNV-TĐKT: số lượng khen thưởng cấp Nhà nước"),
    QT_TRANSLATE_NOOP("ReportsPage", "Biểu 0603.N/BNV-TĐKT: số lượng khen thưởng cấp bộ, cấp tỉnh"),
    QT_TRANSLATE_NOOP(
        "ReportsPage", "Biểu 0604.N/BNV-TĐKT: số lượng tổ chức làm công tác thi đua, khen thưởng"
    ),
    QT_TRANSLATE_NOOP(
        "ReportsPage", "Biểu 0605.N/BNV-TĐKT: số lượng công chức làm công tác thi đua, khen thưởng"
    ),
)


class ReportsPage(QWidget):
    context_loaded = Signal()  # letterhead and campaigns are in the form
    previewed = Signal()  # a preview is on screen (or ready to open)
    saved = Signal(str)  # the path of the file just written

    def __init__(self, main: WorkspaceHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main = main
        self.letterhead: Letterhead | None = None
        self.last_saved: Path | None = None
        self.preview_file: Path | None = None
        self._preview_data: Any = None  # the QBuffer the PDF document reads from
        self._previewed: ReportRequest | None = None  # the choices the preview shows

        title = QLabel(self.tr("Báo cáo"))
        title.setObjectName("pageTitle")
        self.kind = QComboBox()
        for kind, label in KINDS.items():
            self.kind.addItem(self.tr(label), kind)
        self.year_label = QLabel()
        self.unit = QComboBox()
        self.unit.setMinimumContentsLength(22)
        self.campaign = QComboBox()
        self.signer = QLineEdit()
        self.signer.setPlaceholderText(self.tr("Họ và tên người ký"))
        self.signer.setMaxLength(120)
        self.day = date_edit(None)

        form_box = QGroupBox(self.tr("Lập báo cáo"))
        form = QFormLayout(form_box)
        form.addRow(self.tr("Loại báo cáo:"), self.kind)
        form.addRow(self.tr("Năm:"), self.year_label)
        form.addRow(self.tr("Đơn vị:"), self.unit)
        form.addRow(self.tr("Phong trào:"), self.campaign)
        form.addRow(self.tr("Người ký:"), self.signer)
        form.addRow(self.tr("Ngày văn bản:"), self.day)
        self.signer_note = QLabel()
        self.signer_note.setObjectName("muted")
        self.signer_note.setWordWrap(True)
        form.addRow("", self.signer_note)

        self.preview_button = QPushButton(self.tr("Xem trước"))
        self.preview_button.setDefault(True)
        self.pdf_button = QPushButton(self.tr("Lưu PDF…"))
        self.xlsx_button = QPushButton(self.tr("Lưu Excel…"))
        self.docx_button = QPushButton(self.tr("Lưu Word để sửa…"))
        self.docx_button.setToolTip(
            self.tr("Bản .docx cùng thể thức để sửa câu chữ trước khi ký; bản chính là PDF")
        )
        self.print_button = QPushButton(self.tr("In…"))
        self.print_button.setEnabled(False)
        self.print_button.setToolTip(
            self.tr("In bản xem trước ra máy in (chọn máy in, số bản, trang)")
        )
        self.open_button = QPushButton(self.tr("Mở tệp"))
        self.open_button.setEnabled(False)
        self.open_button.setToolTip(self.tr("Mở tệp vừa lưu bằng chương trình mặc định"))
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        buttons = QVBoxLayout()
        for button in (
            self.preview_button,
            self.print_button,
            self.pdf_button,
            self.xlsx_button,
            self.docx_button,
            self.open_button,
        ):
            buttons.addWidget(button)

        side = QVBoxLayout()
        side.addWidget(form_box)
        side.addLayout(buttons)
        side.addWidget(self.status)
        side.addStretch(1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setMaximumWidth(430)

        self.preview = QStackedWidget()
        self.preview_note = QLabel()
        self.preview_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_note.setWordWrap(True)
        self.preview_note.setObjectName("muted")
        self.open_preview_button = QPushButton(self.tr("Mở bản xem trước bằng trình đọc PDF"))
        self.open_preview_button.setVisible(False)
        note_page = QWidget()
        note_layout = QVBoxLayout(note_page)
        note_layout.addStretch(1)
        note_layout.addWidget(self.preview_note)
        note_layout.addWidget(self.open_preview_button, 0, Qt.AlignmentFlag.AlignHCenter)
        note_layout.addStretch(1)
        self.preview.addWidget(note_page)
        self.pdf_view: Any = None
        self.pdf_document: Any = None
        self.has_pdf_view = pdf_view_available()
        self.preview_note.setText(
            self.tr("Chọn báo cáo rồi bấm “Xem trước”.")
            if self.has_pdf_view
            else self.tr(
                "Máy này chưa có thành phần xem PDF (PySide6-Pdf): bấm “Xem trước” rồi mở "
                "bản xem trước bằng trình đọc PDF của máy."
            )
        )

        body = QHBoxLayout()
        body.addWidget(side_widget)
        body.addWidget(self.preview, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(body, 1)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        for signal in (
            self.kind.currentIndexChanged,
            self.unit.currentIndexChanged,
            self.campaign.currentIndexChanged,
            self.signer.textChanged,
            self.day.dateChanged,
            main.year_changed,
        ):
            signal.connect(self._form_changed)
        self.preview_button.clicked.connect(self.show_preview)
        self.pdf_button.clicked.connect(lambda: self.save_as(".pdf"))
        self.xlsx_button.clicked.connect(lambda: self.save_as(".xlsx"))
        self.docx_button.clicked.connect(lambda: self.save_as(".docx"))
        self.open_button.clicked.connect(self.open_saved)
        self.print_button.clicked.connect(self.print_preview)
        self.open_preview_button.clicked.connect(self.open_preview)
        main.year_changed.connect(self._year_changed)
        main.context_changed.connect(self._fill_units)
        main.workspace_ready.connect(self.load_context)
        self._year_changed(main.current_year)
        self._fill_units()
        self._kind_changed()

    # -- the form --------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.load_context()  # the letterhead may have changed in Cài đặt

    def _year_changed(self, year: int) -> None:
        self.year_label.setText(str(year))
        self.load_context()

    def _kind_changed(self) -> None:
        self.campaign.setEnabled(self.kind.currentData() in _WITH_CAMPAIGN)

    def _fill_units(self) -> None:
        """The office and every unit below it, indented as in the unit tree."""
        current = self.unit.currentData()
        self.unit.clear()
        profile = self.main.profile
        units = self.main.units
        from thidua_desktop.services.core.units import scope_rows, version_on

        day = dt.date(self.main.current_year, 12, 31)
        office = version_on(units, profile.office_code, day) if profile is not None else None
        if office is None:
            return
        for unit in scope_rows(units, office, day):
            self.unit.addItem("    " * (unit.depth - office.depth) + unit.full_name, unit.code)
        self.unit.setCurrentIndex(max(self.unit.findData(current), 0))

    def load_context(self) -> None:
        """Read the letterhead (for the signer) and the year's campaigns, off the GUI thread."""
        db = self.main.db
        if db is None or not self.isVisible():
            return

        def work(_progress: WorkerProgress) -> tuple[Letterhead, list[CampaignRow]]:
            from thidua_desktop.services.campaigns.definitions import list_campaigns
            from thidua_desktop.services.core.letterhead import get_letterhead

            return get_letterhead(db), list_campaigns(db)

        self.main.background.run(
            work, on_success=self._context_loaded, on_failure=self._context_failed
        )

    def _context_failed(self, exc: BaseException) -> None:
        """Reading the form's context is not an action of the user's: a missing office is said
        here, and asked about when a report is asked for."""
        from thidua_desktop.domain.errors import UserError
        from thidua_desktop.services.core.scope import NoProfileError

        if isinstance(exc, NoProfileError):
            self.status.setText(
                self.tr("Chưa chọn cơ quan sử dụng: bấm “Đổi…” ở góc trên bên phải để chọn.")
            )
            return
        if isinstance(exc, UserError):
            self.status.setText(say(exc.message))
            return
        self._failed(exc)

    def _context_loaded(self, loaded: tuple[Letterhead, list[CampaignRow]]) -> None:
        letterhead, campaigns = loaded
        previous_default = self.letterhead.signer_name if self.letterhead else ""
        self.letterhead = letterhead
        if not self.signer.text() or self.signer.text() == previous_default:
            self.signer.setText(letterhead.signer_name)
        authority = " / ".join(
            line
            for line in (*letterhead.signer_authority.split("\n"), letterhead.signer_title)
            if line
        )
        self.signer_note.setText(
            self.tr("Ký: {0}. Thể thức văn bản sửa trong Cài đặt.").format(authority)
        )
        current = self.campaign.currentData()
        self.campaign.clear()
        self.campaign.addItem(self.tr("Tất cả phong trào trong năm"), None)
        year = self.main.current_year
        for campaign in sorted(campaigns, key=lambda c: (c.start_date, c.code)):
            if year in campaign.years:
                self.campaign.addItem(f"{campaign.code} — {campaign.title}", campaign.code)
        self.campaign.setCurrentIndex(max(self.campaign.findData(current), 0))
        self.context_loaded.emit()

    def request(self) -> ReportRequest:
        day = self.day.date()
        kind = str(self.kind.currentData())
        return ReportRequest(
            kind=kind,
            year=self.main.current_year,
            unit_code=self.unit.currentData(),
            campaign_code=self.campaign.currentData() if kind in _WITH_CAMPAIGN else None,
            day=dt.date(day.year(), day.month(), day.day()),
            signer_name=self.signer.text(),
        )

    def _busy(self, busy: bool, text: str = "") -> None:
        for button in (self.preview_button, self.pdf_button, self.xlsx_button, self.docx_button):
            button.setEnabled(not busy)
        if text:
            self.status.setText(text)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False, self.tr("Chưa lập được báo cáo."))
        errors.report(self, exc)

    # -- preview ---------------------------------------------------------------------------
    def show_preview(self) -> None:
        db = self.main.db
        if db is None:
            return
        request = self.request()

        def work(_progress: WorkerProgress) -> bytes:
            from thidua_desktop.reports.build import build_report, report_pdf

            return report_pdf(build_report(db, request))

        self._busy(True, self.tr("Đang lập báo cáo…"))
        self.main.background.run(
            work,
            on_success=lambda data: self._show_pdf(data, request),
            on_failure=self._failed,
            label=self.tr("Đang lập báo cáo…"),
            window=self.main,
        )

    def _form_changed(self) -> None:
        """A preview of other choices is not what the form now asks for: printing waits for
        a new preview, and the page says so."""
        if self._previewed is None:
            return
        current = self.request() == self._previewed
        self.print_button.setEnabled(current and self.pdf_document is not None)
        self.status.setText(
            self.tr("Bản xem trước: chưa lưu thành tệp.")
            if current
            else self.tr("Lựa chọn đã đổi: bấm “Xem trước” để xem và in báo cáo mới.")
        )

    def _show_pdf(self, data: bytes, request: ReportRequest) -> None:
        self._busy(False, self.tr("Bản xem trước: chưa lưu thành tệp."))
        self._previewed = request
        if self.has_pdf_view:
            self._load_into_view(data)
            self.print_button.setEnabled(self.request() == request)
        else:
            if self.preview_file is not None:  # one preview file at a time
                self.preview_file.unlink(missing_ok=True)
            with tempfile.NamedTemporaryFile(
                prefix="thidua-xem-truoc-", suffix=".pdf", delete=False
            ) as handle:
                handle.write(data)
            self.preview_file = Path(handle.name)
            self.preview_note.setText(self.tr("Bản xem trước đã sẵn sàng."))
            self.open_preview_button.setVisible(True)
        self.previewed.emit()

    def _load_into_view(self, data: bytes) -> None:
        show_pdf(self, self.preview, data, whole_page=False)

    def print_preview(self) -> None:
        """The previewed report on paper: the system's print dialog, then each page drawn at
        the printer's resolution, A4 as the document is."""
        document = self.pdf_document
        if document is None or document.pageCount() == 0:
            return
        from PySide6.QtGui import QPageSize, QPainter
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setFullPage(True)
        printer.setFromTo(1, document.pageCount())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("In báo cáo"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        count = print_pages(document, printer, QPainter)
        self.status.setText(self.tr("Đã gửi {0} trang tới máy in.").format(count))

    def open_preview(self) -> None:
        if self.preview_file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.preview_file)))

    # -- saving ----------------------------------------------------------------------------
    def save_as(self, suffix: str) -> None:
        db = self.main.db
        if db is None:
            return
        request = self.request()
        name = file_stem(request.kind, request.year, self.unit.currentText().strip()) + suffix
        kind = {
            ".pdf": self.tr("Tệp PDF (*.pdf)"),
            ".xlsx": self.tr("Sổ tính Excel (*.xlsx)"),
            ".docx": self.tr("Văn bản Word (*.docx)"),
        }[suffix]
        path = file_dialogs.save_file(
            self, self.main.settings, "bao-cao", self.tr("Lưu báo cáo"), name, kind, suffix=suffix
        )
        if path is None:
            return

        def work(_progress: WorkerProgress) -> Path:
            from thidua_desktop.reports.build import build_report, save_report_file

            return save_report_file(build_report(db, request), path)

        self._busy(True, self.tr("Đang lưu báo cáo…"))
        self.main.background.run(
            work,
            on_success=self._saved,
            on_failure=self._failed,
            label=self.tr("Đang lưu báo cáo…"),
            window=self.main,
        )

    def _saved(self, path: Path) -> None:
        self.last_saved = path
        self._busy(False, self.tr("Đã lưu {0}").format(path))
        self.open_button.setEnabled(True)
        self.main.status.setText(self.tr("Đã lưu báo cáo {0}.").format(path.name))
        self.saved.emit(str(path))

    def open_saved(self) -> None:
        if self.last_saved is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_saved)))


PRINT_DPI = 300  # sharp on paper; a 1200 dpi printer would need 560 MB per A4 page image


def print_pages(document: Any, printer: Any, painter_class: Any) -> int:
    """Draw the document's pages (the printer's range, or all) on `printer`; the pages sent.

    Each page is drawn as an image of at most PRINT_DPI, scaled to the whole sheet."""
    from PySide6.QtCore import QRectF, QSize

    first, last = printer.fromPage(), printer.toPage()
    if first == 0:  # no range chosen: every page
        first, last = 1, document.pageCount()
    painter = painter_class()
    if not painter.begin(printer):
        return 0
    sent = 0
    try:
        resolution = max(printer.resolution(), 1)
        area = printer.pageLayout().fullRectPixels(resolution)
        scale = min(1.0, PRINT_DPI / resolution)
        size = QSize(round(area.width() * scale), round(area.height() * scale))
        painter.setRenderHint(painter_class.RenderHint.SmoothPixmapTransform)
        for page in range(first - 1, min(last, document.pageCount())):
            if sent:
                printer.newPage()
            painter.drawImage(QRectF(area), document.render(page, size))
            sent += 1
    finally:
        painter.end()
    return sent
