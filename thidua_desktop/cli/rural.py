"""Command-line commands for nông thôn mới: `rural` and `rural set|recognize|revoke|plan|…`."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from thidua_desktop.cli.common import EXIT_OK, with_database, year_arg
from thidua_desktop.domain.dates import format_date
from thidua_desktop.domain.numbers import format_number
from thidua_desktop.domain.units import short_name

if TYPE_CHECKING:
    from thidua_desktop.store.engine import Database

LEVELS = "ntm, nang_cao, kieu_mau"
_YES = {"yes", "y", "co", "có", "dat", "đạt", "met", "1", "true"}
_NO = {"no", "n", "khong", "không", "chua dat", "chưa đạt", "not_met", "0", "false"}


def add_commands(commands: Any) -> None:
    rural = commands.add_parser(
        "rural", help="nông thôn mới: mức đạt chuẩn và tiêu chí từng xã, kế hoạch và kết quả"
    )
    rural.add_argument("--year", type=year_arg, metavar="Y", help="năm (bắt buộc)")
    rural.add_argument("--unit", metavar="U", help="mã xã hoặc huyện (mặc định: cơ quan sử dụng)")
    rural.add_argument("--json", action="store_true", help="in JSON")
    rural.set_defaults(handler=_cmd_rural)
    sub = rural.add_subparsers(dest="rural_command", metavar="set|recognize|revoke|plan|criteria")

    set_ = sub.add_parser("set", help="ghi một tiêu chí của một xã trong một năm")
    set_.add_argument("--unit", required=True, metavar="U", help="mã xã")
    set_.add_argument("--year", required=True, type=year_arg, metavar="Y", help="năm")
    set_.add_argument("--set", required=True, metavar="SET", help="bộ tiêu chí: " + LEVELS)
    set_.add_argument(
        "--criterion", required=True, metavar="N", help="số tiêu chí (1-19; kiểu mẫu: a-d)"
    )
    set_.add_argument("--met", required=True, metavar="yes/no", help="đạt (yes) hay chưa (no)")
    set_.add_argument("--value", metavar="V", help='giá trị, ví dụ "68,5 triệu đồng/người/năm"')
    set_.add_argument("--note", metavar="TEXT", help="minh chứng")
    set_.set_defaults(handler=_cmd_set, writes=True)

    recognize = sub.add_parser("recognize", help="ghi quyết định công nhận một xã đạt chuẩn")
    _decision_arguments(recognize)
    recognize.add_argument(
        "--year", type=year_arg, metavar="Y", help="năm đạt chuẩn (mặc định: năm của quyết định)"
    )
    recognize.add_argument("--announced", metavar="D", help="ngày công bố")
    recognize.add_argument("--note", metavar="TEXT", help="ghi chú")
    recognize.set_defaults(handler=_cmd_recognize, writes=True)

    revoke = sub.add_parser("revoke", help="ghi quyết định thu hồi (kéo theo các mức cao hơn)")
    _decision_arguments(revoke)
    revoke.add_argument("--reason", metavar="TEXT", help="lý do thu hồi")
    revoke.set_defaults(handler=_cmd_revoke, writes=True)

    plan = sub.add_parser("plan", help="kế hoạch: xã phấn đấu đạt mức nào trong năm")
    plan.add_argument("--unit", required=True, metavar="U", help="mã xã")
    plan.add_argument("--year", required=True, type=year_arg, metavar="Y", help="năm")
    plan.add_argument("--level", required=True, metavar="LEVEL", help=LEVELS + ", hoặc none")
    plan.add_argument("--note", metavar="TEXT", help="ghi chú")
    plan.set_defaults(handler=_cmd_plan, writes=True)

    criteria = sub.add_parser("criteria", help="các bộ tiêu chí đang dùng; nạp phiên bản riêng")
    criteria.add_argument(
        "--year", type=year_arg, metavar="Y", help="năm áp dụng (mặc định: năm nay)"
    )
    criteria.add_argument("--load", metavar="FILE", help="nạp tệp bộ tiêu chí của thành phố")
    criteria.add_argument("--json", action="store_true", help="in JSON")
    criteria.set_defaults(handler=_cmd_criteria, writes_when="load")


def _decision_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--unit", required=True, metavar="U", help="mã xã")
    parser.add_argument("--level", required=True, metavar="LEVEL", help="mức: " + LEVELS)
    parser.add_argument("--decision", required=True, metavar="NO", help="số quyết định")
    parser.add_argument("--date", required=True, metavar="D", help="ngày quyết định (dd/mm/yyyy)")
    parser.add_argument("--issuer", metavar="TEXT", help="cơ quan ban hành")


def _date(text: str | None) -> dt.date | None:
    from thidua_desktop.domain.dates import parse_date

    return None if text is None else parse_date(text)


def _met(text: str) -> bool:
    from thidua_desktop.domain.errors import InvalidInput
    from thidua_desktop.domain.text import clean

    value = clean(text).lower()
    if value in _YES:
        return True
    if value in _NO:
        return False
    raise InvalidInput(f'--met cần "yes" (đạt) hoặc "no" (chưa đạt), không phải "{clean(text)}".')


def _warn(warnings: Any) -> None:
    for warning in warnings:
        print(f"Cảnh báo: {warning}", file=sys.stderr)


@with_database
def _cmd_set(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.services.rural.edit import set_criterion

    met = _met(args.met)
    report = set_criterion(
        db,
        unit_code=args.unit,
        year=args.year,
        set_code=args.set,
        criterion=args.criterion,
        met=met,
        value=args.value,
        note=args.note,
    )
    row = report.row
    verb = "Đã ghi" if report.changed else "Không có gì thay đổi cho"
    print(
        f"{verb} tiêu chí {args.criterion} năm {args.year} của {row.unit_name} ({row.unit_code})."
    )
    print(f"  {_commune_line(row)}")
    _warn(report.warnings)
    return EXIT_OK


@with_database
def _cmd_recognize(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.services.rural.decisions import recognize

    day = _date(args.date)
    assert day is not None
    report = recognize(
        db,
        unit_code=args.unit,
        level=args.level,
        decision_number=args.decision,
        decision_date=day,
        issuer=args.issuer,
        year=args.year,
        announced_on=_date(args.announced),
        note=args.note,
    )
    for r in report.recognitions:
        print(
            f"Đã ghi quyết định {r.decision_number} ngày {format_date(r.decision_date)}: "
            f"{r.unit_name} ({r.unit_code}) đạt chuẩn {r.level.label} năm {r.year}."
        )
    print(f"  {_commune_line(report.row)}")
    _warn(report.warnings)
    return EXIT_OK


@with_database
def _cmd_revoke(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.services.rural.decisions import revoke

    day = _date(args.date)
    assert day is not None
    report = revoke(
        db,
        unit_code=args.unit,
        level=args.level,
        decision_number=args.decision,
        revoked_on=day,
        issuer=args.issuer,
        reason=args.reason,
    )
    for r in report.recognitions:
        print(
            f"Đã thu hồi {r.level.label} của {r.unit_name} ({r.unit_code}): quyết định "
            f"{r.decision_number} ngày {format_date(r.decision_date)}, thu hồi ngày "
            f"{format_date(day)} theo {r.revocation_number}."
        )
    print(f"  {_commune_line(report.row)}")
    _warn(report.warnings)
    return EXIT_OK


@with_database
def _cmd_plan(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.domain.text import clean
    from thidua_desktop.services.rural.edit import set_plan

    level = None if clean(args.level).lower() in ("none", "khong", "không", "") else args.level
    report = set_plan(db, unit_code=args.unit, year=args.year, level=level, note=args.note)
    row = report.row
    verb = "Đã ghi" if report.changed else "Không có gì thay đổi cho"
    target = row.plan.label if row.plan else "không có kế hoạch"
    print(f"{verb} kế hoạch năm {args.year} của {row.unit_name} ({row.unit_code}): {target}.")
    _warn(report.warnings)
    return EXIT_OK


@with_database
def _cmd_criteria(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.cli.common import print_json
    from thidua_desktop.services.rural.status import criteria_sets

    if args.load:
        from thidua_desktop.services.rural.reference import load_criteria_file

        loaded = load_criteria_file(db, Path(args.load))
        for text, what in (
            (loaded.loaded, "Đã nạp"),
            (loaded.unchanged, "Không đổi (đã nạp từ trước)"),
            (loaded.older, "Bỏ qua (đang dùng phiên bản mới hơn)"),
        ):
            if text:
                print(f"{what}: {', '.join(text)}", file=sys.stderr if args.json else None)
    sets = criteria_sets(db, year=args.year or dt.date.today().year)
    if args.json:
        print_json([_set_json(s, criteria=True) for s in sets])
        return EXIT_OK
    for s in sets:
        print(f"{s.title} — phiên bản {s.version} ({s.code.value}, {s.total} tiêu chí)")
        if s.legal_basis:
            print(f"  {s.legal_basis}")
        for group_code, group_name in s.groups:
            print(f"  {group_code}. {group_name}")
            for c in s.in_group(group_code):
                mark = " *" if c.revocation_key else ""
                print(f"    {c.code:>3}. {c.name}{mark}")
    if any(c.revocation_key for s in sets for c in s.criteria):
        print("(*) tiêu chí nêu tên trong điều kiện thu hồi của QĐ 18/2022/QĐ-TTg")
    return EXIT_OK


@with_database
def _cmd_rural(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.cli.common import print_json
    from thidua_desktop.domain.errors import InvalidInput
    from thidua_desktop.services.rural.status import rural_overview

    if args.year is None:
        raise InvalidInput("Hãy cho biết năm: rural --year Y.")
    overview = rural_overview(db, year=args.year, unit_code=args.unit)
    if args.json:
        from thidua_desktop.cli.rural_json import overview_json

        print_json(overview_json(overview))
    else:
        _print_overview(overview)
    for row in overview.communes:
        _warn(row.warnings)
    return EXIT_OK


# -- text output --------------------------------------------------------------------------------


def level_text(level: Any) -> str:
    return level.label if level is not None else "chưa đạt chuẩn"


def _commune_line(row: Any) -> str:
    scores = "; ".join(f"{s.set_code.label} {s.text}" for s in row.scores)
    line = f"Mức: {level_text(row.level)}; tiêu chí đạt: {scores}"
    if row.next_level is not None and row.missing:
        codes = ", ".join(m.code for m in row.missing)
        line += f"; còn thiếu cho {row.next_level.label}: {codes}"
    return line


def _plan_text(p: Any) -> str:
    target = ""
    if p.target is not None:
        basis = "kế hoạch các xã" if p.target_source == "plans" else p.target_source
        target = f" / chỉ tiêu {format_number(p.target)} ({basis})"
    status = f" — {p.status.label}" if p.status is not None else ""
    return f"mới {p.new}{target}; KH {p.planned}, đạt {p.achieved_planned}{status}"


def _print_overview(o: Any) -> None:
    print(f"Nông thôn mới — {o.scope_name}, năm {o.year}")
    if o.demo:
        print("(Dữ liệu minh họa)")
    if not o.communes:
        print("Không có xã nào trong phạm vi này (phường, thị trấn không xét nông thôn mới).")
        return
    if not o.has_data:
        print("Chưa có số liệu nông thôn mới.")
    t = o.total
    print(
        f"{t.communes} xã: {t.kieu_mau} NTM kiểu mẫu, {t.nang_cao} NTM nâng cao, {t.ntm} NTM, "
        f"{t.none} chưa đạt chuẩn."
    )
    print()
    print(f"{'Đơn vị':<24}{'Xã':>4}{'NTM':>5}{'N.cao':>7}{'K.mẫu':>7}  Nâng cao | Kiểu mẫu")
    for s in (*o.districts, t) if len(o.districts) > 1 else (t,):
        nc, km = s.plan(_level("nang_cao")), s.plan(_level("kieu_mau"))
        print(
            f"{s.unit_name:<24}{s.communes:>4}{s.ntm:>5}{s.nang_cao:>7}{s.kieu_mau:>7}  "
            f"{_plan_text(nc)} | {_plan_text(km)}"
        )
    for level in ("nang_cao", "kieu_mau", "ntm"):
        new = o.newly_recognised(_level(level))
        if new:
            names = ", ".join(c.unit_name for c in new)
            print(f"Công nhận {_level(level).label} năm {o.year} ({len(new)}): {names}")
    print()
    print(
        f"{'Mã':<7}{'Xã':<22}{'Huyện':<13}{'Mức':<14}{'NTM':>6}{'N.cao':>7}{'K.mẫu':>7}  Còn thiếu"
    )
    for c in o.communes:
        scores = [c.score(_level(code)) for code in ("ntm", "nang_cao", "kieu_mau")]
        texts = [s.text if s is not None else "—" for s in scores]
        missing = ""
        if c.next_level is not None:
            missing = f"{c.next_level.label}: " + (", ".join(m.code for m in c.missing) or "—")
        plan = f" [KH {c.plan.label}]" if c.plan else ""
        print(
            f"{c.unit_code:<7}{short_name(c.unit_name):<22}{short_name(c.district_name):<13}"
            f"{level_text(c.level):<14}{texts[0]:>6}{texts[1]:>7}{texts[2]:>7}  {missing}{plan}"
        )


def _level(code: str) -> Any:
    from thidua_desktop.domain.rural import Level

    return Level(code)


def _set_json(s: Any, *, criteria: bool = False) -> dict[str, object]:
    from thidua_desktop.cli.rural_json import set_json

    return set_json(s, criteria=criteria)
