"""Command-line sổ sáng kiến and pending cases: `awards initiatives --year Y` lists the year's
recognised initiatives; `awards initiative-add` records one with its authors;
`awards initiative-delete ID`; `awards cases ID` lists a recipient's cases; `awards case-open ID
--kind K --since D` holds the recipient's awards; `awards case-close CASE --on D` ends it."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from thidua_desktop.cli.common import (
    EXIT_OK,
    day_of,
    id_arg,
    print_json,
    with_database,
    year_arg,
)

if TYPE_CHECKING:
    from thidua_desktop.services.awards.cases import CaseRow
    from thidua_desktop.services.awards.initiatives import InitiativeRow
    from thidua_desktop.store.engine import Database

LEVELS = ("co_so", "tinh", "toan_quoc")
KINDS = ("discipline", "inspection", "complaint")


def add_commands(sub: Any) -> None:
    listing = sub.add_parser("initiatives", help="sổ sáng kiến: các sáng kiến được công nhận")
    listing.add_argument("--year", type=year_arg, required=True, metavar="Y", help="năm công nhận")
    listing.add_argument("--json", action="store_true", help="in JSON")
    listing.set_defaults(handler=_cmd_initiatives)

    add = sub.add_parser("initiative-add", help="ghi một sáng kiến được công nhận và tác giả")
    add.add_argument("--year", type=year_arg, required=True, metavar="Y", help="năm công nhận")
    add.add_argument("--title", required=True, metavar="TÊN", help="tên sáng kiến")
    add.add_argument(
        "--level",
        required=True,
        choices=LEVELS,
        help="phạm vi ảnh hưởng: co_so (cơ sở), tinh (toàn tỉnh), toan_quoc (toàn quốc)",
    )
    add.add_argument(
        "--authors",
        required=True,
        metavar="ID,ID",
        help="số hiệu đối tượng (cá nhân) là tác giả, cách nhau bằng dấu phẩy",
    )
    add.add_argument("--place", metavar="U", help="mã đơn vị có Hội đồng sáng kiến công nhận")
    add.add_argument("--number", default="", metavar="SỐ", help="số văn bản công nhận")
    add.add_argument("--date", metavar="D", help="ngày văn bản công nhận")
    add.add_argument("--field", default="", metavar="TEXT", help="lĩnh vực")
    add.add_argument("--json", action="store_true", help="in JSON")
    add.set_defaults(handler=_cmd_add, writes=True)

    remove = sub.add_parser("initiative-delete", help="xóa một sáng kiến ghi nhầm")
    remove.add_argument("id", type=id_arg, metavar="ID", help="số hiệu sáng kiến")
    remove.set_defaults(handler=_cmd_delete, writes=True)

    cases = sub.add_parser("cases", help="các việc làm tạm dừng xét khen thưởng một đối tượng")
    cases.add_argument("id", type=id_arg, metavar="ID", help="số hiệu đối tượng")
    cases.add_argument("--json", action="store_true", help="in JSON")
    cases.set_defaults(handler=_cmd_cases)

    opening = sub.add_parser(
        "case-open", help="ghi đối tượng đang bị xem xét kỷ luật, thanh tra hoặc có đơn thư"
    )
    opening.add_argument("id", type=id_arg, metavar="ID", help="số hiệu đối tượng")
    opening.add_argument(
        "--kind",
        required=True,
        choices=KINDS,
        help="discipline (kỷ luật), inspection (thanh tra, kiểm tra), "
        "complaint (khiếu nại, tố cáo)",
    )
    opening.add_argument("--since", required=True, metavar="D", help="từ ngày")
    opening.add_argument("--note", default="", metavar="TEXT", help="ghi chú")
    opening.add_argument("--json", action="store_true", help="in JSON")
    opening.set_defaults(handler=_cmd_case_open, writes=True)

    closing = sub.add_parser("case-close", help="ghi việc đã kết thúc (hết tạm dừng)")
    closing.add_argument("id", type=id_arg, metavar="CASE", help="số hiệu việc (lệnh cases)")
    closing.add_argument("--on", required=True, metavar="D", help="ngày kết thúc")
    closing.add_argument("--json", action="store_true", help="in JSON")
    closing.set_defaults(handler=_cmd_case_close, writes=True)


@with_database
def _cmd_initiatives(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.services.awards.initiatives import list_initiatives

    rows = list_initiatives(db, args.year)
    if args.json:
        print_json([_initiative_json(r) for r in rows])
        return EXIT_OK
    if not rows:
        print(f"Năm {args.year} chưa ghi sáng kiến nào.")
    for r in rows:
        print(_initiative_text(r))
    return EXIT_OK


@with_database
def _cmd_add(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.domain.awards.initiatives import InitiativeLevel
    from thidua_desktop.domain.errors import InvalidInput
    from thidua_desktop.services.awards.initiatives import InitiativeEntry, save_initiative

    try:
        authors = tuple(id_arg(part) for part in args.authors.split(",") if part.strip())
    except (ValueError, argparse.ArgumentTypeError):
        raise InvalidInput(
            f"--authors {args.authors[:40]}: hãy ghi số hiệu đối tượng, ví dụ 12,15."
        ) from None
    entry = InitiativeEntry(
        year=args.year,
        title=args.title,
        level=InitiativeLevel.from_code(args.level),
        unit_code=args.place or "",
        author_ids=authors,
        field=args.field,
        document_number=args.number,
        document_date=day_of(args.date) if args.date else None,
    )
    row = save_initiative(db, entry)
    if args.json:
        print_json(_initiative_json(row))
        return EXIT_OK
    print(f"Đã ghi sáng kiến {_initiative_text(row)}")
    return EXIT_OK


@with_database
def _cmd_delete(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.services.awards.initiatives import delete_initiative

    delete_initiative(db, args.id)
    print(f"Đã xóa sáng kiến #{args.id}.")
    return EXIT_OK


@with_database
def _cmd_cases(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.services.awards.cases import recipient_cases

    _print_cases(recipient_cases(db, args.id), args.json)
    return EXIT_OK


@with_database
def _cmd_case_open(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.domain.awards.initiatives import CaseKind
    from thidua_desktop.services.awards.cases import open_case

    rows = open_case(db, args.id, CaseKind(args.kind), day_of(args.since), args.note)
    _print_cases(rows, args.json)
    return EXIT_OK


@with_database
def _cmd_case_close(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.services.awards.cases import close_case

    _print_cases(close_case(db, args.id, day_of(args.on)), args.json)
    return EXIT_OK


def _print_cases(rows: list[CaseRow], as_json: bool) -> None:
    if as_json:
        print_json(
            [
                {
                    "id": r.id,
                    "recipient_id": r.recipient_id,
                    "kind": r.case.kind.value,
                    "opened_on": r.case.opened_on.isoformat(),
                    "closed_on": r.case.closed_on.isoformat() if r.case.closed_on else None,
                    "note": r.case.note or None,
                    "open": r.open,
                }
                for r in rows
            ]
        )
        return
    if not rows:
        print("Không có việc nào làm tạm dừng xét khen thưởng.")
    for r in rows:
        state = (
            "đang tạm dừng xét khen thưởng"
            if r.open
            else f"đã kết thúc ngày {r.case.closed_on:%d/%m/%Y}"
        )
        print(f"#{r.id} {r.case.text()}: {state}")


def _initiative_json(r: InitiativeRow) -> dict[str, Any]:
    return {
        "id": r.id,
        "year": r.year,
        "title": r.title,
        "level": r.level.code,
        "unit_code": r.unit_code,
        "authors": [{"id": a.id, "name": a.name} for a in r.authors],
        "field": r.field or None,
        "document_number": r.document_number or None,
        "document_date": r.document_date.isoformat() if r.document_date else None,
    }


def _initiative_text(r: InitiativeRow) -> str:
    document = f", {r.document_number}" if r.document_number else ""
    if r.document_date:
        document += f" ngày {r.document_date:%d/%m/%Y}"
    return f"#{r.id} “{r.title}” ({r.level.label}{document}) — tác giả: {r.author_names}"
