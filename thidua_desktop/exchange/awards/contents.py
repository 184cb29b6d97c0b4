"""What a dossier package and its answer carry, row by row: written from this office's records,
and read back strictly (every field typed and bounded, every reference inside the package).

A dossier (`dossier`, going up) carries one proposal: its header, its lines, the recipients the
lines name — only what the decision and the statistics need of a person (name, gender, year of
birth, position, category, unit), never the local search keys or ids — and the papers attached
to the proposal and its lines, with their bytes. Its answer (`dossier_reply`, coming down)
carries the receiving level's status, the return's reason, the council's review and the
decisions with the lines each covers and their papers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from thidua_desktop.domain.attachments import (
    DOSSIER_KINDS,
)
from thidua_desktop.domain.awards.dossiers import DossierStatus
from thidua_desktop.domain.awards.types import (
    AwardType,
    Category,
    DecidingLevel,
    Gender,
    RecipientClass,
    RecipientType,
)
from thidua_desktop.exchange import fields as f
from thidua_desktop.exchange.errors import PackageRefused
from thidua_desktop.exchange.outgoing import Gathered
from thidua_desktop.exchange.papers import (
    attachment_row,
    attachments_of,
    choice,
    read_attachments,
    read_rows,
)
from thidua_desktop.exchange.reader import Package
from thidua_desktop.store.models.awards import (
    AwardDecision,
    AwardLine,
    AwardProposal,
    AwardRecipient,
)
from thidua_desktop.store.models.core import AdminUnit, Campaign

PROPOSAL_OWNER, LINE_OWNER, DECISION_OWNER = "award_proposal", "award_line", "award_decision"

PROPOSAL = {
    "uid": f.UUID,
    "unit_code": f.CODE,
    "unit_valid_from": f.DATE_OPT,
    "year": f.INT,
    "to_level": f.TEXT,
    "title": f.TEXT,
    "number": f.TEXT_OPT,
    "proposal_date": f.DATE,
    "submitted_on": f.DATE,
    "campaign_code": f.TEXT_OPT,
    "note": f.TEXT_OPT,
}
LINE = {
    "uid": f.UUID,
    "position": f.INT,
    "recipient_uid": f.UUID,
    "award_code": f.KEY,
    "award_type": f.TEXT,
    "achievement": f.TEXT_OPT,
    "members": f.INT_OPT,
    "qualified": f.INT_OPT,
}
RECIPIENT = {
    "uid": f.UUID,
    "kind": f.TEXT,
    "unit_code": f.CODE,
    "unit_valid_from": f.DATE_OPT,
    "name": f.TEXT_OPT,
    "gender": f.TEXT_OPT,
    "birth_year": f.INT_OPT,
    "position": f.TEXT_OPT,
    "category": f.TEXT_OPT,
    "stat_class": f.TEXT_OPT,  # from format version 2
}
RECIPIENT_V1 = {name: kind for name, kind in RECIPIENT.items() if name != "stat_class"}
REPLY = {
    "uid": f.UUID,
    "status": f.TEXT,
    "answers": f.INT,
    "review_date": f.DATE_OPT,
    "council_members": f.INT_OPT,
    "members_present": f.INT_OPT,
    "returned_on": f.DATE_OPT,
    "return_reason": f.TEXT_OPT,
}
DECISION = {
    "uid": f.UUID,
    "number": f.TEXT,
    "decision_date": f.DATE,
    "issuer": f.TEXT,
    "signer_name": f.TEXT,
    "signer_position": f.TEXT,
    "rules_version": f.KEY,
    "legal_basis": f.TEXT,
    "reward_money": f.TEXT_OPT,
}
REPLY_LINE = {"uid": f.UUID, "decision_uid": f.UUID_OPT, "votes_agree": f.INT_OPT}

# The columns' own limits (the server refuses longer text; the desktop keeps the same rule).
LIMITS = {
    "title": 500,
    "number": 60,
    "campaign_code": 40,
    "note": 1000,
    "achievement": 2000,
    "name": 300,
    "position": 300,
    "file_name": 255,
    "return_reason": 1000,
    "issuer": 200,
    "signer_name": 120,
    "signer_position": 120,
    "award_type": 20,
    "rules_version": 32,
}
MAX_COUNT = 100_000  # members of a collective, of a council


# -- writing ------------------------------------------------------------------------------------
def _unit_ref(unit: AdminUnit) -> dict[str, Any]:
    return {"unit_code": unit.code, "unit_valid_from": f.encode(unit.valid_from)}


def dossier_rows(session: Session, proposal: AwardProposal) -> Gathered:
    """The dossier of `proposal`: header, lines, the recipients they name, their papers."""
    unit = session.get(AdminUnit, proposal.unit_id)
    assert unit is not None and proposal.submitted_on is not None
    campaign = session.get(Campaign, proposal.campaign_id) if proposal.campaign_id else None
    lines = list(
        session.scalars(
            select(AwardLine)
            .where(AwardLine.proposal_id == proposal.id)
            .order_by(AwardLine.position, AwardLine.id)
        )
    )
    recipients = {
        r.id: r
        for r in session.scalars(
            select(AwardRecipient).where(
                AwardRecipient.id.in_({line.recipient_id for line in lines})
            )
        )
    }
    units = {
        u.id: u
        for u in session.scalars(
            select(AdminUnit).where(AdminUnit.id.in_({r.unit_id for r in recipients.values()}))
        )
    }
    owners = [(PROPOSAL_OWNER, proposal.uid), *((LINE_OWNER, line.uid) for line in lines)]
    papers = attachments_of(session, owners)
    rows = {
        "proposal": [
            {
                "uid": proposal.uid,
                **_unit_ref(unit),
                "year": proposal.year,
                "to_level": proposal.to_level,
                "title": proposal.title,
                "number": proposal.number,
                "proposal_date": f.encode(proposal.proposal_date),
                "submitted_on": f.encode(proposal.submitted_on),
                "campaign_code": campaign.code if campaign else None,
                "note": proposal.note,
            }
        ],
        "line": [
            {
                "uid": line.uid,
                "position": line.position,
                "recipient_uid": recipients[line.recipient_id].uid,
                "award_code": line.award_code,
                "award_type": line.award_type,
                "achievement": line.achievement,
                "members": line.members,
                "qualified": line.qualified,
            }
            for line in lines
        ],
        "recipient": [
            {
                "uid": r.uid,
                "kind": r.kind,
                **_unit_ref(units[r.unit_id]),
                "name": r.name,
                "gender": r.gender,
                "birth_year": r.birth_year,
                "position": r.position,
                "category": r.category,
                "stat_class": r.stat_class,
            }
            for r in recipients.values()
        ],
        "attachment": [attachment_row(a) for a in papers],
    }
    return Gathered(rows, papers)


def reply_rows(
    session: Session, proposal: AwardProposal, status: DossierStatus, answers: int
) -> Gathered:
    """The answer to the dossier of `proposal` (received here): its status, the return's
    reason, the council's review, the decisions and the papers attached to them."""
    lines = list(
        session.scalars(
            select(AwardLine)
            .where(AwardLine.proposal_id == proposal.id)
            .order_by(AwardLine.position, AwardLine.id)
        )
    )
    decisions = list(
        session.scalars(
            select(AwardDecision)
            .where(AwardDecision.proposal_id == proposal.id)
            .order_by(AwardDecision.decision_date, AwardDecision.id)
        )
    )
    decided = status is DossierStatus.DECIDED
    by_id = {d.id: d for d in decisions} if decided else {}
    returned = status is DossierStatus.RETURNED
    papers = attachments_of(session, ((DECISION_OWNER, d.uid) for d in by_id.values()))
    rows = {
        "reply": [
            {
                "uid": proposal.uid,
                "status": status.value,
                "answers": answers,
                "review_date": f.encode(proposal.review_date),
                "council_members": proposal.council_members,
                "members_present": proposal.members_present,
                "returned_on": f.encode(proposal.returned_on) if returned else None,
                "return_reason": proposal.return_reason if returned else None,
            }
        ],
        "decision": [
            {
                "uid": d.uid,
                "number": d.number,
                "decision_date": f.encode(d.decision_date),
                "issuer": d.issuer,
                "signer_name": d.signer_name,
                "signer_position": d.signer_position,
                "rules_version": d.rules_version,
                "legal_basis": d.legal_basis,
                "reward_money": d.reward_money,
            }
            for d in by_id.values()
        ],
        "line": [
            {
                "uid": line.uid,
                "decision_uid": by_id[line.decision_id].uid if line.decision_id in by_id else None,
                "votes_agree": line.votes_agree,
            }
            for line in lines
        ],
        "attachment": [attachment_row(a) for a in papers],
    }
    return Gathered(rows, papers)


# -- reading ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class DossierContent:
    proposal: dict[str, Any]
    lines: list[dict[str, Any]]
    recipients: dict[str, dict[str, Any]]  # by uid
    attachments: list[dict[str, Any]]
    # Format 2 states each recipient's statistics class (none included); format 1 says nothing.
    classes_stated: bool = False


def read_dossier(package: Package) -> DossierContent:
    """The dossier's rows, typed and checked against each other (PackageRefused otherwise)."""
    proposals = read_rows(package, LIMITS, "proposal", PROPOSAL)
    if len(proposals) != 1 or proposals[0]["uid"] != package.manifest.dossier:
        raise PackageRefused("hồ sơ phải có đúng một đề nghị, đúng mã ghi trong manifest.json.")
    proposal = proposals[0]
    where = "bảng proposal"
    choice(proposal["to_level"], (level.value for level in DecidingLevel), f"{where}, to_level")
    if proposal["year"] != package.manifest.period:
        raise PackageRefused(f"{where}: năm {proposal['year']} khác năm của gói.")
    if proposal["unit_code"] != package.manifest.scope_code:
        raise PackageRefused(f"{where}: đơn vị {proposal['unit_code']} khác phạm vi của gói.")
    schema = RECIPIENT if package.manifest.format_version >= 2 else RECIPIENT_V1
    recipients = {r["uid"]: r for r in read_rows(package, LIMITS, "recipient", schema)}
    for number, r in enumerate(recipients.values(), start=1):
        at = f"bảng recipient, dòng {number}"
        choice(r["kind"], (k.value for k in RecipientType), f"{at}, kind")
        choice(r["gender"], (g.value for g in Gender), f"{at}, gender")
        choice(r["category"], (c.value for c in Category), f"{at}, category")
        r.setdefault("stat_class", None)
        choice(r["stat_class"], (c.value for c in RecipientClass), f"{at}, stat_class")
        if r["stat_class"] is not None and RecipientClass(r["stat_class"]).kind.value != r["kind"]:
            raise PackageRefused(f"{at}: phân loại thống kê không hợp với loại đối tượng.")
    lines = read_rows(package, LIMITS, "line", LINE)
    if not lines:
        raise PackageRefused("hồ sơ không có dòng đề nghị nào.")
    from thidua_desktop.services.awards.reference import award_catalogue

    catalogue = award_catalogue()
    used: set[tuple[str, str]] = set()
    for number, line in enumerate(lines, start=1):
        at = f"bảng line, dòng {number}"
        choice(line["award_type"], (t.value for t in AwardType), f"{at}, award_type")
        if line["recipient_uid"] not in recipients:
            raise PackageRefused(f"{at}: đối tượng {line['recipient_uid']} không có trong hồ sơ.")
        pair = (line["recipient_uid"], line["award_code"])
        if pair in used:
            raise PackageRefused(f"{at}: một đối tượng được đề nghị hai lần cùng hình thức.")
        used.add(pair)
        for count in ("members", "qualified"):
            if line[count] is not None and not 0 <= line[count] <= MAX_COUNT:
                raise PackageRefused(f"{at}, trường {count}: số không hợp lệ.")
        if None not in (line["members"], line["qualified"]) and line["qualified"] > line["members"]:
            raise PackageRefused(f"{at}: số đạt danh hiệu lớn hơn số thành viên.")
        if catalogue.any_entry(line["award_code"]) is None:
            raise PackageRefused(
                f"{at}: danh hiệu, hình thức “{line['award_code']}” không có trong danh mục "
                "khen thưởng của ứng dụng này (hãy cập nhật ứng dụng)."
            )
    if set(recipients) - {line["recipient_uid"] for line in lines}:
        raise PackageRefused("hồ sơ có đối tượng không thuộc dòng đề nghị nào.")
    owners = {(PROPOSAL_OWNER, proposal["uid"]), *((LINE_OWNER, line["uid"]) for line in lines)}
    attachments = read_attachments(package, owners, DOSSIER_KINDS)
    return DossierContent(
        proposal, lines, recipients, attachments, package.manifest.format_version >= 2
    )


@dataclass(frozen=True)
class ReplyContent:
    reply: dict[str, Any]
    decisions: list[dict[str, Any]]
    lines: list[dict[str, Any]]
    attachments: list[dict[str, Any]]

    @property
    def status(self) -> DossierStatus:
        return DossierStatus(self.reply["status"])


def read_reply(package: Package) -> ReplyContent:
    replies = read_rows(package, LIMITS, "reply", REPLY)
    if len(replies) != 1 or replies[0]["uid"] != package.manifest.dossier:
        raise PackageRefused(
            "kết quả phải trả lời đúng một hồ sơ, đúng mã ghi trong manifest.json."
        )
    reply = replies[0]
    answered = (
        DossierStatus.RECEIVED,
        DossierStatus.REVIEWING,
        DossierStatus.RETURNED,
        DossierStatus.DECIDED,
    )
    choice(reply["status"], (s.value for s in answered), "bảng reply, status")
    status = DossierStatus(reply["status"])
    if status is DossierStatus.RETURNED and not (reply["return_reason"] or "").strip():
        raise PackageRefused("hồ sơ bị trả lại nhưng gói không ghi lý do.")
    members, present = reply["council_members"], reply["members_present"]
    if any(n is not None and not 0 <= n <= MAX_COUNT for n in (members, present)) or (
        None not in (members, present) and present > members
    ):
        raise PackageRefused("bảng reply: số thành viên Hội đồng, số có mặt không hợp lệ.")
    decisions = read_rows(package, LIMITS, "decision", DECISION)
    if (status is DossierStatus.DECIDED) != bool(decisions):
        raise PackageRefused("trạng thái “đã quyết định” phải đi kèm quyết định (và ngược lại).")
    lines = read_rows(package, LIMITS, "line", REPLY_LINE)
    known = {d["uid"] for d in decisions}
    for number, line in enumerate(lines, start=1):
        if line["decision_uid"] is not None and line["decision_uid"] not in known:
            raise PackageRefused(f"bảng line, dòng {number}: quyết định không có trong gói.")
        if line["votes_agree"] is not None and not 0 <= line["votes_agree"] <= 10_000:
            raise PackageRefused(f"bảng line, dòng {number}: số phiếu không hợp lệ.")
    if decisions and not any(line["decision_uid"] for line in lines):
        raise PackageRefused("quyết định trong gói không khen thưởng dòng nào.")
    attachments = read_attachments(package, {(DECISION_OWNER, uid) for uid in known}, DOSSIER_KINDS)
    return ReplyContent(reply, decisions, lines, attachments)
