"""Command-line steps of the khen thưởng workflow: `awards submit|return|review|decide|award ID`.

Lines are named by their number in the proposal (as `awards show ID` lists them)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from thidua_desktop.cli.common import EXIT_OK, count_arg, day_of, id_arg, with_database

if TYPE_CHECKING:
    from thidua_desktop.store.engine import Database

ID_HELP = "số hiệu đề nghị (#N trong lệnh awards)"


def add_commands(sub: Any) -> None:
    submit = sub.add_parser("submit", help="trình đề nghị (nháp → đã trình)")
    submit.add_argument("id", type=id_arg, metavar="ID", help=ID_HELP)
    submit.add_argument("--date", metavar="D", help="ngày trình (mặc định: hôm nay)")
    submit.add_argument("--number", metavar="NO", help="số tờ trình, ví dụ 45/TTr-UBND")
    submit.set_defaults(handler=_cmd_submit, writes=True)

    back = sub.add_parser("return", help="trả lại đề nghị (về nháp), bắt buộc nêu lý do")
    back.add_argument("id", type=id_arg, metavar="ID", help=ID_HELP)
    back.add_argument("--reason", required=True, metavar="TEXT", help="lý do trả lại")
    back.add_argument("--date", metavar="D", help="ngày trả lại (mặc định: hôm nay)")
    back.set_defaults(handler=_cmd_return, writes=True)

    review = sub.add_parser("review", help="ghi kết quả xét của Hội đồng Thi đua - Khen thưởng")
    review.add_argument("id", type=id_arg, metavar="ID", help=ID_HELP)
    review.add_argument("--date", metavar="D", help="ngày họp (mặc định: hôm nay)")
    review.add_argument(
        "--members", type=count_arg, required=True, metavar="N", help="số thành viên"
    )
    review.add_argument("--present", type=count_arg, required=True, metavar="N", help="số có mặt")
    review.add_argument(
        "--votes",
        action="append",
        default=[],
        metavar="DÒNG=N",
        help="số phiếu đồng ý của dòng cần bỏ phiếu kín, ví dụ 8=7 (lặp lại được)",
    )
    review.set_defaults(handler=_cmd_review, writes=True)

    decide = sub.add_parser("decide", help="ghi quyết định khen thưởng")
    decide.add_argument("id", type=id_arg, metavar="ID", help=ID_HELP)
    decide.add_argument("--number", required=True, metavar="NO", help="số quyết định")
    decide.add_argument("--date", required=True, metavar="D", help="ngày quyết định")
    decide.add_argument("--signer", required=True, metavar="NAME", help="họ tên người ký")
    decide.add_argument("--position", default="Chủ tịch", metavar="TEXT", help="chức vụ người ký")
    decide.add_argument("--issuer", metavar="TEXT", help="người quyết định (mặc định theo cấp)")
    decide.add_argument(
        "--lines",
        metavar="1,2,…",
        help="chỉ các dòng này (mặc định: mọi dòng chưa quyết định, trừ dòng bỏ phiếu kín không "
        "đạt)",
    )
    decide.set_defaults(handler=_cmd_decide, writes=True)

    award = sub.add_parser("award", help="ghi đã trao khen thưởng")
    award.add_argument("id", type=id_arg, metavar="ID", help=ID_HELP)
    award.add_argument("--date", metavar="D", help="ngày trao (mặc định: hôm nay)")
    award.set_defaults(handler=_cmd_award, writes=True)


# -- the workflow -------------------------------------------------------------------------------


def _done(detail: Any, what: str) -> int:
    p = detail.proposal
    print(f"Đã {what} đề nghị #{p.id} ({p.unit_name}): {p.status_label}.")
    for w in detail.warnings:
        print(f"Cảnh báo: {w.message}", file=sys.stderr)
    return EXIT_OK


def _positions(detail: Any, text: str, what: str) -> dict[int, int]:
    """Line positions as shown by `awards show` → line ids."""
    from thidua_desktop.domain.errors import InvalidInput

    by_position = {line.position: line.id for line in detail.lines}
    try:
        position = int(text.strip())
    except ValueError:
        raise InvalidInput(f'{what}: "{text}" không phải số thứ tự dòng.') from None
    if position not in by_position:
        raise InvalidInput(f"{what}: đề nghị #{detail.proposal.id} không có dòng {position}.")
    return {position: by_position[position]}


@with_database
def _cmd_submit(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.services.awards.workflow import submit_proposal

    detail = submit_proposal(db, args.id, submitted_on=day_of(args.date), number=args.number)
    return _done(detail, "trình")


@with_database
def _cmd_return(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.services.awards.workflow import return_proposal

    detail = return_proposal(db, args.id, reason=args.reason, returned_on=day_of(args.date))
    return _done(detail, "trả lại")


@with_database
def _cmd_review(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.domain.errors import InvalidInput
    from thidua_desktop.services.awards.proposals import get_proposal
    from thidua_desktop.services.awards.rows import ReviewEntry
    from thidua_desktop.services.awards.workflow import record_review

    current = get_proposal(db, args.id)
    votes: dict[int, int] = {}
    for item in args.votes:
        line, sign, count = item.partition("=")
        if not sign:
            raise InvalidInput(f'--votes cần dạng DÒNG=SỐ_PHIẾU, ví dụ 8=7: "{item}".')
        (line_id,) = _positions(current, line, "--votes").values()
        try:
            votes[line_id] = int(count.strip())
        except ValueError:
            raise InvalidInput(f'--votes: "{count}" không phải số phiếu.') from None
    detail = record_review(
        db,
        args.id,
        ReviewEntry(day=day_of(args.date), members=args.members, present=args.present, votes=votes),
    )
    return _done(detail, "ghi kết quả xét của Hội đồng cho")


def _cmd_decide(args: argparse.Namespace) -> int:
    from thidua_desktop.cli.common import open_existing
    from thidua_desktop.services.awards.proposals import get_proposal
    from thidua_desktop.services.awards.rows import DecisionEntry
    from thidua_desktop.services.awards.workflow import decide_proposal

    db = open_existing(args)
    skipped: list[str] = []
    try:
        current = get_proposal(db, args.id)
        if args.lines:
            line_ids: tuple[int, ...] | None = tuple(
                line_id
                for part in args.lines.split(",")
                if part.strip()
                for line_id in _positions(current, part, "--lines").values()
            )
        else:  # every line not decided yet whose secret ballot did not fail
            pending = [line for line in current.lines if not line.decided]
            line_ids = tuple(line.id for line in pending if not line.ballot_failed) or None
            skipped = [
                f"Không quyết định dòng {line.position} ({line.recipient.name}, "
                f"“{line.award_name}”): {line.ballot_failed}."
                for line in pending
                if line.ballot_failed
            ]
        detail = decide_proposal(
            db,
            args.id,
            DecisionEntry(
                number=args.number,
                day=day_of(args.date),
                signer_name=args.signer,
                signer_position=args.position,
                issuer=args.issuer or "",
                line_ids=line_ids,
            ),
        )
    finally:
        db.close()
    for text in skipped:
        print(text)
    return _done(detail, "ghi quyết định cho")


@with_database
def _cmd_award(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.services.awards.workflow import mark_awarded

    detail = mark_awarded(db, args.id, awarded_on=day_of(args.date))
    return _done(detail, "ghi đã trao khen thưởng cho")
