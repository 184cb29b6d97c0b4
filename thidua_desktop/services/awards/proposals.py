"""Reading khen thưởng proposals: the year's list and one proposal with its lines, decisions and
rule warnings, as plain rows (the page and the command line show these)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from thidua_desktop.domain.awards.dossiers import DossierRole, allowed_steps
from thidua_desktop.domain.awards.types import (
    AwardType,
    DecidingLevel,
    ProposalStatus,
    Step,
)
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.services.awards import reference
from thidua_desktop.services.awards.data import (
    Checks,
    ProposalInfo,
    failed_ballot,
    pending_day,
    recipient_rows,
    rules_day,
    run_checks,
    unit_names,
)
from thidua_desktop.services.awards.dossiers import dossier_states
from thidua_desktop.services.awards.rows import (
    DecisionRow,
    LineRow,
    ProposalDetail,
    ProposalRow,
)
from thidua_desktop.services.core.scope import (
    NoProfileError,
    office_unit,
    subtree_ids,
    unit_by_code,
)
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.awards import AwardDecision, AwardLine, AwardProposal
from thidua_desktop.store.models.core import AdminUnit, Campaign, PeriodLock


def get_proposal(db: Database, proposal_id: int) -> ProposalDetail:
    """One proposal with its lines (recipients, awards, votes, decisions, warnings)."""
    with db.reading() as session:
        return proposal_detail(session, proposal_by_id(session, proposal_id))


def list_proposals(db: Database, *, year: int, unit_code: str | None = None) -> list[ProposalRow]:
    """The year's proposals of the office's scope (or of `unit_code` and below), by unit and
    date; each with its line counts and how many rule warnings it has."""
    with db.reading() as session:
        root = scope_root(session, unit_code, year)
        proposals = proposals_in(session, subtree_ids(session, root.id), year)
        return proposal_rows(session, proposals)


def proposal_by_id(session: Session, proposal_id: int) -> AwardProposal:
    proposal = session.get(AwardProposal, proposal_id)
    if proposal is None:
        raise InvalidInput(f"Không có đề nghị khen thưởng #{proposal_id}.")
    return proposal


def scope_root(session: Session, unit_code: str | None, year: int) -> AdminUnit:
    """The unit a read covers: `unit_code`, else the office's own unit."""
    if unit_code:
        return unit_by_code(session, unit_code, year=year)
    try:
        return office_unit(session)
    except NoProfileError:
        raise NoProfileError(
            "Chưa chọn cơ quan sử dụng cho bản cài đặt này: hãy chạy "
            "`thidua-desktop init --office MÃ`, hoặc chỉ rõ đơn vị bằng --unit."
        ) from None


def proposals_in(session: Session, unit_ids: set[int], year: int) -> list[AwardProposal]:
    return list(
        session.scalars(
            select(AwardProposal)
            .where(AwardProposal.year == year, AwardProposal.unit_id.in_(unit_ids))
            .order_by(AwardProposal.proposal_date, AwardProposal.id)
        )
    )


# -- rows ---------------------------------------------------------------------------------------


def proposal_infos(session: Session, proposals: Sequence[AwardProposal]) -> list[ProposalInfo]:
    ids = [p.id for p in proposals]
    latest = dict(
        session.execute(
            select(AwardDecision.proposal_id, func.max(AwardDecision.decision_date))
            .where(AwardDecision.proposal_id.in_(ids))
            .group_by(AwardDecision.proposal_id)
        ).all()
    )
    units = unit_names(session, (p.unit_id for p in proposals))
    return [
        ProposalInfo(
            id=p.id,
            year=p.year,
            unit_id=p.unit_id,
            unit_name=units[p.unit_id][1],
            to_level=DecidingLevel(p.to_level),
            day=latest.get(p.id) or pending_day(p),
            members_present=p.members_present,
        )
        for p in proposals
    ]


def _steps(status: ProposalStatus, lines: int, undecided: int) -> tuple[Step, ...]:
    if status is ProposalStatus.DRAFT:
        return (Step.SUBMIT,) if lines else ()
    if status is ProposalStatus.SUBMITTED:
        return (Step.REVIEW, Step.RETURN)
    if status is ProposalStatus.REVIEWED:
        return (Step.DECIDE, Step.REVIEW, Step.RETURN)
    if status is ProposalStatus.DECIDED:
        return (Step.AWARD, Step.DECIDE) if undecided else (Step.AWARD,)
    return ()


def proposal_rows(
    session: Session, proposals: Sequence[AwardProposal], checks: Checks | None = None
) -> list[ProposalRow]:
    """Rows for `proposals`, in a fixed number of queries."""
    if not proposals:
        return []
    infos = proposal_infos(session, proposals)
    if checks is None:
        checks = run_checks(session, reference.award_catalogue(), infos, {})
    ids = [p.id for p in proposals]
    counts = {
        pid: (total, decided)
        for pid, total, decided in session.execute(
            select(AwardLine.proposal_id, func.count(), func.count(AwardLine.decision_id))
            .where(AwardLine.proposal_id.in_(ids))
            .group_by(AwardLine.proposal_id)
        )
    }
    levels = dict(
        session.execute(
            select(AdminUnit.id, AdminUnit.level).where(
                AdminUnit.id.in_({p.unit_id for p in proposals})
            )
        ).all()
    )
    campaigns = {
        cid: (code, title)
        for cid, code, title in session.execute(
            select(Campaign.id, Campaign.code, Campaign.title).where(
                Campaign.id.in_({p.campaign_id for p in proposals if p.campaign_id})
            )
        )
    }
    locked = set(session.scalars(select(PeriodLock.year)))
    try:
        writable = subtree_ids(session, office_unit(session).id)
        no_office = ""
    except NoProfileError:
        writable, no_office = set(), "Chưa chọn cơ quan sử dụng: chỉ xem, không sửa được."
    catalogue = reference.award_catalogue()
    units = unit_names(session, (p.unit_id for p in proposals))
    dossiers = dossier_states(session, proposals)
    rows = []
    for proposal, info in zip(proposals, infos, strict=True):
        total, decided = counts.get(proposal.id, (0, 0))
        status = ProposalStatus(proposal.status)
        reason = no_office
        if not reason and proposal.year in locked:
            reason = f"Năm {proposal.year} đã khóa sổ: chỉ xem, không sửa được."
        elif not reason and proposal.unit_id not in writable:
            reason = "Đề nghị của đơn vị ngoài phạm vi cơ quan sử dụng: chỉ xem."
        campaign = campaigns.get(proposal.campaign_id) if proposal.campaign_id else None
        code, name, _ = units[proposal.unit_id]
        steps = () if reason else _steps(status, total, total - decided)
        editable = not reason and status is ProposalStatus.DRAFT
        dossier = dossiers.get(proposal.id)
        if dossier is not None:
            steps = allowed_steps(dossier.role, dossier.status, steps)
            editable = editable and dossier.role is DossierRole.SENT
        rows.append(
            ProposalRow(
                id=proposal.id,
                unit_code=code,
                unit_name=name,
                year=proposal.year,
                campaign_code=campaign[0] if campaign else None,
                campaign_title=campaign[1] if campaign else None,
                to_level=info.to_level,
                own_level=DecidingLevel.of_unit_level(levels[proposal.unit_id]),
                title=proposal.title,
                number=proposal.number or "",
                proposal_date=proposal.proposal_date,
                status=status,
                submitted_on=proposal.submitted_on,
                review_date=proposal.review_date,
                council_members=proposal.council_members,
                members_present=proposal.members_present,
                returned_on=proposal.returned_on,
                return_reason=proposal.return_reason or "",
                awarded_on=proposal.awarded_on,
                note=proposal.note or "",
                updated_at=proposal.updated_at,
                lines=total,
                decided_lines=decided,
                warnings=len(checks.by_proposal.get(proposal.id, ())),
                rules_version=catalogue.version_on(info.day).code,
                demo=proposal.source == "demo",
                recorded=proposal.source == "recorded",
                editable=editable,
                read_only_reason=reason,
                steps=steps,
                dossier=dossier,
            )
        )
    return rows


def proposal_detail(session: Session, proposal: AwardProposal) -> ProposalDetail:
    lines = list(
        session.scalars(
            select(AwardLine)
            .where(AwardLine.proposal_id == proposal.id)
            .order_by(AwardLine.position, AwardLine.id)
        )
    )
    recipients = recipient_rows(session, (line.recipient_id for line in lines))
    names = {rid: row.name for rid, row in recipients.items()}
    infos = proposal_infos(session, [proposal])
    catalogue = reference.award_catalogue()
    checks = run_checks(session, catalogue, infos, names)
    row = proposal_rows(session, [proposal], checks)[0]
    decisions = list(
        session.scalars(
            select(AwardDecision)
            .where(AwardDecision.proposal_id == proposal.id)
            .order_by(AwardDecision.decision_date, AwardDecision.id)
        )
    )
    by_decision = {d.id: d for d in decisions}
    version = catalogue.version_on(rules_day(session, proposal))
    line_rows = []
    pending = catalogue.version_on(pending_day(proposal))
    for line in lines:
        decision = by_decision.get(line.decision_id) if line.decision_id else None
        judged = (catalogue.rule_version(decision.rules_version) if decision else None) or pending
        entry = judged.entry(line.award_code) or catalogue.any_entry(line.award_code)
        line_rows.append(
            LineRow(
                id=line.id,
                proposal_id=proposal.id,
                position=line.position,
                recipient=recipients[line.recipient_id],
                award_code=line.award_code,
                award_name=entry.name if entry else line.award_code,
                award_short_name=entry.short_name if entry else line.award_code,
                award_kind=entry.kind if entry else None,
                award_type=AwardType(line.award_type),
                achievement=line.achievement or "",
                members=line.members,
                qualified=line.qualified,
                needs_ballot=bool(entry and entry.ballot),
                votes_agree=line.votes_agree,
                decision_id=line.decision_id,
                decision_number=decision.number if decision else "",
                decision_date=decision.decision_date if decision else None,
                warnings=tuple(checks.by_line.get(line.id, ())),
                ballot_failed=failed_ballot(judged, line, proposal.members_present) or "",
            )
        )
    decided = {d.id: sum(1 for line in lines if line.decision_id == d.id) for d in decisions}
    return ProposalDetail(
        proposal=row,
        lines=tuple(line_rows),
        decisions=tuple(decision_row(d, decided[d.id]) for d in decisions),
        warnings=tuple(checks.by_proposal.get(proposal.id, ())),
        rules=reference.version_row(catalogue, version),
    )


def decision_row(decision: AwardDecision, lines: int) -> DecisionRow:
    catalogue = reference.award_catalogue()
    version = catalogue.rule_version(decision.rules_version)
    return DecisionRow(
        id=decision.id,
        proposal_id=decision.proposal_id,
        number=decision.number,
        day=decision.decision_date,
        issuer=decision.issuer,
        signer_name=decision.signer_name,
        signer_position=decision.signer_position,
        rules_version=decision.rules_version,
        rules_label=version.label if version else decision.rules_version,
        legal_basis=tuple(line for line in decision.legal_basis.split("\n") if line),
        lines=lines,
        reward_money=decision.reward_money,
    )
