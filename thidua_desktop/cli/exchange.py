"""Command-line commands for data packages: export, import, imports, reporting, keys."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from thidua_desktop.cli.common import EXIT_OK, data_dir_of, with_database, year_arg

if TYPE_CHECKING:
    from thidua_desktop.store.engine import Database


class _DryRun(argparse.Action):
    """`--dry-run` changes nothing, so it does not take the one-writer lock."""

    def __call__(self, parser: Any, namespace: Any, values: Any, option: Any = None) -> None:
        namespace.dry_run = True
        namespace.writes = False


def add_commands(commands: Any) -> None:
    export = commands.add_parser(
        "export", help="ghi gói dữ liệu (.tdkt) của phạm vi cơ quan này cho một năm"
    )
    export.add_argument("--year", type=year_arg, required=True, metavar="Y", help="năm")
    export.add_argument("--unit", metavar="U", help="chỉ đơn vị U và các đơn vị trực thuộc")
    export.add_argument(
        "--definitions",
        action="store_true",
        help="gói định nghĩa (phong trào, chỉ tiêu, bộ tiêu chí) gửi cấp dưới",
    )
    export.add_argument("--out", required=True, metavar="FILE", help="tệp gói, đuôi .tdkt")
    export.add_argument("--json", action="store_true", help="in JSON")
    export.set_defaults(handler=_cmd_export, writes=True)

    import_ = commands.add_parser(
        "import",
        help="kiểm tra, xem trước và nhập gói dữ liệu (.tdkt); nhiều gói được nhập cùng một lần",
    )
    import_.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="tệp gói .tdkt (nhiều tệp: một lần nhập, một bản sao lưu, gói của cấp trên trước, gói "
        "lỗi bị bỏ qua)",
    )
    import_.add_argument(
        "--dry-run", nargs=0, action=_DryRun, default=False, help="chỉ xem trước, không thay đổi gì"
    )
    import_.add_argument(
        "--replace-local",
        action="store_true",
        help="xác nhận để gói thay thế hoặc xóa số liệu đã nhập tại cơ quan này (xem trước bằng "
        "--dry-run: các dòng “thay thế số liệu tại đây”)",
    )
    import_.add_argument(
        "--new-installation",
        action="store_true",
        help="xác nhận cơ quan gửi đã chuyển sang bản cài đặt mới: nhận gói của bản cài đặt đó dù "
        "số thứ tự gói không lớn hơn gói đã nhận từ bản cài đặt cũ",
    )
    import_.add_argument("--json", action="store_true", help="in JSON")
    import_.set_defaults(handler=_cmd_import, writes=True)

    imports = commands.add_parser("imports", help="các gói đã nhận (mới nhất trước)")
    imports.add_argument("--year", type=year_arg, metavar="Y", help="chỉ các gói của năm Y")
    imports.add_argument("--json", action="store_true", help="in JSON")
    imports.set_defaults(handler=_cmd_imports)

    reporting = commands.add_parser(
        "reporting", help="đơn vị cấp dưới nào đã gửi số liệu năm Y, khi nào, số thứ tự gói"
    )
    reporting.add_argument("--year", type=year_arg, required=True, metavar="Y", help="năm")
    reporting.add_argument("--json", action="store_true", help="in JSON")
    reporting.set_defaults(handler=_cmd_reporting)

    from thidua_desktop.cli import keys as cli_keys

    cli_keys.add_commands(commands)


@with_database
def _cmd_export(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.cli.common import print_json
    from thidua_desktop.exchange.keys import short_fingerprint
    from thidua_desktop.exchange.operations import export_package

    report = export_package(
        db,
        data_dir_of(args),
        year=args.year,
        out=Path(args.out),
        unit_code=args.unit,
        definitions=args.definitions,
    )
    if args.json:
        print_json(
            {
                "path": str(report.path),
                "kind": report.kind,
                "kind_label": report.kind_label,
                "period": report.period,
                "scope_code": report.scope_code,
                "scope_name": report.scope_name,
                "sequence": report.sequence,
                "signed": report.signed,
                "fingerprint": report.fingerprint,
                "size_bytes": report.size_bytes,
                "tables": report.table_rows,
            }
        )
        return EXIT_OK
    rows = sum(report.table_rows.values())
    print(
        f"Đã ghi gói {report.kind_label} năm {report.period} của {report.scope_name} "
        f"({report.scope_code}), số thứ tự {report.sequence}: {report.path}"
    )
    detail = ", ".join(f"{name} {n}" for name, n in report.table_rows.items() if n)
    print(f"Số dòng: {rows}" + (f" ({detail})" if detail else ""))
    print(f"Đã ký bằng khóa {short_fingerprint(report.fingerprint)}.")
    return EXIT_OK


@with_database
def _cmd_import(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.exchange.operations import (
        LocalDataWouldBeReplaced,
        import_package,
        preview_import,
    )

    dry_run = bool(getattr(args, "dry_run", False))
    if len(args.files) > 1:
        return _import_batch(args, dry_run)
    if dry_run:
        preview = preview_import(db, Path(args.files[0]), new_installation=args.new_installation)
        report = None
    else:
        try:
            report = import_package(
                db,
                data_dir_of(args),
                Path(args.files[0]),
                replace_local=args.replace_local,
                new_installation=args.new_installation,
            )
        except LocalDataWouldBeReplaced as exc:
            _print_what_goes(exc)
            raise
        preview = report.preview
    if args.json:
        from thidua_desktop.cli.common import print_json

        print_json(_import_json(preview, report, dry_run))
        return EXIT_OK
    _print_outcome(preview, report)
    return EXIT_OK


def _print_what_goes(exc: Any) -> None:
    """The rows entered here that the package would replace or remove, before the refusal."""
    print("Số liệu đã nhập tại đây mà gói sẽ thay thế hoặc xóa:", file=sys.stderr)
    for label, count in exc.replaced.items():
        print(f"  {label}: {count} dòng", file=sys.stderr)
    for example in exc.examples:
        print(f"    {example}", file=sys.stderr)
    print(
        "Nếu đúng là muốn thay thế, chạy lại lệnh với --replace-local.",
        file=sys.stderr,
    )


def _import_batch(args: argparse.Namespace, dry_run: bool) -> int:
    """Several packages in one transaction: each is reported; a refused one does not stop the
    others; exit 1 when any was refused."""
    from thidua_desktop.cli.common import EXIT_USER_ERROR, open_existing, print_json
    from thidua_desktop.exchange.operations import LocalDataWouldBeReplaced, import_packages

    db = open_existing(args)
    try:
        batch = import_packages(
            db,
            data_dir_of(args),
            [Path(f) for f in args.files],
            dry_run=dry_run,
            replace_local=args.replace_local,
            new_installation=args.new_installation,
        )
    except LocalDataWouldBeReplaced as exc:
        _print_what_goes(exc)
        raise
    finally:
        db.close()
    if args.json:
        print_json(
            {
                "dry_run": dry_run,
                "backup_name": batch.backup_name,
                "packages": [
                    {
                        "file": str(item.path),
                        "refused": item.refusal,
                        "same_as": str(item.same_as) if item.same_as else None,
                    }
                    | (
                        _import_json(item.report.preview, item.report, dry_run)
                        if item.report
                        else {}
                    )
                    for item in batch.items
                ],
            }
        )
    else:
        for item in batch.items:
            print(f"== {item.path.name}")
            if item.report is None:
                print(f"Bị từ chối: {item.refusal}")
            elif item.same_as is not None:
                print(f"Trùng với gói {item.same_as.name} ở trên: bỏ qua.")
            else:
                _print_outcome(item.report.preview, None if dry_run else item.report, backup=False)
            print()
        _print_batch_summary(batch, dry_run)
    if batch.refused:
        where = "trường refused của từng gói" if args.json else "ở trên"
        print(f"Lỗi: {len(batch.refused)} gói bị từ chối (xem lý do {where}).", file=sys.stderr)
    return EXIT_USER_ERROR if batch.refused else EXIT_OK


def _print_batch_summary(batch: Any, dry_run: bool) -> None:
    count, refused = len(batch.items), len(batch.refused)
    done = len(batch.pending) if dry_run else len(batch.applied)
    before = count - refused - done
    parts = [f"{'Sẽ nhập' if dry_run else 'Đã nhập'} {done}/{count} gói"]
    if before:
        parts.append(f"{before} gói đã nhập từ trước hoặc trùng, không thay đổi gì")
    if refused:
        parts.append(f"{refused} gói bị từ chối")
    print("; ".join(parts) + ".")
    if dry_run:
        print("Đây là chạy thử (--dry-run): chưa thay đổi gì trong cơ sở dữ liệu.")
    elif batch.backup_name:
        print(f"Sao lưu trước khi nhập: {batch.backup_name}")


def _print_outcome(preview: Any, report: Any, *, backup: bool = True) -> None:
    _print_preview(preview)
    if preview.already_imported_at is not None:
        when = preview.already_imported_at.astimezone()
        print(f"Gói này đã được nhập lúc {when:%d/%m/%Y %H:%M}: không có gì thay đổi.")
    elif report is None:
        print("Đây là chạy thử (--dry-run): chưa thay đổi gì trong cơ sở dữ liệu.")
    elif report.applied:
        print(f"Đã nhập gói. Bản lưu (chỉ đọc): {report.inbox_path}")
        if report.receipt_path is not None:
            print(f"Biên nhận gửi lại cơ quan gửi: {report.receipt_path}")
        if backup:
            print(f"Sao lưu trước khi nhập: {report.backup_name}")
        if report.warning:
            print(report.warning)


def _print_preview(preview: Any) -> None:
    from thidua_desktop.exchange.plan import OUTCOME_LABELS, OUTCOMES

    p = preview.package
    created = p.created_at.astimezone()
    print(
        f"Gói {p.kind_label} năm {p.period} của {p.producer_name} ({p.producer_code}), "
        f"phạm vi {p.scope_name or p.scope_code} ({p.scope_code}), số thứ tự {p.sequence}, "
        f"tạo lúc {created:%d/%m/%Y %H:%M}"
    )
    print(f"Chữ ký: {p.signature_label}. Số dòng: {p.rows}.")
    if preview.already_imported_at is not None:
        return
    heads = ["mới", "đổi", "xóa", "không đổi", "thay thế", "giữ"]
    print(f"{'Bảng':<34}" + "".join(f"{h:>11}" for h in heads))
    for table in preview.plan.tables.values():
        print(f"{table.label:<34}" + "".join(f"{table.counts[o]:>11}" for o in OUTCOMES))
    for table in preview.plan.tables.values():
        for example in table.examples:
            print(f"  {table.label}: {example}")
    for warning in preview.plan.warnings:
        print(f"Lưu ý: {warning}")
    totals = preview.plan.totals()
    print(
        "Tổng: " + ", ".join(f"{OUTCOME_LABELS[o]} {totals[o]}" for o in OUTCOMES if totals[o])
        if any(totals.values())
        else "Tổng: gói không có dòng nào."
    )


def _import_json(preview: Any, report: Any, dry_run: bool) -> dict[str, Any]:
    p = preview.package
    return {
        "dry_run": dry_run,
        "applied": bool(report and report.applied),
        "already_imported_at": (
            preview.already_imported_at.isoformat(timespec="seconds")
            if preview.already_imported_at
            else None
        ),
        "package": {
            "file_name": p.file_name,
            "kind": p.kind,
            "kind_label": p.kind_label,
            "format_version": p.format_version,
            "producer_code": p.producer_code,
            "producer_name": p.producer_name,
            "scope_code": p.scope_code,
            "scope_name": p.scope_name,
            "period": p.period,
            "sequence": p.sequence,
            "created_at": p.created_at.isoformat(timespec="seconds"),
            "rows": p.rows,
            "signature": p.signature,
            "signature_label": p.signature_label,
            "tables": p.table_rows,
        },
        "plan": preview.plan.as_json(),
        "inbox_path": str(report.inbox_path) if report and report.inbox_path else None,
        "receipt_path": str(report.receipt_path) if report and report.receipt_path else None,
        "backup_name": report.backup_name if report else None,
    }


@with_database
def _cmd_imports(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.cli.common import print_json
    from thidua_desktop.exchange.status import list_imports

    rows = list_imports(db, year=args.year)
    if args.json:
        print_json(
            [
                {
                    "imported_at": r.imported_at.isoformat(timespec="seconds"),
                    "imported_by": r.imported_by,
                    "kind": r.kind,
                    "producer_code": r.producer_code,
                    "producer_name": r.producer_name,
                    "scope_code": r.scope_code,
                    "period": r.period,
                    "sequence": r.sequence,
                    "created_at": r.created_at.isoformat(timespec="seconds"),
                    "rows": r.rows,
                    "signature": r.signature,
                    "signature_label": r.signature_label,
                    "inbox_name": r.inbox_name,
                    "totals": r.totals,
                }
                for r in rows
            ]
        )
        return EXIT_OK
    if not rows:
        print("Chưa nhận gói dữ liệu nào.")
        return EXIT_OK
    for r in rows:
        print(
            f"{r.imported_at.astimezone():%d/%m/%Y %H:%M}  {r.kind_label:<10} năm {r.period}  "
            f"{r.producer_name} ({r.producer_code}) số {r.sequence}  {r.rows} dòng  "
            f"{r.signature_label}  {r.inbox_name}"
        )
    print(f"({len(rows)} gói)")
    return EXIT_OK


@with_database
def _cmd_reporting(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.cli.common import print_json
    from thidua_desktop.exchange.status import reporting_status

    rows = reporting_status(db, year=args.year)
    if args.json:
        print_json(
            [
                {
                    "unit_code": r.unit_code,
                    "unit_name": r.unit_name,
                    "status": "sent" if r.sent else "not_sent",
                    "status_label": "đã gửi" if r.sent else "chưa gửi",
                    "producer_code": r.producer_code,
                    "sequence": r.sequence,
                    "created_at": r.created_at.isoformat(timespec="seconds")
                    if r.created_at
                    else None,
                    "imported_at": r.imported_at.isoformat(timespec="seconds")
                    if r.imported_at
                    else None,
                    "packages": r.packages,
                }
                for r in rows
            ]
        )
        return EXIT_OK
    sent = sum(1 for r in rows if r.sent)
    for r in rows:
        status = (
            f"đã gửi gói số {r.sequence}, nhận lúc {r.imported_at.astimezone():%d/%m/%Y %H:%M}"
            if r.sent and r.imported_at
            else "chưa gửi"
        )
        print(f"{r.unit_code:<8} {r.unit_name:<36} {status}")
    print(f"Năm {args.year}: {sent}/{len(rows)} đơn vị đã gửi số liệu.")
    return EXIT_OK
