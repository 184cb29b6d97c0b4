"""Table models of the Trao đổi dữ liệu page: the import plan, the inbox, who has reported."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QBrush, QColor

from thidua_desktop.domain.numbers import format_number
from thidua_desktop.domain.text import sort_key
from thidua_desktop.exchange.plan import TablePlan
from thidua_desktop.gui.common import domain_labels
from thidua_desktop.gui.common.table_model import Column, RowTableModel

if TYPE_CHECKING:
    # The services' rows only (importing them loads SQLAlchemy: the worker does that).
    from thidua_desktop.exchange.status import ImportRow, KeyRow, ReportingRow

SENT_BRUSH = QBrush(QColor("#dcefdc"))
MISSING_BRUSH = QBrush(QColor("#fbe3d6"))
CHANGE_BRUSH = QBrush(QColor("#fff3cd"))
REFUSED_STYLE = "background: #fbe3d6; color: #7a1f00; border: 1px solid #e4a58a; padding: 6px;"
DONE_STYLE = "background: #dcefdc; color: #1d4d1d; border: 1px solid #9cc79c; padding: 6px;"


def when(moment: dt.datetime | None) -> str:
    return f"{moment.astimezone():%d/%m/%Y %H:%M}" if moment is not None else ""


def _signature(status: str) -> str:
    return {
        "verified": QCoreApplication.translate("ExchangePage", "hợp lệ"),
        "unverified": QCoreApplication.translate("ExchangePage", "chưa đăng ký khóa"),
        "unsigned": QCoreApplication.translate("ExchangePage", "không có"),
    }.get(status, status)


def _count(table: TablePlan, outcome: str) -> str:
    value = table.counts[outcome]
    return format_number(value) if value else "–"


def _plan_column(title: str, outcome: str, highlight: bool = False) -> Column[TablePlan]:
    return Column(
        title,
        lambda t: _count(t, outcome),
        sort=lambda t: t.counts[outcome],
        right=True,
        background=(lambda t: CHANGE_BRUSH if t.counts[outcome] else None) if highlight else None,
    )


def plan_model(parent: QObject) -> RowTableModel[TablePlan]:
    return RowTableModel(
        [
            Column(
                QT_TRANSLATE_NOOP("RowTableModel", "Bảng"),
                lambda t: domain_labels.label(t.label),
                sort=lambda t: sort_key(domain_labels.label(t.label)),
            ),
            _plan_column(QT_TRANSLATE_NOOP("RowTableModel", "Thêm mới"), "new", True),
            _plan_column(QT_TRANSLATE_NOOP("RowTableModel", "Thay đổi"), "changed", True),
            _plan_column(QT_TRANSLATE_NOOP("RowTableModel", "Xóa"), "removed", True),
            _plan_column(
                QT_TRANSLATE_NOOP("RowTableModel", "Thay thế số liệu tại đây"), "replaced", True
            ),
            _plan_column(QT_TRANSLATE_NOOP("RowTableModel", "Không đổi"), "unchanged"),
            _plan_column(QT_TRANSLATE_NOOP("RowTableModel", "Giữ nguyên"), "kept"),
        ],
        parent,
    )


def history_model(parent: QObject) -> RowTableModel[ImportRow]:
    return RowTableModel(
        [
            Column(
                QT_TRANSLATE_NOOP("RowTableModel", "Nhận lúc"),
                lambda r: when(r.imported_at),
                sort=lambda r: r.imported_at,
            ),
            Column(
                QT_TRANSLATE_NOOP("RowTableModel", "Loại gói"),
                lambda r: domain_labels.label(r.kind_label),
            ),
            Column(
                QT_TRANSLATE_NOOP("RowTableModel", "Cơ quan gửi"),
                lambda r: f"{r.producer_name} ({r.producer_code})",
                sort=lambda r: sort_key(r.producer_name),
            ),
            Column(QT_TRANSLATE_NOOP("RowTableModel", "Năm"), lambda r: str(r.period), right=True),
            Column(
                QT_TRANSLATE_NOOP("RowTableModel", "Số thứ tự"),
                lambda r: str(r.sequence),
                sort=lambda r: r.sequence,
                right=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("RowTableModel", "Số dòng"),
                lambda r: format_number(r.rows),
                sort=lambda r: r.rows,
                right=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("RowTableModel", "Chữ ký"),
                lambda r: _signature(r.signature),
                tooltip=lambda r: domain_labels.label(r.signature_label),
            ),
            Column(
                QT_TRANSLATE_NOOP("RowTableModel", "Người nhập"),
                lambda r: r.imported_by,
                sort=lambda r: sort_key(r.imported_by),
            ),
            Column(
                QT_TRANSLATE_NOOP("RowTableModel", "Tệp lưu trong inbox"), lambda r: r.inbox_name
            ),
        ],
        parent,
    )


def reporting_model(parent: QObject) -> RowTableModel[ReportingRow]:
    return RowTableModel(
        [
            Column(QT_TRANSLATE_NOOP("RowTableModel", "Mã"), lambda r: r.unit_code),
            Column(
                QT_TRANSLATE_NOOP("RowTableModel", "Đơn vị"),
                lambda r: r.unit_name,
                sort=lambda r: sort_key(r.unit_name),
            ),
            Column(
                QT_TRANSLATE_NOOP("RowTableModel", "Tình trạng"),
                lambda r: (
                    QCoreApplication.translate("ExchangePage", "Đã gửi")
                    if r.sent
                    else QCoreApplication.translate("ExchangePage", "Chưa gửi")
                ),
                sort=lambda r: r.sent,
                background=lambda r: SENT_BRUSH if r.sent else MISSING_BRUSH,
            ),
            Column(
                QT_TRANSLATE_NOOP("RowTableModel", "Số thứ tự gói"),
                lambda r: str(r.sequence) if r.sequence is not None else "",
                sort=lambda r: r.sequence or 0,
                right=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("RowTableModel", "Gói tạo lúc"),
                lambda r: when(r.created_at),
                sort=lambda r: r.created_at or dt.datetime.min.replace(tzinfo=dt.UTC),
            ),
            Column(
                QT_TRANSLATE_NOOP("RowTableModel", "Nhận lúc"),
                lambda r: when(r.imported_at),
                sort=lambda r: r.imported_at or dt.datetime.min.replace(tzinfo=dt.UTC),
            ),
            Column(
                QT_TRANSLATE_NOOP("RowTableModel", "Số gói đã nhận"),
                lambda r: str(r.packages),
                sort=lambda r: r.packages,
                right=True,
            ),
        ],
        parent,
    )


def keys_model(parent: QObject) -> RowTableModel[KeyRow]:
    return RowTableModel(
        [
            Column(QT_TRANSLATE_NOOP("RowTableModel", "Mã"), lambda r: r.office_code),
            Column(
                QT_TRANSLATE_NOOP("RowTableModel", "Cơ quan"),
                lambda r: r.office_name,
                sort=lambda r: sort_key(r.office_name),
            ),
            Column(
                QT_TRANSLATE_NOOP("RowTableModel", "Dấu vân tay"),
                lambda r: r.short_fingerprint,
                tooltip=lambda r: r.fingerprint,
            ),
            Column(
                QT_TRANSLATE_NOOP("RowTableModel", "Đăng ký lúc"),
                lambda r: when(r.registered_at),
                sort=lambda r: r.registered_at,
            ),
            Column(QT_TRANSLATE_NOOP("RowTableModel", "Người đăng ký"), lambda r: r.registered_by),
            Column(QT_TRANSLATE_NOOP("RowTableModel", "Ghi chú"), lambda r: r.note or ""),
        ],
        parent,
    )
