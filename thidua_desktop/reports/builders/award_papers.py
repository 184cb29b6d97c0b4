"""The other papers of a khen thưởng dossier, generated from what the application holds:

- the **biên bản họp Hội đồng Thi đua - Khen thưởng** of the deciding level, from the review (date,
  members present, each line's agreeing votes and whether its ballot passed);
- the **phiếu bầu** the council members fill in, for the lines whose award needs a secret ballot;
- the **báo cáo thành tích** of one line's collective, person or household, laid out by the form
  kept as data (resources/data/achievement_forms.json, with its source: DOMAIN marks the forms'
  numbering unverified), with what is known filled in and the rest left as dotted lines.

Each is a DocumentSpec, so it prints as PDF and saves as an editable .docx like the tờ trình."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Any

from thidua_desktop.domain.awards.types import Gender, RecipientType
from thidua_desktop.domain.dates import format_date
from thidua_desktop.domain.errors import UserError
from thidua_desktop.reports.builders.awards_lists import award_phrase, counts, sentence_start
from thidua_desktop.reports.builders.common import DEMO_LINE, FILE_UNSAFE, Report
from thidua_desktop.reports.document import (
    Block,
    Cell,
    CellValue,
    Column,
    DocumentSpec,
    Heading,
    Para,
    Signer,
    TableBlock,
    format_number_symbol,
)

if TYPE_CHECKING:
    from thidua_desktop.domain.units import Place
    from thidua_desktop.services.awards.documents import AwardDocumentData
    from thidua_desktop.services.awards.rows import HistoryItem, LineRow
    from thidua_desktop.store.engine import Database

__all__ = ["ACHIEVEMENT", "BALLOT", "MINUTES", "achievement_forms", "build"]

MINUTES = "awards-minutes"
BALLOT = "awards-ballot"
ACHIEVEMENT = "awards-achievement"
FORMS_FILE = ("data", "achievement_forms.json")


@cache
def achievement_forms() -> dict[str, Any]:
    """The báo cáo thành tích forms as kept in resources (versioned data with their source)."""
    from thidua_desktop.paths import resource

    data: dict[str, Any] = json.loads(resource(*FORMS_FILE).read_text(encoding="utf-8"))
    return data


def build(
    db: Database,
    kind: str,
    record_id: int,
    *,
    year: int | None = None,
    day: dt.date | None = None,
) -> Report:
    """The biên bản or the phiếu bầu of proposal `record_id`, or the báo cáo thành tích of line
    `record_id` (`kind`)."""
    from thidua_desktop.services.awards.documents import award_document_data, line_proposal_id

    proposal_id = line_proposal_id(db, record_id) if kind == ACHIEVEMENT else record_id
    data = award_document_data(db, proposal_id)
    p = data.detail.proposal
    if year is not None and year != p.year:
        raise UserError(f"Đề nghị #{p.id} thuộc năm {p.year}, không phải năm {year}.")
    if kind == MINUTES:
        spec = minutes_spec(data)
        stem = f"Biên bản họp Hội đồng TĐKT xét khen thưởng {p.year} - {data.unit.full}"
    elif kind == BALLOT:
        spec = ballot_spec(data, day=day)
        stem = f"Phiếu bầu khen thưởng {p.year} - {data.unit.full}"
    elif kind == ACHIEVEMENT:
        from thidua_desktop.services.awards.lookup import recipient_history

        line = next(line for line in data.detail.lines if line.id == record_id)
        history = recipient_history(db, line.recipient.id).items
        spec = achievement_spec(data, line, history, day=day)
        stem = f"Báo cáo thành tích {p.year} - {line.recipient.name}"
    else:
        raise UserError(f'Không có loại văn bản khen thưởng "{kind}".')
    return Report(kind, spec, data.demo, " ".join(FILE_UNSAFE.sub("-", stem).split()))


def _council(decider: Place | None) -> tuple[str, str]:
    """The council's letterhead: (the UBND above it, the council)."""
    if decider is None:
        raise UserError(
            "Đề nghị trình cấp trung ương: Hội đồng của cấp trung ương xét, phần mềm không lập "
            "biên bản, phiếu bầu của Hội đồng đó."
        )
    return f"ỦY BAN NHÂN DÂN\n{decider.upper}", "HỘI ĐỒNG THI ĐUA -\nKHEN THƯỞNG"


def _ballot_lines(data: AwardDocumentData) -> list[LineRow]:
    return [line for line in data.detail.lines if line.needs_ballot]


# -- biên bản -----------------------------------------------------------------------------------


def minutes_spec(data: AwardDocumentData) -> DocumentSpec:
    """The council's minutes of the review: who met, what it considered, each ballot's result."""
    p = data.detail.proposal
    if p.review_date is None or p.members_present is None or p.council_members is None:
        raise UserError(
            f"Đề nghị #{p.id} chưa được Hội đồng xét (chưa ghi ngày họp, số thành viên): hãy "
            "ghi kết quả Hội đồng trước khi lập biên bản."
        )
    parent, council = _council(data.decider)
    decider = data.decider
    assert decider is not None
    lines = list(data.detail.lines)
    body: list[Block] = []
    if data.demo:
        body.append(Para(DEMO_LINE, indent=False, align="center", italic=True))
    reference = (
        f"Tờ trình số {p.number} ngày {format_date(p.proposal_date)}"
        if p.number
        else f"tờ trình ngày {format_date(p.proposal_date)}"
    )
    body += [
        Para(
            f"Vào lúc … giờ … ngày {format_date(p.review_date)}, tại …………………………, Hội đồng "
            f"Thi đua - Khen thưởng {decider.phrase} họp xét đề nghị khen thưởng năm {p.year}."
        ),
        Heading("I. THÀNH PHẦN", 1),
        Para(
            f"Có mặt {p.members_present:02d}/{p.council_members:02d} thành viên Hội đồng "
            f"(vắng {p.council_members - p.members_present:02d}: ……………………)."
        ),
        Para("Chủ trì: ……………………, Chủ tịch Hội đồng."),
        Para("Thư ký: ……………………"),
        Heading("II. NỘI DUNG", 1),
        Para(
            f"Hội đồng xem xét {reference} của Ủy ban nhân dân {data.unit.phrase} về việc "
            f"{sentence_start(p.title)}, gồm {counts(lines)}."
        ),
    ]
    ballot = _ballot_lines(data)
    if ballot:
        body.append(
            Para(
                "Các trường hợp đề nghị danh hiệu, hình thức cần bỏ phiếu kín được Hội đồng bỏ "
                f"phiếu; số phiếu phát ra {p.members_present:02d}, số phiếu thu vào "
                f"{p.members_present:02d}. Kết quả:"
            )
        )
        body.append(_votes_table(ballot, p.members_present, decider))
    body.append(Heading("III. KẾT LUẬN", 1))
    passed = [line for line in lines if not line.ballot_failed]
    failed = [line for line in lines if line.ballot_failed]
    body.append(
        Para(
            f"Hội đồng thống nhất đề nghị Chủ tịch Ủy ban nhân dân {decider.phrase} xem xét, "
            f"quyết định khen thưởng năm {p.year} cho {counts(passed)} (có danh sách kèm theo tờ "
            "trình)."
            if passed
            else "Không có trường hợp nào đủ điều kiện đề nghị khen thưởng."
        )
    )
    if failed:
        names = "; ".join(f"{line.recipient.name} ({line.ballot_failed})" for line in failed)
        body.append(Para(f"Không đề nghị: {names}."))
    body.append(
        Para(
            "Biên bản kết thúc lúc … giờ … cùng ngày, đã thông qua cho các thành viên dự họp "
            "cùng nghe và thống nhất./."
        )
    )
    return DocumentSpec(
        issuer=council,
        issuer_parent=parent,
        number_symbol=format_number_symbol("BB-HĐTĐKT"),
        place=decider.name,
        date=p.review_date,
        doc_type="BIÊN BẢN",
        subject=f"Họp Hội đồng Thi đua - Khen thưởng xét đề nghị khen thưởng năm {p.year}",
        body=body,
        co_signer=Signer(title="THƯ KÝ", name=""),
        signer=Signer(title="CHỦ TỊCH HỘI ĐỒNG", name=""),
    )


def _votes_table(lines: Sequence[LineRow], present: int, decider: Place) -> TableBlock:
    rows: list[list[CellValue]] = []
    for number, line in enumerate(lines, 1):
        votes = line.votes_agree
        share = (
            (Decimal(votes) * 100 / present).quantize(Decimal("0.01"))
            if votes is not None and present
            else None
        )
        outcome = (
            Cell.bad("Không đạt")
            if line.ballot_failed
            else Cell.good("Đạt")
            if votes is not None
            else "Chưa ghi phiếu"
        )
        rows.append(
            [number, line.recipient.name, award_phrase(line, decider), votes, share, outcome]
        )
    return TableBlock(
        columns=[
            Column("TT", 0.4, align="center"),
            Column("Họ và tên, tên tập thể", 2.0),
            Column("Danh hiệu, hình thức", 2.2),
            Column("Phiếu đồng ý", 0.9, "number"),
            Column("Tỷ lệ so với thành viên có mặt", 1.1, "percent", 2),
            Column("Kết quả", 1.3),
        ],
        rows=rows,
        font_size=11,
    )


# -- phiếu bầu ----------------------------------------------------------------------------------


def ballot_spec(data: AwardDocumentData, *, day: dt.date | None = None) -> DocumentSpec:
    """The secret ballot paper: one row per line whose award needs it, ticked "Đồng ý" or
    "Không đồng ý"; no number, no signature."""
    p = data.detail.proposal
    parent, council = _council(data.decider)
    decider = data.decider
    assert decider is not None
    lines = _ballot_lines(data)
    if not lines:
        raise UserError(
            f"Đề nghị #{p.id} không có danh hiệu, hình thức nào cần bỏ phiếu kín: không cần "
            "phiếu bầu."
        )
    rows: list[list[CellValue]] = [
        [n, line.recipient.name, line.recipient.workplace, award_phrase(line, decider), "", ""]
        for n, line in enumerate(lines, 1)
    ]
    body: list[Block] = []
    if data.demo:
        body.append(Para(DEMO_LINE, indent=False, align="center", italic=True))
    body += [
        Para(
            "Đồng ý: đánh dấu (x) vào ô “Đồng ý”; không đồng ý: đánh dấu (x) vào ô “Không đồng "
            "ý”. Phiếu đánh dấu cả hai ô, hoặc không đánh dấu ô nào ở một dòng, không tính cho "
            "dòng đó.",
            italic=True,
        ),
        TableBlock(
            columns=[
                Column("TT", 0.4, align="center"),
                Column("Họ và tên, tên tập thể", 2.0),
                Column("Chức vụ, đơn vị công tác", 2.0),
                Column("Danh hiệu, hình thức", 2.0),
                Column("Đồng ý", 0.8, align="center"),
                Column("Không đồng ý", 0.8, align="center"),
            ],
            rows=rows,
            font_size=11,
        ),
    ]
    return DocumentSpec(
        issuer=council,
        issuer_parent=parent,
        place=decider.name,
        date=day or p.review_date or dt.date.today(),
        doc_type="PHIẾU BẦU",
        subject=f"Xét đề nghị khen thưởng năm {p.year} (bỏ phiếu kín)",
        body=body,
    )


# -- báo cáo thành tích -------------------------------------------------------------------------


def achievement_spec(
    data: AwardDocumentData,
    line: LineRow,
    history: Sequence[HistoryItem],
    *,
    day: dt.date | None = None,
) -> DocumentSpec:
    """A line's báo cáo thành tích by the form of its kind of recipient (the forms are kept as
    data, with their source, until their numbering is checked against the decree)."""
    forms = achievement_forms()
    r = line.recipient
    form = forms["forms"][r.kind.value]
    p = data.detail.proposal
    values = {
        "name": r.name,
        "birth_year": str(r.birth_year) if r.birth_year else forms["blank"],
        "gender": {Gender.MALE: "Nam", Gender.FEMALE: "Nữ"}.get(r.gender, forms["blank"])
        if r.gender
        else forms["blank"],
        "workplace": r.workplace or forms["blank"],
        "achievement": line.achievement or forms["blank"],
        "members": f"{line.members} thành viên" if line.members else forms["blank"],
        "blank": forms["blank"],
    }
    body: list[Block] = []
    if data.demo:
        body.append(Para(DEMO_LINE, indent=False, align="center", italic=True))
    for section in form["sections"]:
        body.append(Heading(section["heading"], 1))
        for fact in section.get("facts", ()):
            body.append(Para(fact.format(**values)))
        if section.get("history"):
            body.append(_history_table([h for h in history if h.decided and h.year <= p.year]))
    person = r.kind is RecipientType.INDIVIDUAL
    right = Signer(title="\n".join(form["right_signer"]), name=r.name if form["name_signs"] else "")
    return DocumentSpec(
        issuer=f"ỦY BAN NHÂN DÂN\n{(r.unit_name or data.unit.full).upper()}",
        issuer_parent=None,
        place=data.unit.name,
        date=day or p.proposal_date,
        doc_type="BÁO CÁO THÀNH TÍCH",
        subject=(
            f"Đề nghị {'tặng' if person else 'xét'} {award_phrase(line, data.decider)} năm {p.year}"
        ),
        body=body,
        co_signer=Signer(title="\n".join(form["left_signer"]), name=""),
        signer=right,
    )


def _history_table(items: Sequence[HistoryItem]) -> Block:
    if not items:
        return Para("Chưa có hình thức khen thưởng nào được ghi nhận trong phần mềm.")
    rows: list[list[CellValue]] = [
        [
            str(item.year),
            item.award_name,
            f"{item.decision_number}, ngày {format_date(item.decision_date)}"
            if item.decision_date
            else item.decision_number,
            item.issuer,
        ]
        for item in items
    ]
    return TableBlock(
        columns=[
            Column("Năm", 0.6, align="center"),
            Column("Danh hiệu, hình thức", 2.2),
            Column("Số, ngày quyết định", 1.6),
            Column("Cơ quan ban hành", 2.0),
        ],
        rows=rows,
        font_size=11,
    )
