"""Command-line dossiers between offices: `awards dossier-send|dossier-reply ID --out FILE`,
`awards dossier-receive FILE` and `awards dossiers` (the inbox). `--dry-run` shows what a
package would carry (the people it names) or what receiving it would do, and writes nothing."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from thidua_desktop.cli.common import EXIT_OK, data_dir_of, id_arg, with_database, year_arg

if TYPE_CHECKING:
    from thidua_desktop.exchange.awards.receive import ReceivePreview
    from thidua_desktop.exchange.awards.send import SendPreview
    from thidua_desktop.store.engine import Database

ID_HELP = "số hiệu đề nghị (#N trong lệnh awards)"


def add_commands(sub: Any) -> None:
    for name, reply, text in (
        ("dossier-send", False, "gửi hồ sơ đề nghị (kèm giấy tờ) lên cấp xét, quyết định"),
        ("dossier-reply", True, "gửi kết quả xét hồ sơ nhận từ cấp dưới về cơ quan gửi"),
    ):
        command = sub.add_parser(name, help=text)
        command.add_argument("id", type=id_arg, metavar="ID", help=ID_HELP)
        command.add_argument("--out", metavar="FILE", help="tệp gói .tdkt (bắt buộc trừ --dry-run)")
        command.add_argument(
            "--dry-run", action="store_true", help="chỉ liệt kê những gì gói sẽ mang đi"
        )
        command.add_argument("--json", action="store_true", help="in JSON")
        command.set_defaults(handler=_cmd_send, reply=reply, writes=True)

    receive = sub.add_parser(
        "dossier-receive", help="nhận hồ sơ từ cấp dưới hoặc kết quả từ cấp trên"
    )
    receive.add_argument("file", metavar="FILE", help="tệp gói .tdkt")
    receive.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không thay đổi gì")
    receive.add_argument("--json", action="store_true", help="in JSON")
    receive.set_defaults(handler=_cmd_receive, writes=True)

    inbox = sub.add_parser("dossiers", help="hộp hồ sơ liên cấp: hồ sơ gửi lên, nhận từ cấp dưới")
    inbox.add_argument("--year", type=year_arg, metavar="Y", help="năm (mặc định: mọi năm)")
    inbox.add_argument("--json", action="store_true", help="in JSON")
    inbox.set_defaults(handler=_cmd_inbox)


@with_database
def _cmd_send(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.cli.common import print_json
    from thidua_desktop.domain.errors import InvalidInput
    from thidua_desktop.exchange.awards import send

    if args.dry_run:
        preview = (send.preview_reply if args.reply else send.preview_dossier)(db, args.id)
        if args.json:
            print_json(_send_json(preview))
        else:
            _print_send(preview)
            print("(Xem trước: chưa ghi gói nào.)")
        return EXIT_OK
    if not args.out:
        raise InvalidInput("Hãy cho biết tệp gói cần ghi: --out TỆP.tdkt (hoặc dùng --dry-run).")
    write = send.send_reply if args.reply else send.send_dossier
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
        "proposal_id": p.proposal_id,
        "kind": p.kind,
        "title": p.title,
        "year": p.year,
        "unit": p.unit_name,
        "receiver_code": p.receiver_code,
        "receiver_name": p.receiver_name,
        "status": p.status.value,
        "times_sent": p.times_sent,
        "lines": p.lines,
        "people": [
            {
                "kind": person.kind.value,
                "name": person.name,
                "unit": person.unit_name,
                "gender": person.gender.value if person.gender else None,
                "birth_year": person.birth_year,
                "position": person.position,
                "category": person.category.value if person.category else None,
            }
            for person in p.people
        ],
        "papers": [
            {"file_name": f.file_name, "kind": f.kind.value, "bytes": f.size} for f in p.papers
        ],
        "decisions": list(p.decisions),
        "return_reason": p.return_reason,
    }


def _print_send(p: SendPreview) -> None:
    print(f"{p.kind_label.capitalize()}: {p.title}")
    print(
        f"  {p.unit_name}, năm {p.year}, {p.lines} dòng; gửi {p.receiver_name} ({p.receiver_code})"
    )
    if p.kind == "dossier":
        if p.replaces:
            print(f"  Lần gửi thứ {p.times_sent}: thay hồ sơ đã gửi trước.")
        print(f"  Thông tin cá nhân rời khỏi cơ quan trong gói ({len(p.people)} đối tượng):")
        for person in p.people:
            extra = ", ".join(
                part
                for part in (
                    person.gender.label if person.gender else "",
                    str(person.birth_year or ""),
                    person.position,
                    person.category.label if person.category else "",
                )
                if part
            )
            print(f"    - {person.name} ({person.unit_name}){': ' + extra if extra else ''}")
    else:
        print(f"  Trạng thái báo về: {p.status.label}")
        if p.return_reason:
            print(f"  Lý do trả lại: {p.return_reason}")
        for decision in p.decisions:
            print(f"  Quyết định {decision}")
    print(f"  Giấy tờ đính kèm: {len(p.papers)}")
    for paper in p.papers:
        print(f"    - {paper.file_name} ({paper.kind.label}, {paper.size} byte)")


@with_database
def _cmd_receive(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.cli.common import print_json
    from thidua_desktop.exchange.awards.receive import preview_received, receive_dossier_file

    path = Path(args.file)
    if args.dry_run:
        preview = preview_received(db, path)
        applied = False
    else:
        report = receive_dossier_file(db, data_dir_of(args), path)
        preview, applied = report.preview, report.applied
    if args.json:
        print_json(_receive_json(preview) | {"applied": applied, "dry_run": args.dry_run})
        return EXIT_OK
    print(
        f"Gói {preview.kind_label} số {preview.sequence} của {preview.producer_name} "
        f"({preview.signature_label})"
    )
    print(f"  {preview.title} — {preview.unit_name}, năm {preview.year}, {preview.lines} dòng")
    if preview.kind != "dossier":
        print(f"  Trạng thái ở cấp xét: {preview.status.label}")
    if preview.return_reason:
        print(f"  Lý do trả lại: {preview.return_reason}")
    for decision in preview.decisions:
        print(f"  Quyết định {decision}")
    if preview.papers:
        print(f"  Giấy tờ đính kèm: {', '.join(preview.papers)}")
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
        "title": p.title,
        "unit": p.unit_name,
        "status": p.status.value,
        "lines": p.lines,
        "people": p.people,
        "papers": list(p.papers),
        "decisions": list(p.decisions),
        "return_reason": p.return_reason,
        "times_received": p.times_received,
        "already_at": p.already_at.isoformat() if p.already_at else None,
        "changes": list(p.changes),
    }


@with_database
def _cmd_inbox(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.cli.common import print_json
    from thidua_desktop.services.awards.dossiers import list_dossiers

    rows = list_dossiers(db, year=args.year)
    if args.json:
        print_json(
            [
                {
                    "proposal_id": r.proposal_id,
                    "year": r.year,
                    "title": r.title,
                    "unit_code": r.unit_code,
                    "role": r.role.value,
                    "counterpart_code": r.state.counterpart_code,
                    "counterpart_name": r.state.counterpart_name,
                    "status": r.status.value,
                    "times_sent": r.times_sent,
                    "lines": r.lines,
                    "papers": r.papers,
                    "return_reason": r.state.return_reason,
                    "to_report": r.to_report,
                }
                for r in rows
            ]
        )
        return EXIT_OK
    if not rows:
        print("Chưa có hồ sơ nào gửi lên hoặc nhận từ cấp dưới.")
        return EXIT_OK
    for r in rows:
        way = "gửi" if r.role.value == "sent" else "nhận từ"
        note = " (chưa báo kết quả về)" if r.to_report else ""
        print(
            f"#{r.proposal_id} {r.year} {way} {r.state.counterpart_name}: {r.status.label}{note}"
            f" — {r.title} [{r.lines} dòng, {r.papers} giấy tờ, lần gửi {r.times_sent}]"
        )
        if r.state.return_reason and r.status.value == "returned":
            print(f"    Lý do trả lại: {r.state.return_reason}")
    return EXIT_OK
