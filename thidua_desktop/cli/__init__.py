"""The command line: `thidua-desktop [--data-dir DIR] COMMAND …`; no command opens the GUI."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from thidua_desktop import APP_NAME, __version__
from thidua_desktop.cli.common import (
    EXIT_OK,
    EXIT_USER_ERROR,
    Parser,
    check_shared,
    data_dir_of,
    day_of,
    print_json,
    share_options,
    vietnamese_argparse,
    with_database,
    year_arg,
)
from thidua_desktop.domain.errors import UserError

if TYPE_CHECKING:
    from thidua_desktop.store.engine import Database


def build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    parser = Parser(
        prog=APP_NAME,
        description='Theo dõi thi đua - khen thưởng: phong trào, chỉ tiêu, "3 không", '
        "an toàn về ANTT, nông thôn mới. Không có lệnh thì mở giao diện.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{APP_NAME} {__version__}",
        help="in số phiên bản rồi thoát",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="thư mục dữ liệu (mặc định: thư mục dữ liệu của người dùng, hoặc $THIDUA_DATA_DIR)",
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        help="cơ sở dữ liệu dùng chung trên máy chủ PostgreSQL, dạng "
        "postgresql://người-dùng@máy-chủ/tên (hoặc $THIDUA_DATABASE_URL); mặc định: tệp SQLite "
        "trong thư mục dữ liệu",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="dùng cơ sở dữ liệu minh họa Cần Thơ (2023 và 2025-2026, tự tạo ở lần mở đầu tiên)",
    )
    # For benchmarks and smoke tests: quit once the window is shown, or once its data is shown.
    parser.add_argument("--startup-probe", choices=["shown", "ready"], help=argparse.SUPPRESS)
    parser.add_argument(
        "--self-test",
        nargs="?",
        const="",
        metavar="DIR",
        help="tự kiểm tra bản cài đặt (không cần màn hình): tạo cơ sở dữ liệu tạm, nâng cấp lược "
        "đồ, mở cửa sổ, in một báo cáo PDF; ghi kết quả vào DIR nếu có",
    )
    if not with_commands:
        return parser
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    init = commands.add_parser("init", help="tạo hoặc nâng cấp cơ sở dữ liệu")
    init.add_argument(
        "--demo",
        action="store_true",
        dest="load_demo",
        help="nạp dữ liệu minh họa Cần Thơ 2023 và 2025-2026 (chạy lại không thay đổi gì)",
    )
    init.add_argument(
        "--scale",
        choices=["national", "province"],
        help="(đo tốc độ) với --demo: tạo bộ dữ liệu minh họa lớn trong thư mục dữ liệu mới: "
        "mọi đơn vị cả nước (national) hoặc một tỉnh (province), 5 năm",
    )
    init.add_argument(
        "--provinces",
        metavar="CODES",
        help="với --scale: chỉ các tỉnh, thành phố có mã này (ví dụ 92,95)",
    )
    init.add_argument(
        "--office", metavar="CODE", help="mã đơn vị của cơ quan sử dụng (ví dụ 31135, 92)"
    )
    init.add_argument(
        "--date",
        metavar="D",
        help="với --office: hiểu mã theo ngày D (mặc định hôm nay; sau 01/07/2025 có mã được "
        "dùng lại cho đơn vị khác)",
    )
    init.add_argument("--operator", metavar="NAME", help="họ tên người sử dụng")
    init.set_defaults(handler=_cmd_init, writes=True, creates=True)

    office = commands.add_parser(
        "office", help="cơ quan sử dụng; chuyển sang cơ quan kế thừa khi đơn vị đã kết thúc"
    )
    office.add_argument("--json", action="store_true", help="in JSON")
    office.set_defaults(handler=_cmd_office)
    office_commands = office.add_subparsers(dest="office_command", metavar="", parser_class=Parser)
    move = office_commands.add_parser(
        "move", help="chuyển bản cài đặt của cơ quan đã kết thúc sang cơ quan kế thừa"
    )
    move.add_argument(
        "--to", required=True, metavar="CODE", help="mã cơ quan kế thừa (xem lệnh office)"
    )
    move.set_defaults(handler=_cmd_office_move, writes=True)

    units = commands.add_parser("units", help="liệt kê đơn vị hành chính theo thứ tự tiếng Việt")
    units.add_argument(
        "--search",
        metavar="TEXT",
        help='tìm không phân biệt hoa thường, dấu, đ/d (ví dụ: "thanh quoi")',
    )
    units.add_argument("--under", metavar="CODE", help="chỉ các đơn vị thuộc đơn vị có mã CODE")
    when = units.add_mutually_exclusive_group()
    when.add_argument(
        "--date", metavar="D", help="các đơn vị có hiệu lực ngày D (dd/mm/yyyy; mặc định hôm nay)"
    )
    when.add_argument(
        "--year", type=year_arg, metavar="Y", help="các đơn vị có hiệu lực ngày 31/12 năm Y"
    )
    units.add_argument("--json", action="store_true", help="in JSON")
    units.set_defaults(handler=_cmd_units)
    units_commands = units.add_subparsers(dest="units_command", metavar="", parser_class=Parser)
    history = units_commands.add_parser(
        "history", help="đơn vị mang mã CODE vào một ngày, các đơn vị tiền thân và kế thừa"
    )
    history.add_argument("code", metavar="CODE", help="mã đơn vị (ví dụ 31135)")
    history.add_argument(
        "--date", metavar="D", help="ngày để hiểu mã (dd/mm/yyyy; mặc định hôm nay)"
    )
    history.add_argument("--json", action="store_true", help="in JSON")
    history.set_defaults(handler=_cmd_units_history)

    # Feature commands live beside their feature, each module adding its own sub-commands.
    from thidua_desktop.cli import campaigns as cli_campaigns

    cli_campaigns.add_commands(commands)
    from thidua_desktop.cli import safety as cli_safety

    cli_safety.add_commands(commands)
    from thidua_desktop.cli import security as cli_security

    cli_security.add_commands(commands)
    from thidua_desktop.cli import rural as cli_rural

    cli_rural.add_commands(commands)
    from thidua_desktop.cli import reports as cli_reports

    cli_reports.add_commands(commands)
    from thidua_desktop.cli import exchange as cli_exchange

    cli_exchange.add_commands(commands)
    from thidua_desktop.cli import awards as cli_awards

    cli_awards.add_commands(commands)
    from thidua_desktop.cli import sheets as cli_sheets

    cli_sheets.add_commands(commands)
    from thidua_desktop.cli import clusters as cli_clusters

    cli_clusters.add_commands(commands)
    from thidua_desktop.cli import certificates as cli_certificates

    cli_certificates.add_commands(commands)
    from thidua_desktop.cli import fund as cli_fund

    cli_fund.add_commands(commands)
    from thidua_desktop.cli import statistics as cli_statistics

    cli_statistics.add_commands(commands)
    for command in commands.choices.values():
        share_options(command)  # not the top level's: `init --demo` is not `--demo init`
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    _utf8_streams()
    args = _parse(list(sys.argv[1:] if argv is None else argv))
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    if args.self_test is not None:
        from thidua_desktop.gui.selftest import run_self_test

        return int(run_self_test(args.self_test or None))
    if handler is None:
        from thidua_desktop.gui.app import run_gui

        return int(
            run_gui(
                data_dir=args.data_dir,
                demo=args.demo,
                startup_probe=args.startup_probe,
                database=args.database,
            )
        )
    try:
        with _single_writer(args):
            return handler(args)
    except UserError as exc:
        print(f"Lỗi: {exc.message}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("Đã dừng.", file=sys.stderr)
        return EXIT_USER_ERROR
    except BrokenPipeError:
        # The reader (e.g. `| head`) closed the pipe: not an error of ours or the user's.
        sys.stderr.close()
        return EXIT_OK
    except OSError as exc:
        # A file the system refused (a name too long, a full disk…) that no command foresaw:
        # one Vietnamese line, never a traceback.
        from thidua_desktop.os_errors import os_error_text

        where = f" {exc.filename}" if exc.filename else ""
        print(f"Lỗi: không đọc, ghi được tệp{where}: {os_error_text(exc)}.", file=sys.stderr)
        return EXIT_USER_ERROR


def _parse(argv: list[str]) -> argparse.Namespace:
    """The arguments; with no command (the window opens) the commands' modules are not even
    imported, which takes a few tens of milliseconds off the start-up."""
    with vietnamese_argparse():
        if not {"-h", "--help"} & set(argv):
            known, rest = build_parser(with_commands=False).parse_known_args(argv)
            if not rest:
                known.command = None
                return known
        parser = build_parser()
        args = parser.parse_args(argv)
        check_shared(args)
        return args


def _single_writer(args: argparse.Namespace) -> contextlib.AbstractContextManager[object]:
    """Commands that write (`set_defaults(writes=True)`, or `writes_when="option"` when only that
    option writes) hold the data directory's instance lock while they run, so they are refused
    while the window or another command is writing. `init` creates the folder first: two `init`
    into a new folder must not both write."""
    option = getattr(args, "writes_when", None)
    if not (getattr(args, "writes", False) or (option and getattr(args, option, None))):
        return contextlib.nullcontext()
    data_dir = data_dir_of(args)
    if data_dir.server is not None:
        return contextlib.nullcontext()  # the server serialises its writers itself
    root = data_dir.root
    # A folder that does not exist yet holds no data and no other process: nothing to guard
    # (and a mistyped --data-dir is not created just to hold a lock file), except for init.
    if not root.exists() and not getattr(args, "creates", False):
        return contextlib.nullcontext()
    from thidua_desktop.store.instance_lock import ROLE_CLI, InstanceLock

    args.holds_lock = True
    return InstanceLock(root, role=ROLE_CLI)


def _cmd_init(args: argparse.Namespace) -> int:
    from thidua_desktop.services.core.setup import initialise

    if args.scale or args.provinces:
        return _init_scale(args)
    if args.date and not args.office:
        raise UserError("--date chỉ dùng cùng --office.")
    if args.date:
        from thidua_desktop.services.core.succession import day_within_data

        day_within_data(day_of(args.date), None)  # not before the data, not in the future
    report = initialise(
        data_dir_of(args),
        demo=args.load_demo or args.demo,
        office=args.office,
        operator=args.operator,
        day=day_of(args.date) if args.date else None,
    )
    verb = "Đã tạo" if report.created else "Đã mở"
    print(f"{verb} cơ sở dữ liệu {report.database}")
    print(f"Số bản ghi thay đổi: {report.changes}")
    profile = report.profile
    if profile is not None and profile.office_name:
        print(
            f"Cơ quan sử dụng: {profile.office_name} ({profile.level_label}); "
            f"người sử dụng: {profile.operator or 'chưa nhập'}"
        )
        if profile.office_ended():
            _print_ended_office(args)
    else:
        print("Chưa chọn cơ quan sử dụng: chạy lại với --office MÃ hoặc mở giao diện.")
    return EXIT_OK


def _print_ended_office(args: argparse.Namespace) -> None:
    from thidua_desktop.cli.common import open_existing
    from thidua_desktop.services.core.profile import get_profile, successor_offices

    db = open_existing(args)
    try:
        profile, choices = get_profile(db), successor_offices(db)
    finally:
        db.close()
    assert profile is not None and profile.office_valid_to is not None
    print(
        f"{profile.office_name} ({profile.office_code}) đã kết thúc ngày "
        f"{profile.office_valid_to:%d/%m/%Y}: dữ liệu của cơ quan được giữ làm lịch sử."
    )
    if choices:
        first, others = choices[0], choices[1:]
        also = (
            f" hoặc {others[0].name} ({others[0].code})"
            if len(others) == 1
            else f" hoặc một trong {len(others)} xã, phường mới"
            if others
            else ""
        )
        print(
            f"Cơ quan kế thừa: {first.name} ({first.code}){also} (xem lệnh office); "
            "chuyển bằng: office move --to MÃ"
        )


@with_database
def _cmd_office(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.services.core.profile import get_profile, successor_offices

    profile = get_profile(db)
    if profile is None or profile.office_code is None:
        raise UserError("Chưa chọn cơ quan sử dụng: chạy init --office MÃ hoặc mở giao diện.")
    choices = successor_offices(db)
    if args.json:
        print_json(
            {
                "office_code": profile.office_code,
                "office_name": profile.office_name,
                "level": profile.level,
                "valid_from": profile.office_valid_from.isoformat()
                if profile.office_valid_from
                else None,
                "valid_to": profile.office_valid_to.isoformat()
                if profile.office_valid_to
                else None,
                "former_office_code": profile.former_office_code,
                "former_office_name": profile.former_office_name,
                "successor_offices": [
                    {
                        "unit_code": c.code,
                        "unit_name": c.name,
                        "level_label": c.level_label,
                        "reason": c.reason,
                    }
                    for c in choices
                ],
            }
        )
        return EXIT_OK
    print(f"Cơ quan sử dụng: {profile.office_name} ({profile.office_code}, {profile.level_label})")
    if profile.former_office_name:
        print(f"Trước đây: {profile.former_office_name} ({profile.former_office_code})")
    if choices:
        assert profile.office_valid_to is not None
        print(f"Đơn vị đã kết thúc ngày {profile.office_valid_to:%d/%m/%Y}. Cơ quan kế thừa:")
        for choice in choices:
            print(f"  {choice.code:<6} {choice.name} — {choice.reason}")
        print("Chuyển bằng: office move --to MÃ")
    return EXIT_OK


@with_database
def _cmd_office_move(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.services.core.profile import move_office

    profile = move_office(db, to_code=args.to)
    print(
        f"Đã chuyển sang {profile.office_name} ({profile.office_code}); dữ liệu của "
        f"{profile.former_office_name} được giữ nguyên làm lịch sử."
    )
    return EXIT_OK


def _init_scale(args: argparse.Namespace) -> int:
    from thidua_desktop.services.demo.scale import create_scale_workspace, parse_provinces

    if not (args.load_demo or args.demo) or args.office or args.operator:
        raise UserError("--scale chỉ dùng cùng --demo (không kèm --office, --operator).")
    report = create_scale_workspace(
        data_dir_of(args),
        scale=args.scale or "national",
        provinces=parse_provinces(args.provinces),
    )
    print(
        f"Đã tạo bộ dữ liệu minh họa: {report.provinces} tỉnh, {report.units} đơn vị, "
        f"năm {report.years[0]}-{report.years[-1]}, cơ quan sử dụng mã {report.office_code}"
    )
    for table, count in report.rows.items():
        print(f"  {table:<28} {count:>10}")
    print(
        f"Tổng {report.total_rows} bản ghi trong {report.seconds:.1f} s; "
        f"cơ sở dữ liệu {report.size_bytes / 1024 / 1024:.0f} MB"
    )
    return EXIT_OK


@with_database
def _cmd_units(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.services.core.succession import check_code_on, day_within_data
    from thidua_desktop.services.core.units import list_units

    day = day_within_data(
        day_of(args.date) if args.date else None, args.year if args.year else None
    )
    if args.under:
        check_code_on(db, args.under, day)
    rows = list_units(db, search=args.search, under=args.under, day=day)
    if args.under and rows and rows[0].code == args.under.strip():
        rows = rows[1:]  # the units below it, not the unit itself
    if args.json:
        print_json(
            [
                {
                    "unit_code": row.code,
                    "unit_name": row.name,
                    "full_name": row.full_name,
                    "kind": row.kind,
                    "kind_label": row.kind_label,
                    "level": row.level,
                    "parent_code": row.parent_code,
                    "depth": row.depth,
                    "valid_from": row.valid_from.isoformat() if row.valid_from else None,
                    "valid_to": row.valid_to.isoformat() if row.valid_to else None,
                }
                for row in rows
            ]
        )
        return EXIT_OK
    if not rows:
        print("Không tìm thấy đơn vị nào." if args.search else "Chưa có đơn vị nào.")
        return EXIT_OK
    base_depth = min(row.depth for row in rows)
    for row in rows:
        indent = "  " * (row.depth - base_depth) if not args.search else ""
        print(f"{row.code:<8} {indent}{row.full_name}")
    print(f"({len(rows)} đơn vị, hiệu lực ngày {day:%d/%m/%Y})")
    return EXIT_OK


@with_database
def _cmd_units_history(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.services.core.succession import day_within_data, unit_history

    day = day_within_data(day_of(args.date) if args.date else None, None)
    found = unit_history(db, args.code, day=day)

    def link(row: Any) -> dict[str, object]:
        return {
            "unit_code": row.unit_code,
            "unit_name": row.unit_name,
            "unit_kind": row.unit_kind,
            "valid_from": row.valid_from.isoformat() if row.valid_from else None,
            "valid_to": row.valid_to.isoformat() if row.valid_to else None,
            "part": row.part,
            "legal_basis": row.legal_basis,
            "clause": row.clause,
            "effective_date": row.effective_date.isoformat(),
            "verified": row.verified,
        }

    if args.json:
        print_json(
            {
                "date": day.isoformat(),
                "unit_code": found.unit_code,
                "unit_name": found.unit_name,
                "unit_kind": found.unit_kind,
                "parent_name": found.parent_name,
                "valid_from": found.valid_from.isoformat() if found.valid_from else None,
                "valid_to": found.valid_to.isoformat() if found.valid_to else None,
                "predecessors": [link(row) for row in found.predecessors],
                "successors": [link(row) for row in found.successors],
            }
        )
        return EXIT_OK
    from thidua_desktop.services.core.succession import span_text

    where = f", thuộc {found.parent_name}" if found.parent_name else ""
    print(f"{found.unit_code} ngày {day:%d/%m/%Y}: {found.unit_name}{where}")
    print(f"Hiệu lực: {span_text(found.valid_from, found.valid_to)}")
    for title, links in (("Tiền thân", found.predecessors), ("Kế thừa", found.successors)):
        if not links:
            print(f"{title}: không có")
            continue
        print(f"{title}:")
        for row in links:
            basis = ", ".join(x for x in (row.clause, row.legal_basis) if x)
            unverified = "" if row.verified else " [chưa đối chiếu được với nghị quyết]"
            print(
                f"  {row.unit_code:<6} {row.unit_name} ({span_text(row.valid_from, row.valid_to)})"
                f" — {row.part_label}, từ {row.effective_date:%d/%m/%Y}"
                + (f", theo {basis}" if basis else "")
                + unverified
            )
    return EXIT_OK


def _utf8_streams() -> None:
    # Windows consoles and redirected output may default to a legacy code page.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(encoding="utf-8", errors="replace")


if __name__ == "__main__":
    sys.exit(main())
