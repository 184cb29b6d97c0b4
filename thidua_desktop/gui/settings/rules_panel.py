"""Cài đặt › Quy định khen thưởng: which rule version and legal basis each document cites."""

from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from thidua_desktop.services.awards.rows import RuleVersionRow


def _escape(text: str) -> str:
    return html.escape(text, quote=False)


class RulesPanel(QGroupBox):
    """The catalogue's versions by date: a document dated in a version's period cites its basis
    and names its deciders; the version in force today is shown in full (basis, lương cơ sở,
    the suspension rule and what is not verified)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Quy định khen thưởng áp dụng theo ngày văn bản"), parent)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        self.shown = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.shown:
            self.refresh()

    def refresh(self, today: dt.date | None = None) -> None:
        from thidua_desktop.services.awards.reference import catalogue_versions

        self.show_versions(catalogue_versions(), today or dt.date.today())
        self.shown = True

    def show_versions(self, versions: tuple[RuleVersionRow, ...], today: dt.date) -> None:
        parts = [
            "<p>"
            + _escape(
                self.tr(
                    "Tờ trình dẫn quy định có hiệu lực vào ngày tờ trình; quyết định dẫn quy "
                    "định vào ngày quyết định (ghi cố định khi ghi quyết định)."
                )
            )
            + "</p><ul>"
        ]
        current = None
        for version in versions:
            in_force = (version.valid_from is None or version.valid_from <= today) and (
                version.valid_to is None or today <= version.valid_to
            )
            if in_force:
                current = version
            mark = self.tr(" — đang áp dụng") if in_force else ""
            parts.append(
                f"<li><b>{_escape(version.period.capitalize())}</b>: "
                f"{_escape(version.label)}{_escape(mark)}</li>"
            )
        parts.append("</ul>")
        if current is not None:
            cite = self.tr("Căn cứ {0};")
            basis = "".join(
                "<li>" + _escape(cite.format(line)) + "</li>" for line in current.legal_basis
            )
            parts.append(
                "<p>" + _escape(self.tr("Văn bản lập hôm nay dẫn:")) + f"</p><ul>{basis}</ul>"
            )
            levels = sorted(
                {lv for e in current.entries for lv in e.levels}, key=lambda lv: lv.rank
            )
            deciders = [level.authority for level in levels]
            parts.append(
                "<p>"
                + _escape(self.tr("Người quyết định: {0}.").format("; ".join(deciders)))
                + "</p>"
            )
            if current.base_salary:
                rounding = f", {current.money_rounding}" if current.money_rounding else ""
                parts.append(
                    "<p>"
                    + _escape(
                        self.tr("Tiền thưởng tính theo mức lương cơ sở {0}{1}.").format(
                            current.base_salary, rounding
                        )
                    )
                    + "</p>"
                )
            if current.suspension:
                parts.append(f"<p>{_escape(current.suspension)}</p>")
            if current.source_note:
                parts.append(f'<p style="color:#6b6b6b">{_escape(current.source_note)}</p>')
        self.text.setText("".join(parts))
