"""Command-line tổ chức and công chức làm công tác thi đua, khen thưởng (what biểu 0604 and 0605
count; Cài đặt › Tổ chức, công chức làm công tác TĐKT in the interface): `statistics` lists them;
`statistics body-add|body-edit|body-delete` keep the bodies, `statistics staff-add|staff-edit|
staff-delete` the staff. The forms themselves: `report bieu-0601` … `bieu-0605`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from thidua_desktop.cli.common import EXIT_OK, id_arg, print_json, with_database, year_arg

if TYPE_CHECKING:
    from thidua_desktop.services.statistics.tdkt import TdktPeople
    from thidua_desktop.store.engine import Database

BODY_KINDS = (
    "ministry_department",
    "department_section",
    "home_affairs_board",
    "home_affairs_section",
)
TRAININGS = ("so_cap", "trung_cap", "cao_dang", "dai_hoc", "tren_dai_hoc")
OPEN = "-"  # --until -: still at work


def add_commands(commands: Any) -> None:
    top = commands.add_parser(
        "statistics",
        help="tổ chức, công chức làm công tác thi đua, khen thưởng (biểu 0604, 0605)",
    )
    top.add_argument("--json", action="store_true", help="in JSON")
    top.set_defaults(handler=_cmd_list)
    sub = top.add_subparsers(dest="statistics_command", metavar="COMMAND")

    for name, editing in (("body-add", False), ("body-edit", True)):
        body = sub.add_parser(
            name,
            help="sửa một tổ chức làm công tác TĐKT (chỉ các trường được nêu)"
            if editing
            else "ghi một tổ chức làm công tác TĐKT (vụ, phòng, ban thi đua - khen thưởng)",
        )
        if editing:
            body.add_argument("id", type=id_arg, metavar="ID", help="số hiệu tổ chức")
        body.add_argument("--name", required=not editing, metavar="TEXT", help="tên tổ chức")
        body.add_argument(
            "--kind",
            required=not editing,
            choices=BODY_KINDS,
            help="dòng của biểu 0604: ministry_department (cấp vụ), department_section (phòng "
            "thuộc vụ), home_affairs_board (ban thuộc Sở Nội vụ), home_affairs_section (phòng "
            "thuộc Sở Nội vụ)",
        )
        _years(body, editing)
        body.set_defaults(handler=_cmd_body_save, writes=True)

    body_delete = sub.add_parser("body-delete", help="xóa một tổ chức ghi nhầm")
    body_delete.add_argument("id", type=id_arg, metavar="ID", help="số hiệu tổ chức")
    body_delete.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
    body_delete.set_defaults(handler=_cmd_body_delete, writes=True)

    for name, editing in (("staff-add", False), ("staff-edit", True)):
        staff = sub.add_parser(
            name,
            help="sửa một công chức làm công tác TĐKT (chỉ các trường được nêu)"
            if editing
            else "ghi một công chức làm công tác TĐKT",
        )
        if editing:
            staff.add_argument("id", type=id_arg, metavar="ID", help="số hiệu công chức")
        staff.add_argument("--name", required=not editing, metavar="TEXT", help="họ và tên")
        staff.add_argument(
            "--gender", required=not editing, metavar="G", help="giới tính: Nam hoặc Nữ"
        )
        staff.add_argument(
            "--birth-year", required=not editing, type=year_arg, metavar="Y", help="năm sinh"
        )
        staff.add_argument(
            "--training",
            required=not editing,
            choices=TRAININGS,
            help="trình độ đào tạo (biểu 0605)",
        )
        staff.add_argument(
            "--body",
            type=_or_open(id_arg),
            metavar="ID",
            help=f"số hiệu tổ chức nơi làm việc ({OPEN}: không thuộc tổ chức nào)",
        )
        _years(staff, editing)
        staff.set_defaults(handler=_cmd_staff_save, writes=True)

    staff_delete = sub.add_parser("staff-delete", help="xóa một công chức ghi nhầm")
    staff_delete.add_argument("id", type=id_arg, metavar="ID", help="số hiệu công chức")
    staff_delete.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
    staff_delete.set_defaults(handler=_cmd_staff_delete, writes=True)


def _years(parser: argparse.ArgumentParser, editing: bool) -> None:
    parser.add_argument(
        "--since",
        dest="since_year",
        required=not editing,
        type=year_arg,
        metavar="Y",
        help="từ năm",
    )
    parser.add_argument(
        "--until",
        dest="until_year",
        type=_or_open(year_arg),
        metavar="Y",
        help=f"đến năm (đã thôi; {OPEN}: bỏ năm kết thúc)",
    )
    parser.add_argument("--note", metavar="TEXT", help="ghi chú")
    parser.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="in JSON")


def _or_open(read: Callable[[str], int]) -> Callable[[str], int | str]:
    """An option's reader that also takes "-" (no end year, no body)."""

    def value(text: str) -> int | str:
        return OPEN if text.strip() == OPEN else read(text)

    value.__name__ = read.__name__  # argparse names the option's type in its messages
    return value


def _kept(given: int | str | None, current: int | None) -> int | None:
    """An optional year or id as given: not given keeps `current`, "-" clears it."""
    if given is None:
        return current
    return None if given == OPEN else int(given)


# -- output -------------------------------------------------------------------------------------
def people_json(people: TdktPeople) -> dict[str, Any]:
    return {
        "bodies": [
            {
                "id": b.id, "name": b.name, "kind": b.kind.value, "since_year": b.since_year,
                "until_year": b.until_year, "note": b.note, "staff": b.staff,
            }
            for b in people.bodies
        ],
        "staff": [
            {
                "id": p.id, "full_name": p.full_name, "gender": p.gender.value,
                "birth_year": p.birth_year, "training": p.training.value,
                "since_year": p.since_year, "until_year": p.until_year, "body_id": p.body_id,
                "body_name": p.body_name, "note": p.note,
            }
            for p in people.staff
        ],
    }  # fmt: skip


def _period(since: int, until: int | None) -> str:
    return f"từ {since}" if until is None else f"{since}-{until}"


def _show(args: argparse.Namespace, people: TdktPeople, said: str = "") -> int:
    if getattr(args, "json", False):
        print_json(people_json(people))
        return EXIT_OK
    if said:
        print(said)
    print(f"Tổ chức làm công tác thi đua, khen thưởng ({len(people.bodies)}):")
    for b in people.bodies:
        print(
            f"  #{b.id} {b.name} — {b.kind.label}; {_period(b.since_year, b.until_year)}; "
            f"{b.staff} công chức"
        )
    print(f"Công chức làm công tác thi đua, khen thưởng ({len(people.staff)}):")
    for p in people.staff:
        where = f"; {p.body_name}" if p.body_name else ""
        print(
            f"  #{p.id} {p.full_name} ({p.gender.label}, {p.birth_year}) — {p.training.label}; "
            f"{_period(p.since_year, p.until_year)}{where}"
        )
    return EXIT_OK


# -- commands -----------------------------------------------------------------------------------
@with_database
def _cmd_list(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.services.statistics.tdkt import tdkt_people

    return _show(args, tdkt_people(db))


def _given(value: Any, current: Any, read: Callable[[Any], Any] = lambda v: v) -> Any:
    """An option of add or edit: what was given (read), or what the record has."""
    return current if value is None else read(value)


@with_database
def _cmd_body_save(args: argparse.Namespace, db: Database) -> int:
    """body-add, and body-edit ID (the options not given keep the body's values)."""
    from thidua_desktop.domain.errors import InvalidInput
    from thidua_desktop.services.statistics.tdkt import (
        BodyEntry,
        BodyKind,
        BodyRow,
        save_body,
        tdkt_people,
    )

    body_id: int | None = getattr(args, "id", None)
    old: BodyRow | None = None
    if body_id is not None:
        old = next((b for b in tdkt_people(db).bodies if b.id == body_id), None)
        if old is None:
            raise InvalidInput(f"Không có tổ chức #{body_id}.")
    entry = BodyEntry(
        name=_given(args.name, old.name if old else None),
        kind=_given(args.kind, old.kind if old else None, BodyKind),
        since_year=_given(args.since_year, old.since_year if old else None),
        until_year=_kept(args.until_year, old.until_year if old else None),
        note=_given(args.note, old.note if old else ""),
    )
    said = (
        f"Đã sửa tổ chức #{body_id}." if old else f"Đã ghi tổ chức {' '.join(entry.name.split())}."
    )
    return _show(args, save_body(db, entry, body_id=body_id), said)


@with_database
def _cmd_body_delete(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.services.statistics.tdkt import delete_body

    return _show(args, delete_body(db, args.id), f"Đã xóa tổ chức #{args.id}.")


@with_database
def _cmd_staff_save(args: argparse.Namespace, db: Database) -> int:
    """staff-add, and staff-edit ID (the options not given keep the person's values)."""
    from thidua_desktop.domain.awards.types import Gender
    from thidua_desktop.domain.errors import InvalidInput
    from thidua_desktop.services.statistics.tdkt import (
        StaffEntry,
        StaffRow,
        Training,
        save_staff,
        tdkt_people,
    )

    staff_id: int | None = getattr(args, "id", None)
    old: StaffRow | None = None
    if staff_id is not None:
        old = next((p for p in tdkt_people(db).staff if p.id == staff_id), None)
        if old is None:
            raise InvalidInput(f"Không có công chức #{staff_id}.")
    entry = StaffEntry(
        full_name=_given(args.name, old.full_name if old else None),
        gender=_given(args.gender, old.gender if old else None, Gender.parse),
        birth_year=_given(args.birth_year, old.birth_year if old else None),
        training=_given(args.training, old.training if old else None, Training),
        since_year=_given(args.since_year, old.since_year if old else None),
        until_year=_kept(args.until_year, old.until_year if old else None),
        body_id=_kept(args.body, old.body_id if old else None),
        note=_given(args.note, old.note if old else ""),
    )
    said = (
        f"Đã sửa công chức #{staff_id}."
        if old
        else f"Đã ghi công chức {' '.join(entry.full_name.split())}."
    )
    return _show(args, save_staff(db, entry, staff_id=staff_id), said)


@with_database
def _cmd_staff_delete(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.services.statistics.tdkt import delete_staff

    return _show(args, delete_staff(db, args.id), f"Đã xóa công chức #{args.id}.")
