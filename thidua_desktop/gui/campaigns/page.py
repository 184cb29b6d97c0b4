"""Phong trào & chỉ tiêu: campaigns, their indicators, targets and registrations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.gui.attachments.panel import AttachmentsPanel
from thidua_desktop.gui.campaigns.dialogs import CampaignDialog, IndicatorDialog, RegistrationDialog
from thidua_desktop.gui.campaigns.targets_model import TargetsModel
from thidua_desktop.gui.common import domain_labels, errors
from thidua_desktop.gui.common.form_history import ask_to_save
from thidua_desktop.gui.common.table_model import SORT_ROLE, Column, RowTableModel
from thidua_desktop.paths import DataDir
from thidua_desktop.services.attachments.rows import AttachmentRow
from thidua_desktop.services.campaigns.rows import CampaignRow, IndicatorRow, RegistrationRow
from thidua_desktop.services.core.rows import UnitRow

if TYPE_CHECKING:
    from thidua_desktop.gui.campaigns.target_grid_dialog import (
        TargetGridDialog as TargetGridDialogType,
    )
    from thidua_desktop.gui.common.background import Background, WorkerProgress
    from thidua_desktop.store.engine import Database

DbGetter = Callable[[], "Database | None"]
Detail = tuple[CampaignRow, list[IndicatorRow], list[RegistrationRow]]


def _campaign_attachments(db: Database, code: str) -> list[AttachmentRow]:
    from thidua_desktop.services.attachments.files import campaign_attachments

    return campaign_attachments(db, code)


def _attach_to_campaign(
    db: Database, data_dir: DataDir, code: str, path: Path, _kind: object, _part: object
) -> AttachmentRow:
    from thidua_desktop.services.attachments.files import attach_to_campaign

    return attach_to_campaign(db, data_dir, campaign_code=code, path=path)


def _date(value: dt.date | None) -> str:
    return f"{value:%d/%m/%Y}" if value else ""


def _campaign_status(campaign: CampaignRow) -> str:
    if campaign.editable:
        return domain_labels.label(campaign.status_label)
    return QCoreApplication.translate("CampaignsPage", "{status} (cấp trên)").format(
        status=domain_labels.label(campaign.status_label)
    )


CAMPAIGN_COLUMNS: list[Column[CampaignRow]] = [
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Mã"), lambda c: c.code),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Tên phong trào"), lambda c: c.title),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Hình thức"), lambda c: domain_labels.label(c.form_label)
    ),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Thời gian"),
        lambda c: f"{_date(c.start_date)} - {_date(c.end_date)}",
        sort=lambda c: c.start_date.isoformat(),
    ),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Văn bản phát động"), lambda c: c.document),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Trạng thái"), _campaign_status),
]
INDICATOR_COLUMNS: list[Column[IndicatorRow]] = [
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Mã"), lambda i: i.code),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Tên chỉ tiêu"), lambda i: i.name),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Đơn vị tính"), lambda i: i.unit_of_measure),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Cách đánh giá"),
        lambda i: domain_labels.label(i.comparator_enum.label),
    ),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Nguồn số liệu"),
        lambda i: domain_labels.label(i.source_label),
    ),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Số lẻ"), lambda i: str(i.decimals), right=True),
]
REGISTRATION_COLUMNS: list[Column[RegistrationRow]] = [
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Đơn vị"), lambda r: r.unit_name),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Đăng ký"), lambda r: r.titles),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Ngày đăng ký"),
        lambda r: _date(r.registered_on),
        sort=lambda r: r.registered_on,
    ),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Trạng thái"),
        lambda r: domain_labels.label(r.status_label),
    ),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Ngày xử lý"), lambda r: _date(r.decided_on)),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Lý do trả lại"), lambda r: r.return_reason),
]


def _table(model: Any, *, stretch: int) -> QTableView:
    view = QTableView()
    proxy = QSortFilterProxyModel(view)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def _selected(view: QTableView) -> Any:
    index = view.currentIndex()
    if not index.isValid():
        return None
    proxy = view.model()
    assert isinstance(proxy, QSortFilterProxyModel)
    source = proxy.sourceModel()
    assert isinstance(source, RowTableModel)
    return source.row_at(proxy.mapToSource(index).row())


class CampaignsPage(QWidget):
    changed = Signal()  # a definition changed: other pages (the results grid) reload
    sheet_previewed = Signal(object)  # SheetReport of an Excel import's preview

    def __init__(
        self,
        background: Background,
        database: DbGetter,
        data_dir: DataDir,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._background = background
        self._database = database
        self._data_dir = data_dir
        self._settings = settings
        self._units: list[UnitRow] = []
        self._office_code: str | None = None
        self._year = dt.date.today().year
        self._current: CampaignRow | None = None
        self._indicators: list[IndicatorRow] = []
        self._targets_key: tuple[str | None, str | None, int] = (None, None, self._year)

        title = QLabel(self.tr("Phong trào thi đua & chỉ tiêu"))
        title.setObjectName("pageTitle")
        self.campaigns = RowTableModel(CAMPAIGN_COLUMNS, self)
        self.campaign_view = _table(self.campaigns, stretch=1)
        # The launching document's long reference must not squeeze the campaign's name: a
        # fixed, adjustable width, the whole text in its tooltip.
        header = self.campaign_view.horizontalHeader()
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(4, 260)
        self.campaign_view.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.add_button = QPushButton(self.tr("Thêm phong trào…"))
        self.edit_button = QPushButton(self.tr("Sửa…"))
        self.delete_button = QPushButton(self.tr("Xóa"))
        campaign_buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            campaign_buttons.addWidget(button)
        campaign_buttons.addStretch(1)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._info_tab(), self.tr("Thông tin"))
        self.tabs.addTab(self._indicator_tab(), self.tr("Chỉ tiêu"))
        self.tabs.addTab(self._targets_tab(), self.tr("Giao chỉ tiêu"))
        self.tabs.addTab(self._registration_tab(), self.tr("Đăng ký thi đua"))

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(campaign_buttons)
        top_layout.addWidget(self.campaign_view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.tabs)
        splitter.setSizes([220, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(splitter, 1)

        self.add_button.clicked.connect(lambda: self._edit_campaign(None))
        self.edit_button.clicked.connect(lambda: self._edit_campaign(self._current))
        self.delete_button.clicked.connect(self._delete_campaign)
        self.campaign_view.selectionModel().currentRowChanged.connect(self._campaign_row_changed)
        self._show_detail(None, [], [])

    # -- tabs ------------------------------------------------------------------------------
    def _info_tab(self) -> QWidget:
        widget = QWidget()
        self.info = {key: QLabel() for key in ("title", "document", "period", "scope", "status")}
        form = QFormLayout(widget)
        for key, label in (
            ("title", self.tr("Tên:")),
            ("document", self.tr("Văn bản phát động:")),
            ("period", self.tr("Thời gian, hình thức:")),
            ("scope", self.tr("Phạm vi:")),
            ("status", self.tr("Trạng thái:")),
        ):
            self.info[key].setWordWrap(True)
            self.info[key].setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, self.info[key])
        self.attachments = AttachmentsPanel(
            self._background,
            self._database,
            self._data_dir,
            self._settings,
            load=_campaign_attachments,
            attach=_attach_to_campaign,
        )
        form.addRow(self.tr("Tệp đính kèm:"), self.attachments)
        return widget

    def _indicator_tab(self) -> QWidget:
        widget = QWidget()
        self.indicators = RowTableModel(INDICATOR_COLUMNS, self)
        self.indicator_view = _table(self.indicators, stretch=1)
        self.add_indicator = QPushButton(self.tr("Thêm chỉ tiêu…"))
        self.edit_indicator = QPushButton(self.tr("Sửa…"))
        self.delete_indicator = QPushButton(self.tr("Xóa"))
        buttons = QHBoxLayout()
        for button in (self.add_indicator, self.edit_indicator, self.delete_indicator):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.indicator_view)
        self.add_indicator.clicked.connect(lambda: self._edit_indicator(None))
        self.edit_indicator.clicked.connect(
            lambda: self._edit_indicator(_selected(self.indicator_view))
        )
        self.delete_indicator.clicked.connect(self._delete_indicator)
        self.indicator_view.doubleClicked.connect(
            lambda _i: self._edit_indicator(_selected(self.indicator_view))
        )
        return widget

    def _targets_tab(self) -> QWidget:
        widget = QWidget()
        self.target_unit = QComboBox()
        self.target_unit.setMinimumContentsLength(24)
        self.targets = TargetsModel(self)
        self.target_view = QTableView()
        self.target_view.setModel(self.targets)
        self.target_view.verticalHeader().setVisible(False)
        self.target_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.target_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.save_targets = QPushButton(self.tr("Lưu chỉ tiêu"))
        self.grid_targets = QPushButton(self.tr("Giao theo bảng…"))
        self.grid_targets.setToolTip(
            self.tr("Giao chỉ tiêu cho mọi đơn vị một lần: gõ hoặc dán cả khối từ Excel")
        )
        self.excel_targets = QPushButton(self.tr("Mẫu Excel…"))
        self.excel_targets.setToolTip(
            self.tr("Lập tệp Excel để giao chỉ tiêu cho các đơn vị (ghi số hoặc khoảng “9,5 - 10”)")
        )
        self.import_targets = QPushButton(self.tr("Nhập từ Excel…"))
        self.import_targets.setToolTip(self.tr("Xem trước rồi nhập chỉ tiêu giao từ tệp Excel"))
        self.target_hint = QLabel(
            self.tr('Gõ số kiểu Việt Nam ("9,5", "43.000"); để trống là chưa giao chỉ tiêu.')
        )
        self.target_hint.setObjectName("muted")
        self.undo_targets = QPushButton(self.tr("Hoàn tác"))
        self.redo_targets = QPushButton(self.tr("Làm lại"))
        stack = self.targets.undo_stack
        self.undo_targets.clicked.connect(stack.undo)
        self.redo_targets.clicked.connect(stack.redo)
        stack.canUndoChanged.connect(self.undo_targets.setEnabled)
        stack.canRedoChanged.connect(self.redo_targets.setEnabled)
        self.undo_targets.setEnabled(False)
        self.redo_targets.setEnabled(False)
        for keys, slot in (
            (QKeySequence.StandardKey.Undo, stack.undo),
            (QKeySequence.StandardKey.Redo, stack.redo),
        ):
            shortcut = QShortcut(keys, self.target_view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Đơn vị được giao:")))
        row.addWidget(self.target_unit, 1)
        row.addWidget(self.undo_targets)
        row.addWidget(self.redo_targets)
        row.addWidget(self.save_targets)
        row.addWidget(self.grid_targets)
        row.addWidget(self.excel_targets)
        row.addWidget(self.import_targets)
        layout = QVBoxLayout(widget)
        layout.addLayout(row)
        layout.addWidget(self.target_view)
        layout.addWidget(self.target_hint)
        self.target_unit.currentIndexChanged.connect(self._target_unit_changed)
        self.save_targets.clicked.connect(self._save_targets)
        self.grid_targets.clicked.connect(self.open_target_grid)
        self.excel_targets.clicked.connect(self.save_targets_template)
        self.import_targets.clicked.connect(lambda: self.import_targets_sheet())
        return widget

    def _registration_tab(self) -> QWidget:
        widget = QWidget()
        self.registrations = RowTableModel(REGISTRATION_COLUMNS, self)
        self.registration_view = _table(self.registrations, stretch=1)
        self.register_button = QPushButton(self.tr("Đăng ký…"))
        self.approve_button = QPushButton(self.tr("Duyệt"))
        self.return_button = QPushButton(self.tr("Trả lại…"))
        self.registration_year = QLabel()
        buttons = QHBoxLayout()
        for button in (self.register_button, self.approve_button, self.return_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.registration_year)
        layout = QVBoxLayout(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.registration_view)
        self.register_button.clicked.connect(self._register)
        self.approve_button.clicked.connect(lambda: self._decide(True))
        self.return_button.clicked.connect(lambda: self._decide(False))
        return widget

    # -- context ---------------------------------------------------------------------------
    def set_context(self, units: Sequence[UnitRow], office_code: str | None, year: int) -> None:
        self._units = list(units)
        self._office_code = office_code
        self._year = year
        self.reload()

    def set_year(self, year: int) -> None:
        self._year = year
        self._campaign_selected()

    def _scope_units(self, *, max_level: int = 3) -> list[UnitRow]:
        from thidua_desktop.services.core.units import scope_rows, version_on

        day = dt.date(self._year, 12, 31)
        office = version_on(self._units, self._office_code, day)
        if office is None:
            return []
        return scope_rows(self._units, office, day, max_level=max_level)

    # -- loading ---------------------------------------------------------------------------
    def reload(self, select_code: str | None = None) -> None:
        db = self._database()
        if db is None:
            return

        def work(_progress: WorkerProgress) -> list[CampaignRow]:
            from thidua_desktop.services.campaigns.definitions import list_campaigns

            return list_campaigns(db)

        wanted = select_code or (self._current.code if self._current else None)
        self._background.run(
            work,
            on_success=lambda rows: self._campaigns_loaded(rows, wanted),
            on_failure=self._failed,
        )

    def _campaigns_loaded(self, rows: list[CampaignRow], wanted: str | None) -> None:
        self.campaigns.set_rows(rows)
        if wanted is None:  # first the year's campaigns: the page is about the year shown
            wanted = next((r.code for r in rows if self._year in r.years), None)
        proxy = self.campaign_view.model()
        for row in range(proxy.rowCount()):
            index = proxy.index(row, 0)
            if index.data() == wanted or (wanted is None and row == 0):
                self.campaign_view.setCurrentIndex(index)
                break
        else:
            self._show_detail(None, [], [])

    def _campaign_selected(self) -> None:
        campaign = _selected(self.campaign_view)
        db = self._database()
        if campaign is None or db is None:
            self._show_detail(None, [], [])
            return
        code, year = campaign.code, self._year

        def work(_progress: WorkerProgress) -> Detail:
            from thidua_desktop.services.campaigns.definitions import get_campaign
            from thidua_desktop.services.campaigns.registrations import list_registrations

            row, indicators = get_campaign(db, code)
            return row, indicators, list_registrations(db, campaign_code=code, year=year)

        self._background.run(
            work, on_success=lambda d: self._show_detail(*d), on_failure=self._failed
        )

    def _show_detail(
        self,
        campaign: CampaignRow | None,
        indicators: list[IndicatorRow],
        registrations: list[RegistrationRow],
    ) -> None:
        self._current = campaign
        self._indicators = indicators
        editable = campaign is not None and campaign.editable
        for button in (
            self.edit_button,
            self.delete_button,
            self.add_indicator,
            self.edit_indicator,
            self.delete_indicator,
        ):
            button.setEnabled(editable)
        in_year = campaign is not None and self._year in campaign.years
        for button in (self.register_button, self.approve_button, self.return_button):
            button.setEnabled(in_year)
        self.save_targets.setEnabled(editable and in_year)
        self.grid_targets.setEnabled(in_year)
        self.excel_targets.setEnabled(in_year)
        self.import_targets.setEnabled(editable and in_year)
        if campaign is None:
            for label in self.info.values():
                label.setText("—")
        else:
            self.info["title"].setText(campaign.title)
            self.info["document"].setText(
                f"{campaign.document}: {campaign.doc_summary}".strip(": ") or "—"
            )
            form = domain_labels.label(campaign.form_label)
            self.info["period"].setText(
                f"{_date(campaign.start_date)} - {_date(campaign.end_date)}; {form}"
            )
            self.info["scope"].setText(campaign.scope_name)
            if campaign.editable and not campaign.demo:
                status = "{status}"
            elif campaign.editable:
                status = self.tr("{status} — dữ liệu minh họa")
            elif not campaign.demo:
                status = self.tr("{status} — do cấp trên ban hành: chỉ xem, không sửa")
            else:
                status = self.tr(
                    "{status} — do cấp trên ban hành: chỉ xem, không sửa — dữ liệu minh họa"
                )
            self.info["status"].setText(
                status.format(status=domain_labels.label(campaign.status_label))
            )
        self.attachments.set_owner(
            campaign.code if campaign else None, editable=campaign is not None and campaign.editable
        )
        self.indicators.set_rows(indicators)
        self.registrations.set_rows(registrations)
        self.registration_year.setText(self.tr("Năm {0}").format(self._year))
        current_unit = self.target_unit.currentData()
        self.target_unit.blockSignals(True)
        self.target_unit.clear()
        for unit in self._scope_units():
            self.target_unit.addItem("   " * unit.depth + unit.full_name, unit.code)
        index = self.target_unit.findData(
            current_unit or (campaign.scope_code if campaign else None)
        )
        self.target_unit.setCurrentIndex(max(index, 0))
        self.target_unit.blockSignals(False)
        self._load_targets()

    def _load_targets(self) -> None:
        db, campaign, unit = self._database(), self._current, self.target_unit.currentData()
        key = (campaign.code if campaign else None, unit, self._year)
        if self.targets.dirty and key == self._targets_key:
            return  # the same targets reread after another change: the typing stays
        self._targets_key = key
        if db is None or campaign is None or unit is None or self._year not in campaign.years:
            self.targets.set_targets([], {}, editable=False)
            return
        code, year, indicators = campaign.code, self._year, self._indicators

        def work(_progress: WorkerProgress) -> Any:
            from thidua_desktop.services.campaigns.definitions import targets_of

            return targets_of(db, campaign_code=code, unit_code=unit, year=year)

        self._background.run(
            work,
            on_success=lambda targets: self.targets.set_targets(
                indicators, targets, editable=campaign.editable
            ),
            on_failure=self._failed,
        )

    # -- unsaved targets --------------------------------------------------------------------
    def _target_unit_changed(self) -> None:
        if self.confirm_leave(self.tr("Chọn đơn vị khác")):
            self._load_targets()
            return
        self.target_unit.blockSignals(True)  # stay with the unit being edited
        self.target_unit.setCurrentIndex(self.target_unit.findData(self._targets_key[1]))
        self.target_unit.blockSignals(False)

    def _campaign_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not previous.isValid() or self.confirm_leave(self.tr("Chọn phong trào khác")):
            self._campaign_selected()
            return
        selection = self.campaign_view.selectionModel()
        selection.blockSignals(True)  # stay with the campaign whose targets are being typed
        selection.setCurrentIndex(
            previous,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        selection.blockSignals(False)
        self.campaign_view.viewport().update()

    def confirm_leave(self, action: str) -> bool:
        """Before the targets typed for one unit are replaced: save, drop or stay (True = go
        on). The main window asks it too before the year changes or the window closes."""
        if not self.targets.dirty:
            return True
        answer = ask_to_save(
            self,
            self.tr("Chỉ tiêu chưa lưu"),
            self.tr("Chỉ tiêu của {0} đã sửa nhưng chưa lưu. {1}: lưu trước?").format(
                self.target_unit.itemText(self.target_unit.findData(self._targets_key[1])).strip(),
                action,
            ),
        )
        if answer == QMessageBox.StandardButton.Cancel:
            return False
        if answer == QMessageBox.StandardButton.Save:
            self._save_targets()
            self._background.settle()
            return not self.targets.dirty  # refused (a red cell, a locked year): stay
        self.targets.undo_stack.clear()
        return True

    # -- actions ---------------------------------------------------------------------------
    def _run(self, work: Callable[[Database], object], *, then: Callable[[object], None]) -> None:
        db = self._database()
        if db is None:
            return
        self._background.run(lambda _p: work(db), on_success=then, on_failure=self._failed)

    def _edit_campaign(self, campaign: CampaignRow | None) -> None:
        dialog = CampaignDialog(self._scope_units(max_level=3), campaign, self, year=self._year)
        if dialog.exec() != CampaignDialog.DialogCode.Accepted:
            return
        data, original = dialog.value(), campaign.code if campaign else None

        def work(db: Database) -> str:
            from thidua_desktop.services.campaigns.definitions import save_campaign

            return save_campaign(db, data, original_code=original)

        self._run(work, then=lambda code: self._changed(str(code)))

    def _delete_campaign(self) -> None:
        campaign = self._current
        if campaign is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Xóa phong trào"),
            self.tr("Xóa phong trào {0}? Chỉ xóa được khi chưa có kết quả.").format(campaign.code),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def work(db: Database) -> None:
            from thidua_desktop.services.campaigns.definitions import delete_campaign

            delete_campaign(db, campaign.code)

        self._current = None
        self._run(work, then=lambda _r: self._changed(None))

    def _edit_indicator(self, indicator: IndicatorRow | None) -> None:
        campaign = self._current
        if campaign is None or not campaign.editable:
            return
        from thidua_desktop.services.campaigns.sources import computed_sources, source_label

        sources = [(code, source_label(code)) for code in ("manual", "sum", "mean")]
        sources += [(s.code, s.label) for s in computed_sources()]
        dialog = IndicatorDialog(sources, indicator, self)
        if dialog.exec() != IndicatorDialog.DialogCode.Accepted:
            return
        data, original = dialog.value(), indicator.code if indicator else None

        def work(db: Database) -> str:
            from thidua_desktop.services.campaigns.definitions import save_indicator

            return save_indicator(db, campaign.code, data, original_code=original)

        self._run(work, then=lambda _r: self._changed(campaign.code))

    def _delete_indicator(self) -> None:
        campaign, indicator = self._current, _selected(self.indicator_view)
        if campaign is None or indicator is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Xóa chỉ tiêu"), self.tr("Xóa chỉ tiêu “{0}”?").format(indicator.name)
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def work(db: Database) -> None:
            from thidua_desktop.services.campaigns.definitions import delete_indicator

            delete_indicator(db, campaign.code, indicator.code)

        self._run(work, then=lambda _r: self._changed(campaign.code))

    def _save_targets(self) -> None:
        # The unit, campaign and year whose targets are in the form (the combo may already
        # show the next unit when this save was asked for on leaving).
        campaign_code, unit, year = self._targets_key
        if campaign_code is None or unit is None:
            return
        if self.targets.has_errors:
            QMessageBox.warning(
                self,
                self.tr("Chỉ tiêu chưa hợp lệ"),
                self.tr("Các ô tô đỏ chưa hợp lệ; di chuột vào để xem lý do."),
            )
            return
        from thidua_desktop.services.campaigns.definitions import TargetEntry

        entries = [
            TargetEntry(line.indicator.code, line.low, line.high) for line in self.targets.lines
        ]
        seen = dict(self.targets.seen)

        def work(db: Database) -> int:
            from thidua_desktop.services.campaigns.definitions import save_targets

            return save_targets(
                db,
                campaign_code=campaign_code,
                unit_code=unit,
                year=year,
                entries=entries,
                seen=seen,
            )

        def saved(_result: object) -> None:
            self.targets.mark_saved()
            self._changed(campaign_code)

        self._run(work, then=saved)

    def open_target_grid(self) -> None:
        """Every unit × indicator of the campaign for the year, in one table (read off the GUI
        thread, then shown; saved all at once)."""
        campaign = self._current
        if campaign is None or not self.confirm_leave(self.tr("Mở bảng giao chỉ tiêu")):
            return
        year = self._year

        def work(db: Database) -> object:
            from thidua_desktop.services.campaigns.target_grid import target_grid

            return target_grid(db, campaign_code=campaign.code, year=year)

        self._run(work, then=lambda grid: self._show_target_grid(grid))

    def _show_target_grid(self, grid: object) -> None:
        from thidua_desktop.gui.campaigns.target_grid_dialog import TargetGridDialog
        from thidua_desktop.services.campaigns.target_grid import TargetGrid

        assert isinstance(grid, TargetGrid)
        dialog = TargetGridDialog(grid, self._save_target_grid, self)
        dialog.exec()
        self._load_targets()  # the unit shown in the form may have new targets

    def save_targets_template(self) -> None:
        """Mẫu Excel…: the targets workbook of the campaign and year for the units below."""
        from thidua_desktop.gui.sheets.actions import save_template

        db, campaign = self._database(), self._current
        if db is None or campaign is None:
            return
        save_template(
            self, self._background, db, self._settings, kind="targets",
            campaign=campaign.code, year=self._year, unit=None,
            done=lambda p: self.target_hint.setText(self.tr("Đã lập mẫu Excel: {0}").format(p)),
        )  # fmt: skip

    def import_targets_sheet(self, path: Path | None = None) -> None:
        """Nhập từ Excel…: preview a targets workbook, then import it from the dialog."""
        from thidua_desktop.gui.sheets.actions import preview_workbook

        db, campaign = self._database(), self._current
        if db is None or campaign is None:
            return
        if not self.confirm_leave(self.tr("Nhập chỉ tiêu từ Excel")):
            return
        code = campaign.code

        def shown(dialog: object, report: object) -> None:
            self.sheet_dialog = dialog
            self.sheet_previewed.emit(report)

        def applied(_report: object) -> None:
            self._load_targets()
            self._changed(code)

        preview_workbook(
            self, self._background, db, self._data_dir, self._settings, kind="targets",
            campaign=code, year=self._year, path=path, shown=shown, applied=applied,
        )  # fmt: skip

    def _save_target_grid(
        self, texts: dict[tuple[str, str], str], dialog: TargetGridDialogType
    ) -> None:
        db = self._database()
        if db is None:
            return
        code, year, seen = dialog.grid.campaign_code, dialog.grid.year, dialog.seen()

        def work(_progress: object) -> int:
            from thidua_desktop.services.campaigns.target_grid import save_target_grid

            return save_target_grid(db, campaign_code=code, year=year, texts=texts, seen=seen)

        def failed(exc: BaseException) -> None:
            dialog.save_failed()
            errors.report(dialog, exc)

        def saved(count: int) -> None:
            dialog.saved(count)
            self.changed.emit()  # the results grid shows targets: it rereads them

        self._background.run(work, on_success=saved, on_failure=failed)

    def _register(self) -> None:
        campaign = self._current
        if campaign is None:
            return
        dialog = RegistrationDialog(self._scope_units(), self._year, self)
        if dialog.exec() != RegistrationDialog.DialogCode.Accepted:
            return
        unit, titles = dialog.unit.currentData(), dialog.titles.toPlainText()
        on, year = dialog.date.date().toPython(), self._year

        def work(db: Database) -> object:
            from thidua_desktop.services.campaigns.registrations import register

            return register(
                db,
                campaign_code=campaign.code,
                unit_code=unit,
                year=year,
                titles=titles,
                registered_on=on,
            )

        self._run(work, then=lambda _r: self._campaign_selected())

    def _decide(self, approve: bool) -> None:
        campaign, registration = self._current, _selected(self.registration_view)
        if campaign is None or registration is None:
            return
        reason = ""
        if not approve:
            reason, ok = QInputDialog.getMultiLineText(
                self,
                self.tr("Trả lại đăng ký"),
                self.tr("Lý do trả lại (đơn vị sẽ thấy lý do này):"),
            )
            if not ok:
                return
        year = self._year

        def work(db: Database) -> object:
            from thidua_desktop.services.campaigns.registrations import decide

            return decide(
                db,
                campaign_code=campaign.code,
                unit_code=registration.unit_code,
                year=year,
                approve=approve,
                reason=reason,
            )

        self._run(work, then=lambda _r: self._campaign_selected())

    def _changed(self, code: str | None) -> None:
        self.reload(code)
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        from thidua_desktop.gui.common import errors

        errors.report(self, exc)
