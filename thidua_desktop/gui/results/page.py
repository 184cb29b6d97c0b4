"""Nhập kết quả: the units × indicators grid of one campaign and year, saved in one transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.gui.common import domain_labels
from thidua_desktop.gui.common.form_history import ask_to_save
from thidua_desktop.gui.common.messages import say
from thidua_desktop.gui.results.model import STATUS_COLOURS, ResultGridModel
from thidua_desktop.gui.results.view import ResultGridView
from thidua_desktop.services.campaigns.rows import CampaignRow, ResultGrid, SaveReport
from thidua_desktop.services.core.rows import UnitRow

if TYPE_CHECKING:
    from thidua_desktop.gui.common.background import Background, WorkerProgress
    from thidua_desktop.gui.sheets.import_dialog import SheetImportDialog
    from thidua_desktop.paths import DataDir
    from thidua_desktop.services.sheets.rows import SheetReport
    from thidua_desktop.store.engine import Database

DbGetter = Callable[[], "Database | None"]


class ResultsPage(QWidget):
    """The page asks the main window for the database handle and runs services in the background."""

    grid_loaded = Signal()
    saved = Signal(object)  # SaveReport
    sheet_previewed = Signal(object)  # SheetReport

    def __init__(
        self,
        background: Background,
        database: DbGetter,
        parent: QWidget | None = None,
        *,
        data_dir: Callable[[], DataDir] | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._background = background
        self._database = database
        self._data_dir = data_dir
        self._settings = settings
        self._year = 0
        self._units: list[UnitRow] = []
        self._office_code: str | None = None
        self._campaigns: list[CampaignRow] = []
        self._loading = False

        title = QLabel(self.tr("Nhập kết quả"))
        title.setObjectName("pageTitle")
        self.campaign = QComboBox()
        self.campaign.setMinimumContentsLength(40)
        self.campaign.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.parent_unit = QComboBox()
        self.parent_unit.setMinimumContentsLength(18)
        self.save_button = QPushButton(self.tr("Lưu"))
        self.save_button.setToolTip(self.tr("Lưu mọi thay đổi hợp lệ trong một lần (Ctrl+S)"))
        self.undo_button = QPushButton(self.tr("Hoàn tác"))
        self.redo_button = QPushButton(self.tr("Làm lại"))
        self.reload_button = QPushButton(self.tr("Tải lại"))
        self.template_button = QPushButton(self.tr("Mẫu Excel…"))
        self.template_button.setToolTip(
            self.tr("Lập tệp Excel mẫu của phong trào và năm này để các đơn vị điền số liệu")
        )
        self.import_button = QPushButton(self.tr("Nhập từ Excel…"))
        self.import_button.setToolTip(
            self.tr("Xem trước rồi nhập số liệu từ tệp Excel (mẫu của ứng dụng hoặc bảng của "
                    "cơ quan)")
        )  # fmt: skip

        self.model = ResultGridModel(self)
        self.view = ResultGridView()
        self.view.setModel(self.model)

        self.state = QLabel()
        self.state.setObjectName("muted")
        self.banner = QLabel()
        self.banner.setObjectName("demoBadge")
        self.banner.setVisible(False)
        self.message = QLabel()
        self.message.setObjectName("muted")
        self.message.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Phong trào:")))
        top.addWidget(self.campaign, 3)
        top.addSpacing(8)
        top.addWidget(QLabel(self.tr("Đơn vị:")))
        top.addWidget(self.parent_unit, 1)
        top.addStretch(0)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.undo_button, self.redo_button, self.reload_button):
            buttons.addWidget(button)
        buttons.addSpacing(12)
        if data_dir is not None and settings is not None:
            buttons.addWidget(self.template_button)
            buttons.addWidget(self.import_button)
            buttons.addSpacing(12)
        else:
            self.template_button.hide()
            self.import_button.hide()
        buttons.addWidget(self.state, 1)
        buttons.addLayout(_legend())

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)

        stack = self.model.undo_stack
        self.undo_button.clicked.connect(stack.undo)
        self.redo_button.clicked.connect(stack.redo)
        stack.canUndoChanged.connect(self.undo_button.setEnabled)
        stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        self.reload_button.clicked.connect(self.load_grid)
        self.template_button.clicked.connect(self.save_template)
        self.import_button.clicked.connect(self.import_sheet)
        self.model.pending_changed.connect(self._pending_changed)
        self.campaign.currentIndexChanged.connect(self._selection_changed)
        self.parent_unit.currentIndexChanged.connect(self._selection_changed)
        for keys, slot in (
            (QKeySequence.StandardKey.Save, self.save),
            (QKeySequence.StandardKey.Undo, stack.undo),
            (QKeySequence.StandardKey.Redo, stack.redo),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._pending_changed(0, 0)

    # -- context from the main window -------------------------------------------------------
    def set_context(self, units: Sequence[UnitRow], office_code: str | None, year: int) -> None:
        """The units the office may look at (its own and those with units below), and the year."""
        self._year = year
        self._units, self._office_code = list(units), office_code
        self._fill_parents()
        self.load_campaigns()

    def _fill_parents(self) -> None:
        """The office and its units with units below them, as they are in the working year
        (districts in 2023; in 2026 a province's communes sit directly under it)."""
        from thidua_desktop.services.core.units import scope_rows, version_on

        day = dt.date(self._year, 12, 31)
        office = version_on(self._units, self._office_code, day)
        current = self.parent_unit.currentData()
        self._loading = True
        self.parent_unit.clear()
        if office is not None:
            scope = scope_rows(self._units, office, day)
            parents = {u.parent_id for u in scope}
            for unit in scope:
                # Units with units below them; a commune office has only itself.
                if unit.id in parents or unit.id == office.id:
                    self.parent_unit.addItem(
                        "   " * (unit.depth - office.depth) + unit.full_name, unit.code
                    )
        self.parent_unit.setCurrentIndex(max(self.parent_unit.findData(current), 0))
        self._loading = False

    def set_year(self, year: int) -> None:
        """The window's year changed (it asked about unsaved edits first): reload the grid."""
        if year == self._year:
            return
        self._year = year
        self._fill_parents()
        self.load_grid()

    # -- loading ---------------------------------------------------------------------------
    def load_campaigns(self) -> None:
        db = self._database()
        if db is None:
            return

        def work(_progress: WorkerProgress) -> list[CampaignRow]:
            from thidua_desktop.services.campaigns.definitions import list_campaigns

            return list_campaigns(db)

        self._background.run(work, on_success=self._campaigns_loaded, on_failure=self._failed)

    def _campaigns_loaded(self, campaigns: list[CampaignRow]) -> None:
        self._campaigns = campaigns
        previous = self.campaign.currentData()
        self._loading = True
        self.campaign.clear()
        for c in campaigns:
            self.campaign.addItem(f"{c.code} — {c.title}", c.code)
        index = self.campaign.findData(previous)
        if index < 0:
            running = [i for i, c in enumerate(campaigns) if self._year in c.years]
            index = running[0] if running else 0
        self.campaign.setCurrentIndex(index)
        self._loading = False
        self.load_grid()

    def _selection_changed(self) -> None:
        if not self._loading:
            self.load_grid()

    def load_grid(self) -> None:
        db = self._database()
        campaign_code = self.campaign.currentData()
        if db is None or not campaign_code or not self._year:
            self.model.clear()
            return
        year, parent_code = self._year, self.parent_unit.currentData()

        def work(_progress: WorkerProgress) -> ResultGrid:
            from thidua_desktop.services.campaigns.results import result_grid

            return result_grid(db, campaign_code=campaign_code, year=year, parent_code=parent_code)

        self._background.run(work, on_success=self._grid_loaded, on_failure=self._failed)

    def _grid_loaded(self, grid: ResultGrid, *, keep_invalid: bool = False) -> None:
        self.model.set_grid(grid, keep_invalid=keep_invalid)
        self.banner.setText(grid.read_only_reason)
        self.banner.setVisible(bool(grid.read_only_reason))
        self.view.fit_columns()
        self.grid_loaded.emit()

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> None:
        db = self._database()
        grid = self.model.grid
        if db is None or grid is None:
            return
        if self.view.is_editing():
            self.view.setFocus()  # commit the cell being typed
        edits = self.model.edits()
        if not edits:
            if self.model.invalid_count:
                self.message.setText(
                    self.tr("Các ô viền đỏ chưa hợp lệ nên chưa lưu; hãy sửa lại.")
                )
            return
        campaign_code, year = grid.campaign.code, grid.year
        parent_code = self.parent_unit.currentData()

        def work(_progress: WorkerProgress) -> tuple[SaveReport, ResultGrid]:
            from thidua_desktop.services.campaigns.results import save_grid

            return save_grid(
                db, campaign_code=campaign_code, year=year, edits=edits, parent_code=parent_code
            )

        self.save_button.setEnabled(False)
        self._background.run(
            work,
            on_success=self._saved,
            on_failure=self._save_failed,
            label=self.tr("Đang lưu kết quả…"),
            window=self.window(),
            cancellable=False,
        )

    def _saved(self, outcome: tuple[SaveReport, ResultGrid]) -> None:
        report, grid = outcome
        self._grid_loaded(grid, keep_invalid=True)
        if report.problems:
            self.model.mark_invalid(
                {(p.unit_code, p.indicator_code): say(p.message) for p in report.problems}
            )
        invalid = self.model.invalid_count
        if report.cleared and invalid:
            text = self.tr("Đã lưu {saved} ô; xóa {cleared} ô; {invalid} ô không hợp lệ chưa lưu.")
        elif report.cleared:
            text = self.tr("Đã lưu {saved} ô; xóa {cleared} ô.")
        elif invalid:
            text = self.tr("Đã lưu {saved} ô; {invalid} ô không hợp lệ chưa lưu.")
        else:
            text = self.tr("Đã lưu {saved} ô.")
        self.message.setText(
            text.format(saved=report.saved, cleared=report.cleared, invalid=invalid)
        )
        self.saved.emit(report)

    # -- Excel ------------------------------------------------------------------------------
    def save_template(self) -> None:
        from thidua_desktop.gui.sheets.actions import save_template

        db, grid = self._database(), self.model.grid
        if db is None or grid is None or self._settings is None:
            return
        save_template(
            self,
            self._background,
            db,
            self._settings,
            kind="results",
            campaign=grid.campaign.code,
            year=grid.year,
            unit=self.parent_unit.currentData(),
            done=lambda p: self.message.setText(self.tr("Đã lập mẫu Excel: {0}").format(p)),
        )

    def import_sheet(self, path: Path | None = None) -> None:
        """Choose a workbook, preview it (nothing written), then show the preview dialog."""
        from thidua_desktop.gui.sheets.actions import preview_workbook

        db, grid = self._database(), self.model.grid
        if db is None or grid is None or self._settings is None or self._data_dir is None:
            return
        if self.model.pending_count and not self._confirm_discard():
            return

        def shown(dialog: SheetImportDialog, report: SheetReport) -> None:
            self.sheet_dialog = dialog
            self.sheet_previewed.emit(report)

        preview_workbook(
            self,
            self._background,
            db,
            self._data_dir(),
            self._settings,
            kind="results",
            campaign=grid.campaign.code,
            year=grid.year,
            path=path,
            shown=shown,
            applied=lambda _report: self.load_grid(),
        )

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Nhập từ Excel"),
            self.tr("Bảng đang có thay đổi chưa lưu. Nhập từ Excel sẽ tải lại bảng và bỏ các "
                    "thay đổi đó. Tiếp tục?"),
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    def _save_failed(self, exc: BaseException) -> None:
        self._pending_changed(self.model.pending_count, self.model.invalid_count)
        self._failed(exc)

    def _failed(self, exc: BaseException) -> None:
        from thidua_desktop.gui.common import errors

        errors.report(self, exc)

    def _pending_changed(self, pending: int, invalid: int) -> None:
        if not pending:
            self.state.setText(self.tr("Không có thay đổi chưa lưu."))
        elif invalid:
            self.state.setText(
                self.tr("{0} thay đổi chưa lưu, trong đó {1} ô không hợp lệ.").format(
                    pending, invalid
                )
            )
        elif self.model.doubtful_count:
            self.state.setText(
                self.tr(
                    "{0} thay đổi chưa lưu; ⚠ {1} ô có giá trị khác xa chỉ tiêu hoặc số đang "
                    "lưu (xem chú thích của ô; vẫn lưu được)."
                ).format(pending, self.model.doubtful_count)
            )
        elif self.model.rounded_count:
            self.state.setText(
                self.tr(
                    "{0} thay đổi chưa lưu; {1} ô được làm tròn theo số chữ số thập phân của chỉ "
                    "tiêu (xem chú thích của ô)."
                ).format(pending, self.model.rounded_count)
            )
        else:
            self.state.setText(self.tr("{0} thay đổi chưa lưu.").format(pending))
        self.save_button.setEnabled(pending - invalid > 0)

    def has_unsaved(self) -> bool:
        return self.model.pending_count > 0

    def confirm_leave(self, action: str) -> bool:
        """Before the grid is replaced: save, drop or keep the pending edits (True = go on)."""
        if not self.has_unsaved():
            return True
        answer = ask_to_save(
            self,
            self.tr("Thay đổi chưa lưu"),
            self.tr("Có {0} ô đã sửa nhưng chưa lưu. {1}: lưu các thay đổi trước?").format(
                self.model.pending_count, action
            ),
        )
        if answer == QMessageBox.StandardButton.Cancel:
            return False
        if answer == QMessageBox.StandardButton.Save:
            self.save()
            self._background.settle()
            # A save refused (a locked year, an invalid cell) keeps its edits: stay with them.
            return not self.has_unsaved()
        return True


def _legend() -> QHBoxLayout:
    from thidua_desktop.domain.evaluation import Status

    layout = QHBoxLayout()
    layout.setSpacing(4)
    for status in (Status.MET, Status.EXCEEDED, Status.BELOW):
        chip = QLabel(domain_labels.label(status.label))
        chip.setStyleSheet(
            f"background: {STATUS_COLOURS[status].name()}; padding: 1px 6px; border-radius: 3px;"
        )
        layout.addWidget(chip)
    invalid = QLabel(QCoreApplication.translate("ResultsPage", "không hợp lệ"))
    invalid.setStyleSheet("border: 2px solid #d32f2f; padding: 0px 5px;")
    layout.addWidget(invalid)
    pending = QLabel(QCoreApplication.translate("ResultsPage", "chưa lưu"))
    pending.setToolTip(
        QCoreApplication.translate("ResultsPage", "Ô có góc màu cam: đã sửa nhưng chưa lưu")
    )
    pending.setStyleSheet("background: #ffe0b2; padding: 1px 6px; border-radius: 3px;")
    layout.addWidget(pending)
    return layout
