"""Command-line commands for khen thưởng: `awards` (the year), proposals and their workflow,
eligibility, a recipient's history and the catalogue. Documents: `report awards-proposal|
awards-decision --year Y --id N --out FILE`."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from thidua_desktop.cli.common import EXIT_OK, day_of, id_arg, with_database, year_arg
from thidua_desktop.domain.numbers import format_number, percent_text

if TYPE_CHECKING:
    from thidua_desktop.store.engine import Database


def add_commands(commands: Any) -> None:
    awards = commands.add_parser(
        "awards",
        help="khen thưởng: số lượng theo danh hiệu, hình thức, cảnh báo; đề nghị và quyết định",
    )
    awards.add_argument("--year", type=year_arg, metavar="Y", help="năm (bắt buộc)")
    awards.add_argument("--unit", metavar="U", help="mã đơn vị (mặc định: cơ quan sử dụng)")
    awards.add_argument("--json", action="store_true", help="in JSON")
    awards.set_defaults(handler=_cmd_awards)
    sub = awards.add_subparsers(dest="awards_command", metavar="COMMAND")

    show = sub.add_parser("show", help="một đề nghị: các dòng, biểu quyết, quyết định, cảnh báo")
    show.add_argument(
        "id", type=id_arg, metavar="ID", help="số hiệu đề nghị (#N trong lệnh awards)"
    )
    show.add_argument("--json", action="store_true", help="in JSON")
    show.set_defaults(handler=_cmd_show)

    eligible = sub.add_parser(
        "eligible", help="ai đủ điều kiện đề nghị danh hiệu, hình thức cao hơn (theo năm)"
    )
    eligible.add_argument(
        "--year", type=year_arg, required=True, metavar="Y", help="năm đã có quyết định khen thưởng"
    )
    eligible.add_argument(
        "--unit", metavar="U", help="mã đơn vị (mặc định: cơ quan sử dụng và đơn vị trực thuộc)"
    )
    eligible.add_argument("--json", action="store_true", help="in JSON")
    eligible.set_defaults(handler=_cmd_eligible)

    history = sub.add_parser("history", help="quá trình khen thưởng của một đối tượng")
    history.add_argument(
        "id", type=id_arg, metavar="ID", help="số hiệu đối tượng (#N khi tìm đối tượng)"
    )
    history.add_argument("--json", action="store_true", help="in JSON")
    history.set_defaults(handler=_cmd_history)

    catalogue = sub.add_parser("catalogue", help="danh mục danh hiệu, hình thức áp dụng theo ngày")
    catalogue.add_argument("--date", metavar="D", help="ngày (mặc định: hôm nay)")
    catalogue.add_argument("--json", action="store_true", help="in JSON")
    catalogue.set_defaults(handler=_cmd_catalogue)

    from thidua_desktop.cli import awards_dossiers as cli_awards_dossiers
    from thidua_desktop.cli import awards_steps as cli_awards_steps

    cli_awards_steps.add_commands(sub)
    cli_awards_dossiers.add_commands(sub)
    from thidua_desktop.cli import awards_initiatives as cli_awards_initiatives

    cli_awards_initiatives.add_commands(sub)


# -- reading ------------------------------------------------------------------------------------


@with_database
def _cmd_awards(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.cli.awards_json import overview_json
    from thidua_desktop.cli.common import print_json
    from thidua_desktop.domain.errors import InvalidInput
    from thidua_desktop.services.awards.lookup import awards_overview

    if args.year is None:
        raise InvalidInput("Hãy cho biết năm: awards --year Y.")
    overview = awards_overview(db, year=args.year, unit_code=args.unit)
    if args.json:
        print_json(overview_json(overview))
        return EXIT_OK
    _print_overview(overview)
    return EXIT_OK


def _print_overview(o: Any) -> None:
    print(f"Khen thưởng năm {o.year} — {o.scope_name}")
    print(f"Quy định áp dụng: {o.rules.label} ({o.rules.period})")
    if o.demo:
        print("(Dữ liệu minh họa)")
    if not o.counts:
        print("Chưa có đề nghị khen thưởng nào.")
    else:
        print()
        heads = ("Đề nghị", "Quyết định", "Tập thể", "Cá nhân", "Hộ", "Đột xuất")
        print(f"{'':<16}" + "".join(f"{h:>11}" for h in heads) + "  Danh hiệu, hình thức")
        for c in o.counts:
            values = (c.proposed, c.decided, c.collectives, c.individuals, c.households, c.ad_hoc)
            print(f"{c.short_name:<16}" + "".join(f"{v:>11}" for v in values) + f"  {c.award_name}")
        print()
        print(
            f"Đã quyết định {o.decided}/{o.proposed} dòng; cá nhân {o.decided_individuals}, trong "
            f"đó người lao động trực tiếp {o.direct_workers} "
            f"({percent_text(o.direct_workers_percent)}); khen đột xuất {o.ad_hoc} "
            f"({percent_text(o.ad_hoc_percent)})."
        )
    for rule in o.rules.quotas:
        rows = [q for q in o.quotas if q.award_code == rule.award_code]
        if not rows:
            continue
        print()
        print(
            f"Tỷ lệ “{rule.award_name}” ≤ {format_number(rule.max_percent)}% số "
            f"“{rule.base_name}” ({rule.rounding_label}):"
        )
        for q in rows:
            mark = "  VƯỢT" if q.exceeded else ""
            print(f"  {q.unit_name:<30} {q.count}/{q.base_count} (tối đa {q.limit}){mark}")
    if o.proposals:
        print()
        print(f"Đề nghị ({len(o.proposals)}):")
        for p in o.proposals:
            print(
                f"  #{p.id:<4} {p.unit_name:<22} {p.status_label:<22} {p.lines:>3} dòng"
                f" ({p.decided_lines} đã quyết định) — {p.title}"
            )
            if p.returned:
                print(f"        Lý do trả lại: {p.return_reason}")
        print(
            "  (#N là số hiệu đề nghị: awards show N cho danh sách và cách in tờ trình, "
            "quyết định.)"
        )
    if o.warnings:
        print()
        print(f"Cảnh báo ({len(o.warnings)}):")
        for w in o.warnings:
            print(f"  - [#{w.proposal_id}] {w.message}")


@with_database
def _cmd_show(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.cli.awards_json import detail_json
    from thidua_desktop.cli.common import print_json
    from thidua_desktop.services.awards.proposals import get_proposal

    detail = get_proposal(db, args.id)
    if args.json:
        print_json(detail_json(detail))
        return EXIT_OK
    _print_detail(detail)
    return EXIT_OK


def _print_detail(d: Any) -> None:
    p = d.proposal
    print(f"Đề nghị #{p.id} — {p.unit_name}, năm {p.year}: {p.title}")
    number = f"số {p.number}, " if p.number else ""
    print(
        f"Tờ trình {number}ngày {p.proposal_date:%d/%m/%Y}; trình {p.to_level.label}; "
        f"trạng thái: {p.status_label}"
    )
    if p.returned:
        print(f"Lý do trả lại ({p.returned_on:%d/%m/%Y}): {p.return_reason}")
    if p.review_date:
        print(
            f"Hội đồng TĐKT xét ngày {p.review_date:%d/%m/%Y}: {p.members_present}/"
            f"{p.council_members} thành viên có mặt"
        )
    print(f"Quy định áp dụng: {d.rules.label} ({d.rules.period})")
    print()
    for line in d.lines:
        extra = []
        if line.award_type.value != "regular":
            extra.append(line.award_type.label)
        if line.votes_agree is not None:
            extra.append(f"phiếu đồng ý {line.votes_agree}")
        if line.decision_number:
            extra.append(f"QĐ {line.decision_number}")
        shown = f" ({'; '.join(extra)})" if extra else ""
        print(f"  {line.position:>3}. {line.recipient.name} — {line.award_name}{shown}")
    for x in d.decisions:
        print()
        print(
            f"Quyết định #{x.id}: số {x.number} ngày {x.day:%d/%m/%Y} của {x.issuer} "
            f"({x.signer_position} {x.signer_name}); {x.lines} dòng; quy định: {x.rules_label}"
        )
    print()
    print(f"In tờ trình: report awards-proposal --year {p.year} --id {p.id} --out TỆP.pdf")
    for x in d.decisions:
        print(
            f"In quyết định {x.number}: report awards-decision --year {p.year} --id {x.id} "
            "--out TỆP.pdf"
        )
    if d.warnings:
        print()
        print(f"Cảnh báo ({len(d.warnings)}):")
        for w in d.warnings:
            print(f"  - {w.message}")


@with_database
def _cmd_eligible(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.cli.awards_json import eligibility_json
    from thidua_desktop.cli.common import print_json
    from thidua_desktop.services.awards.lookup import eligible_recipients

    rows = eligible_recipients(db, year=args.year, unit_code=args.unit)
    if args.json:
        print_json([eligibility_json(e) for e in rows])
        return EXIT_OK
    if not rows:
        print(f"Không có đối tượng nào đủ điều kiện đề nghị danh hiệu cao hơn năm {args.year}.")
        return EXIT_OK
    for e in rows:
        done = " (đã có đề nghị)" if e.already_proposed else ""
        print(f"#{e.recipient.id:<5} {e.recipient.name} — {e.award_name}: {e.basis}{done}")
    return EXIT_OK


@with_database
def _cmd_history(args: argparse.Namespace, db: Database) -> int:
    from thidua_desktop.cli.awards_json import history_json
    from thidua_desktop.cli.common import print_json
    from thidua_desktop.services.awards.lookup import recipient_history

    history = recipient_history(db, args.id)
    if args.json:
        print_json(history_json(history))
        return EXIT_OK
    r = history.recipient
    print(f"#{r.id} {r.name} ({r.kind.label}) — {r.workplace or r.unit_name}")
    for i in history.items:
        state = (
            f"QĐ {i.decision_number} ngày {i.decision_date:%d/%m/%Y}"
            if i.decided and i.decision_date
            else f"đề nghị #{i.proposal_id}: {i.proposal_status.label}"
        )
        print(f"  {i.year}  {i.award_name} — {state}")
    for e in history.eligible:
        print(f"Đủ điều kiện đề nghị {e.award_name} năm {e.year}: {e.basis}")
    return EXIT_OK


def _cmd_catalogue(args: argparse.Namespace) -> int:
    from thidua_desktop.cli.awards_json import entry_json, rules_json
    from thidua_desktop.cli.common import print_json
    from thidua_desktop.services.awards.reference import rules_on

    rules = rules_on(day_of(args.date))
    if args.json:
        print_json(rules_json(rules) | {"entries": [entry_json(e) for e in rules.entries]})
        return EXIT_OK
    print(f"{rules.label} ({rules.period})")
    for e in rules.entries:
        ballot = "; bỏ phiếu kín" if e.ballot else ""
        print(f"  {e.code:<18} {e.name} — {e.deciders}{ballot}")
        for p in e.prerequisites:
            print(f"  {'':<18}   cần: {p.text}")
    return EXIT_OK
