"""Command-line commands for campaigns: `campaigns`, `targets`, `target set`, `result set`."""

from __future__ import annotations

import argparse
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from thidua_desktop.cli.common import EXIT_OK, with_database, year_arg
from thidua_desktop.cli.json_rows import number as _json_number
from thidua_desktop.domain.numbers import format_number

if TYPE_CHECKING:
    from thidua_desktop.store.engine import Database


def add_commands(commands: Any) -> None:
    campaigns = commands.add_parser("campaigns", help="liệt kê các phong trào thi đua")
    campaigns.add_argument("--json", action="store_true", help="in JSON")
    campaigns.set_defaults(handler=_cmd_campaigns)

    targets = commands.add_parser(
        "targets", help="bảng đánh giá chỉ tiêu: chỉ tiêu, kết quả, tình trạng, tỷ lệ"
    )
    targets.add_argument("--year", type=year_arg, required=True, metavar="Y", help="năm")
    targets.add_argument("--campaign", metavar="C", help="mã phong trào (mặc định: tất cả)")
    targets.add_argument("--unit", metavar="U", help="mã đơn vị (mặc định: phạm vi phong trào)")
    targets.add_argument("--json", action="store_true", help="in JSON")
    targets.set_defaults(handler=_cmd_targets)

    target = commands.add_parser("target", help="giao chỉ tiêu")
    target_commands = target.add_subparsers(dest="target_command", metavar="set", required=True)
    target_set = target_commands.add_parser("set", help="đặt chỉ tiêu cho một đơn vị, một năm")
    _cell_arguments(target_set)
    target_set.add_argument(
        "--value",
        required=True,
        metavar="V",
        help='giá trị (hoặc cận dưới của khoảng), ví dụ "9,5"',
    )
    target_set.add_argument("--high", metavar="H", help="cận trên, cho chỉ tiêu dạng khoảng")
    target_set.set_defaults(handler=_cmd_target_set, writes=True)

    result = commands.add_parser("result", help="nhập kết quả")
    result_commands = result.add_subparsers(dest="result_command", metavar="set", required=True)
    result_set = result_commands.add_parser("set", help="ghi kết quả của một đơn vị, một năm")
    _cell_arguments(result_set)
    result_set.add_argument(
        "--value", required=True, metavar="V", help='giá trị, ví dụ "9,5", "43.000" hoặc "9.5"'
    )
    result_set.add_argument(
        "--note", help='ghi chú (không có: giữ ghi chú cũ; --note "": xóa ghi chú)'
    )
    result_set.set_defaults(handler=_cmd_result_set, writes=True)


def _cell_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--campaign", required=True, metavar="C", help="mã phong trào")
    parser.add_argument("--indicator", required=True, metavar="I", help="mã chỉ tiêu")
    parser.add_argument("--unit", required=True, metavar="U", help="mã đơn vị")
    parser.add_argument("--year", required=True, type=year_arg, metavar="Y", help="năm")


@with_database
def _cmd_campaigns(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.cli.common import print_json
    from thidua_desktop.services.campaigns.definitions import list_campaigns

    rows = list_campaigns(db)
    if args.json:
        print_json(
            [
                {
                    "campaign_code": r.code,
                    "title": r.title,
                    "form": r.form,
                    "form_label": r.form_label,
                    "document": {
                        "number": r.doc_number or None,
                        "date": r.doc_date.isoformat() if r.doc_date else None,
                        "issuer": r.doc_issuer or None,
                        "summary": r.doc_summary or None,
                    },
                    "start_date": r.start_date.isoformat(),
                    "end_date": r.end_date.isoformat(),
                    "unit_code": r.scope_code,
                    "unit_name": r.scope_name,
                    "status": r.status,
                    "status_label": r.status_label,
                    "indicators": r.indicator_count,
                    "read_only": not r.editable,
                    "demo": r.demo,
                }
                for r in rows
            ]
        )
        return EXIT_OK
    if not rows:
        print("Chưa có phong trào thi đua nào.")
        return EXIT_OK
    for r in rows:
        period = f"{r.start_date:%d/%m/%Y} - {r.end_date:%d/%m/%Y}"
        print(f"{r.code:<12} {r.title}")
        print(f"{'':<12} {r.form_label}; {period}; {r.indicator_count} chỉ tiêu; {r.status_label}")
        if r.document:
            print(f"{'':<12} {r.document}")
    return EXIT_OK


def _number(value: Decimal | None, decimals: int | None = None) -> str:
    return "" if value is None else format_number(value, decimals)


@with_database
def _cmd_targets(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.cli.common import print_json
    from thidua_desktop.services.campaigns.results import evaluation_table

    rows = evaluation_table(db, year=args.year, campaign_code=args.campaign, unit_code=args.unit)
    if args.json:
        print_json([_evaluation_json(r) for r in rows])
        return EXIT_OK
    if not rows:
        print(f"Không có chỉ tiêu nào trong năm {args.year}.")
        return EXIT_OK
    current = None
    for r in rows:
        if r.campaign_code != current:
            current = r.campaign_code
            print(f"{r.campaign_code} — {r.campaign_title} — {r.unit_name}, năm {r.year}")
        value = _number(r.value, r.decimals)
        unit = r.unit_of_measure if r.unit_of_measure == "%" else f" {r.unit_of_measure}"
        shown = f"{value}{unit}" if value else "—"
        ratio = f" ({format_number(r.ratio_percent, 2)}%)" if r.ratio_percent is not None else ""
        print(
            f"  {r.indicator_code:<14} {r.status.label:<16} {shown:<22} "
            f"chỉ tiêu {r.target_text or '—'}{ratio}"
        )
    return EXIT_OK


def _evaluation_json(r: Any) -> dict[str, object]:
    target = r.target
    return {
        "campaign_code": r.campaign_code,
        "indicator_code": r.indicator_code,
        "indicator_name": r.indicator_name,
        "unit_code": r.unit_code,
        "unit_name": r.unit_name,
        "year": r.year,
        "unit_of_measure": r.unit_of_measure,
        "comparator": r.comparator,
        "target_low": _json_number(target.low) if target else None,
        "target_high": _json_number(target.high) if target else None,
        "target_text": r.target_text or None,
        "value": _json_number(r.value),
        "value_text": _number(r.value, r.decimals) or None,
        "value_origin": r.origin.value if r.origin else None,
        "status": r.status.value,
        "status_label": r.status.label,
        "ratio_percent": _json_number(r.ratio_percent),
        "difference": _json_number(r.difference),
        "source": r.source,
    }


@with_database
def _cmd_target_set(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.services.campaigns.definitions import set_target

    target = set_target(
        db,
        campaign_code=args.campaign,
        indicator_code=args.indicator,
        unit_code=args.unit,
        year=args.year,
        low=args.value,
        high=args.high,
    )
    print(
        f"Đã giao chỉ tiêu {args.indicator} năm {args.year} cho đơn vị {args.unit}: "
        f"{target.describe()}"
    )
    return EXIT_OK


@with_database
def _cmd_result_set(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.services.campaigns.results import set_result

    value = set_result(
        db,
        campaign_code=args.campaign,
        indicator_code=args.indicator,
        unit_code=args.unit,
        year=args.year,
        value=args.value,
        note=args.note,
    )
    print(
        f"Đã ghi kết quả {args.indicator} năm {args.year} của đơn vị {args.unit}: "
        f"{format_number(value)}"
    )
    return EXIT_OK
