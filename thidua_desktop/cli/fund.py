"""Command-line quỹ thi đua, khen thưởng: `fund --year Y` lists the year's book; `fund add`
writes a receipt or payment, `fund edit ID` corrects a line, `fund delete ID` removes one;
`fund opening` sets a year's opening balance; `fund categories` and `fund category` show and
change the mục thu, chi; `fund decisions` lists the decisions whose tiền thưởng the fund may
pay. The document: `report fund-ledger --year Y --out FILE`."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from thidua_desktop.cli.common import EXIT_OK, id_arg, with_database, year_arg

if TYPE_CHECKING:
    from thidua_desktop.services.fund.rows import Ledger
    from thidua_desktop.store.engine import Database

KINDS = {"thu": "khoản thu", "chi": "khoản chi"}
NEGATIVE_HELP = "vẫn ghi khi số dư quỹ sẽ âm (mặc định: từ chối và báo)"


def add_commands(commands: Any) -> None:
    fund = commands.add_parser(
        "fund", help="quỹ thi đua, khen thưởng: sổ quỹ của năm, thu, chi, số dư"
    )
    fund.add_argument("--year", type=year_arg, metavar="Y", help="năm (bắt buộc)")
    fund.add_argument("--unit", metavar="U", help="mã đơn vị (mặc định: cơ quan sử dụng)")
    fund.add_argument("--json", action="store_true", help="in JSON")
    fund.set_defaults(handler=_cmd_list)
    sub = fund.add_subparsers(dest="fund_command", metavar="COMMAND")

    add = sub.add_parser("add", help="ghi một khoản thu hoặc chi vào sổ quỹ")
    add.add_argument("--kind", required=True, choices=sorted(KINDS), help="thu hoặc chi")
    _line_options(add, required=True)
    add.set_defaults(handler=_cmd_add, writes=True)

    edit = sub.add_parser("edit", help="sửa một dòng của sổ quỹ (chỉ các trường được nêu)")
    edit.add_argument("id", type=id_arg, metavar="ID", help="số hiệu dòng (#N trong lệnh fund)")
    _line_options(edit, required=False)
    edit.add_argument(
        "--no-decision", action="store_true", help="bỏ liên kết với quyết định khen thưởng"
    )
    edit.set_defaults(handler=_cmd_edit, writes=True)

    delete = sub.add_parser("delete", help="xóa một dòng của sổ quỹ")
    delete.add_argument("id", type=id_arg, metavar="ID", help="số hiệu dòng (#N trong lệnh fund)")
    delete.add_argument("--reason", metavar="TEXT", help="lý do (ghi vào nhật ký)")
    delete.add_argument("--allow-negative", action="store_true", help=NEGATIVE_HELP)
    delete.add_argument("--json", action="store_true", help="in JSON")
    delete.set_defaults(handler=_cmd_delete, writes=True)

    opening = sub.add_parser(
        "opening",
        help="đặt số dư đầu năm (năm mở sổ, hoặc sau quyết toán); --clear: chuyển từ năm trước",
    )
    _scope_options(opening)
    group = opening.add_mutually_exclusive_group(required=True)
    group.add_argument("--amount", metavar="A", help='số dư (đồng), ví dụ "12.500.000"')
    group.add_argument("--clear", action="store_true", help="lấy số dư cuối năm trước")
    opening.add_argument("--note", metavar="TEXT", default="", help="ghi chú")
    opening.set_defaults(handler=_cmd_opening, writes=True)

    categories = sub.add_parser("categories", help="danh sách mục thu, mục chi")
    categories.add_argument("--all", action="store_true", help="cả các mục đã thôi dùng")
    categories.add_argument("--json", action="store_true", help="in JSON")
    categories.set_defaults(handler=_cmd_categories)

    category = sub.add_parser("category", help="thêm, đổi tên hoặc thôi dùng một mục thu, chi")
    category.add_argument("--kind", required=True, choices=sorted(KINDS), help="thu hoặc chi")
    category.add_argument(
        "--code",
        metavar="CODE",
        help="mã, ví dụ hoi_nghi (bắt buộc khi đổi tên, thôi dùng; khi thêm: lấy theo tên)",
    )
    category.add_argument(
        "--name",
        metavar="TEXT",
        help="tên mục (bắt buộc khi thêm, đổi tên; không cần với --retire)",
    )
    category.add_argument("--retire", action="store_true", help="thôi dùng mục này")
    category.set_defaults(handler=_cmd_category, writes=True)

    decisions = sub.add_parser(
        "decisions", help="các quyết định khen thưởng có tiền thưởng: tổng, đã chi, còn lại"
    )
    _scope_options(decisions)
    decisions.set_defaults(handler=_cmd_decisions)


def _scope_options(parser: argparse.ArgumentParser) -> None:
    """--year, --unit and --json of a sub-command; they may also stand before it (`fund --year
    Y decisions`: cli.common.share_options). The year is asked for by the handler, in the
    same words as for `fund` itself."""
    parser.add_argument("--year", type=year_arg, metavar="Y", help="năm (bắt buộc)")
    parser.add_argument("--unit", metavar="U", help="mã đơn vị (mặc định: cơ quan sử dụng)")
    parser.add_argument("--json", action="store_true", help="in JSON")


def _year(args: argparse.Namespace, command: str) -> int:
    from thidua_desktop.domain.errors import InvalidInput

    if args.year is None:
        raise InvalidInput(f"Hãy cho biết năm: {' '.join(['fund', command]).strip()} --year Y.")
    year: int = args.year
    return year


def _line_options(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument("--number", required=required, metavar="NO", help="số chứng từ")
    parser.add_argument("--date", required=required, metavar="D", help="ngày chứng từ")
    parser.add_argument(
        "--amount",
        metavar="A",
        help='số tiền (đồng), ví dụ "1.500.000"; bỏ trống khi chi theo --decision: phần tiền '
        "thưởng còn lại của quyết định",
    )
    parser.add_argument(
        "--category", required=required, metavar="CODE", help="mã mục (lệnh fund categories)"
    )
    parser.add_argument("--description", metavar="TEXT", help="nội dung")
    parser.add_argument(
        "--decision", type=id_arg, metavar="ID", help="quyết định khen thưởng được chi tiền thưởng"
    )
    if required:
        parser.add_argument("--unit", metavar="U", help="mã đơn vị (mặc định: cơ quan sử dụng)")
    parser.add_argument("--allow-negative", action="store_true", help=NEGATIVE_HELP)
    parser.add_argument("--json", action="store_true", help="in JSON")


# -- output -------------------------------------------------------------------------------------
def ledger_json(ledger: Ledger) -> dict[str, Any]:
    return {
        "year": ledger.year,
        "unit_code": ledger.unit_code,
        "unit_name": ledger.unit_name,
        "opening": ledger.opening,
        "opening_set": ledger.opening_set,
        "receipts": ledger.receipts,
        "payments": ledger.payments,
        "closing": ledger.closing,
        "editable": ledger.editable,
        "lines": [
            {
                "id": line.id,
                "kind": line.kind.value,
                "kind_label": line.kind.label,
                "number": line.number,
                "date": line.day.isoformat(),
                "amount": line.amount,
                "category_code": line.category_code,
                "category_name": line.category_name,
                "description": line.description,
                "decision_id": line.decision_id,
                "decision_number": line.decision_number or None,
                "balance": line.balance,
            }
            for line in ledger.lines
        ],
        "totals": [
            {
                "kind": t.kind.value,
                "category_code": t.code,
                "category_name": t.name,
                "amount": t.amount,
                "count": t.count,
            }
            for t in ledger.totals
        ],
    }


def _print_ledger(ledger: Ledger) -> None:
    from thidua_desktop.domain.fund import money_text

    carried = "đặt cho năm này" if ledger.opening_set else "chuyển từ năm trước"
    print(f"Sổ quỹ thi đua, khen thưởng năm {ledger.year} — {ledger.unit_name}")
    print(f"Số dư đầu năm ({carried}): {money_text(ledger.opening)}")
    for line in ledger.lines:
        sign = "+" if line.kind.sign > 0 else "-"
        decision = f" [QĐ {line.decision_number}]" if line.decision_number else ""
        text = line.description or line.category_name
        print(
            f"#{line.id} {line.day:%d/%m/%Y} {line.number}: {sign}{money_text(line.amount)} "
            f"({line.category_name}) {text}{decision} → tồn {money_text(line.balance)}"
        )
    print(
        f"Thu {money_text(ledger.receipts)}; chi {money_text(ledger.payments)}; "
        f"số dư cuối năm {money_text(ledger.closing)}."
    )
    if ledger.read_only_reason:
        print(ledger.read_only_reason)


def _show(args: argparse.Namespace, ledger: Ledger, said: str) -> int:
    from thidua_desktop.cli.common import print_json

    if args.json:
        print_json(ledger_json(ledger))
    else:
        from thidua_desktop.domain.fund import money_text

        print(f"{said} Số dư cuối năm {ledger.year}: {money_text(ledger.closing)}.")
    return EXIT_OK


@contextlib.contextmanager
def _negative_hint() -> Iterator[None]:
    """The fund would go below zero: the message says how to write it all the same."""
    from thidua_desktop.domain.errors import UserError
    from thidua_desktop.services.fund.ledger import NegativeBalanceError

    try:
        yield
    except NegativeBalanceError as exc:
        raise UserError(f"{exc.message} (Để vẫn ghi: thêm --allow-negative.)") from None


# -- commands -----------------------------------------------------------------------------------
@with_database
def _cmd_list(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.cli.common import print_json
    from thidua_desktop.services.fund.ledger import get_ledger

    ledger = get_ledger(db, year=_year(args, ""), unit_code=args.unit)
    if args.json:
        print_json(ledger_json(ledger))
    else:
        _print_ledger(ledger)
    return EXIT_OK


@with_database
def _cmd_add(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.domain.dates import parse_date
    from thidua_desktop.domain.fund import EntryKind
    from thidua_desktop.services.fund.ledger import save_entry
    from thidua_desktop.services.fund.rows import FundEntryInput

    entry = FundEntryInput(
        kind=EntryKind(args.kind),
        number=args.number,
        day=parse_date(args.date),
        amount=args.amount or "",
        category_code=args.category,
        description=args.description or "",
        decision_id=args.decision,
    )
    with _negative_hint():
        ledger = save_entry(db, entry, unit_code=args.unit, allow_negative=args.allow_negative)
    line = max(ledger.lines, key=lambda row: row.id)
    return _show(args, ledger, f"Đã ghi {KINDS[args.kind]} #{line.id} ({line.number}).")


@with_database
def _cmd_edit(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.domain.dates import parse_date
    from thidua_desktop.domain.fund import EntryKind
    from thidua_desktop.domain.numbers import format_number
    from thidua_desktop.services.fund.ledger import entry_row, save_entry
    from thidua_desktop.services.fund.rows import FundEntryInput

    line, unit_code = entry_row(db, args.id)
    decision = None if args.no_decision else (args.decision or line.decision_id)
    entry = FundEntryInput(
        kind=EntryKind(line.kind),
        number=args.number if args.number is not None else line.number,
        day=parse_date(args.date) if args.date is not None else line.day,
        amount=args.amount if args.amount is not None else format_number(line.amount),
        category_code=args.category if args.category is not None else line.category_code,
        description=args.description if args.description is not None else line.description,
        decision_id=decision,
    )
    with _negative_hint():
        ledger = save_entry(
            db,
            entry,
            unit_code=unit_code,
            entry_id=args.id,
            seen=line.updated_at,
            allow_negative=args.allow_negative,
        )
    return _show(args, ledger, f"Đã sửa dòng #{args.id}.")


@with_database
def _cmd_delete(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.services.fund.ledger import delete_entry

    with _negative_hint():
        ledger = delete_entry(db, args.id, reason=args.reason, allow_negative=args.allow_negative)
    return _show(args, ledger, f"Đã xóa dòng #{args.id}.")


@with_database
def _cmd_opening(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.services.fund.ledger import set_opening

    year = _year(args, "opening")
    ledger = set_opening(
        db,
        year=year,
        amount=None if args.clear else args.amount,
        unit_code=args.unit,
        note=args.note,
    )
    from thidua_desktop.domain.fund import money_text

    return _show(args, ledger, f"Số dư đầu năm {year}: {money_text(ledger.opening)}.")


@with_database
def _cmd_categories(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.cli.common import print_json
    from thidua_desktop.services.fund.categories import list_categories

    rows = list_categories(db, active_only=not args.all)
    if args.json:
        print_json(
            [
                {"kind": c.kind.value, "code": c.code, "name": c.name, "active": c.active}
                for c in rows
            ]
        )
        return EXIT_OK
    for c in rows:
        print(f"{c.kind.value}  {c.code:<14} {c.name}{'' if c.active else ' (thôi dùng)'}")
    return EXIT_OK


@with_database
def _cmd_category(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.domain.errors import InvalidInput
    from thidua_desktop.domain.fund import EntryKind
    from thidua_desktop.services.fund.categories import save_category

    if args.retire and not args.code:
        raise InvalidInput("Hãy cho biết mã mục cần thôi dùng: --code CODE.")
    before = {(c.kind, c.code) for c in _categories(db)}
    after = save_category(
        db, kind=EntryKind(args.kind), code=args.code, name=args.name, active=not args.retire
    )
    added = [c for c in after if (c.kind, c.code) not in before]
    code = added[0].code if added else args.code
    print(f"Đã {'thôi dùng' if args.retire else 'lưu'} mục {args.kind} {code}.")
    return EXIT_OK


def _categories(db: Database) -> list[Any]:
    from thidua_desktop.services.fund.categories import list_categories

    return list(list_categories(db, active_only=False))


@with_database
def _cmd_decisions(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.cli.common import print_json
    from thidua_desktop.domain.fund import money_text
    from thidua_desktop.services.fund.ledger import decision_choices

    year = _year(args, "decisions")
    rows = decision_choices(db, year=year, unit_code=args.unit)
    if args.json:
        print_json(
            [
                {
                    "id": c.id,
                    "number": c.number,
                    "date": c.day.isoformat(),
                    "title": c.title,
                    "total": c.total,
                    "paid": c.paid,
                    "remaining": c.remaining,
                }
                for c in rows
            ]
        )
        return EXIT_OK
    if not rows:
        print(f"Năm {year - 1}-{year} không có quyết định khen thưởng nào kèm tiền thưởng.")
    for c in rows:
        print(
            f"#{c.id} {c.number} ngày {c.day:%d/%m/%Y}: tiền thưởng {money_text(c.total)}, "
            f"đã chi {money_text(c.paid)}, còn {money_text(c.remaining)} — {c.title}"
        )
    return EXIT_OK
