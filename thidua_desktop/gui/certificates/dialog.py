"""In bằng khen, giấy khen lên phôi: a decision's certificates, one blank at a time (the A3
Bằng khen, the A4 Giấy khen…), with this office's calibration of that blank edited beside a
live preview of the real pages or of the blank's test page (a millimetre grid to lay over a
blank). Saving the calibration, saving the PDF and printing are one service call each, run off
the GUI thread."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain.certificates import (
    MAX_SHIFT_MM,
    MAX_SIZE,
    MIN_SIZE,
    Calibration,
    CertField,
    FieldAdjust,
    Layout,
)
from thidua_desktop.gui.awards.model import WARNING_COLOUR
from thidua_desktop.gui.common import domain_labels, errors, file_dialogs
from thidua_desktop.gui.common.form_history import confirm_discard
from thidua_desktop.gui.common.pdf_preview import pdf_view_available, show_pdf

if TYPE_CHECKING:
    from thidua_desktop.gui.common.background import WorkerProgress
    from thidua_desktop.gui.common.workspace_host import WorkspaceHost
    from thidua_desktop.reports.certificates import Printed
    from thidua_desktop.services.awards.rows import DecisionRow
    from thidua_desktop.services.certificates.layouts import PrintSetup

PREVIEW_DELAY_MS = 350  # the preview follows typing, not every keystroke
FIELD_COLUMNS = 5  # field, ngang, dọc, cỡ chữ, in


class CertificatesDialog(QDialog):
    loaded = Signal()  # a decision's certificates and calibrations are on screen
    previewed = Signal()  # a preview is on screen (or ready)
    calibration_saved = Signal(str)  # the layout code
    written = Signal(str)  # the PDF saved

    def __init__(
        self, main: WorkspaceHost, decisions: Sequence[DecisionRow], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.main = main
        self.decisions = list(decisions)
        self.setup: PrintSetup | None = None
        self.saved_calibration: dict[str, Calibration] = {}
        self.pdf_document: Any = None
        self.pdf_view: Any = None
        self._preview_data: Any = None  # the QBuffer the PDF document reads from
        self._filling = False
        self._preview_generation = 0
        self.confirm_discard = confirm_discard
        self.setWindowTitle(self.tr("In bằng khen, giấy khen lên phôi"))
        self.resize(1180, 720)

        self.decision = QComboBox()
        for d in self.decisions:
            self.decision.addItem(
                self.tr("Quyết định {number} ngày {day}").format(
                    number=d.number, day=d.day.strftime("%d/%m/%Y")
                ),
                d.id,
            )
        self.decision.setCurrentIndex(len(self.decisions) - 1)
        self.decision.setEnabled(len(self.decisions) > 1)
        self.blank = QComboBox()
        self.blank.setToolTip(
            self.tr("Mỗi lần in một loại phôi: bằng khen khổ A3, giấy khen khổ A4…")
        )
        top = QFormLayout()
        top.addRow(self.tr("Quyết định:"), self.decision)
        top.addRow(self.tr("Phôi:"), self.blank)

        self.recipients = QListWidget()
        self.recipients.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        people = QGroupBox(self.tr("Người, tập thể được in"))
        people_layout = QVBoxLayout(people)
        people_layout.addWidget(self.recipients)

        self.page_dx = self._shift_box(unit=True)
        self.page_dy = self._shift_box(unit=True)
        page_row = QHBoxLayout()
        page_row.addWidget(QLabel(self.tr("Dịch cả trang: ngang")))
        page_row.addWidget(self.page_dx)
        page_row.addWidget(QLabel(self.tr("dọc")))
        page_row.addWidget(self.page_dy)
        page_row.addStretch(1)
        self.fields = QTableWidget(0, FIELD_COLUMNS)
        self.fields.setHorizontalHeaderLabels(
            [
                self.tr("Trường"),
                self.tr("Ngang (mm)"),
                self.tr("Dọc (mm)"),
                self.tr("Cỡ chữ"),
                self.tr("In"),
            ]
        )
        self.fields.verticalHeader().setVisible(False)
        header = self.fields.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, FIELD_COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.fields.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        hint = QLabel(
            self.tr(
                "Số dương dịch sang phải, xuống dưới (mm). In trang thử lên giấy trắng, đặt chồng "
                "lên phôi, đo độ lệch theo lưới rồi nhập vào đây. Bỏ chọn “In” cho trường đã in "
                "sẵn trên phôi."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("muted")
        self.save_calibration_button = QPushButton(self.tr("Lưu căn chỉnh"))
        self.reset_button = QPushButton(self.tr("Về mặc định"))
        calibration_buttons = QHBoxLayout()
        calibration_buttons.addWidget(self.save_calibration_button)
        calibration_buttons.addWidget(self.reset_button)
        calibration_buttons.addStretch(1)
        calibration = QGroupBox(self.tr("Căn chỉnh phôi này (máy in của cơ quan)"))
        calibration_layout = QVBoxLayout(calibration)
        calibration_layout.addLayout(page_row)
        calibration_layout.addWidget(self.fields, 1)
        calibration_layout.addWidget(hint)
        calibration_layout.addLayout(calibration_buttons)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(people, 2)
        left_layout.addWidget(calibration, 5)

        self.show_pages = QRadioButton(self.tr("Bản in"))
        self.show_pages.setChecked(True)
        self.show_grid = QRadioButton(self.tr("Trang thử có lưới"))
        view_row = QHBoxLayout()
        view_row.addWidget(QLabel(self.tr("Xem trước:")))
        view_row.addWidget(self.show_pages)
        view_row.addWidget(self.show_grid)
        view_row.addStretch(1)
        self.preview = QStackedWidget()
        self.preview_note = QLabel(self.tr("Đang lập bản xem trước…"))
        self.preview_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_note.setWordWrap(True)
        self.preview_note.setObjectName("muted")
        self.preview.addWidget(self.preview_note)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(f"color: {WARNING_COLOUR};")
        self.warnings.setVisible(False)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(view_row)
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(self.warnings)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([500, 680])

        self.status = QLabel()
        self.status.setObjectName("muted")
        self.pdf_button = QPushButton(self.tr("Lưu PDF…"))
        self.print_button = QPushButton(self.tr("In…"))
        self.print_button.setDefault(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.show_preview)
        self.decision.currentIndexChanged.connect(self.load)
        self.blank.currentIndexChanged.connect(self._blank_changed)
        self.recipients.itemChanged.connect(self._changed)
        for box in (self.page_dx, self.page_dy):
            box.valueChanged.connect(self._changed)
        self.show_pages.toggled.connect(self._changed)
        self.save_calibration_button.clicked.connect(self.save_calibration)
        self.reset_button.clicked.connect(self.reset_calibration)
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.print_button.clicked.connect(self.print_pages)
        self._enable()

    # -- widgets ---------------------------------------------------------------------------
    def _shift_box(self, *, unit: bool = False) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(-MAX_SHIFT_MM, MAX_SHIFT_MM)
        box.setDecimals(1)
        box.setSingleStep(0.5)
        if unit:
            box.setSuffix(" mm")
        box.setAccelerated(True)
        return box

    def _size_box(self) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(MIN_SIZE, MAX_SIZE)
        box.setDecimals(1)
        box.setSingleStep(0.5)
        return box

    @property
    def decision_id(self) -> int | None:
        value = self.decision.currentData()
        return int(value) if value is not None else None

    @property
    def blank_layout(self) -> Layout | None:
        if self.setup is None or self.blank.currentIndex() < 0:
            return None
        code = self.blank.currentData()
        return next((lay for lay in self.setup.batch.layouts if lay.code == code), None)

    def chosen_lines(self) -> set[int]:
        return {
            int(self.recipients.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.recipients.count())
            if self.recipients.item(row).checkState() == Qt.CheckState.Checked
        }

    def calibration(self) -> Calibration:
        """The calibration as the form shows it (saved or not)."""
        layout = self.blank_layout
        if layout is None:
            return Calibration()
        fields: dict[CertField, FieldAdjust] = {}
        for row, name in enumerate(layout.fields):
            dx, dy, size, printed = (self.fields.cellWidget(row, c) for c in range(1, 5))
            assert isinstance(dx, QDoubleSpinBox) and isinstance(dy, QDoubleSpinBox)
            assert isinstance(size, QDoubleSpinBox) and isinstance(printed, QCheckBox)
            own = round(size.value(), 1)
            adjust = FieldAdjust(
                round(dx.value(), 1),
                round(dy.value(), 1),
                own if own != layout.fields[name].size else None,
                not printed.isChecked(),
            )
            if adjust != FieldAdjust():
                fields[name] = adjust
        return Calibration(round(self.page_dx.value(), 1), round(self.page_dy.value(), 1), fields)

    @property
    def dirty(self) -> bool:
        layout = self.blank_layout
        if layout is None:
            return False
        return self.calibration() != self.saved_calibration.get(layout.code, Calibration())

    # -- loading ---------------------------------------------------------------------------
    def load(self) -> None:
        db, decision_id = self.main.db, self.decision_id
        if db is None or decision_id is None:
            return

        def work(_progress: WorkerProgress) -> PrintSetup:
            from thidua_desktop.services.certificates.layouts import print_setup

            return print_setup(db, decision_id)

        self.status.setText(self.tr("Đang đọc quyết định…"))
        self.main.background.run(work, on_success=self._loaded, on_failure=self._failed)

    def _loaded(self, setup: PrintSetup) -> None:
        self.setup = setup
        self.saved_calibration = dict(setup.calibrations)
        self._filling = True
        self.blank.clear()
        for layout in setup.batch.layouts:
            count = sum(c.layout.code == layout.code for c in setup.batch.certificates)
            self.blank.addItem(
                self.tr("{name} — {count} bản").format(name=layout.name, count=count), layout.code
            )
        self._filling = False
        self._blank_changed()
        self.status.setText("")
        self.loaded.emit()

    def _blank_changed(self) -> None:
        if self._filling or self.setup is None:
            return
        layout = self.blank_layout
        if layout is None:
            return
        self._filling = True
        self.recipients.clear()
        for certificate in self.setup.batch.certificates:
            if certificate.layout.code != layout.code:
                continue
            item = QListWidgetItem(certificate.texts.get(CertField.NAME) or certificate.recipient)
            item.setData(Qt.ItemDataRole.UserRole, certificate.line_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.recipients.addItem(item)
        self._fill_calibration(layout, self.saved_calibration.get(layout.code, Calibration()))
        self._filling = False
        self._changed()

    def _fill_calibration(self, layout: Layout, calibration: Calibration) -> None:
        was = self._filling
        self._filling = True
        self.page_dx.setValue(calibration.dx)
        self.page_dy.setValue(calibration.dy)
        self.fields.setRowCount(len(layout.fields))
        for row, (name, placement) in enumerate(layout.fields.items()):
            adjust = calibration.fields.get(name, FieldAdjust())
            label = QTableWidgetItem(domain_labels.label(name.label))
            label.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.fields.setItem(row, 0, label)
            dx, dy, size = self._shift_box(), self._shift_box(), self._size_box()
            dx.setValue(adjust.dx)
            dy.setValue(adjust.dy)
            size.setValue(adjust.size if adjust.size is not None else placement.size)
            printed = QCheckBox()
            printed.setChecked(not adjust.hidden)
            for widget, column in ((dx, 1), (dy, 2), (size, 3), (printed, 4)):
                self.fields.setCellWidget(row, column, widget)
            for box in (dx, dy, size):
                box.valueChanged.connect(self._changed)
            printed.toggled.connect(self._changed)
        self._filling = was

    # -- changes and preview ---------------------------------------------------------------
    def _changed(self) -> None:
        if self._filling:
            return
        self._enable()
        self._timer.start()

    def _enable(self) -> None:
        ready = self.setup is not None and self.blank_layout is not None
        chosen = ready and bool(self.chosen_lines())
        self.save_calibration_button.setEnabled(ready and self.dirty)
        self.reset_button.setEnabled(ready and self.calibration() != Calibration())
        self.pdf_button.setEnabled(chosen)
        self.print_button.setEnabled(chosen)

    def _render(self, *, grid: bool) -> Any:
        """The work that renders the pages (or the test page) as the form now says."""
        db, decision_id, layout = self.main.db, self.decision_id, self.blank_layout
        assert db is not None and decision_id is not None and layout is not None
        calibration, lines, code = self.calibration(), self.chosen_lines(), layout.code

        def work(_progress: WorkerProgress) -> Printed:
            from thidua_desktop.reports.certificates import (
                decision_certificates_pdf,
                layout_test_page,
            )

            if grid:
                return layout_test_page(db, code, None, calibration=calibration)
            return decision_certificates_pdf(
                db, decision_id, None, layout_code=code, lines=lines, calibration=calibration
            )

        return work

    def show_preview(self) -> None:
        if self.main.db is None or self.blank_layout is None:
            return
        grid = self.show_grid.isChecked()
        if not grid and not self.chosen_lines():
            self.preview_note.setText(self.tr("Chưa chọn người, tập thể nào để in."))
            self.preview.setCurrentWidget(self.preview_note)
            return
        self._preview_generation += 1
        generation = self._preview_generation

        def shown(printed: Printed) -> None:
            if generation == self._preview_generation:  # an older preview arriving late
                self._show(printed)

        self.main.background.run(self._render(grid=grid), on_success=shown, on_failure=self._failed)

    def _show(self, printed: Printed) -> None:
        self.warnings.setText("\n".join(printed.warnings))
        self.warnings.setVisible(bool(printed.warnings))
        if pdf_view_available():
            self._load_into_view(printed.data)
        else:
            self.preview_note.setText(
                self.tr("Máy này không xem trước được PDF; hãy lưu PDF để xem.")
            )
            self.preview.setCurrentWidget(self.preview_note)
        self.previewed.emit()

    def _load_into_view(self, data: bytes) -> None:
        show_pdf(self, self.preview, data, whole_page=True)

    # -- actions ---------------------------------------------------------------------------
    def save_calibration(self) -> None:
        db, layout = self.main.db, self.blank_layout
        if db is None or layout is None:
            return
        calibration, code = self.calibration(), layout.code

        def work(_progress: WorkerProgress) -> Calibration:
            from thidua_desktop.services.certificates.layouts import save_calibration

            return save_calibration(db, code, calibration)

        def saved(result: Calibration) -> None:
            self.saved_calibration[code] = result
            self.status.setText(self.tr("Đã lưu căn chỉnh {name}.").format(name=layout.name))
            self._enable()
            self.calibration_saved.emit(code)

        self.main.background.run(work, on_success=saved, on_failure=self._failed)

    def reset_calibration(self) -> None:
        layout = self.blank_layout
        if layout is not None:
            self._fill_calibration(layout, Calibration())
            self._changed()

    def save_pdf(self, path: Path | None = None) -> None:
        db, decision_id, layout = self.main.db, self.decision_id, self.blank_layout
        if db is None or decision_id is None or layout is None or self.setup is None:
            return
        number = self.setup.batch.decision_number.replace("/", "-")
        name = self.tr("{blank} - Quyết định {number}").format(blank=layout.name, number=number)
        target = path or file_dialogs.save_file(
            self,
            self.main.settings,
            "bang-khen",
            self.tr("Lưu bằng khen, giấy khen"),
            " ".join(name.split()) + ".pdf",
            self.tr("Tệp PDF (*.pdf)"),
            suffix=".pdf",
        )
        if target is None:
            return
        calibration, lines, code = self.calibration(), self.chosen_lines(), layout.code

        def work(_progress: WorkerProgress) -> Printed:
            from thidua_desktop.reports.certificates import decision_certificates_pdf

            return decision_certificates_pdf(
                db, decision_id, target, layout_code=code, lines=lines, calibration=calibration
            )

        def done(printed: Printed) -> None:
            self.status.setText(
                self.tr("Đã lưu {pages} trang: {path}").format(pages=printed.pages, path=target)
            )
            self.written.emit(str(target))

        self.main.background.run(
            work,
            on_success=done,
            on_failure=self._failed,
            label=self.tr("Đang lưu…"),
            window=self,
        )

    def print_pages(self) -> None:
        """The chosen pages straight to the printer, on the blank's paper, landscape as laid
        out, full page (the calibration already says where everything goes)."""
        layout = self.blank_layout
        if self.main.db is None or layout is None:
            return
        if not pdf_view_available():
            errors.report(
                self,
                RuntimeError(
                    self.tr("Máy này không in trực tiếp được; hãy lưu PDF rồi in từ trình đọc PDF.")
                ),
            )
            return
        self.main.background.run(
            self._render(grid=False),
            on_success=lambda printed: self._print(layout, printed),
            on_failure=self._failed,
        )

    def _print(self, layout: Layout, printed: Printed) -> None:
        from PySide6.QtGui import QPageLayout, QPageSize, QPainter
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from thidua_desktop.gui.reports.page import print_pages

        document = QPdfDocument(self)
        buffer = QBuffer(document)
        buffer.setData(QByteArray(printed.data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(buffer)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        size = QPageSize.PageSizeId.A3 if layout.paper == "A3" else QPageSize.PageSizeId.A4
        printer.setPageSize(QPageSize(size))
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape
            if layout.landscape
            else QPageLayout.Orientation.Portrait
        )
        printer.setFullPage(True)
        printer.setFromTo(1, document.pageCount())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("In lên phôi: {name}").format(name=layout.name))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            count = print_pages(document, printer, QPainter)
            self.status.setText(self.tr("Đã gửi {0} trang tới máy in.").format(count))
        document.close()
        document.deleteLater()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText("")
        errors.report(self, exc)

    def reject(self) -> None:
        if self.dirty and not self.confirm_discard(self):
            return
        super().reject()
