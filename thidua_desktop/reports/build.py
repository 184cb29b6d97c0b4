"""Which report is asked for, and where it goes: the dispatcher over the builders, the report's
file name, saving as PDF or Excel and the preview's bytes."""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from thidua_desktop.domain.errors import UserError
from thidua_desktop.domain.text import clean
from thidua_desktop.reports.builders.common import DEMO_LINE, FILE_UNSAFE, Context, Report
from thidua_desktop.reports.kinds import DOCUMENT_KINDS, KINDS, STATISTICS_KINDS

if TYPE_CHECKING:
    from thidua_desktop.store.engine import Database

_TABLE_NUMBER = re.compile(r"^(Biểu \d+)\.")

# As the letterhead's own signer name (Cài đặt › Thể thức văn bản).
MAX_SIGNER_NAME = 120

__all__ = [
    "DOCUMENT_KINDS",
    "KINDS",
    "STATISTICS_KINDS",
    "ReportRequest",
    "build_report",
    "file_stem",
    "report_context",
    "report_pdf",
    "save_report_file",
]


@dataclass(frozen=True)
class ReportRequest:
    """What a person asks for: the kind, the year, the unit (default: the office's own), and
    the document's date and signer (default: today, the letterhead's signer). A document kind
    (`DOCUMENT_KINDS`) is about one record: `record_id` names it (a proposal, a decision)."""

    kind: str
    year: int
    unit_code: str | None = None
    campaign_code: str | None = None
    day: dt.date | None = None
    signer_name: str | None = None
    record_id: int | None = None


def _unknown_kind(kind: str) -> UserError:
    known = ", ".join([*KINDS, *DOCUMENT_KINDS])
    return UserError(f'Không có loại báo cáo "{clean(kind)}". Chọn một trong: {known}.')


def report_context(db: Database, request: ReportRequest) -> Context:
    """The letterhead, the unit (checked to be in the office's scope) and the demo flag."""
    from thidua_desktop.services.core.letterhead import reporting_unit

    if request.kind not in KINDS:
        raise _unknown_kind(request.kind)
    day = request.day or dt.date.today()
    unit = reporting_unit(db, request.unit_code, year=request.year, day=day)
    return Context(
        letterhead=unit.letterhead,
        year=request.year,
        day=day,
        unit_code=unit.unit_code,
        unit_name=unit.unit_name,
        unit_level=unit.unit_level,
        own=unit.own,
        demo=unit.demo,
        signer_name=clean(request.signer_name or "") or unit.letterhead.signer_name,
        office_name=unit.office_name,
    )


def build_report(db: Database, request: ReportRequest) -> Report:
    """Gather the data of the report asked for and lay it out as a document (not rendered)."""
    signer = clean(request.signer_name or "")
    if len(signer) > MAX_SIGNER_NAME:
        raise UserError(
            f"Họ tên người ký dài quá {MAX_SIGNER_NAME} ký tự ({len(signer)}): hãy nhập họ tên "
            "như sẽ in dưới chữ ký."
        )
    if request.kind in DOCUMENT_KINDS and request.kind.startswith("cluster-"):
        from thidua_desktop.reports.builders import clusters as cluster_papers

        if request.record_id is None:
            raise UserError(f"Văn bản “{DOCUMENT_KINDS[request.kind]}” cần số hiệu bản ghi (--id).")
        return cluster_papers.build(
            db, request.kind, request.record_id, year=request.year, day=request.day
        )
    if request.kind in DOCUMENT_KINDS:
        from thidua_desktop.reports.builders import award_papers
        from thidua_desktop.reports.builders import awards as awards_report

        if request.record_id is None:
            raise UserError(f"Văn bản “{DOCUMENT_KINDS[request.kind]}” cần số hiệu bản ghi (--id).")
        if request.kind in (award_papers.MINUTES, award_papers.BALLOT, award_papers.ACHIEVEMENT):
            return award_papers.build(
                db, request.kind, request.record_id, year=request.year, day=request.day
            )
        return awards_report.build(
            db,
            request.kind,
            request.record_id,
            year=request.year,
            day=request.day,
            signer_name=request.signer_name,
        )
    if request.kind not in KINDS:
        raise _unknown_kind(request.kind)
    context = report_context(db, request)
    if request.kind == "campaign":
        from thidua_desktop.reports.builders import campaigns as campaign_report

        spec = campaign_report.build(db, context, campaign_code=request.campaign_code)
    elif request.kind == "security":
        from thidua_desktop.reports.builders import security as security_report

        spec = security_report.build(db, context)
    elif request.kind.startswith("bieu-"):
        from thidua_desktop.reports.builders import statistics as statistics_forms

        spec = statistics_forms.build(db, context, statistics_forms.form_code(request.kind))
    elif request.kind == "awards-money":
        from thidua_desktop.reports.builders import money as money_report

        spec = money_report.build(db, context)
    elif request.kind == "fund-ledger":
        from thidua_desktop.reports.builders import fund as fund_report

        spec = fund_report.build(db, context)
    elif request.kind == "rural":
        from thidua_desktop.reports.builders import rural as rural_report

        spec = rural_report.build(db, context)
    else:
        from thidua_desktop.reports.builders import summary as summary_report

        spec = summary_report.build(db, context, campaign_code=request.campaign_code)
    return Report(
        request.kind, spec, context.demo, file_stem(request.kind, request.year, context.unit_name)
    )


def file_stem(kind: str, year: int, unit_name: str) -> str:
    """ "Báo cáo kết quả xây dựng nông thôn mới 2023 - Huyện Phong Điền": a file name that any
    Windows folder accepts (no extension)."""
    label = KINDS[kind]
    if kind.startswith("bieu-"):  # "Biểu 0601.N-BNV-TĐKT năm 2026 - Thành phố Cần Thơ"
        number = label.split(":")[0].replace("/", "-")
        return " ".join(FILE_UNSAFE.sub(" ", f"{number} năm {year} - {unit_name}").split())
    stem = f"Báo cáo {label[0].lower()}{label[1:]} {year} - {unit_name}"
    return " ".join(FILE_UNSAFE.sub(" ", stem.replace('"', "")).split())


def save_report_file(report: Report, path: str | os.PathLike[str]) -> Path:
    """Save as PDF or Excel by the extension, atomically; a demo report says so in Excel too."""
    from thidua_desktop.reports.render.save import save_report

    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        return save_report(report.spec, target)
    from thidua_desktop.reports.render.xlsx import workbook_from_document, write_workbook

    book = workbook_from_document(report.spec)
    sheets = []
    for sheet in book.sheets:
        lines = [*sheet.lines, DEMO_LINE] if report.demo else list(sheet.lines)
        name = _sheet_name(sheet.table.caption, sheet.name)
        sheets.append(replace(sheet, name=name, lines=lines))
    write_workbook(replace(book, sheets=sheets), target)
    return target


def report_pdf(report: Report) -> bytes:
    """The PDF in memory, for the preview."""
    from thidua_desktop.reports.render.pdf import pdf_bytes

    return pdf_bytes(report.spec)


def _sheet_name(caption: str | None, fallback: str) -> str:
    """ "Biểu 2. Kết quả của các quận, huyện" → "Biểu 2", as offices name their sheets; the
    whole caption is in the sheet's header block."""
    match = _TABLE_NUMBER.match(caption or "")
    return match.group(1) if match else fallback


# -- the document -------------------------------------------------------------------------------
