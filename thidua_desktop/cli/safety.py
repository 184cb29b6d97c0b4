"""Command-line commands for data safety: backup, restore, check, lock/unlock/locks, audit."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from thidua_desktop import APP_NAME
from thidua_desktop.cli.common import EXIT_OK, count_arg, data_dir_of, with_database, year_arg
from thidua_desktop.domain.errors import UserError

if TYPE_CHECKING:
    from thidua_desktop.store.engine import Database

EXIT_PROBLEM = 1


def add_commands(commands: Any) -> None:
    backup = commands.add_parser(
        "backup", help="sao lưu cơ sở dữ liệu ngay (bằng cơ chế sao lưu trực tuyến của SQLite)"
    )
    backup.add_argument("--list", action="store_true", help="chỉ liệt kê các bản sao lưu")
    backup.add_argument("--json", action="store_true", help="in JSON")
    backup.set_defaults(handler=_cmd_backup)

    restore = commands.add_parser(
        "restore",
        help="khôi phục cơ sở dữ liệu từ một bản sao lưu (kiểm tra, sao lưu bản hiện tại trước)",
    )
    restore.add_argument("file", nargs="?", metavar="FILE", help="tệp sao lưu (.sqlite3)")
    restore.add_argument(
        "--confirm-imports",
        action="store_true",
        help="xác nhận dữ liệu đã khôi phục là đúng: cho phép nhập gói dữ liệu trở lại",
    )
    restore.set_defaults(handler=_cmd_restore, writes=True)

    check = commands.add_parser(
        "check", help="kiểm tra cơ sở dữ liệu: toàn vẹn, khóa ngoại, số bản ghi, khóa sổ"
    )
    check.add_argument("--json", action="store_true", help="in JSON")
    check.set_defaults(handler=_cmd_check)

    lock = commands.add_parser("lock", help="khóa sổ một năm (khi đã gửi báo cáo năm)")
    lock.add_argument("--year", type=year_arg, required=True, metavar="Y", help="năm")
    lock.add_argument("--note", metavar="TEXT", help="ghi chú, ví dụ số công văn đã gửi")
    lock.set_defaults(handler=_cmd_lock, writes=True)

    unlock = commands.add_parser("unlock", help="mở khóa sổ một năm (phải nêu lý do)")
    unlock.add_argument("--year", type=year_arg, required=True, metavar="Y", help="năm")
    unlock.add_argument("--reason", required=True, metavar="TEXT", help="lý do mở khóa")
    unlock.set_defaults(handler=_cmd_unlock, writes=True)

    locks = commands.add_parser("locks", help="liệt kê các năm đã khóa sổ")
    locks.add_argument("--json", action="store_true", help="in JSON")
    locks.set_defaults(handler=_cmd_locks)

    audit = commands.add_parser("audit", help="nhật ký thay đổi (mới nhất trước)")
    audit.add_argument("--since", metavar="D", help="từ ngày (dd/mm/yyyy)")
    audit.add_argument("--until", metavar="D", help="đến hết ngày (dd/mm/yyyy)")
    audit.add_argument("--operator", metavar="NAME", help="người thực hiện")
    audit.add_argument("--unit", metavar="U", help="mã hoặc tên đơn vị")
    audit.add_argument("--entity", metavar="E", help="loại bản ghi, ví dụ profile, result")
    audit.add_argument("--key", metavar="K", help="khóa của bản ghi (cùng với --entity)")
    audit.add_argument("--limit", type=count_arg, default=100, metavar="N", help="tối đa N dòng")
    audit.add_argument("--json", action="store_true", help="in JSON")
    audit.set_defaults(handler=_cmd_audit)


def _data_dir(args: argparse.Namespace) -> Any:
    from thidua_desktop.paths import DataDir, resolve_data_dir

    return DataDir(resolve_data_dir(args.data_dir, demo=args.demo))


# -- backup / restore ---------------------------------------------------------------------------
def _backup_json(row: Any) -> dict[str, object]:
    return {
        "name": row.name,
        "path": str(row.path),
        "kind": row.kind,
        "kind_label": row.kind_label,
        "detail": row.detail,
        "taken_at": row.taken_at.isoformat(timespec="seconds"),
        "size_bytes": row.size_bytes,
    }


def _cmd_backup(args: argparse.Namespace) -> int:
    from thidua_desktop.cli.common import print_json
    from thidua_desktop.services.safety.backups import format_size, list_backups, make_backup

    data_dir = data_dir_of(args)
    if args.list:
        rows = list_backups(data_dir)
        if args.json:
            print_json([_backup_json(row) for row in rows])
            return EXIT_OK
        if not rows:
            print(f"Chưa có bản sao lưu nào trong {data_dir.backups}.")
            return EXIT_OK
        for row in rows:
            print(
                f"{row.taken_at:%d/%m/%Y %H:%M}  {row.kind_label:<22} "
                f"{format_size(row.size_bytes):>9}  {row.name}"
            )
        print(f"({len(rows)} bản sao lưu trong {data_dir.backups})")
        return EXIT_OK
    row = make_backup(data_dir)
    if args.json:
        print_json(_backup_json(row))
    else:
        print(f"Đã sao lưu cơ sở dữ liệu vào {row.path} ({format_size(row.size_bytes)}).")
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    from thidua_desktop.services.safety.backups import restore_backup
    from thidua_desktop.services.safety.imports_pause import resume_imports

    data_dir = data_dir_of(args)
    if args.confirm_imports:
        if args.file:
            raise UserError("Dùng FILE hoặc --confirm-imports, không dùng cả hai cùng lúc.")
        if not data_dir.database.exists():
            raise UserError(f"Chưa có cơ sở dữ liệu trong {data_dir.root}.")
        if resume_imports(data_dir):
            print("Đã xác nhận dữ liệu khôi phục: việc nhập gói dữ liệu được phép trở lại.")
        else:
            print("Việc nhập gói dữ liệu không bị tạm dừng; không có gì phải xác nhận.")
        return EXIT_OK
    if not args.file:
        raise UserError(f"Hãy chỉ ra tệp sao lưu: {APP_NAME} restore TỆP")
    report = restore_backup(data_dir, Path(args.file))
    print(f"Bản sao lưu {report.source.name} hợp lệ (kiểm tra toàn vẹn: ổn).")
    if report.safety_backup is not None:
        print(f"Đã lưu cơ sở dữ liệu trước khi khôi phục vào {report.safety_backup.path}")
    print(f"Đã khôi phục cơ sở dữ liệu {data_dir.database} từ {report.source}")
    if report.migrated:
        print(f"Bản sao lưu có lược đồ cũ ({report.revision}) đã được nâng cấp.")
    units = report.counts.get("admin_unit", 0)
    entries = report.counts.get("audit_entry", 0)
    print(f"Dữ liệu khôi phục: {units} đơn vị, {entries} dòng nhật ký.")
    print(
        "Việc nhập gói dữ liệu tạm dừng cho đến khi bạn kiểm tra và xác nhận: "
        f"{APP_NAME} restore --confirm-imports"
    )
    return EXIT_OK


# -- check --------------------------------------------------------------------------------------
def _cmd_check(args: argparse.Namespace) -> int:
    from thidua_desktop.cli.common import print_json
    from thidua_desktop.services.safety.backups import format_size
    from thidua_desktop.services.safety.checks import check_database

    found = check_database(data_dir_of(args))
    if args.json:
        print_json(
            {
                "database": str(found.database),
                "size_bytes": found.size_bytes,
                "schema_revision": found.revision,
                "schema_status": found.schema_status,
                "integrity": list(found.integrity) or "ok",
                "foreign_key_problems": [
                    {"table": p.table, "rowid": p.rowid, "parent": p.parent}
                    for p in found.foreign_keys
                ],
                "counts": found.counts,
                "locked_years": [_lock_json(lock) for lock in found.locked_years],
                "imports_paused": found.imports_paused,
                "latest_backup": (
                    _backup_json(found.latest_backup) if found.latest_backup else None
                ),
                "attachments_checked": found.attachments_checked,
                "attachment_problems": list(found.attachments),
                "ok": found.ok,
                "summary": found.summary,
            }
        )
    else:
        status = {
            "current": "hiện hành",
            "older": "cũ hơn, sẽ được nâng cấp khi mở",
            "newer": "mới hơn phiên bản này",
            "foreign": "không nhận ra",
        }[found.schema_status]
        print(f"Cơ sở dữ liệu: {found.database} ({format_size(found.size_bytes)})")
        print(f"Lược đồ: {found.revision or '—'} ({status})")
        print(f"Kiểm tra toàn vẹn (integrity_check): {_verdict(found.integrity)}")
        for problem in found.integrity[:10]:
            print(f"  {problem}")
        print(f"Kiểm tra khóa ngoại (foreign_key_check): {_verdict(found.foreign_keys)}")
        for fk in found.foreign_keys[:10]:
            print(f"  bảng {fk.table}, dòng {fk.rowid}: tham chiếu tới {fk.parent} không tồn tại")
        if found.counts:
            print("Số bản ghi:")
            width = max(len(table) for table in found.counts)
            for table, count in found.counts.items():
                print(f"  {table:<{width}}  {count:>8}")
        if found.attachments_checked:
            print(
                f"Tệp đính kèm: {found.attachments_checked} tệp, "
                + (f"{len(found.attachments)} có vấn đề:" if found.attachments else "ổn")
            )
            for problem in found.attachments[:20]:
                print(f"  {problem} (hãy đính kèm lại)")
        years = ", ".join(str(lock.year) for lock in found.locked_years) or "không có"
        print(f"Năm đã khóa sổ: {years}")
        latest = found.latest_backup
        print(
            "Bản sao lưu gần nhất: "
            + (f"{latest.taken_at:%d/%m/%Y %H:%M} ({latest.name})" if latest else "chưa có")
        )
        if found.imports_paused:
            print(
                "Nhập gói dữ liệu: đang tạm dừng sau khi khôi phục "
                f"(xác nhận: {APP_NAME} restore --confirm-imports)"
            )
        print(found.summary)
    if not found.ok:
        print(f"Lỗi: {found.summary}", file=sys.stderr)
        return EXIT_PROBLEM
    return EXIT_OK


def _verdict(problems: tuple[object, ...]) -> str:
    return "ổn" if not problems else f"{len(problems)} lỗi"


# -- period locks -------------------------------------------------------------------------------
def _lock_json(lock: Any) -> dict[str, object]:
    return {
        "year": lock.year,
        "locked_at": lock.locked_at.isoformat(timespec="seconds"),
        "locked_by": lock.locked_by,
        "note": lock.note,
    }


@with_database
def _cmd_lock(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.services.core.locks import lock_year

    row = lock_year(db, args.year, note=args.note)
    print(f"Đã khóa sổ năm {row.year} ({row.locked_by}, ngày {row.locked_on_text}).")
    return EXIT_OK


@with_database
def _cmd_unlock(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.services.core.locks import unlock_year

    row = unlock_year(db, args.year, reason=args.reason)
    print(f"Đã mở khóa sổ năm {row.year}. Lý do đã được ghi vào nhật ký.")
    return EXIT_OK


@with_database
def _cmd_locks(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.cli.common import print_json
    from thidua_desktop.services.core.locks import locked_years

    rows = locked_years(db)
    if args.json:
        print_json([_lock_json(row) for row in rows])
        return EXIT_OK
    if not rows:
        print("Chưa khóa sổ năm nào.")
        return EXIT_OK
    for row in rows:
        note = f" — {row.note}" if row.note else ""
        print(f"{row.year}  khóa ngày {row.locked_on_text} bởi {row.locked_by}{note}")
    return EXIT_OK


# -- audit --------------------------------------------------------------------------------------
@with_database
def _cmd_audit(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.cli.common import print_json
    from thidua_desktop.domain.dates import parse_date
    from thidua_desktop.services.audit.trail import query_audit

    if args.limit < 1:
        raise UserError("--limit phải là số dương.")
    since = parse_date(args.since) if args.since else None
    until = parse_date(args.until) if args.until else None
    rows = query_audit(
        db,
        since=since,
        until=until,
        operator=args.operator,
        unit=args.unit,
        entity=args.entity,
        entity_key=args.key,
        limit=args.limit,
    )
    if args.json:
        print_json(
            [
                {
                    "id": r.id,
                    "at": r.at.isoformat(timespec="seconds"),
                    "operator": r.operator,
                    "action": r.action,
                    "action_label": r.action_label,
                    "entity": r.entity,
                    "entity_label": r.entity_label,
                    "key": r.key,
                    "unit_code": r.unit_code,
                    "unit_name": r.unit_name,
                    "old": r.old,
                    "new": r.new,
                    "reason": r.reason,
                    "package": r.package_ref,
                }
                for r in rows
            ]
        )
        return EXIT_OK
    if not rows:
        print("Không có dòng nhật ký nào.")
        return EXIT_OK
    for r in rows:
        unit = f" [{r.unit_name}]" if r.unit_name else ""
        reason = f" — lý do: {r.reason}" if r.reason else ""
        package = f" — gói: {r.package_ref}" if r.package_ref else ""
        print(
            f"{r.local_time_text}  {r.operator}: {r.action_label} {r.entity_label} {r.key}"
            f"{unit}: {r.change or '—'}{reason}{package}"
        )
    print(f"({len(rows)} dòng, mới nhất trước)")
    return EXIT_OK
