"""The proposal workflow: trình, trả lại (with a reason), Hội đồng TĐKT xét (votes), quyết định,
đã trao. One transaction and one audit entry per step; an illegal step is refused.

    nháp ──trình──▶ đã trình ──xét──▶ đã xét ──quyết định──▶ đã quyết định ──trao──▶ đã trao
      ▲                │                 │
      └────trả lại─────┴─────────────────┘  (reason required)
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from thidua_desktop.domain.awards.initiatives import held_by
from thidua_desktop.domain.awards.rules import check_votes
from thidua_desktop.domain.awards.types import DecidingLevel, ProposalStatus, Step, next_status
from thidua_desktop.domain.dates import format_date
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.units import TWO_TIER_FROM, UnitKind, districts_exist_on
from thidua_desktop.services.awards import reference
from thidua_desktop.services.awards.data import (
    cases_of,
    failed_ballot,
    pending_day,
    recipient_rows,
    rules_day,
)
from thidua_desktop.services.awards.dossiers import ensure_step_allowed
from thidua_desktop.services.awards.edit import ENTITY, MAX_NOTE, MAX_NUMBER, check_day, text
from thidua_desktop.services.awards.edit import writable as writable_unit
from thidua_desktop.services.awards.money import money_record
from thidua_desktop.services.awards.proposals import get_proposal, proposal_by_id
from thidua_desktop.services.awards.rows import DecisionEntry, ProposalDetail, ReviewEntry
from thidua_desktop.services.core import audit
from thidua_desktop.store.base import utc_now
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.awards import AwardDecision, AwardLine, AwardProposal
from thidua_desktop.store.models.core import AdminUnit

DECISION_ENTITY = "award_decision"
MAX_SIGNER = 120
MAX_ISSUER = 200
DEFAULT_POSITION = "Chủ tịch"


def _step(session: Session, proposal_id: int, step: Step) -> tuple[AwardProposal, AdminUnit]:
    proposal = proposal_by_id(session, proposal_id)
    unit = writable_unit(session, proposal)
    next_status(ProposalStatus(proposal.status), step)  # refuses an illegal step
    ensure_step_allowed(session, proposal, step)
    return proposal, unit


def _move(
    session: Session,
    proposal: AwardProposal,
    unit: AdminUnit,
    step: Step,
    *,
    old: dict[str, object],
    new: dict[str, object],
    reason: str | None = None,
) -> None:
    target = next_status(ProposalStatus(proposal.status), step)
    audit.record(
        session,
        action=step.value,
        entity=ENTITY,
        key=str(proposal.id),
        old={"status": proposal.status, **old},
        new={"status": target.value, **new},
        reason=reason,
        unit_id=unit.id,
    )
    proposal.status = target.value
    proposal.updated_at = utc_now()


def _lines(session: Session, proposal_id: int) -> list[AwardLine]:
    return list(
        session.scalars(
            select(AwardLine)
            .where(AwardLine.proposal_id == proposal_id)
            .order_by(AwardLine.position)
        )
    )


def submit_proposal(
    db: Database, proposal_id: int, *, submitted_on: dt.date, number: str | None = None
) -> ProposalDetail:
    """Trình: the draft goes to the council (with the tờ trình's number, when it has one)."""
    with db.transaction() as session:
        proposal, unit = _step(session, proposal_id, Step.SUBMIT)
        if not _lines(session, proposal.id):
            raise InvalidInput(f"Đề nghị #{proposal.id} chưa có dòng nào: không trình được.")
        check_day(submitted_on, proposal.proposal_date, "trình", "lập đề nghị")
        old: dict[str, object] = {"submitted_on": proposal.submitted_on}
        new: dict[str, object] = {"submitted_on": submitted_on}
        numbered = proposal.number
        if number is not None:
            numbered = text(number, MAX_NUMBER, "Số tờ trình") or None
            old["number"], new["number"] = proposal.number, numbered
        _move(session, proposal, unit, Step.SUBMIT, old=old, new=new)
        proposal.submitted_on, proposal.number = submitted_on, numbered
    return get_proposal(db, proposal_id)


def return_proposal(
    db: Database, proposal_id: int, *, reason: str, returned_on: dt.date
) -> ProposalDetail:
    """Trả lại: back to nháp with the reason (required); the council's review is cleared, since
    the proposal must be submitted and reviewed again."""
    why = text(reason, MAX_NOTE, "Lý do trả lại")
    if not why:
        raise InvalidInput("Hãy nêu lý do trả lại đề nghị (bắt buộc).")
    with db.transaction() as session:
        proposal, unit = _step(session, proposal_id, Step.RETURN)
        check_day(returned_on, proposal.submitted_on, "trả lại", "trình")
        votes = {line.id: line.votes_agree for line in _lines(session, proposal.id)}
        _move(
            session,
            proposal,
            unit,
            Step.RETURN,
            old={
                "review_date": proposal.review_date,
                "council_members": proposal.council_members,
                "members_present": proposal.members_present,
                "votes": {k: v for k, v in votes.items() if v is not None},
            },
            new={"returned_on": returned_on},
            reason=why,
        )
        proposal.returned_on, proposal.return_reason = returned_on, why
        proposal.review_date = proposal.council_members = proposal.members_present = None
        for line in _lines(session, proposal.id):
            line.votes_agree = None
    return get_proposal(db, proposal_id)


def record_review(db: Database, proposal_id: int, review: ReviewEntry) -> ProposalDetail:
    """Hội đồng TĐKT đã xét: meeting date, members present and, for each line whose award
    needs a secret ballot, the agreeing votes (required for those lines, refused for others).
    Votes below the catalogue's threshold are a warning on the proposal."""
    with db.transaction() as session:
        proposal, unit = _step(session, proposal_id, Step.REVIEW)
        check_day(review.day, proposal.submitted_on, "họp Hội đồng", "trình")
        check_votes(members=review.members, present=review.present)
        version = reference.award_catalogue().version_on(rules_day(session, proposal))
        lines = _lines(session, proposal.id)
        by_id = {line.id: line for line in lines}
        unknown = sorted(set(review.votes) - set(by_id))
        if unknown:
            raise InvalidInput(f"Dòng #{unknown[0]} không thuộc đề nghị #{proposal.id}.")
        votes: dict[int, int | None] = {}
        for line in lines:
            entry = version.entry(line.award_code)
            agree = review.votes.get(line.id)
            if entry is not None and entry.ballot:
                if agree is None:
                    raise InvalidInput(
                        f"Dòng {line.position} ({entry.quoted}) cần kết quả bỏ phiếu kín: hãy "
                        "nhập số phiếu đồng ý."
                    )
                check_votes(members=review.members, present=review.present, agree=agree)
            elif agree is not None:
                name = entry.quoted if entry else line.award_code
                raise InvalidInput(f"Dòng {line.position} ({name}) không xét bằng bỏ phiếu kín.")
            votes[line.id] = agree
        _move(
            session,
            proposal,
            unit,
            Step.REVIEW,
            old={
                "review_date": proposal.review_date,
                "council_members": proposal.council_members,
                "members_present": proposal.members_present,
            },
            new={
                "review_date": review.day,
                "council_members": review.members,
                "members_present": review.present,
                "votes": {k: v for k, v in votes.items() if v is not None},
            },
        )
        proposal.review_date = review.day
        proposal.council_members, proposal.members_present = review.members, review.present
        for line in lines:
            line.votes_agree = votes[line.id]
    return get_proposal(db, proposal_id)


def default_issuer(session: Session, proposal: AwardProposal) -> str:
    """ "Chủ tịch UBND huyện Phong Điền": the chair of the level the proposal went to."""
    level = DecidingLevel(proposal.to_level)
    if level is DecidingLevel.CENTRAL:
        return "Thủ tướng Chính phủ"
    unit = decider_unit(session, proposal)
    kind = UnitKind(unit.kind)
    return f"Chủ tịch UBND {kind.label} {unit.name}"


def decider_unit(session: Session, proposal: AwardProposal) -> AdminUnit:
    """The unit whose chair decides: the proposal's unit, or its ancestor at `to_level`."""
    wanted = DecidingLevel(proposal.to_level).unit_level
    unit = session.get(AdminUnit, proposal.unit_id)
    assert unit is not None
    while wanted is not None and unit.level > wanted and unit.parent_id is not None:
        parent = session.get(AdminUnit, unit.parent_id)
        assert parent is not None
        unit = parent
    return unit


def decide_proposal(db: Database, proposal_id: int, decision: DecisionEntry) -> ProposalDetail:
    """Record a quyết định for the lines it covers (default: every line not decided yet). The
    rule version in force on the decision's date is fixed on it with its legal basis."""
    number = text(decision.number, MAX_NUMBER, "Số quyết định")
    signer = text(decision.signer_name, MAX_SIGNER, "Họ tên người ký")
    position = text(decision.signer_position, MAX_SIGNER, "Chức vụ người ký") or DEFAULT_POSITION
    if not number:
        raise InvalidInput("Hãy nhập số quyết định (ví dụ 125/QĐ-UBND).")
    if not signer:
        raise InvalidInput("Hãy nhập họ tên người ký quyết định.")
    with db.transaction() as session:
        proposal, unit = _step(session, proposal_id, Step.DECIDE)
        check_day(decision.day, proposal.review_date, "quyết định", "Hội đồng xét")
        if decision.day.year < proposal.year:
            raise InvalidInput(
                f"Quyết định ngày {format_date(decision.day)} trước năm {proposal.year} "
                "của đề nghị."
            )
        if DecidingLevel(proposal.to_level) is DecidingLevel.DISTRICT and not districts_exist_on(
            decision.day
        ):
            raise InvalidInput(
                f"Quyết định ngày {format_date(decision.day)}: từ ngày {format_date(TWO_TIER_FROM)}"
                " không còn cấp huyện, Chủ tịch UBND cấp huyện không quyết định được. Hãy trả lại "
                "đề nghị và trình cấp xã hoặc cấp tỉnh."
            )
        issuer = text(decision.issuer, MAX_ISSUER, "Cơ quan, người quyết định") or default_issuer(
            session, proposal
        )
        lines = [line for line in _lines(session, proposal.id) if line.decision_id is None]
        if decision.line_ids is not None:
            wanted = set(decision.line_ids)
            all_ids = {line.id for line in _lines(session, proposal.id)}
            if wanted - all_ids:
                raise InvalidInput(
                    f"Dòng #{min(wanted - all_ids)} không thuộc đề nghị #{proposal.id}."
                )
            done = wanted - {line.id for line in lines}
            if done:
                raise InvalidInput(f"Dòng #{min(done)} đã có quyết định khen thưởng.")
            lines = [line for line in lines if line.id in wanted]
        if not lines:
            raise InvalidInput("Không còn dòng nào chưa có quyết định khen thưởng.")
        pending = reference.award_catalogue().version_on(pending_day(proposal))
        for line in lines:
            failed = failed_ballot(pending, line, proposal.members_present)
            if failed:
                entry = pending.entry(line.award_code)
                name = entry.quoted if entry else line.award_code
                raise InvalidInput(
                    f"Dòng {line.position} ({name}): {failed} — không quyết định khen thưởng "
                    "được dòng này; hãy bỏ chọn dòng đó."
                )
        held = cases_of(session, {line.recipient_id for line in lines})
        for line in lines:
            case = held_by(held.get(line.recipient_id, ()), decision.day)
            if case is not None:
                who = recipient_rows(session, [line.recipient_id])[line.recipient_id].name
                raise InvalidInput(
                    f"Dòng {line.position} ({who}): {case.text()} — tạm dừng xét khen thưởng "
                    "(Nghị định 152/2025/NĐ-CP); hãy bỏ chọn dòng đó, hoặc ghi việc đã kết thúc "
                    "nếu đã có kết luận."
                )
        add_decision(session, proposal, unit, lines, number, decision.day, issuer, signer, position)
        _move(
            session,
            proposal,
            unit,
            Step.DECIDE,
            old={},
            new={"decision": number, "decision_date": decision.day},
        )
    return get_proposal(db, proposal_id)


def add_decision(
    session: Session,
    proposal: AwardProposal,
    unit: AdminUnit,
    lines: list[AwardLine],
    number: str,
    day: dt.date,
    issuer: str,
    signer: str,
    position: str,
    *,
    audited: dict[str, object] | None = None,
) -> AwardDecision:
    """Inside the caller's transaction: the decision of `lines` (its number unique for the
    issuer and year), with the rule version, legal basis and tiền thưởng in force on its day,
    audited (with `audited` beside its values)."""
    refuse_same_number(session, number, issuer, day)
    catalogue = reference.award_catalogue()
    version = catalogue.version_on(day)
    record = AwardDecision(
        uid=str(uuid.uuid4()),
        proposal_id=proposal.id,
        number=number,
        decision_date=day,
        issuer=issuer,
        signer_name=signer,
        signer_position=position,
        rules_version=version.code,
        legal_basis="\n".join(version.legal_basis),
        reward_money=money_record(catalogue, version, day),
        entered_by=audit.current_operator(session),
        created_at=utc_now(),
    )
    session.add(record)
    session.flush()
    for line in lines:
        line.decision_id = record.id
    audit.record(
        session,
        action="create",
        entity=DECISION_ENTITY,
        key=str(record.id),
        new={
            "proposal_id": proposal.id,
            "number": number,
            "decision_date": day,
            "issuer": issuer,
            "signer_name": signer,
            "signer_position": position,
            "rules_version": version.code,
            "lines": [line.id for line in lines],
        }
        | (audited or {}),
        unit_id=unit.id,
    )
    return record


def refuse_same_number(session: Session, number: str, issuer: str, day: dt.date) -> None:
    """The same issuer numbers its decisions once a year: "125/QĐ-UBND" cannot come twice."""
    existing = session.scalar(
        select(AwardDecision.proposal_id).where(
            AwardDecision.number == number,
            AwardDecision.issuer == issuer,
            AwardDecision.decision_date >= dt.date(day.year, 1, 1),
            AwardDecision.decision_date <= dt.date(day.year, 12, 31),
        )
    )
    if existing is not None:
        raise InvalidInput(
            f"Quyết định số {number} năm {day.year} của {issuer} đã được ghi (đề nghị #{existing})."
        )


def mark_awarded(db: Database, proposal_id: int, *, awarded_on: dt.date) -> ProposalDetail:
    """Đã trao: the awards were handed over (ceremony date)."""
    with db.transaction() as session:
        proposal, unit = _step(session, proposal_id, Step.AWARD)
        latest = session.scalar(
            select(AwardDecision.decision_date)
            .where(AwardDecision.proposal_id == proposal.id)
            .order_by(AwardDecision.decision_date.desc())
        )
        check_day(awarded_on, latest, "trao", "quyết định")
        _move(
            session,
            proposal,
            unit,
            Step.AWARD,
            old={"awarded_on": proposal.awarded_on},
            new={"awarded_on": awarded_on},
        )
        proposal.awarded_on = awarded_on
    return get_proposal(db, proposal_id)
