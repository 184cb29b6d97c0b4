"""Cài đặt › Thể thức văn bản: how the office heads and signs its reports (defaults as hints)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from thidua_desktop.domain.letterhead import Letterhead, LetterheadPreset, letterhead_presets
from thidua_desktop.domain.units import UnitKind
from thidua_desktop.gui.common import errors
from thidua_desktop.gui.common.messages import say
from thidua_desktop.gui.common.workspace_host import WorkspaceHost

if TYPE_CHECKING:
    from thidua_desktop.services.core.rows import ProfileRow


@dataclass(frozen=True)
class _Field:
    # The texts are marked with QT_TRANSLATE_NOOP("LetterheadPanel", …), translated when shown.
    key: str  # the name set_letterhead takes
    label: str
    lines: int  # 1: a line edit; more: a text box of that many lines
    hint: str = ""
    empty: str = QT_TRANSLATE_NOOP("LetterheadPanel", "(không có)")  # when the default is empty


FIELDS = (
    _Field("issuer_parent", QT_TRANSLATE_NOOP("LetterheadPanel", "Cơ quan chủ quản:"), 1),
    _Field(
        "issuer_name",
        QT_TRANSLATE_NOOP("LetterheadPanel", "Cơ quan ban hành:"),
        2,
        QT_TRANSLATE_NOOP("LetterheadPanel", "Mỗi dòng in thành một dòng, chữ in hoa."),
    ),
    _Field(
        "document_symbol",
        QT_TRANSLATE_NOOP("LetterheadPanel", "Ký hiệu văn bản:"),
        1,
        QT_TRANSLATE_NOOP("LetterheadPanel", "Phần sau “Số: …/”, ví dụ BC-PNV."),
    ),
    _Field(
        "place_name",
        QT_TRANSLATE_NOOP("LetterheadPanel", "Địa danh:"),
        1,
        QT_TRANSLATE_NOOP("LetterheadPanel", "In trước ngày tháng: “Ninh Kiều, ngày …”."),
    ),
    _Field(
        "signer_authority",
        QT_TRANSLATE_NOOP("LetterheadPanel", "Thẩm quyền ký:"),
        2,
        QT_TRANSLATE_NOOP("LetterheadPanel", "Ví dụ: TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH."),
        QT_TRANSLATE_NOOP("LetterheadPanel", "(không có: ký theo chức vụ; ví dụ KT. GIÁM ĐỐC)"),
    ),
    _Field("signer_title", QT_TRANSLATE_NOOP("LetterheadPanel", "Chức vụ người ký:"), 1),
    _Field(
        "signer_name",
        QT_TRANSLATE_NOOP("LetterheadPanel", "Họ tên người ký:"),
        1,
        empty=QT_TRANSLATE_NOOP("LetterheadPanel", "(chưa nhập: để trống chỗ ghi tên)"),
    ),
    _Field(
        "recipients",
        QT_TRANSLATE_NOOP("LetterheadPanel", "Nơi nhận:"),
        4,
        QT_TRANSLATE_NOOP("LetterheadPanel", "Mỗi dòng một nơi nhận; dòng cuối “Lưu: VT, …”."),
    ),
)


def _values(letterhead: Letterhead) -> dict[str, str]:
    return {
        "issuer_parent": letterhead.issuer_parent,
        "issuer_name": letterhead.issuer,
        "document_symbol": letterhead.document_symbol,
        "place_name": letterhead.place,
        "signer_authority": letterhead.signer_authority,
        "signer_title": letterhead.signer_title,
        "signer_name": letterhead.signer_name,
        "recipients": "\n".join(letterhead.recipients),
    }


class LetterheadPanel(QGroupBox):
    saved = Signal()  # the letterhead was saved and read back
    loaded = Signal()

    def __init__(self, host: WorkspaceHost, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Thể thức văn bản (báo cáo PDF, Excel)"), parent)
        self.host = host
        self.defaults: dict[str, str] = {}
        self.profile: ProfileRow | None = None
        self.editors: dict[str, QLineEdit | QPlainTextEdit] = {}
        form = QFormLayout(self)
        intro = QLabel(
            self.tr(
                "Để trống một mục thì dùng nội dung mặc định (chữ mờ) theo cấp của cơ quan sử "
                "dụng. Nội dung được in trên đầu và cuối các báo cáo theo Nghị định 30/2020."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        form.addRow(intro)
        self.presets: tuple[LetterheadPreset, ...] = ()
        self.preset = QComboBox()
        self.preset.setAccessibleName(self.tr("Cơ quan ban hành theo mẫu"))
        self.preset_button = QPushButton(self.tr("Điền theo mẫu"))
        self.preset_button.setToolTip(
            self.tr("Điền các mục theo cơ quan đã chọn (chưa lưu cho đến khi bấm Lưu)")
        )
        presets = QHBoxLayout()
        presets.addWidget(self.preset, 1)
        presets.addWidget(self.preset_button)
        form.addRow(self.tr("Mẫu có sẵn:"), presets)
        self.preset_button.clicked.connect(self.apply_preset)
        line = QFontMetrics(self.font()).lineSpacing()
        for field in FIELDS:
            editor: QLineEdit | QPlainTextEdit
            if field.lines == 1:
                editor = QLineEdit()
            else:
                editor = QPlainTextEdit()
                editor.setTabChangesFocus(True)
                editor.setFixedHeight(line * field.lines + 14)
            label = QCoreApplication.translate("LetterheadPanel", field.label)
            editor.setAccessibleName(label.rstrip(":"))
            if field.hint:
                editor.setToolTip(QCoreApplication.translate("LetterheadPanel", field.hint))
            self.editors[field.key] = editor
            form.addRow(label, editor)
        self.save_button = QPushButton(self.tr("Lưu thể thức"))
        self.reset_button = QPushButton(self.tr("Dùng mặc định"))
        self.reset_button.setToolTip(self.tr("Xóa mọi mục đã sửa (chưa lưu cho đến khi bấm Lưu)"))
        self.status = QLabel()
        self.status.setObjectName("muted")
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.status, 1)
        form.addRow("", buttons)
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.clear)
        self.setEnabled(False)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    # -- reading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        db = self.host.db
        if db is None:
            return

        def work(_progress: object) -> tuple[Letterhead, ProfileRow | None]:
            from thidua_desktop.services.core.letterhead import get_letterhead
            from thidua_desktop.services.core.profile import get_profile

            return get_letterhead(db), get_profile(db)

        self.host.background.run(work, on_success=self._show, on_failure=self._failed)

    def _failed(self, exc: BaseException) -> None:
        from thidua_desktop.domain.errors import UserError

        if isinstance(exc, UserError):  # no office chosen yet: nothing to head documents with
            self.setEnabled(False)
            self.status.setText(say(exc.message))
            return
        errors.report(self, exc)

    def _presets(self, profile: ProfileRow | None) -> tuple[LetterheadPreset, ...]:
        office = next(
            (u for u in self.host.units if profile and u.id == profile.office_unit_id), None
        )
        if office is None:
            return ()
        parent = next((u for u in self.host.units if u.id == office.parent_id), None)
        return letterhead_presets(
            UnitKind(office.kind),
            office.name,
            (UnitKind(parent.kind), parent.name) if parent is not None else None,
        )

    def apply_preset(self) -> None:
        """Fill the fields from the chosen body; what equals the default stays empty (the
        hint shows it), the signer's name is kept."""
        index = self.preset.currentIndex()
        if not 0 <= index < len(self.presets):
            return
        values = _values(self.presets[index].letterhead)
        for key, editor in self.editors.items():
            if key == "signer_name":
                continue
            value = values[key] if values[key] != self.defaults.get(key, "") else ""
            if isinstance(editor, QLineEdit):
                editor.setText(value)
            else:
                editor.setPlainText(value)
        self.status.setText(self.tr("Đã điền theo mẫu, chưa lưu."))

    def _show(self, loaded: tuple[Letterhead, ProfileRow | None]) -> None:
        letterhead, profile = loaded
        self.profile = profile
        self.presets = self._presets(profile)
        default = self.presets[0].letterhead if self.presets else None
        self.defaults = _values(default) if default is not None else {}
        issuer = letterhead.issuer
        self.preset.clear()
        for preset in self.presets:
            self.preset.addItem(preset.label, preset.code)
        chosen = next((i for i, p in enumerate(self.presets) if p.letterhead.issuer == issuer), 0)
        self.preset.setCurrentIndex(chosen)
        current = _values(letterhead)
        for field in FIELDS:
            editor = self.editors[field.key]
            default = self.defaults.get(field.key, "")
            # What equals the default is shown as the hint: it follows the office if it changes.
            own = current[field.key] if current[field.key] != default else ""
            editor.setPlaceholderText(
                default or QCoreApplication.translate("LetterheadPanel", field.empty)
            )
            if isinstance(editor, QLineEdit):
                editor.setText(own)
            else:
                editor.setPlainText(own)
        self.setEnabled(True)
        self.loaded.emit()

    # -- writing ---------------------------------------------------------------------------
    def entered(self) -> dict[str, str]:
        return {
            key: editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()
            for key, editor in self.editors.items()
        }

    def clear(self) -> None:
        for editor in self.editors.values():
            editor.clear()

    def save(self) -> None:
        db = self.host.db
        if db is None:
            return
        values = self.entered()

        def work(_progress: object) -> Letterhead:
            from thidua_desktop.services.core.letterhead import set_letterhead

            return set_letterhead(db, **values)

        self.save_button.setEnabled(False)
        self.host.background.run(work, on_success=self._saved, on_failure=self._save_failed)

    def _saved(self, letterhead: Letterhead) -> None:
        self.save_button.setEnabled(True)
        self._show((letterhead, self.profile))
        self.status.setText(self.tr("Đã lưu thể thức văn bản."))
        self.saved.emit()

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        errors.report(self, exc)
