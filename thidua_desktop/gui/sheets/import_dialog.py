"""The preview of an Excel import: what would change (old → new), what is refused and where
(sheet, row, column), names read from legacy fonts; *Nhập* applies it in one transaction."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.gui.common.messages import say

if TYPE_CHECKING:
    from thidua_desktop.gui.common.background import Background, WorkerProgress
    from thidua_desktop.paths import DataDir
    from thidua_desktop.services.sheets.rows import SheetReport
    from thidua_desktop.store.engine import Database

REFUSED_STYLE = "color: #b3261e;"
DONE_STYLE = "color: #1b5e20;"


class SheetImportDialog(QDialog):
    """Shown with a preview (nothing written yet); applies when the person confirms."""

    applied = Signal(object)  # SheetReport

    def __init__(
        self,
        background: Background,
        db: Database,
        data_dir: DataDir,
        path: Path,
        preview: SheetReport,
        *,
        campaign: str,
        year: int,
        kind: str = "results",
        proposal: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._background, self._db, self._data_dir = background, db, data_dir
        self._path, self._campaign, self._year, self._kind = path, campaign, year, kind
        self._proposal = proposal
        self.setWindowTitle(self.tr("Nhập từ Excel — xem trước"))
        self.resize(980, 560)
        heading = QLabel(f"<b>{path.name}</b><br>{preview.title}")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Loại"), self.tr("Vị trí"), self.tr("Đơn vị"), self.tr("Chỉ tiêu"),
             self.tr("Nội dung")]
        )  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.skip = QCheckBox(self.tr("Bỏ qua các giá trị bị từ chối, nhập phần còn lại"))
        self.apply_button = QPushButton(self.tr("Nhập"))
        self.apply_button.setDefault(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.apply_button.clicked.connect(self.apply)
        self.skip.toggled.connect(self._allowed)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.skip)
        layout.addWidget(buttons)
        self.show_report(preview)

    def show_report(self, report: SheetReport) -> None:
        self.report = report
        rows: list[tuple[str, str, str, str, str]] = []
        for p in report.problems:
            where = f"{p.origin.sheet} · {p.origin.cell}" if p.origin else ""
            rows.append((self.tr("Từ chối"), where, "", "", say(p.message)))
        for v in report.conversions:
            rows.append((self.tr("Chuyển mã"), f"{v.origin.sheet} · {v.origin.cell}", "", "",
                         f"{v.encoding}: “{v.original}” → “{v.converted}”"))  # fmt: skip
        for note in report.notes:
            rows.append((self.tr("Lưu ý"), "", "", "", note))
        for c in report.changes:
            old = c.old or self.tr("(trống)")
            where = f"{c.origin.sheet} · {c.origin.cell}"
            unit = f"{c.unit_name} ({c.unit_code})"
            # A list's rows (khu dân cư) are named, an indicator by its code.
            field = c.field_name if report.kind == "subunits" else c.field
            rows.append((self.tr("Thay đổi"), where, unit, field, f"{old} → {c.new}"))
        self.table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # a long refusal is read whole on hover
                self.table.setItem(r, c, item)
        for column in range(4):  # the last column stretches; long texts are read on hover
            self.table.resizeColumnToContents(column)
        counts = self.tr(
            "Thay đổi: {0} · giữ nguyên: {1} · ô trống (giữ số liệu đã có): {2} · bị từ chối: {3}"
        ).format(len(report.changes), report.unchanged, report.empty, len(report.problems))
        if report.applied:
            self.summary.setText(
                counts
                + "\n"
                + self.tr("Đã nhập. Bản sao lưu trước khi nhập: {0}.").format(report.backup)
            )
            self.summary.setStyleSheet(DONE_STYLE)
        elif report.problems:
            self.summary.setText(
                counts
                + "\n"
                + self.tr(
                    "Có giá trị bị từ chối: chưa nhập gì. Hãy sửa tệp rồi "
                    "chọn lại, hoặc bỏ qua các giá trị đó."
                )
            )
            self.summary.setStyleSheet(REFUSED_STYLE)
        else:
            self.summary.setText(counts + "\n" + self.tr("Chưa thay đổi gì: bấm Nhập để nhập."))
            self.summary.setStyleSheet("")
        self.skip.setVisible(bool(report.problems) and not report.applied)
        self._allowed()

    def _allowed(self) -> None:
        r = self.report
        ok = not r.applied and bool(r.changes) and (not r.problems or self.skip.isChecked())
        self.apply_button.setEnabled(ok)

    def apply(self) -> None:
        db, data_dir, path = self._db, self._data_dir, self._path
        campaign, year, kind, proposal = self._campaign, self._year, self._kind, self._proposal
        skip = self.skip.isChecked()

        def work(_progress: WorkerProgress) -> SheetReport:
            from thidua_desktop.exchange.sheets.operations import import_workbook

            return import_workbook(
                data_dir,
                db,
                path,
                campaign=campaign,
                year=year,
                kind=kind,
                proposal=proposal,
                skip_invalid=skip,
            )

        def done(report: SheetReport) -> None:
            self.show_report(report)
            if report.applied:
                self.applied.emit(report)

        def failed(exc: BaseException) -> None:
            from thidua_desktop.gui.common import errors

            self._allowed()
            errors.report(self, exc)

        self.apply_button.setEnabled(False)
        self._background.run(work, on_success=done, on_failure=failed, window=self,
                             label=self.tr("Đang nhập từ Excel…"), cancellable=False)  # fmt: skip
