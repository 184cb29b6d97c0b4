"""Command-line commands for "3 không" and ANTT: `security` (the summary) and `security set`."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from thidua_desktop.cli.common import EXIT_OK, with_database, year_arg
from thidua_desktop.cli.json_rows import iso as _iso
from thidua_desktop.cli.json_rows import number as _number
from thidua_desktop.domain.numbers import format_number, percent_text

if TYPE_CHECKING:
    from thidua_desktop.store.engine import Database

STATUSES = ("met", "not_met", "pending")


def add_commands(commands: Any) -> None:
    security = commands.add_parser(
        "security",
        help='"3 không" và an toàn về ANTT của từng xã, phường, thị trấn; tỷ lệ so với chỉ tiêu',
    )
    security.add_argument("--year", type=year_arg, metavar="Y", help="năm (bắt buộc)")
    security.add_argument(
        "--unit", metavar="U", help="mã đơn vị: xã/phường, quận/huyện (mặc định: cơ quan sử dụng)"
    )
    security.add_argument("--json", action="store_true", help="in JSON")
    security.set_defaults(handler=_cmd_security)
    sub = security.add_subparsers(dest="security_command", metavar="set")
    set_ = sub.add_parser("set", help='ghi tình trạng "3 không", ANTT của một xã, phường, thị trấn')
    set_.add_argument("--unit", required=True, metavar="U", help="mã xã, phường, thị trấn")
    set_.add_argument("--year", required=True, type=year_arg, metavar="Y", help="năm")
    for flag, label in (
        ("--crime", "không tội phạm"),
        ("--drugs", "không ma túy"),
        ("--prostitution", "không mại dâm"),
    ):
        set_.add_argument(flag, metavar="S", help=f"{label}: {', '.join(STATUSES)}")
    set_.add_argument(
        "--component",
        action="append",
        default=[],
        metavar="CODE=S",
        help="tiêu chí khác do thành phố quy định, ví dụ gambling=met (lặp lại được)",
    )
    set_.add_argument("--evidence", metavar="TEXT", help="minh chứng cho các tiêu chí vừa ghi")
    set_.add_argument(
        "--evidence-date", metavar="D", help="ngày minh chứng (trong kỳ 16/11 năm trước - 15/11)"
    )
    set_.add_argument("--antt", metavar="S", help="kết quả an toàn về ANTT: met, not_met, pending")
    set_.add_argument("--registered-on", metavar="D", help="ngày đăng ký (thường trong Quý I)")
    set_.add_argument(
        "--recognised-share",
        metavar="P",
        help="tỷ lệ khu dân cư, cơ quan… được công nhận (%%), ví dụ 85,5",
    )
    set_.add_argument("--decision", metavar="NO", help='số quyết định công nhận ("" để xóa)')
    set_.add_argument("--decision-date", metavar="D", help="ngày quyết định")
    set_.add_argument("--issuer", metavar="TEXT", help="cơ quan ban hành quyết định")
    set_.add_argument("--note", metavar="TEXT", help="ghi chú")
    set_.set_defaults(handler=_cmd_security_set, writes=True)  # holds the instance lock


def _date(text: str | None) -> dt.date | None:
    from thidua_desktop.domain.dates import parse_date

    return None if text is None else parse_date(text)


@with_database
def _cmd_security_set(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.domain.errors import InvalidInput
    from thidua_desktop.services.security.edit import set_security

    components = {
        code: value
        for code, value in (
            ("crime", args.crime),
            ("drugs", args.drugs),
            ("prostitution", args.prostitution),
        )
        if value is not None
    }
    for item in args.component:
        code, sign, value = item.partition("=")
        if not sign or not code.strip():
            raise InvalidInput(f'--component cần dạng MÃ=TÌNH_TRẠNG, ví dụ gambling=met: "{item}".')
        components[code.strip()] = value
    report = set_security(
        db,
        unit_code=args.unit,
        year=args.year,
        components=components,
        evidence_note=args.evidence,
        evidence_date=_date(args.evidence_date),
        antt=args.antt,
        registered_on=_date(args.registered_on),
        recognised_share=args.recognised_share,
        decision_number=args.decision,
        decision_date=_date(args.decision_date),
        issuer=args.issuer,
        note=args.note,
    )
    row = report.row
    verb = "Đã ghi" if report.changed else "Không có gì thay đổi cho"
    print(f'{verb} "3 không", ANTT năm {args.year} của {row.unit_name} ({row.unit_code}).')
    print(f"  {_unit_line(row)}")
    for warning in report.warnings:
        print(f"Cảnh báo: {warning}", file=sys.stderr)
    return EXIT_OK


@with_database
def _cmd_security(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.cli.common import print_json
    from thidua_desktop.domain.errors import InvalidInput
    from thidua_desktop.services.security.status import security_overview

    if args.year is None:
        raise InvalidInput("Hãy cho biết năm: security --year Y.")
    overview = security_overview(db, year=args.year, unit_code=args.unit)
    if args.json:
        print_json(overview_json(overview))
        return EXIT_OK
    _print_overview(overview)
    return EXIT_OK


def _unit_line(row: Any) -> str:
    parts = [f"{c.label}: {c.status.label}" for c in row.components]
    parts.append(f"ANTT: {row.antt_result.label}")
    if row.decision_number:
        when = f" ngày {row.decision_date:%d/%m/%Y}" if row.decision_date else ""
        parts.append(f"QĐ {row.decision_number}{when}")
    return "; ".join(parts)


def _print_overview(o: Any) -> None:
    source = f" ({o.target_source})" if o.target_source else " (mặc định)"
    print(f'"3 không" và an toàn về ANTT — {o.scope_name}, năm {o.year}')
    print(
        f"Kỳ đánh giá {o.window_start:%d/%m/%Y} - {o.window_end:%d/%m/%Y}; "
        f"chỉ tiêu ≥ {format_number(o.target_percent)}%{source}"
    )
    if o.demo:
        print("(Dữ liệu minh họa)")
    if not o.units:
        print("Không có xã, phường, thị trấn nào trong phạm vi này.")
        return
    print()
    columns = ("Số đơn vị", "3 không", "ANTT", "Cả hai")
    print(f"{'Đơn vị':<26}" + "".join(f"{c:>16}" for c in columns) + "  So với chỉ tiêu")
    for s in (*o.districts, o.total) if len(o.districts) > 1 else (o.total,):
        print(
            f"{s.unit_name:<26}{s.units:>16}"
            f"{_count(s.three_khong, s.three_khong_percent):>16}"
            f"{_count(s.antt, s.antt_percent):>16}"
            f"{_count(s.both, s.both_percent):>16}  {s.target_status.label}"
            f" (năm trước {percent_text(s.previous_both_percent)}; +{s.gained}/-{s.lost})"
        )
    short = o.shortfalls
    if short:
        print()
        print(f"Chưa đạt cả hai ({len(short)} đơn vị):")
        for row in short:
            why = []
            if row.failing:
                why.append("chưa đạt: " + ", ".join(row.failing))
            if row.pending:
                why.append("chưa đánh giá: " + ", ".join(row.pending))
            print(f"  {row.unit_code:<7}{row.unit_name} ({row.district_name}) — {'; '.join(why)}")
    if len(o.units) == 1:
        print()
        print(f"{o.units[0].unit_name}: {_unit_line(o.units[0])}")
        for warning in o.units[0].warnings:
            print(f"  Cảnh báo: {warning}")


def _count(count: int, percent: Decimal | None) -> str:
    return f"{count} ({percent_text(percent)})"


# -- JSON ---------------------------------------------------------------------------------------


def _summary_json(s: Any) -> dict[str, object]:
    return {
        "unit_code": s.unit_code,
        "unit_name": s.unit_name,
        "units": s.units,
        "recorded": s.recorded,
        "three_khong": s.three_khong,
        "antt": s.antt,
        "both": s.both,
        "three_khong_percent": _number(s.three_khong_percent),
        "antt_percent": _number(s.antt_percent),
        "both_percent": _number(s.both_percent),
        "target_percent": _number(s.target_percent),
        "status": s.target_status.value,
        "status_label": s.target_status.label,
        "previous_both_percent": _number(s.previous_both_percent),
        "gained": s.gained,
        "lost": s.lost,
    }


def _unit_json(row: Any) -> dict[str, object]:
    return {
        "unit_code": row.unit_code,
        "unit_name": row.unit_name,
        "district_code": row.district_code,
        "district_name": row.district_name,
        "recorded": row.recorded,
        "components": [
            {
                "code": c.code,
                "label": c.label,
                "status": c.status.value,
                "status_label": c.status.label,
                "evidence_note": c.evidence_note or None,
                "evidence_date": _iso(c.evidence_date),
            }
            for c in row.components
        ],
        "three_khong": row.three_khong,
        "antt": {
            "status": row.antt_result.value,
            "status_label": row.antt_result.label,
            "registered_on": _iso(row.registered_on),
            "recognised_share_percent": _number(row.recognised_share),
            "decision": (
                {
                    "number": row.decision_number,
                    "date": _iso(row.decision_date),
                    "issuer": row.decision_issuer or None,
                }
                if row.decision_number
                else None
            ),
        },
        "both": row.both,
        "failing": list(row.failing),
        "pending": list(row.pending),
        "change": row.change.value if row.change else None,
        "change_label": row.change.label if row.change else None,
        "source": row.source,
        "read_only": not row.editable,
        "note": row.note or None,
        "warnings": list(row.warnings),
    }


def overview_json(o: Any) -> dict[str, object]:
    return {
        "year": o.year,
        "unit_code": o.scope_code,
        "unit_name": o.scope_name,
        "evaluation_window": {"start": o.window_start.isoformat(), "end": o.window_end.isoformat()},
        "target_percent": _number(o.target_percent),
        "target_source": o.target_source,
        "demo": o.demo,
        "components": [{"code": c.code, "label": c.label} for c in o.components],
        "summary": _summary_json(o.total),
        "districts": [_summary_json(d) for d in o.districts],
        "units": [_unit_json(u) for u in o.units],
        "shortfalls": [
            {
                "unit_code": u.unit_code,
                "unit_name": u.unit_name,
                "district_code": u.district_code,
                "failing": list(u.failing),
                "pending": list(u.pending),
            }
            for u in o.shortfalls
        ],
    }
