"""The khu dân cư of one commune for a year: each thôn, ấp, khu vực or tổ dân phố with its kind,
"an toàn về ANTT" result and note; the share they give beside the one the commune's record holds.
The page loads the list and saves what the dialog returns (one service call each)."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain.dates import format_date
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.numbers import format_number
from thidua_desktop.domain.security import (
    RECOGNISED_SHARE_MIN,
    AreaKind,
    Assessment,
    area_share,
    area_window,
    check_area_name,
)
from thidua_desktop.domain.text import fold
from thidua_desktop.gui.common import domain_labels
from thidua_desktop.services.security.rows import AreaEntry, AreasView

NAME, KIND, RESULT, NOTE = range(4)
_STATUSES = (Assessment.MET, Assessment.NOT_MET, Assessment.PENDING)


class AreasDialog(QDialog):
    """Rows can be added and marked "không còn từ năm này"; names are checked as typed (empty,
    too long, the same name twice disable "Lưu"); the share updates as results are chosen."""

    def __init__(self, view: AreasView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.ids: list[int | None] = []
        self.ended: set[int] = set()  # row numbers marked "không còn"
        self.setWindowTitle(self.tr("Khu dân cư — {0}").format(view.unit_name))
        self.setMinimumSize(760, 480)
        start, end = area_window(view.year)
        heading = QLabel(f"{view.unit_name} ({view.unit_code})")
        heading.setObjectName("pageTitle")
        window_label = QLabel(
            self.tr(
                "Năm {0}. Kỳ đánh giá khu dân cư: từ {1} đến {2} (Thông tư 124/2021/TT-BCA). Xã, "
                "phường đạt khi ít nhất {3}% khu dân cư được công nhận."
            ).format(view.year, format_date(start), format_date(end), int(RECOGNISED_SHARE_MIN))
        )
        window_label.setWordWrap(True)
        window_label.setObjectName("muted")

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Tên khu dân cư"), self.tr("Loại"), self.tr("Kết quả ANTT"),
             self.tr("Ghi chú")]
        )  # fmt: skip
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RESULT, QHeaderView.ResizeMode.ResizeToContents)
        for area in view.areas:
            self._append(area.id, area.name, area.kind, area.status, area.note)

        self.share = QLabel()
        self.share.setObjectName("areasShare")
        self.share.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("error")
        self.problem.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Thêm khu dân cư"))
        self.end_button = QPushButton(self.tr("Không còn từ năm này"))
        self.end_button.setToolTip(
            self.tr("Khu dân cư đã sáp nhập, giải thể: vẫn giữ ở các năm trước")
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Lưu"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Đóng"))
        editing = QHBoxLayout()
        editing.addWidget(self.add_button)
        editing.addWidget(self.end_button)
        editing.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(window_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(editing)
        layout.addWidget(self.share)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self.add_button.clicked.connect(self.add_row)
        self.end_button.clicked.connect(self.end_current)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.itemChanged.connect(self._changed)
        if view.read_only:
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            for button in (self.add_button, self.end_button):
                button.setEnabled(False)
            for row in range(self.table.rowCount()):
                for column in (KIND, RESULT):
                    widget = self.table.cellWidget(row, column)
                    if widget is not None:
                        widget.setEnabled(False)
        self.check()

    # -- rows -------------------------------------------------------------------------------
    def _append(
        self, area_id: int | None, name: str, kind: AreaKind, status: Assessment, note: str
    ) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.ids.append(area_id)
        self.table.setItem(row, NAME, QTableWidgetItem(name))
        kinds = QComboBox()
        for member in AreaKind:
            kinds.addItem(domain_labels.capitalised(member.label), member.value)
        kinds.setCurrentIndex(kinds.findData(kind.value))
        self.table.setCellWidget(row, KIND, kinds)
        results = QComboBox()
        for member in _STATUSES:
            results.addItem(domain_labels.capitalised(member.label), member.value)
        results.setCurrentIndex(results.findData(status.value))
        results.currentIndexChanged.connect(lambda _index: self.check())
        self.table.setCellWidget(row, RESULT, results)
        self.table.setItem(row, NOTE, QTableWidgetItem(note))
        return row

    def add_row(self) -> None:
        row = self._append(None, "", AreaKind.OTHER, Assessment.PENDING, "")
        self.table.setCurrentCell(row, NAME)
        self.table.editItem(self.table.item(row, NAME))
        self.check()

    def end_current(self) -> None:
        """Mark the selected row "không còn" (again: restore it)."""
        row = self.table.currentRow()
        if row < 0:
            return
        self.ended ^= {row}
        item = self.table.item(row, NAME)
        font = QFont(item.font())
        font.setStrikeOut(row in self.ended)
        item.setFont(font)
        item.setToolTip(
            self.tr("Không còn từ năm {0}").format(self.view.year) if row in self.ended else ""
        )
        self.check()

    def _changed(self, item: QTableWidgetItem) -> None:
        """A new row's kind follows its name ("Ấp Mỹ Hòa" → ấp) until one is chosen."""
        row = item.row()
        box = self.table.cellWidget(row, KIND)
        if not isinstance(box, QComboBox):
            return  # the row is being built
        if item.column() == NAME and self.ids[row] is None and self._kind(row) is AreaKind.OTHER:
            box.setCurrentIndex(box.findData(AreaKind.of_name(item.text()).value))
        self.check()

    def _kind(self, row: int) -> AreaKind:
        box = self.table.cellWidget(row, KIND)
        assert isinstance(box, QComboBox)
        return AreaKind(box.currentData())

    def _status(self, row: int) -> Assessment:
        box = self.table.cellWidget(row, RESULT)
        assert isinstance(box, QComboBox)
        return Assessment(box.currentData())

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    # -- checks -----------------------------------------------------------------------------
    def check(self) -> None:
        problem = ""
        names: dict[str, int] = {}
        for row in range(self.table.rowCount()):
            text = self._text(row, NAME)
            if self.ids[row] is None and not text.strip() and row not in self.ended:
                continue  # an added row left empty is not saved
            try:
                check_area_name(text)
            except InvalidInput as exc:
                problem = self.tr("Dòng {0}: {1}").format(row + 1, exc.message)
                break
            key = fold(text)
            if key in names:
                problem = self.tr("“{0}” có hai lần (dòng {1} và {2}).").format(
                    text.strip(), names[key] + 1, row + 1
                )
                break
            names[key] = row
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(not problem and not self.view.read_only)
        statuses = [
            self._status(r)
            for r in range(self.table.rowCount())
            if r not in self.ended and self._text(r, NAME).strip()
        ]
        share = area_share(statuses)
        met = statuses.count(Assessment.MET)
        if share is None:
            text = self.tr("Chưa có khu dân cư nào trong năm {0}.").format(self.view.year)
        else:
            text = self.tr("Đạt an toàn về ANTT: {0}/{1} khu dân cư ({2}%).").format(
                met, len(statuses), format_number(share, 2)
            )
            if share < RECOGNISED_SHARE_MIN:
                text += " " + self.tr("Dưới mức {0}%.").format(int(RECOGNISED_SHARE_MIN))
        if self.view.recorded_share is not None:
            text += " " + self.tr(
                "Hồ sơ của xã đang ghi {0}%; khi lưu sẽ ghi theo danh sách."
            ).format(format_number(self.view.recorded_share, 2))
        if self.view.read_only:
            text += " " + self.tr("Số liệu do cơ quan cấp dưới gửi lên: chỉ xem.")
        self.share.setText(text)

    def entries(self) -> list[AreaEntry]:
        """What changed, as the service takes it (rows as they were are left out)."""
        before = {a.id: a for a in self.view.areas}
        out = []
        for row in range(self.table.rowCount()):
            name, note = self._text(row, NAME), self._text(row, NOTE)
            area_id = self.ids[row]
            if area_id is None and (not name.strip() or row in self.ended):
                continue
            entry = AreaEntry(
                area_id, name, self._kind(row), self._status(row), note, ended=row in self.ended
            )
            old = before.get(area_id) if area_id is not None else None
            if (
                old is not None
                and not entry.ended
                and (old.name, old.kind, old.status, old.note)
                == (name, entry.kind, entry.status, note)
            ):
                continue
            out.append(entry)
        return out
