"""Command-line commands for package signing keys: keys show / export / trust / list."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from thidua_desktop.cli.common import EXIT_OK, data_dir_of, with_database

if TYPE_CHECKING:
    from thidua_desktop.store.engine import Database


def add_commands(commands: Any) -> None:
    keys = commands.add_parser(
        "keys", help="khóa ký gói dữ liệu: xem, xuất, đăng ký khóa cơ quan khác"
    )
    sub = keys.add_subparsers(dest="keys_command", metavar="show|export|trust|list", required=True)

    show = sub.add_parser("show", help="dấu vân tay khóa của bản cài đặt này")
    show.set_defaults(handler=_cmd_show)

    export = sub.add_parser("export", help="ghi khóa công khai ra tệp để gửi cơ quan nhận gói")
    export.add_argument("--out", required=True, metavar="FILE", help="tệp khóa công khai (.json)")
    export.set_defaults(handler=_cmd_export)

    trust = sub.add_parser(
        "trust", help="đăng ký khóa công khai của một cơ quan (từ tệp do cơ quan đó xuất)"
    )
    trust.add_argument("file", metavar="FILE", help="tệp khóa công khai")
    trust.add_argument(
        "--fingerprint",
        metavar="F",
        help="dấu vân tay đọc qua điện thoại (ít nhất 16 ký tự đầu) để đối chiếu",
    )
    trust.add_argument("--note", metavar="TEXT", help="ghi chú, ví dụ ai đã xác nhận")
    trust.set_defaults(handler=_cmd_trust, writes=True)

    list_ = sub.add_parser("list", help="các khóa đã đăng ký")
    list_.add_argument("--json", action="store_true", help="in JSON")
    list_.set_defaults(handler=_cmd_list)


@with_database
def _cmd_show(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.exchange.keys import short_fingerprint
    from thidua_desktop.exchange.status import own_public_key

    info = own_public_key(db, data_dir_of(args))
    print(f"Khóa ký gói của {info.office_name} ({info.office_code})")
    print(f"Dấu vân tay: {short_fingerprint(info.fingerprint)}  ({info.fingerprint})")
    return EXIT_OK


@with_database
def _cmd_export(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.exchange.keys import short_fingerprint
    from thidua_desktop.exchange.status import own_public_key

    info = own_public_key(db, data_dir_of(args))
    from thidua_desktop.reports.render.files import write_atomically

    out = Path(args.out)
    content = info.to_bytes()
    # Whole or not at all: a full disk left a 0-byte key file another office could be sent.
    write_atomically(out, lambda temporary: temporary.write_bytes(content))
    print(f"Đã ghi khóa công khai vào {out}.")
    print(
        f"Dấu vân tay: {short_fingerprint(info.fingerprint)} — hãy đọc cho cơ quan nhận để họ "
        "đối chiếu khi đăng ký."
    )
    return EXIT_OK


@with_database
def _cmd_trust(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.exchange.status import trust_key

    row = trust_key(db, Path(args.file), expected_fingerprint=args.fingerprint, note=args.note)
    print(
        f"Đã đăng ký khóa của {row.office_name} ({row.office_code}), dấu vân tay "
        f"{row.short_fingerprint}. Từ nay gói của cơ quan này phải có chữ ký hợp lệ."
    )
    return EXIT_OK


@with_database
def _cmd_list(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.cli.common import print_json
    from thidua_desktop.exchange.status import list_keys

    rows = list_keys(db)
    if args.json:
        print_json(
            [
                {
                    "office_code": r.office_code,
                    "office_name": r.office_name,
                    "installation_id": r.installation_id,
                    "fingerprint": r.fingerprint,
                    "registered_at": r.registered_at.isoformat(timespec="seconds"),
                    "registered_by": r.registered_by,
                    "note": r.note,
                }
                for r in rows
            ]
        )
        return EXIT_OK
    if not rows:
        print("Chưa đăng ký khóa của cơ quan nào.")
        return EXIT_OK
    for r in rows:
        print(f"{r.office_code:<8} {r.office_name:<36} {r.short_fingerprint}")
    print(f"({len(rows)} khóa)")
    return EXIT_OK
