"""The papers attached to one record: listed with kind, size and date; attached by a button or
by dropping files on the list; opened in the system's viewer; saved as a copy; removed. A record
made of parts (a khen thưởng dossier: the proposal, its lines, its decisions) lists every part's
papers with what each belongs to, and asks which part and which kind of paper a new file is."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain.attachments import AttachmentKind
from thidua_desktop.gui.common import domain_labels, errors, file_dialogs
from thidua_desktop.gui.common.table_model import Column, RowTableModel
from thidua_desktop.paths import DataDir
from thidua_desktop.services.attachments.rows import AttachmentRow

if TYPE_CHECKING:
    from thidua_desktop.gui.common.background import Background
    from thidua_desktop.store.engine import Database

DbGetter = Callable[[], "Database | None"]
Load = Callable[["Database", str], list[AttachmentRow]]
# (db, data dir, owner, file, kind chosen or None, part chosen or None) → the new attachment
Attach = Callable[["Database", DataDir, str, Path, "AttachmentKind | None", object], AttachmentRow]
# A part of the owner a file can go to: (what it is called, its key, the usual kind of paper).
Target = tuple[str, object, AttachmentKind]

COLUMNS: list[Column[AttachmentRow]] = [
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Loại"), lambda a: domain_labels.label(a.kind.label)),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Tên tệp"), lambda a: a.file_name),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Dung lượng"),
        lambda a: a.size_text,
        sort=lambda a: a.size,
        right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Ngày đính kèm"),
        lambda a: f"{a.added_at.astimezone():%d/%m/%Y %H:%M}",
        sort=lambda a: a.added_at,
    ),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Người đính kèm"), lambda a: a.added_by),
]
OWNER_COLUMN: Column[AttachmentRow] = Column(
    QT_TRANSLATE_NOOP("RowTableModel", "Thuộc"), lambda a: a.owner_label
)
FILTERS = QT_TRANSLATE_NOOP(
    "AttachmentsPanel",
    "Văn bản, bản quét (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.xls *.xlsx *.odt "
    "*.ods);;Mọi tệp (*)",
)


class AttachmentsPanel(QWidget):
    """`load(db, owner)` lists the owner's attachments, `attach(db, data_dir, owner, path)`
    attaches one file; both run off the GUI thread, one service call per action."""

    changed = Signal()

    def __init__(
        self,
        background: Background,
        database: DbGetter,
        data_dir: DataDir,
        settings: QSettings,
        *,
        load: Load,
        attach: Attach,
        kinds: Sequence[AttachmentKind] = (),
        parts: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """`kinds`: the kinds of paper to choose from (none: the owner's usual one); `parts`:
        the owner has parts (`set_targets`), listed in a column and chosen when attaching."""
        super().__init__(parent)
        self._background = background
        self._database = database
        self._data_dir = data_dir
        self._settings = settings
        self._load = load
        self._attach = attach
        self._owner: str | None = None
        self._editable = False
        self.setAcceptDrops(True)

        columns = [OWNER_COLUMN, *COLUMNS] if parts else COLUMNS
        self.model: RowTableModel[AttachmentRow] = RowTableModel(columns, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(columns.index(COLUMNS[1]), QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(90)
        self.note = QLabel()
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        self.attach_button = QPushButton(self.tr("Đính kèm tệp…"))
        self.attach_button.setToolTip(
            self.tr("PDF, bản quét (JPG, PNG, TIFF), Word, Excel; tối đa 50 MB mỗi tệp")
        )
        self.open_button = QPushButton(self.tr("Mở"))
        self.copy_button = QPushButton(self.tr("Lưu bản sao…"))
        self.remove_button = QPushButton(self.tr("Gỡ"))
        self.target_combo = QComboBox()
        self.target_combo.setToolTip(
            self.tr("Tệp mới đính vào hồ sơ, vào một dòng hay một quyết định")
        )
        self.kind_combo = QComboBox()
        for kind in kinds:
            self.kind_combo.addItem(domain_labels.label(kind.label), kind)
        buttons = QHBoxLayout()
        if parts:
            buttons.addWidget(QLabel(self.tr("Đính vào:")))
            buttons.addWidget(self.target_combo, 1)
        if kinds:
            buttons.addWidget(QLabel(self.tr("Loại:")))
            buttons.addWidget(self.kind_combo)
        for button in (self.attach_button, self.open_button, self.copy_button, self.remove_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        if parts:  # the row of choices is full: the hint goes below it
            layout.addWidget(self.note)
        else:
            buttons.addWidget(self.note, 1)
        self.target_combo.currentIndexChanged.connect(self._target_changed)

        self.attach_button.clicked.connect(self.choose_files)
        self.open_button.clicked.connect(self.open_selected)
        self.copy_button.clicked.connect(self.copy_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.set_owner(None, editable=False)

    # -- the owner ---------------------------------------------------------------------------
    def set_targets(self, targets: Sequence[Target]) -> None:
        """The owner's parts a new file can go to, the first one chosen."""
        self.target_combo.blockSignals(True)
        self.target_combo.clear()
        for label, key, kind in targets:
            self.target_combo.addItem(label, (key, kind))
        self.target_combo.blockSignals(False)
        self._target_changed()

    def _target_changed(self) -> None:
        chosen = self.target_combo.currentData()
        if chosen is not None:
            index = self.kind_combo.findData(chosen[1])
            if index >= 0:
                self.kind_combo.setCurrentIndex(index)

    def set_owner(self, owner: str | None, *, editable: bool) -> None:
        self._owner, self._editable = owner, editable
        self.model.set_rows([])
        self._update()
        if owner is not None:
            self.reload()

    @property
    def owner(self) -> str | None:
        return self._owner

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self._update()

    def chosen_kind(self) -> AttachmentKind | None:
        """The kind of paper chosen for the next file (Qt keeps it as its text)."""
        value = self.kind_combo.currentData()
        return AttachmentKind(value) if value else None

    def choose_target(self, key: object) -> None:
        """Choose the part with `key` for the next file (nothing when it is not listed)."""
        for index in range(self.target_combo.count()):
            if self.target_combo.itemData(index)[0] == key:
                self.target_combo.setCurrentIndex(index)
                return

    def reload(self) -> None:
        db, owner, load = self._database(), self._owner, self._load
        if db is None or owner is None:
            return
        self._background.run(
            lambda _p: (owner, load(db, owner)),
            on_success=self._loaded,
            on_failure=lambda exc: errors.report(self, exc),
        )

    def _loaded(self, loaded: tuple[str, list[AttachmentRow]]) -> None:
        owner, rows = loaded
        if owner != self._owner:
            return  # another record was chosen meanwhile
        self.model.set_rows(rows)
        self._update()

    def selected(self) -> AttachmentRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update(self) -> None:
        chosen = self.selected() is not None
        self.attach_button.setEnabled(self._owner is not None and self._editable)
        self.open_button.setEnabled(chosen)
        self.copy_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen and self._editable)
        if self._owner is None:
            self.note.setText("")
        elif not self.model.rowCount():
            self.note.setText(
                self.tr("Chưa có tệp nào. Bấm “Đính kèm tệp…” hoặc kéo thả tệp vào danh sách.")
                if self._editable
                else self.tr("Chưa có tệp nào.")
            )
        else:
            self.note.setText(self.tr("Nhấp đúp để mở."))

    # -- attaching ---------------------------------------------------------------------------
    def choose_files(self) -> None:
        paths = file_dialogs.open_files(
            self,
            self._settings,
            "dinh-kem",
            self.tr("Chọn tệp đính kèm"),
            self.tr(FILTERS),
        )
        self.attach_files(paths)

    def attach_files(self, paths: list[Path]) -> None:
        db, owner, data_dir, attach = self._database(), self._owner, self._data_dir, self._attach
        if db is None or owner is None or not paths or not self._editable:
            return
        kind = self.chosen_kind()
        target = self.target_combo.currentData()
        part = target[0] if target is not None else None

        def work(_progress: object) -> tuple[list[AttachmentRow], list[BaseException]]:
            added, refused = [], []
            for path in paths:  # each file on its own: one refused file keeps the others
                try:
                    added.append(attach(db, data_dir, owner, path, kind, part))
                except Exception as exc:  # shown after, with the files that did go in
                    refused.append(exc)
            return added, refused

        self._background.run(
            work,
            on_success=self._attached,
            on_failure=lambda exc: errors.report(self, exc),
            label=self.tr("Đang chép tệp đính kèm…"),
            window=self.window(),
            cancellable=False,
        )

    def _attached(self, outcome: tuple[list[AttachmentRow], list[BaseException]]) -> None:
        added, refused = outcome
        if added:
            self.changed.emit()
        self.reload()
        for exc in refused:
            errors.report(self, exc, title=self.tr("Không đính kèm được"))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._editable and self._owner is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.attach_files(paths)

    # -- one attachment ----------------------------------------------------------------------
    def open_selected(self) -> None:
        row, db, data_dir = self.selected(), self._database(), self._data_dir
        if row is None or db is None:
            return

        def work(_progress: object) -> Path:
            from thidua_desktop.services.attachments.files import open_copy

            return open_copy(db, data_dir, row.uid)

        self._background.run(
            work,
            on_success=lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))),
            on_failure=lambda exc: errors.report(self, exc),
        )

    def copy_selected(self) -> None:
        row, db, data_dir = self.selected(), self._database(), self._data_dir
        if row is None or db is None:
            return
        suffix = Path(row.file_name).suffix or ".pdf"
        destination = file_dialogs.save_file(
            self,
            self._settings,
            "dinh-kem-ban-sao",
            self.tr("Lưu bản sao tệp đính kèm"),
            row.file_name,
            f"*{suffix}",
            suffix=suffix,
        )
        if destination is None:
            return

        def work(_progress: object) -> Path:
            from thidua_desktop.services.attachments.files import copy_attachment

            return copy_attachment(db, data_dir, row.uid, destination)

        self._background.run(
            work,
            on_success=lambda path: self.note.setText(self.tr("Đã lưu {0}.").format(path)),
            on_failure=lambda exc: errors.report(self, exc),
        )

    def remove_selected(self) -> None:
        row, db, data_dir = self.selected(), self._database(), self._data_dir
        if row is None or db is None or not self._editable:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Gỡ tệp đính kèm"),
            self.tr("Gỡ “{0}” khỏi danh sách đính kèm?").format(row.file_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def work(_progress: object) -> None:
            from thidua_desktop.services.attachments.files import remove_attachment

            remove_attachment(db, data_dir, row.uid)

        def removed(_result: object) -> None:
            self.changed.emit()
            self.reload()

        self._background.run(
            work, on_success=removed, on_failure=lambda exc: errors.report(self, exc)
        )
