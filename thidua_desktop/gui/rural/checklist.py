"""The checklist of one xã and year: each set's criteria by group, met or not, value, evidence."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain.rural import CriterionResult, Level, revocation_warning
from thidua_desktop.gui.common.fields import unit_heading
from thidua_desktop.gui.common.form_history import FormHistory, confirm_discard
from thidua_desktop.gui.common.messages import say
from thidua_desktop.gui.rural.model import level_label
from thidua_desktop.services.rural.rows import (
    Checklist,
    CriteriaSetRow,
    CriterionEntry,
    CriterionRow,
    CriterionState,
)

ChecklistState = tuple[tuple[bool, bool, str, str], ...]
WARNING_STYLE = "background: #fff3cd; color: #5c4400; border: 1px solid #e6c96b; padding: 4px;"


@dataclass
class _Line:
    criterion: CriterionRow
    state: CriterionState
    check: QCheckBox
    value: QLineEdit
    note: QLineEdit
    pending: QLabel
    touched: bool = False

    @property
    def assessed(self) -> bool:
        return self.touched or self.state.met is not None


class _SetPage(QWidget):
    """One set's criteria grouped as the decision groups them (I. Quy hoạch, II. …)."""

    bulk_started = Signal()
    bulk_done = Signal()

    def __init__(
        self,
        criteria_set: CriteriaSetRow,
        states: tuple[CriterionState, ...],
        *,
        holds_level: bool,
        unit_name: str,
        editable: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.criteria_set = criteria_set
        self.holds_level = holds_level
        self.unit_name = unit_name
        self.lines: list[_Line] = []
        by_code = {s.code: s for s in states}

        self.count = QLabel()
        self.count.setObjectName("checklistCount")
        self.all_met = QPushButton(self.tr("Đánh dấu tất cả đạt"))
        self.all_met.setEnabled(editable)
        self.all_met.clicked.connect(self.mark_all_met)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.setVisible(False)
        top = QHBoxLayout()
        top.addWidget(self.count, 1)
        top.addWidget(self.all_met)

        # The same column widths in every group box, so the fields line up down the page.
        metrics = self.fontMetrics()
        name_width = 40 + max(
            (metrics.horizontalAdvance(f"{c.code}. {c.name} ⚑") for c in criteria_set.criteria),
            default=200,
        )
        state_width = 8 + metrics.horizontalAdvance(self.tr("chưa đánh giá"))
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 6, 0)
        for group_code, group_name in criteria_set.groups:
            members = criteria_set.in_group(group_code)
            if not members:
                continue
            several = len(criteria_set.groups) > 1
            title = f"{group_code}. {group_name}" if several else group_name
            box = QGroupBox(title)
            grid = QGridLayout(box)
            grid.setColumnMinimumWidth(0, name_width)
            grid.setColumnMinimumWidth(1, state_width)
            grid.setColumnStretch(2, 2)
            grid.setColumnStretch(3, 3)
            for row, criterion in enumerate(members):
                state = by_code.get(criterion.code, CriterionState(criterion.code, None))
                self._add_line(grid, row, criterion, state, editable)
            body_layout.addWidget(box)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.warning)
        layout.addWidget(scroll, 1)
        self.refresh()

    def _add_line(
        self,
        grid: QGridLayout,
        row: int,
        criterion: CriterionRow,
        state: CriterionState,
        editable: bool,
    ) -> None:
        mark = " ⚑" if criterion.revocation_key else ""
        check = QCheckBox(f"{criterion.code}. {criterion.name}{mark}")
        check.setChecked(bool(state.met))
        tips = [criterion.indicators]
        if criterion.revocation_key:
            tips.append(self.tr("⚑ Tiêu chí nêu tên trong điều kiện thu hồi (QĐ 18/2022/QĐ-TTg)."))
        if criterion.note:
            tips.append(criterion.note)
        check.setToolTip("\n\n".join(t for t in tips if t))
        pending = QLabel()
        value = QLineEdit(state.value)
        value.setPlaceholderText(self.tr("giá trị (nếu có)"))
        # "72,3 triệu đồng/người/năm": wide enough for it, and showing its start (the number)
        # when it is wider still; the whole value in the tooltip.
        value.setMinimumWidth(value.fontMetrics().averageCharWidth() * 26 + 16)
        value.setCursorPosition(0)
        value.setToolTip(state.value)
        note = QLineEdit(state.evidence_note)
        note.setPlaceholderText(self.tr("minh chứng: báo cáo, số liệu…"))
        for widget in (check, value, note):
            widget.setEnabled(editable and not state.read_only)
        grid.addWidget(check, row, 0)
        grid.addWidget(pending, row, 1)
        grid.addWidget(value, row, 2)
        grid.addWidget(note, row, 3)
        line = _Line(criterion, state, check, value, note, pending)
        self.lines.append(line)
        self._show_state(line)

        def touch() -> None:
            line.touched = True
            self._show_state(line)
            self.refresh()

        check.toggled.connect(touch)
        value.textEdited.connect(touch)
        note.textEdited.connect(touch)

    def _show_state(self, line: _Line) -> None:
        """Beside the box: "chưa đánh giá" (grey) or "chưa đạt" (red); nothing when met."""
        if not line.assessed:
            line.pending.setText(self.tr("chưa đánh giá"))
            line.pending.setStyleSheet("color: #6b7380;")
        elif not line.check.isChecked():
            line.pending.setText(self.tr("chưa đạt"))
            line.pending.setStyleSheet("color: #b3261e; font-weight: bold;")
        else:
            line.pending.setText("")

    def mark_all_met(self) -> None:
        self.bulk_started.emit()
        for line in self.lines:
            if line.check.isEnabled():
                line.check.setChecked(True)
                line.touched = True
                self._show_state(line)
        self.refresh()
        self.bulk_done.emit()

    def results(self) -> list[CriterionResult]:
        return [
            CriterionResult(
                line.criterion.code,
                line.criterion.name,
                line.check.isChecked() if line.assessed else None,
                line.criterion.revocation_key,
            )
            for line in self.lines
        ]

    def met_count(self) -> int:
        return sum(1 for line in self.lines if line.assessed and line.check.isChecked())

    def refresh(self) -> None:
        results = self.results()
        met = sum(1 for r in results if r.met)
        not_met = sum(1 for r in results if r.met is False)
        pending = len(results) - met - not_met
        self.count.setText(
            self.tr("<b>Đạt {0}/{1}</b> · chưa đạt {2} · chưa đánh giá {3}").format(
                met, len(results), not_met, pending
            )
        )
        warning = None
        if self.holds_level and self.criteria_set.code is not Level.KIEU_MAU:
            warning = revocation_warning(
                results, total=len(results), level=self.criteria_set.code, who=self.unit_name
            )
        self.warning.setText(f"⚠ {say(warning)}" if warning else "")
        self.warning.setVisible(bool(warning))

    def entries(self) -> tuple[CriterionEntry, ...]:
        """What was assessed (before or now); criteria never assessed stay unrecorded."""
        return tuple(
            CriterionEntry(
                line.criterion.code, line.check.isChecked(), line.value.text(), line.note.text()
            )
            for line in self.lines
            if line.assessed and not line.state.read_only
        )


class ChecklistDialog(QDialog):
    def __init__(self, checklist: Checklist, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = checklist.row
        self.row = row
        editable = row.editable and not checklist.read_only_reason
        self.setWindowTitle(self.tr("Tiêu chí nông thôn mới — {0}").format(row.unit_name))
        self.setMinimumSize(900, 640)

        heading = QLabel(unit_heading(row.unit_name, row.unit_code, row.district_name))
        heading.setObjectName("pageTitle")
        info = QLabel(
            self.tr(
                "Năm {0} · mức đạt chuẩn: {1}. Đánh dấu tiêu chí đã đạt; di chuột lên tên "
                "tiêu chí để xem các chỉ tiêu."
            ).format(row.year, level_label(row.level))
        )
        info.setWordWrap(True)
        info.setObjectName("muted")
        self.tabs = QTabWidget()
        self.pages: dict[Level, _SetPage] = {}
        for criteria_set in checklist.sets:
            holds = row.level is not None and row.level.rank >= criteria_set.code.rank
            page = _SetPage(
                criteria_set,
                checklist.states_of(criteria_set.code),
                holds_level=holds,
                unit_name=row.unit_name,
                editable=editable,
            )
            self.pages[criteria_set.code] = page
            self.tabs.addTab(page, level_label(criteria_set.code))
            page.all_met.clicked.connect(self._update_tabs)
            for line in page.lines:
                line.check.toggled.connect(self._update_tabs)
        self._update_tabs()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Lưu"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Đóng"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setVisible(editable)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.history: FormHistory[ChecklistState] = FormHistory(self._state, self._restore, self)
        undo, redo = self.history.buttons(self)
        bottom = QHBoxLayout()
        if editable:
            bottom.addWidget(undo)
            bottom.addWidget(redo)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        for page in self.pages.values():
            for line in page.lines:
                line.check.toggled.connect(lambda _on: self.history.record())
                for edit in (line.value, line.note):
                    edit.textChanged.connect(lambda _t, edit=edit: self.history.record(edit))
            # "Đánh dấu tất cả đạt" is one step, not one per criterion.
            page.bulk_started.connect(lambda: self.history.hold(True))
            page.bulk_done.connect(lambda: self.history.hold(False))

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(info)
        if not editable:
            reason = QLabel(checklist.read_only_reason or self.tr("Xã ngoài phạm vi: chỉ xem."))
            reason.setStyleSheet(WARNING_STYLE)
            layout.addWidget(reason)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

    # -- undo and redo over every set's criteria ---------------------------------------------
    def _lines(self) -> list[_Line]:
        return [line for page in self.pages.values() for line in page.lines]

    def _state(self) -> ChecklistState:
        return tuple(
            (line.check.isChecked(), line.touched, line.value.text(), line.note.text())
            for line in self._lines()
        )

    def _restore(self, state: ChecklistState) -> None:
        for line, (checked, touched, value, note) in zip(self._lines(), state, strict=True):
            line.check.setChecked(checked)
            for edit, text in ((line.value, value), (line.note, note)):
                if edit.text() != text:
                    edit.setText(text)
            line.touched = touched
        for page in self.pages.values():
            for line in page.lines:
                page._show_state(line)
            page.refresh()
        self._update_tabs()

    def reject(self) -> None:
        """Đóng, Esc or the close box: criteria marked are not dropped without asking."""
        if self.history.modified and not confirm_discard(self):
            return
        super().reject()

    def _update_tabs(self) -> None:
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            assert isinstance(page, _SetPage)
            total = len(page.lines)
            mark = " ⚠" if page.warning.text() else ""  # hidden tabs are never "visible"
            self.tabs.setTabText(
                index, f"{level_label(page.criteria_set.code)} ({page.met_count()}/{total}){mark}"
            )

    def show_set(self, code: Level) -> None:
        page = self.pages.get(code)
        if page is not None:
            self.tabs.setCurrentWidget(page)

    def entries(self) -> dict[Level, tuple[CriterionEntry, ...]]:
        return {code: page.entries() for code, page in self.pages.items() if page.entries()}
