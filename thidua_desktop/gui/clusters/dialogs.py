"""Dialogs of the Cụm, khối thi đua page: the cluster (with its giao ước and deadlines), its
members and roles, and its scoring table."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from thidua_desktop.domain.clusters import (
    ClusterKind,
    ClusterRole,
    CriterionKind,
    SuggestionSource,
)
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.numbers import format_number, parse_number
from thidua_desktop.gui.awards.dialogs import FormDialog, unit_choices
from thidua_desktop.gui.common import domain_labels
from thidua_desktop.gui.common.fields import date_edit, date_of
from thidua_desktop.services.clusters.rows import (
    ClusterDetail,
    ClusterEntry,
    ClusterRow,
    CriterionEntry,
)
from thidua_desktop.services.core.rows import UnitRow


def _label(text: str) -> str:
    return domain_labels.label(text)


class ClusterDialog(FormDialog):
    """A cluster of the year: code, name, kind, the organising Hội đồng's unit, the giao ước
    (number, date, signatories) and the two scoring deadlines."""

    def __init__(
        self,
        units: Sequence[UnitRow],
        office_code: str | None,
        year: int,
        row: ClusterRow | None,
        parent: QWidget | None,
    ) -> None:
        super().__init__(
            self.tr("Sửa cụm, khối thi đua") if row else self.tr("Thêm cụm, khối thi đua"), parent
        )
        self.year = year
        self.code = QLineEdit(row.code if row else "")
        self.code.setPlaceholderText(self.tr("ví dụ CUM-01"))
        self.name = QLineEdit(row.name if row else "")
        self.kind = QComboBox()
        for kind in ClusterKind:
            self.kind.addItem(_label(kind.label), kind.value)
        if row is not None:
            self.kind.setCurrentIndex(self.kind.findData(row.kind.value))
        self.council = QComboBox()
        day = dt.date(year, 12, 31)
        for unit in unit_choices(units, office_code, day):
            if unit.level <= 2:  # a Hội đồng TĐKT of a province or a district organises it
                self.council.addItem(unit.full_name, unit.code)
        current = row.council_unit_code if row else office_code
        self.council.setCurrentIndex(max(self.council.findData(current), 0))
        self.number = QLineEdit(row.agreement_number if row else "")
        self.number.setPlaceholderText(self.tr("số giao ước thi đua, ví dụ 05/GƯTĐ-CTĐ1"))
        self.signed = date_edit(row.agreement_date if row else None, optional=True)
        self.signatories = QPlainTextEdit(row.signatories if row else "")
        self.signatories.setFixedHeight(52)
        self.self_due = date_edit(row.self_score_due if row else None, optional=True)
        self.review_due = date_edit(row.review_due if row else None, optional=True)
        self.note = QLineEdit(row.note if row else "")
        self.form.addRow(self.tr("Mã:"), self.code)
        self.form.addRow(self.tr("Tên:"), self.name)
        self.form.addRow(self.tr("Loại:"), self.kind)
        self.form.addRow(self.tr("Hội đồng TĐKT tổ chức:"), self.council)
        self.form.addRow(self.tr("Số giao ước:"), self.number)
        self.form.addRow(self.tr("Ngày ký giao ước:"), self.signed)
        self.form.addRow(self.tr("Thành phần ký:"), self.signatories)
        self.form.addRow(self.tr("Hạn tự chấm điểm:"), self.self_due)
        self.form.addRow(self.tr("Hạn chấm chéo (cụm xét):"), self.review_due)
        self.form.addRow(self.tr("Ghi chú:"), self.note)

    def validate(self) -> None:
        if not self.code.text().strip() or not self.name.text().strip():
            raise InvalidInput(self.tr("Hãy nhập mã và tên cụm, khối."))
        if self.council.currentData() is None:
            raise InvalidInput(self.tr("Hãy chọn Hội đồng TĐKT tổ chức."))

    def entry(self) -> ClusterEntry:
        return ClusterEntry(
            year=self.year,
            code=self.code.text(),
            name=self.name.text(),
            kind=ClusterKind(self.kind.currentData()),
            council_unit_code=str(self.council.currentData()),
            agreement_number=self.number.text(),
            agreement_date=date_of(self.signed),
            signatories=self.signatories.toPlainText(),
            self_score_due=date_of(self.self_due),
            review_due=date_of(self.review_due),
            note=self.note.text(),
        )


class MembersDialog(FormDialog):
    """The units under the organising office: a role for each member (trưởng, phó, thành
    viên) or none for a unit that is not in the cluster."""

    def __init__(self, units: Sequence[UnitRow], detail: ClusterDetail, parent: QWidget | None):
        super().__init__(self.tr("Thành viên {name}").format(name=detail.cluster.name), parent)
        self.setMinimumSize(560, 520)
        day = dt.date(detail.cluster.year, 12, 31)
        below = [
            u
            for u in unit_choices(units, detail.cluster.council_unit_code, day)
            if u.code != detail.cluster.council_unit_code and u.level <= 3
        ]
        roles = {m.unit_code: m.role for m in detail.members}
        self.grid = QTableWidget(len(below), 2)
        self.grid.setHorizontalHeaderLabels([self.tr("Đơn vị"), self.tr("Vai trò")])
        self.grid.verticalHeader().setVisible(False)
        self.grid.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.combos: list[tuple[str, QComboBox]] = []
        for row, unit in enumerate(below):
            item = QTableWidgetItem(unit.full_name)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.grid.setItem(row, 0, item)
            combo = QComboBox()
            combo.addItem(self.tr("(không tham gia)"), None)
            for role in ClusterRole:
                combo.addItem(_label(role.label), role.value)
            wanted = roles.get(unit.code)
            combo.setCurrentIndex(combo.findData(wanted.value) if wanted else 0)
            self.grid.setCellWidget(row, 1, combo)
            self.combos.append((unit.code, combo))
        self.form.addRow(self.grid)

    def members(self) -> list[tuple[str, ClusterRole]]:
        return [
            (code, ClusterRole(combo.currentData()))
            for code, combo in self.combos
            if combo.currentData() is not None
        ]

    def validate(self) -> None:
        chosen = self.members()
        if [r for _c, r in chosen].count(ClusterRole.HEAD) > 1:
            raise InvalidInput(self.tr("Mỗi cụm, khối có một trưởng cụm."))
        if [r for _c, r in chosen].count(ClusterRole.DEPUTY) > 1:
            raise InvalidInput(self.tr("Mỗi cụm, khối có một phó cụm."))


TABLE_HEADERS = (
    QT_TRANSLATE_NOOP("TableDialog", "Mã"),
    QT_TRANSLATE_NOOP("TableDialog", "Thuộc tiêu chí"),
    QT_TRANSLATE_NOOP("TableDialog", "Nội dung"),
    QT_TRANSLATE_NOOP("TableDialog", "Điểm tối đa"),
    QT_TRANSLATE_NOOP("TableDialog", "Loại"),
    QT_TRANSLATE_NOOP("TableDialog", "Minh chứng"),
    QT_TRANSLATE_NOOP("TableDialog", "Gợi ý điểm từ dữ liệu"),
)


class TableDialog(FormDialog):
    """The scoring table as rows to edit: code, parent code, content, maximum points, kind,
    evidence required; and the criteria that break a tie. Checked as a whole on saving."""

    def __init__(self, detail: ClusterDetail, parent: QWidget | None) -> None:
        super().__init__(self.tr("Bảng chấm điểm {name}").format(name=detail.cluster.name), parent)
        self.setMinimumSize(900, 560)
        self.grid = QTableWidget(0, len(TABLE_HEADERS))
        self.grid.setHorizontalHeaderLabels(
            [QCoreApplication.translate("TableDialog", h) for h in TABLE_HEADERS]
        )
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 64), (1, 110), (3, 96), (4, 170), (5, 200), (6, 200)):
            self.grid.setColumnWidth(column, width)
        self.grid.verticalHeader().setVisible(False)
        for criterion in detail.criteria:
            self._add_row(
                criterion.code,
                criterion.parent or "",
                criterion.title,
                format_number(criterion.max_points),
                criterion.kind,
                criterion.evidence,
                criterion.source,
            )
        add = QPushButton(self.tr("Thêm dòng"))
        remove = QPushButton(self.tr("Xóa dòng"))
        add.clicked.connect(lambda: self._add_row("", "", "", "", CriterionKind.SCORE, "", None))
        remove.clicked.connect(lambda: self.grid.removeRow(self.grid.currentRow()))
        bar = QHBoxLayout()
        bar.addWidget(add)
        bar.addWidget(remove)
        bar.addStretch(1)
        self.tie_break = QLineEdit(", ".join(detail.tie_break))
        self.tie_break.setPlaceholderText(self.tr("ví dụ 2, 1.1"))
        hint = QLabel(
            self.tr(
                "Tiêu chí con ghi mã tiêu chí cha ở cột “Thuộc tiêu chí”; các tiêu chí con cộng "
                "lại không vượt điểm tối đa của tiêu chí cha. Điểm thưởng, điểm trừ là mục ở cấp "
                "đầu."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("muted")
        self.form.addRow(self.grid)
        self.form.addRow(bar)
        self.form.addRow(hint)
        self.form.addRow(self.tr("Bằng điểm thì xét theo tiêu chí:"), self.tie_break)

    def _add_row(
        self,
        code: str,
        parent: str,
        title: str,
        points: str,
        kind: CriterionKind,
        evidence: str,
        source: SuggestionSource | None,
    ) -> None:
        row = self.grid.rowCount()
        self.grid.insertRow(row)
        for column, text in enumerate((code, parent, title, points)):
            self.grid.setItem(row, column, QTableWidgetItem(text))
        combo = QComboBox()
        for value in CriterionKind:
            combo.addItem(_label(value.label), value.value)
        combo.setCurrentIndex(combo.findData(kind.value))
        self.grid.setCellWidget(row, 4, combo)
        self.grid.setItem(row, 5, QTableWidgetItem(evidence))
        origin = QComboBox()
        origin.addItem(self.tr("(không)"), None)
        for value in SuggestionSource:
            origin.addItem(_label(value.label), value.value)
        origin.setCurrentIndex(max(origin.findData(source.value if source else None), 0))
        self.grid.setCellWidget(row, 6, origin)

    def _text(self, row: int, column: int) -> str:
        item = self.grid.item(row, column)
        return item.text().strip() if item is not None else ""

    def criteria(self) -> list[CriterionEntry]:
        found = []
        for row in range(self.grid.rowCount()):
            code = self._text(row, 0)
            if not code and not self._text(row, 2):
                continue
            combo = self.grid.cellWidget(row, 4)
            origin = self.grid.cellWidget(row, 6)
            assert isinstance(combo, QComboBox) and isinstance(origin, QComboBox)
            try:
                points = parse_number(self._text(row, 3))
            except InvalidInput as exc:
                raise InvalidInput(
                    self.tr("Dòng {n}, điểm tối đa: {reason}").format(n=row + 1, reason=exc.message)
                ) from None
            found.append(
                CriterionEntry(
                    code=code,
                    title=self._text(row, 2),
                    max_points=Decimal(points),
                    kind=CriterionKind(combo.currentData()),
                    parent=self._text(row, 1) or None,
                    evidence=self._text(row, 5),
                    source=SuggestionSource(origin.currentData()) if origin.currentData() else None,
                )
            )
        return found

    def tie_codes(self) -> list[str]:
        return [c.strip() for c in self.tie_break.text().split(",") if c.strip()]

    def validate(self) -> None:
        from thidua_desktop.domain.clusters import Criterion, check_table

        entries = self.criteria()
        check_table([Criterion(e.code, e.title, e.max_points, e.kind, e.parent) for e in entries])
