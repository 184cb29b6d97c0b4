"""Command-line command `report KIND --year Y [--unit U] --out FILE`: a PDF or Excel report."""

from __future__ import annotations

import argparse
import time
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from thidua_desktop.cli.common import EXIT_OK, id_arg, with_database, year_arg

if TYPE_CHECKING:
    from thidua_desktop.store.engine import Database


def add_commands(commands: Any) -> None:
    from thidua_desktop.reports.kinds import DOCUMENT_KINDS, KINDS

    report = commands.add_parser(
        "report",
        help="lập báo cáo PDF (thể thức Nghị định 30/2020) hoặc Excel",
        description="Lập báo cáo năm: "
        + "; ".join(f"{kind} = {label}" for kind, label in KINDS.items())
        + ". Văn bản về một bản ghi (cần --id): "
        + "; ".join(f"{kind} = {label}" for kind, label in DOCUMENT_KINDS.items())
        + ". Tệp được ghi trọn vẹn hoặc không ghi gì.",
    )
    report.add_argument(
        "kind", metavar="KIND", help=f"loại báo cáo: {', '.join([*KINDS, *DOCUMENT_KINDS])}"
    )
    report.add_argument("--year", required=True, type=year_arg, metavar="Y", help="năm báo cáo")
    report.add_argument(
        "--unit", metavar="U", help="mã đơn vị được báo cáo (mặc định: cơ quan sử dụng)"
    )
    report.add_argument(
        "--campaign", metavar="C", help="chỉ một phong trào (mặc định: các phong trào trong năm)"
    )
    report.add_argument("--date", metavar="D", help="ngày của văn bản (mặc định: hôm nay)")
    report.add_argument("--signer", metavar="NAME", help="họ tên người ký (thay cho thể thức)")
    report.add_argument(
        "--id",
        type=id_arg,
        metavar="N",
        dest="record_id",
        help="số hiệu đề nghị (awards-proposal) hoặc quyết định (awards-decision), xem lệnh awards",
    )
    report.add_argument(
        "--out",
        required=True,
        metavar="FILE",
        help="tệp .pdf, .xlsx hoặc .docx (bản nháp Word để sửa câu chữ)",
    )
    report.set_defaults(handler=_cmd_report)


def check_target(path: Path) -> None:
    """Refuse a file the report cannot be written to before spending time on the report."""
    from thidua_desktop.domain.errors import UserError
    from thidua_desktop.reports.render.files import SUFFIXES

    if path.suffix.lower() not in SUFFIXES:
        shown = path.suffix or path.name
        raise UserError(
            f'Không lưu được báo cáo dạng "{shown}". Hãy chọn tệp .pdf, .xlsx hoặc .docx.'
        )
    if path.is_dir():
        raise UserError(f"{path} là một thư mục. Hãy đặt tên tệp khác.")
    folder = path.parent
    if not folder.is_dir():
        raise UserError(f"Thư mục {folder} không tồn tại. Hãy chọn thư mục khác.")


@with_database
def _cmd_report(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.domain.dates import parse_date
    from thidua_desktop.domain.numbers import format_number
    from thidua_desktop.reports.build import ReportRequest, build_report, save_report_file

    request = ReportRequest(
        kind=args.kind.strip().lower(),
        year=args.year,
        unit_code=args.unit,
        campaign_code=args.campaign,
        day=parse_date(args.date) if args.date else None,
        signer_name=args.signer,
        record_id=args.record_id,
    )
    target = Path(args.out).expanduser()
    check_target(target)
    started = time.perf_counter()
    report = build_report(db, request)
    saved = save_report_file(report, target)
    elapsed = time.perf_counter() - started
    size = saved.stat().st_size
    seconds = Decimal(elapsed).quantize(Decimal("0.1"))
    print(
        f'Đã lưu "{report.file_stem}" vào {saved} '
        f"({format_number(max(size // 1024, 1))} KB, {format_number(seconds)} giây)."
    )
    if report.demo:
        print("(Số liệu minh họa)")
    return EXIT_OK
