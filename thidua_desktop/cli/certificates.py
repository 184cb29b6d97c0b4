"""Command-line certificates on pre-printed blanks: `certificates layouts` lists the blanks and
this office's calibration of each; `certificates calibrate LAYOUT --dx … --field name=dx,dy`
adjusts one; `certificates test-page LAYOUT --out F` prints its grid; `certificates show ID`
lists what a decision's certificates say and on which blank; `certificates print ID --out F`
writes them as PDF, one page per recipient."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from thidua_desktop.cli.common import EXIT_OK, id_arg, print_json, with_database

if TYPE_CHECKING:
    from thidua_desktop.domain.certificates import Calibration, Layout
    from thidua_desktop.store.engine import Database

DECISION_HELP = "số hiệu quyết định khen thưởng (#N trong lệnh awards show)"


def add_commands(commands: Any) -> None:
    certificates = commands.add_parser(
        "certificates", help="in bằng khen, giấy khen lên phôi: mẫu phôi, căn chỉnh, trang thử"
    )
    sub = certificates.add_subparsers(dest="certificates_command", metavar="COMMAND")
    sub.required = True
    layouts = sub.add_parser("layouts", help="các mẫu phôi và căn chỉnh của cơ quan")
    layouts.add_argument("--json", action="store_true", help="in JSON")
    layouts.set_defaults(handler=_cmd_layouts)

    calibrate = sub.add_parser("calibrate", help="căn chỉnh một mẫu phôi theo máy in và phôi")
    calibrate.add_argument("layout", metavar="LAYOUT", help="mã mẫu phôi (lệnh layouts)")
    calibrate.add_argument("--dx", metavar="MM", help="dịch cả trang sang phải (mm, âm: trái)")
    calibrate.add_argument("--dy", metavar="MM", help="dịch cả trang xuống (mm, âm: lên)")
    calibrate.add_argument(
        "--field",
        action="append",
        default=[],
        metavar="TRƯỜNG=DX;DY[;CỠ]",
        help="dịch một trường (mm) và đổi cỡ chữ, ví dụ name=1,5;-2;24 hoặc reason=0;3",
    )
    calibrate.add_argument(
        "--hide", action="append", default=[], metavar="TRƯỜNG", help="không in trường này"
    )
    calibrate.add_argument(
        "--show", action="append", default=[], metavar="TRƯỜNG", help="in lại trường này"
    )
    calibrate.add_argument("--reset", action="store_true", help="bỏ mọi căn chỉnh trước")
    calibrate.add_argument("--json", action="store_true", help="in JSON")
    calibrate.set_defaults(handler=_cmd_calibrate, writes=True)

    test_page = sub.add_parser("test-page", help="in trang thử có lưới milimét của một mẫu phôi")
    test_page.add_argument("layout", metavar="LAYOUT", help="mã mẫu phôi (lệnh layouts)")
    test_page.add_argument("--out", required=True, metavar="FILE", help="tệp PDF cần ghi")
    test_page.set_defaults(handler=_cmd_test_page)

    show = sub.add_parser("show", help="nội dung in trên phôi của một quyết định")
    show.add_argument("id", type=id_arg, metavar="ID", help=DECISION_HELP)
    show.add_argument("--json", action="store_true", help="in JSON")
    show.set_defaults(handler=_cmd_show)

    printing = sub.add_parser("print", help="ghi bằng khen, giấy khen của một quyết định ra PDF")
    printing.add_argument("id", type=id_arg, metavar="ID", help=DECISION_HELP)
    printing.add_argument("--out", required=True, metavar="FILE", help="tệp PDF cần ghi")
    printing.add_argument(
        "--layout",
        metavar="LAYOUT",
        help="mẫu phôi cần in (bắt buộc khi quyết định in trên nhiều loại phôi)",
    )
    printing.set_defaults(handler=_cmd_print)


@with_database
def _cmd_layouts(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.services.certificates.layouts import (
        certificate_layouts,
        get_calibrations,
    )

    layouts = certificate_layouts()
    calibrations = get_calibrations(db, layouts.layouts)
    if args.json:
        print_json(
            [
                {
                    "code": layout.code,
                    "name": layout.name,
                    "paper": layout.paper,
                    "landscape": layout.landscape,
                    "fields": [name.value for name in layout.fields],
                    "calibration": _calibration_json(calibrations[layout.code]),
                }
                for layout in layouts.layouts.values()
            ]
        )
        return EXIT_OK
    for layout in layouts.layouts.values():
        print(f"{layout.code} — {layout.name}")
        print(f"    {_calibration_text(layout, calibrations[layout.code])}")
    return EXIT_OK


@with_database
def _cmd_calibrate(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.domain.certificates import Calibration, FieldAdjust
    from thidua_desktop.services.certificates.layouts import (
        certificate_layouts,
        get_calibration,
        save_calibration,
    )

    layout = certificate_layouts().layout(args.layout)
    current = Calibration() if args.reset else get_calibration(db, layout.code)
    fields = dict(current.fields)
    dx = _mm(args.dx, "--dx") if args.dx is not None else current.dx
    dy = _mm(args.dy, "--dy") if args.dy is not None else current.dy
    for spec in args.field:
        name, _, values = spec.partition("=")
        field = _field(layout, name)
        parts = [part.strip() for part in values.split(";")] if values else []
        if not 2 <= len(parts) <= 3:
            from thidua_desktop.domain.errors import InvalidInput

            raise InvalidInput(
                f"--field {spec}: hãy ghi TRƯỜNG=DX;DY hoặc TRƯỜNG=DX;DY;CỠ (mm, điểm), "
                "ví dụ name=1,5;-2;24."
            )
        size = (
            _mm(parts[2], f"--field {name}")
            if len(parts) == 3
            else fields.get(field, FieldAdjust()).size
        )
        fields[field] = replace(
            fields.get(field, FieldAdjust()),
            dx=_mm(parts[0], f"--field {name}"),
            dy=_mm(parts[1], f"--field {name}"),
            size=size,
        )
    for name, hidden in [(n, True) for n in args.hide] + [(n, False) for n in args.show]:
        field = _field(layout, name)
        fields[field] = replace(fields.get(field, FieldAdjust()), hidden=hidden)
    saved = save_calibration(db, layout.code, Calibration(dx, dy, fields))
    if args.json:
        print_json({"code": layout.code, "calibration": _calibration_json(saved)})
        return EXIT_OK
    print(f"Đã lưu căn chỉnh {layout.name}: {_calibration_text(layout, saved)}")
    return EXIT_OK


@with_database
def _cmd_test_page(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.reports.certificates import layout_test_page

    layout_test_page(db, args.layout, _pdf(args.out))
    print(f"Đã ghi trang thử: {args.out}")
    return EXIT_OK


@with_database
def _cmd_show(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.services.certificates.layouts import decision_certificates

    batch = decision_certificates(db, args.id)
    if args.json:
        print_json(
            {
                "decision_id": batch.decision_id,
                "number": batch.decision_number,
                "date": batch.decision_day.isoformat(),
                "certificates": [
                    {
                        "line_id": c.line_id,
                        "layout": c.layout.code,
                        "texts": {name.value: text for name, text in c.texts.items()},
                    }
                    for c in batch.certificates
                ],
            }
        )
        return EXIT_OK
    print(f"Quyết định {batch.decision_number} ngày {batch.decision_day:%d/%m/%Y}:")
    for c in batch.certificates:
        print(f"  [{c.layout.code}] {c.recipient}")
        for name, text in c.texts.items():
            if name in c.layout.fields and text:
                print(f"      {name.label}: {' / '.join(text.splitlines())}")
    return EXIT_OK


@with_database
def _cmd_print(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.domain.errors import InvalidInput
    from thidua_desktop.reports.certificates import decision_certificates_pdf
    from thidua_desktop.services.certificates.layouts import decision_certificates

    layout_code = args.layout
    if layout_code is None:
        batch = decision_certificates(db, args.id)
        blanks = batch.layouts
        if len(blanks) > 1:
            counts = ", ".join(
                f"{b.code} ({sum(c.layout.code == b.code for c in batch.certificates)} bản)"
                for b in blanks
            )
            raise InvalidInput(
                f"Quyết định {batch.decision_number} in trên {len(blanks)} loại phôi: {counts}. "
                "Hãy chọn một loại: --layout MÃ."
            )
        layout_code = blanks[0].code
    printed = decision_certificates_pdf(db, args.id, _pdf(args.out), layout_code=layout_code)
    print(f"Đã ghi {printed.pages} trang ({layout_code}): {args.out}")
    for warning in printed.warnings:
        print(f"  Cảnh báo: {warning}")
    return EXIT_OK


# -- helpers ------------------------------------------------------------------------------------
def _pdf(text: str) -> Path:
    """--out: a .pdf file (a printer takes the PDF; another name would hide what it is)."""
    from thidua_desktop.domain.errors import InvalidInput

    path = Path(text)
    if path.suffix.lower() != ".pdf":
        raise InvalidInput(
            f'Bằng khen, giấy khen và trang thử được ghi thành tệp PDF: "{path.name}" phải có '
            "đuôi .pdf."
        )
    return path


def _mm(text: str, what: str) -> float:
    from thidua_desktop.domain.errors import InvalidInput
    from thidua_desktop.domain.numbers import parse_number

    try:
        return float(parse_number(text))
    except InvalidInput as exc:
        raise InvalidInput(f"{what}: {exc}") from None


def _field(layout: Layout, name: str) -> Any:
    from thidua_desktop.domain.certificates import CertField
    from thidua_desktop.domain.errors import InvalidInput

    try:
        field = CertField(name.strip())
    except ValueError:
        field = None
    if field is None or field not in layout.fields:
        known = ", ".join(f"{f.value} ({f.label})" for f in layout.fields)
        raise InvalidInput(f"Mẫu {layout.code} không có trường “{name}”; có: {known}.")
    return field


def _calibration_json(calibration: Calibration) -> dict[str, Any]:
    return {
        "dx": calibration.dx,
        "dy": calibration.dy,
        "fields": {
            name.value: {"dx": a.dx, "dy": a.dy, "size": a.size, "hidden": a.hidden}
            for name, a in calibration.fields.items()
        },
    }


def _calibration_text(layout: Layout, calibration: Calibration) -> str:
    from thidua_desktop.domain.certificates import mm_text

    parts = [f"khổ {layout.paper} {'ngang' if layout.landscape else 'dọc'}"]
    if calibration.dx or calibration.dy:
        parts.append(
            f"cả trang {mm_text(calibration.dx, signed=True)} mm ngang, "
            f"{mm_text(calibration.dy, signed=True)} mm dọc"
        )
    for name, adjust in calibration.fields.items():
        if adjust.hidden:
            parts.append(f"{name.value}: không in")
            continue
        size = f", cỡ {mm_text(adjust.size)}" if adjust.size is not None else ""
        shift = f"{mm_text(adjust.dx, signed=True)}/{mm_text(adjust.dy, signed=True)}"
        parts.append(f"{name.value} {shift} mm{size}")
    if len(parts) == 1:
        parts.append("chưa căn chỉnh")
    return "; ".join(parts)
