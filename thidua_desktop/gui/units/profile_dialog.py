"""The first-run dialog (also "Đổi…"): which office this installation belongs to, and who."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain.text import clean
from thidua_desktop.domain.units import Level
from thidua_desktop.gui.common import domain_labels
from thidua_desktop.gui.units.model import Column, UnitFilterProxy, UnitTreeModel, expand_found
from thidua_desktop.services.core.rows import MAX_OPERATOR_LENGTH, ProfileRow, UnitRow


class ProfileDialog(QDialog):
    """Pick the office among the province, district and commune units, and type one's name."""

    def __init__(
        self,
        units: Sequence[UnitRow],
        profile: ProfileRow | None,
        *,
        first_run: bool,
        suggested: Sequence[str] = (),
        signed_in: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Thiết lập cơ quan sử dụng"))
        self.setModal(True)
        self.resize(560, 560)

        intro = QLabel(
            self.tr(
                "Mỗi bản cài đặt thuộc về một cơ quan. Dữ liệu các đơn vị trong phạm vi cơ quan "
                "nhập tại đây thuộc quyền của cơ quan này; dữ liệu nhận từ cấp dưới chỉ để xem."
            )
            if first_run
            else self.tr("Đổi cơ quan sử dụng hoặc người sử dụng của bản cài đặt này.")
        )
        intro.setWordWrap(True)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm cơ quan: tên hoặc mã, gõ không dấu cũng được"))
        self.search.setClearButtonEnabled(True)

        offices = [row for row in units if row.level <= Level.COMMUNE]
        self.model = UnitTreeModel(self)
        self.model.set_rows(offices)
        self.proxy = UnitFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setColumnHidden(Column.KIND, True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(Column.NAME, self.tree.header().ResizeMode.Stretch)
        self.tree.expandToDepth(0)

        self.operator = QLineEdit(profile.operator if profile else "")
        self.operator.setMaxLength(MAX_OPERATOR_LENGTH)
        self.operator.setPlaceholderText(self.tr("Ví dụ: Nguyễn Thị Lan"))
        # On a shared server each person is their login: the audit records it, not a typed name.
        self._signed_in = signed_in
        if signed_in is not None:
            self.operator.setText(signed_in)
            self.operator.setReadOnly(True)
            self.operator.setToolTip(
                self.tr(
                    "Trên máy chủ dùng chung, người sử dụng là tài khoản đăng nhập máy chủ của "
                    "bạn; nhật ký ghi tên tài khoản này."
                )
            )
        self.chosen = QLabel(self.tr("(chưa chọn)"))
        chosen_font = self.chosen.font()
        chosen_font.setBold(True)
        self.chosen.setFont(chosen_font)

        form = QFormLayout()
        form.addRow(self.tr("Cơ quan đã chọn:"), self.chosen)
        form.addRow(self.tr("Họ tên người sử dụng:"), self.operator)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lưu"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Để sau") if first_run else self.tr("Hủy")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        # The demonstration's offices, one click each (the city, a ward, a xã of today).
        self.suggestions: list[QPushButton] = []
        by_code = {row.code: row for row in offices}
        rows = [by_code[code] for code in suggested if code in by_code]
        if rows:
            quick = QHBoxLayout()
            quick.addWidget(QLabel(self.tr("Xem dữ liệu minh họa với tư cách:")))
            for row in rows:
                button = QPushButton(row.full_name)
                button.setToolTip(self.tr("Mã {0}").format(row.code))
                button.clicked.connect(lambda _=False, r=row: self._select(r))
                quick.addWidget(button)
                self.suggestions.append(button)
            quick.addStretch(1)
            layout.addLayout(quick)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.search.textChanged.connect(self._filter)
        self.tree.selectionModel().currentChanged.connect(self._update)
        self.operator.textChanged.connect(self._update)

        self._office: UnitRow | None = None
        if profile is not None and profile.office_code is not None:
            for row in offices:
                if row.code == profile.office_code:
                    self._select(row)
                    break
        self._update()

    def _filter(self, text: str) -> None:
        self.proxy.set_query(text)
        expand_found(self.tree, self.model)

    def _select(self, row: UnitRow) -> None:
        index = self.proxy.mapFromSource(self.model.index_of_unit(row.id))
        self.tree.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.tree.scrollTo(index)

    def _update(self) -> None:
        index = self.tree.selectionModel().currentIndex()
        self._office = self.model.row_at(self.proxy.mapToSource(index)) if index.isValid() else None
        if self._office is not None:
            level = Level(self._office.level)
            self.chosen.setText(
                f"{self._office.full_name} ({domain_labels.label(level.office_label)})"
            )
        else:
            self.chosen.setText(self.tr("(chưa chọn)"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self._office is not None and bool(clean(self.operator.text())))

    def choice(self) -> tuple[str, str | None]:
        """(office unit code, operator name) — valid once the dialog was accepted; no name on
        a shared server, where the person is their login."""
        assert self._office is not None
        if self._signed_in is not None:
            return self._office.code, None
        return self._office.code, clean(self.operator.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in the search box moves to the list; it must not submit the dialog half-filled.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.search.hasFocus():
            self.tree.setFocus()
            return
        super().keyPressEvent(event)
