"""The guided move of an installation whose office ended (a district on 30/06/2025) to the office
that succeeds it: the province, or one of the new communes formed from its units."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.services.core.profile import OfficeChoice
from thidua_desktop.services.core.rows import ProfileRow


class MoveOfficeDialog(QDialog):
    def __init__(
        self,
        profile: ProfileRow,
        choices: Sequence[OfficeChoice],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Chuyển sang cơ quan kế thừa"))
        self._choices = list(choices)
        ended = profile.office_valid_to
        intro = QLabel(
            self.tr(
                "<b>{office} ({code}) đã kết thúc ngày {day}</b>: từ 01/07/2025 không còn cấp "
                "huyện; công tác thi đua, khen thưởng do tỉnh, thành phố và các xã, phường mới "
                "đảm nhận.<br><br>Chọn cơ quan mà bản cài đặt này phục vụ từ nay. Dữ liệu đã "
                "nhập của {office} được giữ nguyên làm lịch sử của cơ quan: không dòng nào bị "
                "sửa, đổi mã hay xóa."
            ).format(
                office=profile.office_name,
                code=profile.office_code,
                day=f"{ended:%d/%m/%Y}" if ended else "—",
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        self.list = QListWidget()
        for choice in self._choices:
            item = QListWidgetItem(
                self.tr("{name} ({code}) — {reason}").format(
                    name=choice.name, code=choice.code, reason=choice.reason
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, choice.code)
            self.list.addItem(item)
        if self._choices:
            self.list.setCurrentRow(0)
        self.buttons = QDialogButtonBox()
        self.move_button = self.buttons.addButton(
            self.tr("Chuyển sang cơ quan đã chọn"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Để sau"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.list.currentRowChanged.connect(lambda row: self.move_button.setEnabled(row >= 0))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 420)

    def chosen_code(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))
