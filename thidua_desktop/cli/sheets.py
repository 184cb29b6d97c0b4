"""Command-line commands for Excel workbooks: `sheet template` and `sheet import` (DESIGN §4)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from thidua_desktop.cli.common import (
    EXIT_OK,
    EXIT_USER_ERROR,
    data_dir_of,
    id_arg,
    print_json,
    with_database,
    year_arg,
)

if TYPE_CHECKING:
    from thidua_desktop.services.sheets.rows import SheetReport
    from thidua_desktop.store.engine import Database


class _DryRun(argparse.Action):
    """`--dry-run` changes nothing, so it does not take the one-writer lock."""

    def __call__(self, parser: Any, namespace: Any, values: Any, option: Any = None) -> None:
        namespace.dry_run = True
        namespace.writes = False


def add_commands(commands: Any) -> None:
    sheet = commands.add_parser("sheet", help="mẫu Excel cho đơn vị cấp dưới và nhập từ Excel")
    sheet_commands = sheet.add_subparsers(dest="sheet_command", metavar="LỆNH", required=True)

    template = sheet_commands.add_parser(
        "template", help="lập tệp Excel mẫu để đơn vị cấp dưới điền số liệu"
    )
    template.add_argument(
        "kind",
        metavar="KIND",
        help='loại mẫu: results (kết quả chỉ tiêu), targets (chỉ tiêu giao), security ("3 không"), '
        "rural (tiêu chí nông thôn mới), award-lines (danh sách khen thưởng), subunits (khu dân "
        "cư: thôn, ấp, khu vực, tổ dân phố), cluster-scores (chấm điểm của cụm, khối thi đua)",
    )
    template.add_argument("--year", type=year_arg, required=True, metavar="Y", help="năm")
    template.add_argument("--campaign", metavar="C", help="mã phong trào (results, targets)")
    template.add_argument(
        "--set", metavar="SET", help="bộ tiêu chí của mẫu rural: ntm (mặc định) hoặc nang_cao"
    )
    template.add_argument("--unit", metavar="U", help="đơn vị U và các đơn vị trực thuộc")
    template.add_argument("--cluster", metavar="CODE", help="mã cụm, khối (cluster-scores)")
    template.add_argument("--out", required=True, metavar="FILE", help="tệp .xlsx")
    template.set_defaults(handler=_cmd_template)

    import_ = sheet_commands.add_parser(
        "import",
        help="xem trước và nhập số liệu từ tệp Excel (mẫu của ứng dụng hoặc bảng của cơ quan)",
    )
    import_.add_argument("file", metavar="FILE", help="tệp .xlsx")
    import_.add_argument(
        "--dry-run", nargs=0, action=_DryRun, default=False, help="chỉ xem trước, không thay đổi gì"
    )
    import_.add_argument(
        "--skip-invalid",
        action="store_true",
        help="nhập các giá trị hợp lệ, bỏ qua các giá trị bị từ chối",
    )
    import_.add_argument(
        "--campaign", metavar="C", help="mã phong trào (bảng không phải mẫu của ứng dụng)"
    )
    import_.add_argument(
        "--year", type=year_arg, metavar="Y", help="năm (bảng không phải mẫu của ứng dụng)"
    )
    import_.add_argument(
        "--proposal", type=id_arg, metavar="N", help="số hiệu đề nghị nháp (danh sách khen thưởng)"
    )
    import_.add_argument(
        "--set", metavar="SET", help="bộ tiêu chí (bảng NTM không phải mẫu): ntm hoặc nang_cao"
    )
    import_.add_argument(
        "--cluster", metavar="CODE", help="mã cụm, khối (bảng điểm không phải mẫu của ứng dụng)"
    )
    import_.add_argument(
        "--kind",
        default="results",
        metavar="KIND",
        help="results, targets, security, rural, subunits hoặc cluster-scores (bảng không phải mẫu "
        "của ứng dụng; mặc định results)",
    )
    import_.add_argument("--json", action="store_true", help="in JSON")
    import_.set_defaults(handler=_cmd_import, writes=True)


@with_database
def _cmd_template(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.exchange.sheets.operations import write_template

    path = write_template(
        db,
        kind=args.kind,
        year=args.year,
        out=Path(args.out),
        campaign=args.campaign or args.set or args.cluster,
        unit=args.unit,
    )
    print(f"Đã lập mẫu {args.kind} năm {args.year}: {path}")
    return EXIT_OK


@with_database
def _cmd_import(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.exchange.sheets.operations import import_workbook

    dry_run = bool(getattr(args, "dry_run", False))
    report = import_workbook(
        data_dir_of(args),
        db,
        Path(args.file),
        campaign=args.campaign or args.set or args.cluster,
        year=args.year,
        kind=args.kind,
        proposal=args.proposal,
        dry_run=dry_run,
        skip_invalid=args.skip_invalid,
    )
    if args.json:
        print_json(report_json(report, dry_run))
    else:
        _print_report(report, dry_run)
    if report.blocked:
        print(
            f"Chưa nhập gì: {len(report.problems)} giá trị bị từ chối. Hãy sửa tệp, hoặc chạy lại "
            "với --skip-invalid để nhập các giá trị hợp lệ.",
            file=sys.stderr,
        )
        return EXIT_USER_ERROR
    return EXIT_OK


def report_json(report: SheetReport, dry_run: bool) -> dict[str, Any]:
    from thidua_desktop.services.sheets.rows import column_letters

    def origin(o: Any) -> dict[str, Any] | None:
        if o is None:
            return None
        return {"sheet": o.sheet, "row": o.row, "column": column_letters(o.column)}

    return {
        "workbook": report.workbook,
        "sha256": report.sha256,
        "kind": report.kind,
        "title": report.title,
        "dry_run": dry_run,
        "applied": report.applied,
        "backup": report.backup,
        "changes": [
            {
                "unit_code": c.unit_code,
                "unit_name": c.unit_name,
                "indicator_code": c.field,
                "indicator_name": c.field_name,
                "old": c.old,
                "new": c.new,
                "at": origin(c.origin),
            }
            for c in report.changes
        ],
        "unchanged": report.unchanged,
        "empty": report.empty,
        "problems": [{"at": origin(p.origin), "message": p.message} for p in report.problems],
        "skipped": report.skipped,
        "conversions": [
            {
                "at": origin(c.origin),
                "original": c.original,
                "converted": c.converted,
                "encoding": c.encoding,
            }
            for c in report.conversions
        ],
        "notes": report.notes,
    }


def _print_report(report: SheetReport, dry_run: bool) -> None:
    print(f"{report.workbook}: {report.title}")
    for note in report.notes:
        print(f"  Lưu ý: {note}")
    for v in report.conversions:
        print(f"  Chuyển mã {v.encoding} → Unicode: {v.origin}: “{v.original}” → “{v.converted}”")
    for p in report.problems:
        print(f"  Từ chối: {p}")
    for c in report.changes:
        old = c.old or "(trống)"
        # A khu dân cư row is named by the area; other kinds by their column's code and name.
        about = c.field_name if report.kind == "subunits" else f"{c.field} {c.field_name}"
        print(f"  {c.unit_name} ({c.unit_code}) · {about}: {old} → {c.new}")
    print(
        f"Thay đổi: {len(report.changes)}; giữ nguyên: {report.unchanged}; ô trống (giữ nguyên "
        f"số liệu đã có): {report.empty}; bị từ chối: {len(report.problems)}."
    )
    if report.applied:
        skipped = f" (bỏ qua {report.skipped} giá trị bị từ chối)" if report.skipped else ""
        print(f"Đã nhập {len(report.changes)} giá trị{skipped}. Bản sao lưu trước khi nhập: "
              f"{report.backup}.")  # fmt: skip
    elif dry_run:
        print("Chỉ xem trước: chưa thay đổi gì.")
    elif not report.changes and not report.blocked:
        print("Không có gì thay đổi.")
