"""Excel workbooks for the GUI and the command line: write a template, preview and import one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.exchange.sheets.workbook import Book, SheetError, read_book
from thidua_desktop.paths import DataDir
from thidua_desktop.services.sheets.rows import SheetReport
from thidua_desktop.store.engine import Database

KINDS = {
    "results": "Kết quả chỉ tiêu",
    "targets": "Chỉ tiêu giao",
    "security": "“3 không” và an toàn về ANTT",
    "rural": "Tiêu chí nông thôn mới",
    "award-lines": "Danh sách đề nghị khen thưởng",
    "subunits": "Khu dân cư (thôn, ấp, khu vực, tổ dân phố) an toàn về ANTT",
    "cluster-scores": "Chấm điểm thi đua của cụm, khối",
}


def _kind(kind: str) -> str:
    if kind in KINDS:
        return kind
    raise InvalidInput(f"Không có loại mẫu “{kind}”. Các loại: {', '.join(KINDS)}.")


def write_template(
    db: Database,
    *,
    kind: str,
    year: int,
    out: Path,
    campaign: str | None = None,
    unit: str | None = None,
) -> Path:
    """`sheet template KIND`: the workbook for the units below to fill."""
    from thidua_desktop.exchange.sheets.template import results_template
    from thidua_desktop.services.sheets.results import layout

    kind = _kind(kind)
    if Path(out).suffix.lower() != ".xlsx":
        raise InvalidInput(f"Tệp mẫu phải có đuôi .xlsx: {out}")
    if kind == "security":
        from thidua_desktop.services.sheets.security import security_layout

        return results_template(security_layout(db, year=year), out, kind=kind)
    if kind == "cluster-scores":
        from thidua_desktop.exchange.sheets.template import scores_template
        from thidua_desktop.services.sheets.clusters import scores_layout

        if not campaign:
            raise InvalidInput("Mẫu “cluster-scores” cần mã cụm, khối (--cluster).")
        return scores_template(scores_layout(db, year=year, cluster_code=campaign), out)
    if kind == "subunits":
        from thidua_desktop.exchange.sheets.template import areas_template
        from thidua_desktop.services.sheets.subunits import areas_layout

        return areas_template(areas_layout(db, year=year), out)
    if kind == "award-lines":
        import datetime as dt

        from thidua_desktop.exchange.sheets.template import lines_template
        from thidua_desktop.services.awards import reference
        from thidua_desktop.services.sheets.results import office_name

        day = min(dt.date(year, 12, 31), dt.date.today())
        entries = reference.award_catalogue().version_on(day).entries
        return lines_template(year, office_name(db), entries, out)
    if kind == "rural":
        from thidua_desktop.services.sheets.rural import rural_layout

        set_code = campaign or "ntm"  # the criteria set: ntm or nang_cao
        return results_template(rural_layout(db, year=year, set_code=set_code), out, kind=kind)
    if not campaign:
        raise InvalidInput(f"Mẫu “{kind}” cần mã phong trào (--campaign).")
    lay = layout(db, campaign_code=campaign, year=year, unit_code=unit)
    return results_template(lay, out, kind=kind)


def import_workbook(
    data_dir: DataDir,
    db: Database,
    path: Path,
    *,
    campaign: str | None = None,
    year: int | None = None,
    kind: str = "results",
    proposal: int | None = None,
    dry_run: bool = False,
    skip_invalid: bool = False,
) -> SheetReport:
    """`sheet import FILE`: read, recognise, plan; unless `dry_run`, or a value is refused and
    `skip_invalid` is not given, back the database up and apply everything in one transaction.

    Our templates say their kind, campaign and year; an office's own workbook needs `campaign`
    and `year` (what the page shows)."""
    from thidua_desktop.exchange.sheets.recognise import recognise_results
    from thidua_desktop.exchange.sheets.template import DATA_SHEET
    from thidua_desktop.services.safety.backups import backup_before_import
    from thidua_desktop.services.sheets.results import apply_results, reading_layout
    from thidua_desktop.services.sheets.targets import apply_targets

    book = read_book(Path(path))
    meta = book.meta if book.meta.get("format") == "thidua-sheet" else {}
    kind = _kind(meta.get("kind", kind))
    campaign = meta.get("campaign") or campaign
    if meta.get("year"):
        try:
            year = int(meta["year"])
        except ValueError:
            raise SheetError(f"{book.name}: năm ghi trong mẫu không hợp lệ.") from None
    if kind == "award-lines":
        return _import_lines(data_dir, db, book, proposal, dry_run, skip_invalid)
    if kind == "subunits":
        return _import_areas(data_dir, db, book, year, dry_run, skip_invalid)
    if kind == "cluster-scores":
        return _import_scores(data_dir, db, book, year, campaign, dry_run, skip_invalid)
    if kind == "rural" and not campaign:
        campaign = "ntm"
    if year is None or (not campaign and kind != "security"):
        raise InvalidInput(
            f"{book.name} không phải mẫu do ứng dụng lập: hãy cho biết phong trào và năm của số "
            "liệu (--campaign, --year; trên giao diện: phong trào và năm đang chọn)."
        )
    if kind == "security":
        from thidua_desktop.services.sheets.security import apply_security, security_layout

        lay = security_layout(db, year=year)
    elif kind == "rural":
        from thidua_desktop.services.sheets.rural import apply_rural, rural_layout

        lay = rural_layout(db, year=year, set_code=campaign or "ntm")
    else:
        lay = reading_layout(db, campaign_code=campaign or "", year=year)
    found = recognise_results(book, lay, only=DATA_SHEET if meta else None)

    report = SheetReport(kind, book.name, book.sha256, "")
    report.problems.extend(found.problems)
    report.conversions.extend(found.conversions)
    report.notes.extend(book.notes + found.notes)
    # One transaction plans and applies; the safety copy is made between the plan and the first
    # write, only when something will be written.
    apply: Callable[..., SheetReport] = apply_results
    if kind == "targets":
        apply = apply_targets
    elif kind == "security":
        apply = apply_security
    elif kind == "rural":
        apply = apply_rural
    return apply(
        db,
        campaign_code=campaign or "",
        year=year,
        values=found.values,
        workbook=book.name,
        sha256=book.sha256,
        dry_run=dry_run,
        skip_invalid=skip_invalid,
        report=report,
        before_writing=lambda: backup_before_import(data_dir, book.name).name,
    )


def _import_lines(
    data_dir: DataDir,
    db: Database,
    book: Book,
    proposal: int | None,
    dry_run: bool,
    skip_invalid: bool,
) -> SheetReport:
    from thidua_desktop.exchange.sheets.recognise import recognise_lines
    from thidua_desktop.exchange.sheets.template import LINES_SHEET
    from thidua_desktop.services.safety.backups import backup_before_import
    from thidua_desktop.services.sheets.awards import KIND, apply_award_lines

    if proposal is None:
        raise InvalidInput(
            f"{book.name} là danh sách khen thưởng: hãy chọn đề nghị nháp để nhập vào "
            "(--proposal SỐ; trên giao diện: đề nghị đang chọn)."
        )
    lines, found = recognise_lines(book, only=LINES_SHEET if book.meta else None)
    report = _list_report(KIND, book, found)
    return apply_award_lines(
        db,
        proposal_id=proposal,
        lines=lines,
        workbook=book.name,
        sha256=book.sha256,
        dry_run=dry_run,
        skip_invalid=skip_invalid,
        report=report,
        before_writing=lambda: backup_before_import(data_dir, book.name).name,
    )


def _import_areas(
    data_dir: DataDir,
    db: Database,
    book: Book,
    year: int | None,
    dry_run: bool,
    skip_invalid: bool,
) -> SheetReport:
    from thidua_desktop.exchange.sheets.recognise import recognise_areas
    from thidua_desktop.exchange.sheets.template import AREAS_SHEET
    from thidua_desktop.services.safety.backups import backup_before_import
    from thidua_desktop.services.sheets.subunits import KIND, apply_areas

    if year is None:
        raise InvalidInput(
            f"{book.name} không phải mẫu do ứng dụng lập: hãy cho biết năm của danh sách khu dân "
            "cư (--year; trên giao diện: năm đang chọn)."
        )
    lines, found = recognise_areas(book, only=AREAS_SHEET if book.meta else None, year=year)
    report = _list_report(KIND, book, found)
    return apply_areas(
        db,
        year=year,
        lines=lines,
        workbook=book.name,
        sha256=book.sha256,
        dry_run=dry_run,
        skip_invalid=skip_invalid,
        report=report,
        before_writing=lambda: backup_before_import(data_dir, book.name).name,
    )


def _import_scores(
    data_dir: DataDir,
    db: Database,
    book: Book,
    year: int | None,
    cluster: str | None,
    dry_run: bool,
    skip_invalid: bool,
) -> SheetReport:
    from thidua_desktop.exchange.sheets.recognise import recognise_scores
    from thidua_desktop.exchange.sheets.template import SCORES_SHEET
    from thidua_desktop.services.safety.backups import backup_before_import
    from thidua_desktop.services.sheets.clusters import KIND, apply_cluster_scores

    if year is None or not cluster:
        raise InvalidInput(
            f"{book.name} không phải mẫu do ứng dụng lập: hãy cho biết cụm, khối và năm của bảng "
            "điểm (--cluster, --year; trên giao diện: cụm, khối đang chọn)."
        )
    lines, found = recognise_scores(book, only=SCORES_SHEET if book.meta else None)
    report = _list_report(KIND, book, found)
    return apply_cluster_scores(
        db,
        year=year,
        cluster_code=cluster,
        lines=lines,
        workbook=book.name,
        sha256=book.sha256,
        dry_run=dry_run,
        skip_invalid=skip_invalid,
        report=report,
        before_writing=lambda: backup_before_import(data_dir, book.name).name,
    )


def _list_report(kind: str, book: Book, found: Any) -> SheetReport:
    """The report a list-shaped workbook's import starts from: what reading it found."""
    report = SheetReport(kind, book.name, book.sha256, "")
    report.problems.extend(found.problems)
    report.conversions.extend(found.conversions)
    report.notes.extend(book.notes)
    return report
