"""Tờ trình đề nghị khen thưởng and Quyết định khen thưởng (NĐ 30/2020), each with its danh sách.

A tờ trình is headed by the proposing office: its letterhead (the office's own settings when the
proposal is the office's, the default of its level otherwise), or the UBND when it goes up to a
higher level; at the same level by the drafting body (Phòng Nội vụ, a commune's Hội đồng Thi đua
- Khen thưởng), never by a UBND to its own chair. The council's review belongs to the receiving
level, after the submission: the quyết định cites it, the tờ trình does not. A quyết định is
headed by the UBND whose chair decides and cites the legal basis fixed on the decision (the rule
version in force on its date). The lists are the annex, after the signature; the Excel file
holds the list as a sheet.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from thidua_desktop.domain.awards.types import (
    AwardKind,
    RecipientType,
)
from thidua_desktop.domain.dates import format_date
from thidua_desktop.domain.errors import UserError
from thidua_desktop.domain.letterhead import Letterhead
from thidua_desktop.domain.numbers import amount_in_words, format_number
from thidua_desktop.domain.text import clean
from thidua_desktop.domain.units import TWO_TIER_FROM, Level, districts_exist_on
from thidua_desktop.reports.builders.awards_lists import (
    RECOGNISED,
    Place,
    annex_head,
    award_groups,
    award_name,
    award_phrase,
    items,
    list_tables,
    sentence_start,
    signer,
)
from thidua_desktop.reports.builders.common import (
    DEMO_LINE,
    FILE_UNSAFE,
    Report,
    document_reference,
)
from thidua_desktop.reports.document import (
    Block,
    DocumentSpec,
    Para,
    Signer,
    format_number_symbol,
)
from thidua_desktop.services.awards.documents import (
    AwardDocumentData,
    award_document_data,
    decision_proposal_id,
)
from thidua_desktop.services.awards.money import DecisionMoney, RewardLevel

if TYPE_CHECKING:
    from thidua_desktop.services.awards.rows import DecisionRow, LineRow
    from thidua_desktop.store.engine import Database

__all__ = ["AwardDocumentData", "build", "decision_spec", "proposal_spec"]

PROPOSAL = "awards-proposal"
DECISION = "awards-decision"


_WHO = (
    (RecipientType.COLLECTIVE, "tập thể"),
    (RecipientType.INDIVIDUAL, "cá nhân"),
    (RecipientType.HOUSEHOLD, "hộ gia đình"),
)


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def who_phrase(lines: Sequence[LineRow]) -> str:
    """ "tập thể, cá nhân" as the list holds them: "cá nhân" alone, "hộ gia đình"…"""
    kinds = {line.recipient.kind for line in lines}
    return ", ".join(word for kind, word in _WHO if kind in kinds) or "tập thể, cá nhân"


def build(
    db: Database,
    kind: str,
    record_id: int,
    *,
    year: int | None = None,
    day: dt.date | None = None,
    signer_name: str | None = None,
) -> Report:
    """The tờ trình of proposal `record_id`, or the quyết định `record_id` (`kind`)."""
    if kind == PROPOSAL:
        data = award_document_data(db, record_id, day=day)
        _check_year(year, data.detail.proposal.year, f"Đề nghị #{record_id}")
        spec = proposal_spec(data, day=day, signer_name=signer_name)
        number = data.detail.proposal.number
        stem = (
            f"Tờ trình {number} đề nghị khen thưởng" if number else "Tờ trình đề nghị khen thưởng"
        )
    elif kind == DECISION:
        proposal_id = decision_proposal_id(db, record_id)
        data = award_document_data(db, proposal_id)
        decision = next(d for d in data.detail.decisions if d.id == record_id)
        _check_year(year, data.detail.proposal.year, f"Quyết định #{record_id}")
        spec = decision_spec(data, decision)
        stem = f"Quyết định {decision.number} khen thưởng"
    else:
        raise UserError(f'Không có loại văn bản khen thưởng "{clean(kind)}".')
    _refuse_ended_authority(data, spec.date, proposal=kind == PROPOSAL)
    year_of = data.detail.proposal.year
    stem = f"{stem} {year_of} - {data.unit.full}"
    stem = " ".join(FILE_UNSAFE.sub("-", stem).split())
    return Report(kind, spec, data.demo, stem)


def _refuse_ended_authority(data: AwardDocumentData, day: dt.date, *, proposal: bool) -> None:
    """A document dated in the two-tier government never names a district authority: a
    proposal left with the district on 30/06/2025 goes back to be sent to a commune or the
    province."""
    ended = data.unit_ended
    # A tờ trình is the unit's own document; a later decision may cite one it sent in time.
    if proposal and ended is not None and day > ended:
        raise UserError(
            f"{data.unit.full} kết thúc ngày {format_date(ended)}: văn bản ngày {format_date(day)} "
            "không thể của đơn vị này. Đề nghị của đơn vị đã kết thúc được ghi lại như đã có; "
            "đề nghị mới do đơn vị kế thừa lập."
        )
    decider = data.decider
    if decider is None or decider.kind.level is not Level.DISTRICT or districts_exist_on(day):
        return
    raise UserError(
        f"Văn bản ngày {format_date(day)} không thể gửi Chủ tịch Ủy ban nhân dân "
        f"{decider.phrase}: từ ngày {format_date(TWO_TIER_FROM)} không còn cấp huyện. Hãy sửa "
        "đề nghị để trình Chủ tịch UBND cấp xã hoặc cấp tỉnh."
    )


def _check_year(asked: int | None, actual: int, what: str) -> None:
    if asked is not None and asked != actual:
        raise UserError(f"{what} thuộc năm {actual}, không phải năm {asked}.")


# -- the tờ trình ------------------------------------------------------------------------------


def _proposal_letterhead(data: AwardDocumentData) -> Letterhead:
    """Who issues the tờ trình. Upward, the proposing level's UBND (a commune's own UBND
    letterhead; a district's or the city's UBND instead of its Phòng/Sở). At the same level the
    chair of that UBND decides, so the tờ trình comes from the body that drafts it: a district's
    Phòng Nội vụ or the city's Sở Nội vụ (the office letterhead), a commune's Hội đồng Thi đua -
    Khen thưởng; never from the UBND to its own chair."""
    p = data.detail.proposal
    own = data.letterhead
    if p.upward and data.unit.kind.level is not Level.COMMUNE:
        return Letterhead(
            issuer_parent="",
            issuer=f"ỦY BAN NHÂN DÂN\n{data.unit.upper}",
            document_symbol="UBND",
            place=data.unit.name,
            signer_authority="TM. ỦY BAN NHÂN DÂN",
            signer_title="CHỦ TỊCH",
            signer_name="",
            recipients=("Như trên;", "Lưu: VT."),
        )
    if not p.upward and _suffix(own) == "UBND":
        return Letterhead(
            issuer_parent=f"ỦY BAN NHÂN DÂN\n{data.unit.upper}",
            issuer="HỘI ĐỒNG THI ĐUA -\nKHEN THƯỞNG",
            document_symbol="HĐTĐKT",
            place=own.place or data.unit.name,
            signer_authority="",
            signer_title="CHỦ TỊCH HỘI ĐỒNG",
            signer_name="",
            recipients=("Như trên;", "Lưu: VT."),
        )
    return own


def _suffix(letterhead: Letterhead) -> str:
    """ "BC-PNV" → "PNV": the issuing body's code in its document symbols."""
    return letterhead.document_symbol.split("-", 1)[-1]


def _proposer(data: AwardDocumentData, letterhead: Letterhead) -> str:
    """Who signed the tờ trình, as a quyết định cites it ("Trưởng phòng Nội vụ huyện …")."""
    phrase = data.unit.phrase
    suffix = _suffix(letterhead)
    if suffix == "PNV":
        return f"Trưởng phòng Nội vụ {phrase}"
    if suffix == "SNV":
        return f"Giám đốc Sở Nội vụ {phrase}"
    if suffix == "BTĐKT":
        return f"Trưởng ban Thi đua - Khen thưởng, Sở Nội vụ {phrase}"
    if suffix == "VP":
        return f"Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân {phrase}"
    if suffix == "VHXH":
        return f"Trưởng phòng Văn hóa - Xã hội {phrase}"
    if suffix == "UBND":
        return f"Chủ tịch Ủy ban nhân dân {phrase}"
    return f"Chủ tịch Hội đồng Thi đua - Khen thưởng {phrase}"


def _filed(letterhead: Letterhead) -> str:
    """The letterhead's "Lưu: …" line (its unit code), "Lưu: VT." when it names none."""
    return next(
        (line for line in letterhead.recipients if line.strip().startswith("Lưu:")), "Lưu: VT."
    )


def _symbol(letterhead: Letterhead) -> str:
    """ "BC-PNV" → "TTr-PNV": the tờ trình's symbol beside the office's reports'."""
    return f"TTr-{_suffix(letterhead)}"


def addressee(data: AwardDocumentData) -> str:
    if data.decider is None:
        return "Thủ tướng Chính phủ"
    return f"Chủ tịch Ủy ban nhân dân {data.decider.phrase}"


def proposal_spec(
    data: AwardDocumentData, *, day: dt.date | None = None, signer_name: str | None = None
) -> DocumentSpec:
    p = data.detail.proposal
    letterhead = _proposal_letterhead(data)
    symbol = _symbol(letterhead)
    number = f"Số: {p.number}" if p.number else format_number_symbol(symbol)
    lines = list(data.detail.lines)
    to = addressee(data)
    body: list[Block] = []
    if data.demo:
        body.append(Para(DEMO_LINE, indent=False, align="center", italic=True))
    body.append(Para(f"Kính gửi: {to}.", indent=False, align="center"))
    basis = data.proposal_basis or data.detail.rules.legal_basis
    body += [Para(f"Căn cứ {item};") for item in basis]
    if data.campaign is not None and data.campaign.doc_number:
        c = data.campaign
        reference = document_reference(c.doc_number, c.doc_date, c.doc_issuer)
        body.append(Para(f"Căn cứ {reference} về {sentence_start(c.title)};"))
    body.append(
        Para(
            f"Kính trình {to} xem xét, quyết định khen thưởng năm {p.year} cho các "
            f"{who_phrase(lines)} như sau:"
        )
    )
    body += items(lines, p.year, data.decider)
    body.append(Para("(Có danh sách kèm theo)", indent=False, align="center", italic=True))
    body.append(Para(f"Kính trình {to} xem xét, quyết định./."))
    authority = [line for line in letterhead.signer_authority.split("\n") if line.strip()]
    attached = f"(Kèm theo Tờ trình số {p.number} ngày {format_date(day or p.proposal_date)})"
    if not p.number:
        attached = f"(Kèm theo Tờ trình ngày {format_date(day or p.proposal_date)})"
    return DocumentSpec(
        issuer=letterhead.issuer,
        issuer_parent=letterhead.issuer_parent or None,
        number_symbol=number,
        place=letterhead.place,
        date=day or p.proposal_date,
        doc_type="TỜ TRÌNH",
        subject=f"Về việc {sentence_start(p.title)}",
        body=body,
        recipients=["Như trên;", _filed(letterhead)],
        signer=Signer(
            title=letterhead.signer_title,
            name=clean(signer_name or "") or letterhead.signer_name,
            authority=authority,
        ),
        annex=[
            *annex_head(
                f"{capitalised(who_phrase(lines))} đề nghị khen thưởng năm {p.year}", attached
            ),
            *list_tables(lines, data.decider, p.year, proposal=True),
        ],
    )


# -- the quyết định -----------------------------------------------------------------------------


def _subject(lines: Sequence[LineRow], year: int, decider: Place | None) -> str:
    firsts = [members[0] for _, members in award_groups(lines)]
    titles = [award_name(f, decider) for f in firsts if f.award_kind is AwardKind.TITLE]
    forms = [award_name(f, decider) for f in firsts if f.award_kind is not AwardKind.TITLE]
    parts = []
    if titles:
        quoted = [f"“{t}”" for t in titles]
        joined = quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " và " + quoted[-1]
        parts.append(f"danh hiệu {joined} năm {year}")
    if forms:
        parts.append(" và ".join(forms))
    verb = "công nhận" if all(c in RECOGNISED for c, _ in award_groups(lines)) else "tặng"
    return f"Về việc {verb} " + " và ".join(parts)


def _executors(decider: Place, day: dt.date) -> str:
    """Who carries the decision out: the deciding UBND's office and its TĐKT body. A commune of
    the two-tier government has a Văn phòng HĐND và UBND (before: a Văn phòng - Thống kê
    civil servant)."""
    label = decider.kind.label
    if decider.kind.level is Level.PROVINCE:
        return f"Chánh Văn phòng Ủy ban nhân dân {label}, Giám đốc Sở Nội vụ"
    if decider.kind.level is Level.DISTRICT:
        return f"Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân {label}, Trưởng Phòng Nội vụ"
    if not districts_exist_on(day):
        return f"Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân {label}"
    return f"Công chức Văn phòng - Thống kê {label}"


def money_paragraphs(
    money: DecisionMoney, lines: Sequence[LineRow], decider: Place, article: int
) -> list[Block]:
    """ "Điều 2. Tiền thưởng …": each award's level for each kind of recipient, × the lương cơ
    sở on the decision's date, and the total in figures and words."""
    names = {line.award_code: line for line in lines}
    blocks: list[Block] = [
        Para(
            f"Điều {article}. Tiền thưởng kèm theo (mức lương cơ sở "
            f"{format_number(money.base_salary)} đồng theo {money.salary_basis}):"
        )
    ]
    by_award: dict[str, list[RewardLevel]] = {}
    for level in money.levels:
        by_award.setdefault(level.award_code, []).append(level)
    for code, levels in by_award.items():
        each = "; ".join(
            f"mỗi {level.recipient.label} {format_number(level.coefficient)} lần mức lương cơ sở, "
            f"{format_number(level.amount)} đồng × {level.count:02d} = "
            f"{format_number(level.total)} đồng"
            for level in levels
        )
        blocks.append(Para(f"- {capitalised(award_phrase(names[code], decider))}: {each};"))
    for code, line in names.items():  # what the version sets no level for
        if code not in by_award:
            blocks.append(
                Para(
                    f"- {capitalised(award_phrase(line, decider))}: hưởng chế độ khen thưởng "
                    "theo quy định;"
                )
            )
    blocks.append(
        Para(
            f"Tổng số tiền thưởng: {format_number(money.total)} đồng "
            f"({amount_in_words(money.total)}), chi từ Quỹ thi đua, khen thưởng của "
            f"Ủy ban nhân dân {decider.phrase} theo quy định."
        )
    )
    return blocks


def decision_spec(data: AwardDocumentData, decision: DecisionRow) -> DocumentSpec:
    decider = data.decider
    if decider is None:
        raise UserError(
            f"Quyết định {decision.number} của cấp trung ương: phần mềm chỉ lưu số, ngày của "
            "quyết định, không lập văn bản này."
        )
    p = data.detail.proposal
    lines = [line for line in data.detail.lines if line.decision_id == decision.id]
    body: list[Block] = []
    if data.demo:
        body.append(Para(DEMO_LINE, indent=False, align="center", italic=True))
    body.append(
        Para(f"CHỦ TỊCH ỦY BAN NHÂN DÂN {decider.upper}", indent=False, align="center", bold=True)
    )
    body += [Para(f"Căn cứ {basis};") for basis in decision.legal_basis]
    if data.campaign is not None and data.campaign.doc_number:
        c = data.campaign
        reference = document_reference(c.doc_number, c.doc_date, c.doc_issuer)
        body.append(Para(f"Căn cứ {reference} về {sentence_start(c.title)};"))
    proposer = _proposer(data, _proposal_letterhead(data))
    where = f" tại Tờ trình số {p.number} ngày {format_date(p.proposal_date)}" if p.number else ""
    council = ""
    if p.review_date is not None:  # the deciding level's council, met after the submission
        council = (
            f" và kết quả họp Hội đồng Thi đua - Khen thưởng {decider.phrase} ngày "
            f"{format_date(p.review_date)}"
        )
    body.append(Para(f"Xét đề nghị của {proposer}{where}{council}."))
    body.append(Para("QUYẾT ĐỊNH:", indent=False, align="center", bold=True))
    who = who_phrase(lines)
    body.append(
        Para(
            f"Điều 1. Khen thưởng năm {p.year} cho các {who} có thành tích (có danh "
            "sách kèm theo), gồm:"
        )
    )
    body += items(lines, p.year, decider)
    money = data.money.get(decision.id)
    if money is not None:
        body += money_paragraphs(money, lines, decider, 2)
    else:
        body.append(
            Para(
                f"Điều 2. Các {who} có tên tại Điều 1 được hưởng chế độ khen thưởng theo quy định."
            )
        )
    body.append(
        Para(
            f"Điều 3. Quyết định này có hiệu lực kể từ ngày ký. {_executors(decider, decision.day)}"
            f", Thủ trưởng các cơ quan, đơn vị có liên quan và các {who} có tên tại Điều 1 chịu "
            "trách nhiệm thi hành Quyết định này./."
        )
    )
    attached = (
        f"(Kèm theo Quyết định số {decision.number} ngày {format_date(decision.day)} của "
        f"Chủ tịch Ủy ban nhân dân {decider.phrase})"
    )
    return DocumentSpec(
        issuer=f"ỦY BAN NHÂN DÂN\n{decider.upper}",
        number_symbol=f"Số: {decision.number}",
        place=decider.name,
        date=decision.day,
        doc_type="QUYẾT ĐỊNH",
        subject=_subject(lines, p.year, decider),
        body=body,
        recipients=["Như Điều 3;", "Lưu: VT, NV."],
        signer=signer(decision.signer_position, decision.signer_name),
        annex=[
            *annex_head(f"{capitalised(who)} được khen thưởng", attached),
            *list_tables(lines, decider, p.year, proposal=False),
        ],
    )
