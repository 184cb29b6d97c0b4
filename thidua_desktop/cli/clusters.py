"""Command-line cụm, khối thi đua: `clusters` lists the year's clusters; `clusters send-table ID
--out FILE` sends the table (and once published, the ranking) down to the members' offices;
`clusters send-scores ID --out FILE` sends a member office's self-scores up; `clusters receive
FILE` receives either. `--dry-run` shows what would leave or change, and writes nothing."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from thidua_desktop.cli.common import EXIT_OK, data_dir_of, id_arg, with_database, year_arg

if TYPE_CHECKING:
    from thidua_desktop.exchange.clusters.receive import ReceivePreview
    from thidua_desktop.exchange.clusters.send import SendPreview
    from thidua_desktop.store.engine import Database

ID_HELP = "số hiệu cụm, khối (#N trong lệnh clusters)"


def add_commands(commands: Any) -> None:
    clusters = commands.add_parser(
        "clusters", help="cụm, khối thi đua: danh sách, gửi bảng chấm điểm, gửi và nhận điểm"
    )
    clusters.add_argument("--year", type=year_arg, metavar="Y", help="năm (bắt buộc)")
    clusters.add_argument("--json", action="store_true", help="in JSON")
    clusters.set_defaults(handler=_cmd_list)
    sub = clusters.add_subparsers(dest="clusters_command", metavar="COMMAND")
    for name, scores, text in (
        ("send-table", False, "gửi bảng chấm điểm (và kết quả đã công bố) xuống các thành viên"),
        ("send-scores", True, "gửi điểm tự chấm (kèm minh chứng) lên cơ quan tổ chức cụm, khối"),
    ):
        command = sub.add_parser(name, help=text)
        command.add_argument("id", type=id_arg, metavar="ID", help=ID_HELP)
        command.add_argument("--out", metavar="FILE", help="tệp gói .tdkt (bắt buộc trừ --dry-run)")
        command.add_argument(
            "--dry-run", action="store_true", help="chỉ liệt kê những gì gói sẽ mang đi"
        )
        command.add_argument("--json", action="store_true", help="in JSON")
        command.set_defaults(handler=_cmd_send, scores=scores, writes=True)
    receive = sub.add_parser("receive", help="nhận bảng chấm điểm hoặc điểm tự chấm")
    receive.add_argument("file", metavar="FILE", help="tệp gói .tdkt")
    receive.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không thay đổi gì")
    receive.add_argument("--json", action="store_true", help="in JSON")
    receive.set_defaults(handler=_cmd_receive, writes=True)


@with_database
def _cmd_list(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.cli.common import print_json
    from thidua_desktop.domain.errors import InvalidInput
    from thidua_desktop.services.clusters.clusters import list_clusters

    if args.year is None:
        raise InvalidInput("Hãy cho biết năm: clusters --year Y.")
    rows = list_clusters(db, year=args.year)
    if args.json:
        print_json(
            [
                {
                    "id": r.id,
                    "code": r.code,
                    "name": r.name,
                    "kind": r.kind.value,
                    "council": r.council_unit_name,
                    "members": r.members,
                    "organiser": r.organiser or r.council_unit_name,
                    "received": bool(r.organiser),
                    "published_on": r.published_on.isoformat() if r.published_on else None,
                }
                for r in rows
            ]
        )
        return EXIT_OK
    if not rows:
        print(f"Năm {args.year} chưa có cụm, khối thi đua nào.")
    for r in rows:
        origin = f"nhận từ {r.organiser}" if r.organiser else f"tổ chức: {r.council_unit_name}"
        state = f", công bố {r.published_on:%d/%m/%Y}" if r.published_on else ""
        print(f"#{r.id} {r.code} — {r.name}: {r.members} thành viên; {origin}{state}")
    return EXIT_OK


@with_database
def _cmd_send(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.cli.common import print_json
    from thidua_desktop.domain.errors import InvalidInput
    from thidua_desktop.exchange.clusters import send

    if args.dry_run:
        preview = (send.preview_scores if args.scores else send.preview_table)(db, args.id)
        if args.json:
            print_json(_send_json(preview))
        else:
            _print_send(preview)
            print("(Xem trước: chưa ghi gói nào.)")
        return EXIT_OK
    if not args.out:
        raise InvalidInput("Hãy cho biết tệp gói cần ghi: --out TỆP.tdkt (hoặc dùng --dry-run).")
    write = send.send_scores if args.scores else send.send_table
    report = write(db, data_dir_of(args), args.id, out=Path(args.out))
    if args.json:
        print_json(
            _send_json(report.preview)
            | {"path": str(report.path), "sequence": report.sequence, "bytes": report.size_bytes}
        )
        return EXIT_OK
    _print_send(report.preview)
    print(f"Đã ghi gói số {report.sequence}: {report.path} ({report.size_bytes} byte).")
    return EXIT_OK


def _send_json(p: SendPreview) -> dict[str, Any]:
    return {
        "cluster_id": p.cluster_id,
        "kind": p.kind,
        "code": p.cluster_code,
        "name": p.cluster_name,
        "year": p.year,
        "receiver": p.receiver_name,
        "units": list(p.units),
        "criteria": p.criteria,
        "scores": p.scores,
        "published": p.published,
        "papers": [
            {
                "file_name": f.file_name,
                "kind": f.kind.value,
                "bytes": f.size,
                "criterion": f.criterion,
            }
            for f in p.papers
        ],
    }


def _print_send(p: SendPreview) -> None:
    print(f"Gói {p.kind_label}: {p.cluster_name} ({p.cluster_code}), năm {p.year}")
    print(f"  Gửi: {p.receiver_name}")
    print(f"  Đơn vị ({len(p.units)}): {', '.join(p.units)}")
    if p.kind == "cluster_table":
        print(f"  Bảng chấm điểm: {p.criteria} tiêu chí")
        if p.published:
            print(f"  Kết quả đã công bố: {p.scores} dòng điểm của các thành viên")
    else:
        print(f"  Điểm tự chấm: {p.scores} tiêu chí")
    print(f"  Tệp đính kèm: {len(p.papers)}")
    for paper in p.papers:
        where = f", tiêu chí {paper.criterion}" if paper.criterion else ""
        print(f"    - {paper.file_name} ({paper.kind.label}{where}, {paper.size} byte)")


@with_database
def _cmd_receive(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.cli.common import print_json
    from thidua_desktop.exchange.clusters.receive import (
        preview_cluster_package,
        receive_cluster_file,
    )

    path = Path(args.file)
    if args.dry_run:
        preview = preview_cluster_package(db, path)
        applied = False
    else:
        report = receive_cluster_file(db, data_dir_of(args), path)
        preview, applied = report.preview, report.applied
    if args.json:
        print_json(_receive_json(preview) | {"applied": applied, "dry_run": args.dry_run})
        return EXIT_OK
    print(
        f"Gói {preview.kind_label} số {preview.sequence} của {preview.producer_name} "
        f"({preview.signature_label})"
    )
    print(f"  {preview.cluster_name} ({preview.cluster_code}), năm {preview.year}")
    print(f"  Đơn vị: {', '.join(preview.units)}")
    if preview.papers:
        print(f"  Tệp đính kèm: {', '.join(preview.papers)}")
    if preview.already_at is not None:
        when = f"{preview.already_at.astimezone():%d/%m/%Y %H:%M}"
        print(f"Gói này đã được nhận lúc {when}: không thay đổi gì.")
        return EXIT_OK
    for change in preview.changes:
        print(f"  {change}")
    print("Đã nhận." if applied else "(Xem trước: chưa thay đổi gì.)")
    return EXIT_OK


def _receive_json(p: ReceivePreview) -> dict[str, Any]:
    return {
        "file": p.file_name,
        "kind": p.kind,
        "producer_code": p.producer_code,
        "producer_name": p.producer_name,
        "year": p.year,
        "sequence": p.sequence,
        "signature": p.signature_label,
        "code": p.cluster_code,
        "name": p.cluster_name,
        "units": list(p.units),
        "criteria": p.criteria,
        "scores": p.scores,
        "published": p.published,
        "papers": list(p.papers),
        "already_at": p.already_at.isoformat() if p.already_at else None,
        "changes": list(p.changes),
    }
