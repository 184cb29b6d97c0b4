"""The Khen thưởng page's tables: columns over the services' plain rows, and their labels."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from thidua_desktop.gui.common import domain_labels
from thidua_desktop.gui.common.table_model import SORT_ROLE, Column, RowTableModel, count_column
from thidua_desktop.services.awards.rows import (
    AwardCount,
    EligibilityRow,
    HistoryItem,
    LineRow,
    ProposalRow,
    QuotaRow,
    RecipientRow,
    UnitCount,
)

WARNING_COLOUR = "#b35900"  # orange: a rule the office may still override
WARNING_BACKGROUND = QColor("#fff0dc")
MAX_COLUMN_WIDTH = 260
RETURNED_LABEL = str(QT_TRANSLATE_NOOP("DomainLabels", "Trả lại (nháp)"))  # a returned draft


def date_text(value: dt.date | None) -> str:
    return f"{value:%d/%m/%Y}" if value else ""


def status_text(row: ProposalRow) -> str:
    return domain_labels.label(row.status_label)


def recipient_kind(row: RecipientRow) -> str:
    return domain_labels.label(row.kind_label)


def award_text(code_name: str) -> str:
    return domain_labels.label(code_name)


def _line_flags(line: LineRow) -> str:
    return QCoreApplication.translate("AwardsModel", "đột xuất") if line.ad_hoc else ""


def _votes(line: LineRow) -> str:
    if not line.needs_ballot:
        return ""
    return "" if line.votes_agree is None else str(line.votes_agree)


def _warning_background(has_warnings: bool) -> Any:
    return WARNING_BACKGROUND if has_warnings else None


PROPOSAL_COLUMNS: list[Column[ProposalRow]] = [
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Đơn vị"), lambda p: p.unit_name),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Số, ngày"),
        lambda p: f"{p.number} {date_text(p.proposal_date)}".strip(),
        sort=lambda p: p.proposal_date,
    ),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Trích yếu"), lambda p: p.title),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Trạng thái"), status_text),
    count_column(QT_TRANSLATE_NOOP("RowTableModel", "Số dòng"), "lines"),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Cảnh báo"),
        lambda p: str(p.warnings) if p.warnings else "",
        sort=lambda p: p.warnings,
        right=True,
        background=lambda p: _warning_background(bool(p.warnings)),
    ),
]
LINE_COLUMNS: list[Column[LineRow]] = [
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "TT"),
        lambda line: str(line.position),
        sort=lambda line: line.position,
        right=True,
    ),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Đối tượng"), lambda line: line.recipient.name),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Danh hiệu, hình thức"),
        lambda line: award_text(line.award_name),
    ),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Đột xuất"), _line_flags),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Phiếu đồng ý"), _votes, right=True),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Quyết định"),
        lambda line: line.decision_number,
    ),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Cảnh báo"),
        lambda line: ("⚠ " + "; ".join(line.warnings)) if line.warnings else "",
        tooltip=lambda line: "\n".join(line.warnings),
        background=lambda line: _warning_background(bool(line.warnings)),
    ),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Chức vụ, đơn vị"),
        lambda line: line.recipient.workplace,
    ),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Nhóm"),
        lambda line: (
            domain_labels.label(line.recipient.category_label) or recipient_kind(line.recipient)
        ),
    ),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Thành tích"), lambda line: line.achievement),
]
RECIPIENT_COLUMNS: list[Column[RecipientRow]] = [
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Tên"), lambda r: r.name, sort=lambda r: r.sort_key),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Loại"), recipient_kind),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Chức vụ, đơn vị"),
        lambda r: r.workplace or r.unit_name,
    ),
]
HISTORY_COLUMNS: list[Column[HistoryItem]] = [
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Năm"), lambda h: str(h.year), sort=lambda h: h.year),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Danh hiệu, hình thức"),
        lambda h: award_text(h.award_name),
    ),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Loại hình"),
        lambda h: domain_labels.label(h.award_type.label),
    ),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Trạng thái"),
        lambda h: domain_labels.label(h.proposal_status.label),
    ),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Quyết định"),
        lambda h: f"{h.decision_number} {date_text(h.decision_date)}".strip(),
    ),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Cấp quyết định"), lambda h: h.issuer),
]
ELIGIBLE_COLUMNS: list[Column[EligibilityRow]] = [
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Đối tượng"),
        lambda e: e.recipient.name,
        sort=lambda e: e.recipient.sort_key,
    ),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Chức vụ, đơn vị"),
        lambda e: e.recipient.workplace or e.recipient.unit_name,
    ),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Có thể đề nghị"), lambda e: award_text(e.award_name)
    ),
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Căn cứ"), lambda e: e.basis),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Đã đề nghị"),
        lambda e: (
            QCoreApplication.translate("AwardsModel", "đã đề nghị") if e.already_proposed else ""
        ),
    ),
]
COUNT_COLUMNS: list[Column[AwardCount]] = [
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Danh hiệu, hình thức"),
        lambda c: award_text(c.award_name),
    ),
    count_column(QT_TRANSLATE_NOOP("RowTableModel", "Đề nghị"), "proposed"),
    count_column(QT_TRANSLATE_NOOP("RowTableModel", "Đã quyết định"), "decided"),
    count_column(QT_TRANSLATE_NOOP("RowTableModel", "Tập thể"), "collectives"),
    count_column(QT_TRANSLATE_NOOP("RowTableModel", "Cá nhân"), "individuals"),
    count_column(QT_TRANSLATE_NOOP("RowTableModel", "Hộ gia đình"), "households"),
    count_column(QT_TRANSLATE_NOOP("RowTableModel", "Đột xuất"), "ad_hoc"),
]
UNIT_COLUMNS: list[Column[UnitCount]] = [
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Đơn vị"),
        lambda u: u.unit_name,
        sort=lambda u: u.sort_key,
    ),
    count_column(QT_TRANSLATE_NOOP("RowTableModel", "Đề nghị"), "proposed"),
    count_column(QT_TRANSLATE_NOOP("RowTableModel", "Đã quyết định"), "decided"),
]
QUOTA_COLUMNS: list[Column[QuotaRow]] = [
    Column(QT_TRANSLATE_NOOP("RowTableModel", "Đơn vị"), lambda q: q.unit_name),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Danh hiệu"),
        lambda q: award_text(q.award_name),
    ),
    count_column(QT_TRANSLATE_NOOP("RowTableModel", "Số đề nghị"), "count"),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Tối đa"),
        lambda q: QCoreApplication.translate(
            "AwardsModel", "{limit} ({percent}% của {base} {base_name})"
        ).format(
            limit=q.limit,
            percent=str(q.max_percent).replace(".", ","),
            base=q.base_count,
            base_name=award_text(q.base_name),
        ),
        sort=lambda q: q.limit,
    ),
    Column(
        QT_TRANSLATE_NOOP("RowTableModel", "Kết quả"),
        lambda q: (
            QCoreApplication.translate("AwardsModel", "vượt tỷ lệ")
            if q.exceeded
            else QCoreApplication.translate("AwardsModel", "trong tỷ lệ")
        ),
        background=lambda q: _warning_background(q.exceeded),
    ),
]


def table(model: RowTableModel[Any], *, stretch: int, sort: int = 0) -> QTableView:
    """A sortable, read-only, row-selecting view over `model`, sorted by column `sort`; the
    columns fit their contents (long texts capped) and `stretch` takes the rest."""
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
    header = view.horizontalHeader()
    header.setMaximumSectionSize(MAX_COLUMN_WIDTH)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.sortByColumn(sort, Qt.SortOrder.AscendingOrder)
    return view


def selected(view: QTableView) -> Any:
    """The row under the view's current index, or None."""
    index = view.currentIndex()
    if not index.isValid():
        return None
    proxy = view.model()
    assert isinstance(proxy, QSortFilterProxyModel)
    source = proxy.sourceModel()
    assert isinstance(source, RowTableModel)
    return source.row_at(proxy.mapToSource(index).row())


def select_where(view: QTableView, wanted: Any) -> bool:
    """Make the first row for which `wanted(row)` is true current; False when none is."""
    proxy = view.model()
    assert isinstance(proxy, QSortFilterProxyModel)
    source = proxy.sourceModel()
    assert isinstance(source, RowTableModel)
    for number, row in enumerate(source.rows):
        if wanted(row):
            view.setCurrentIndex(proxy.mapFromSource(source.index(number, 0)))
            return True
    return False
