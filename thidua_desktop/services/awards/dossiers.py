"""What travelling as a dossier means for a proposal here: its state, and the steps and edits it
still allows (domain.awards.dossiers). The packages themselves are exchange.awards."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from thidua_desktop.domain.awards.dossiers import (
    DossierRole,
    DossierStatus,
    refused_step,
    status_here,
)
from thidua_desktop.domain.awards.types import ProposalStatus, Step
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.messages import msg
from thidua_desktop.services.awards.rows import DossierEventRow, DossierRow, DossierState
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.attachments import Attachment
from thidua_desktop.store.models.awards import (
    AwardLine,
    AwardProposal,
    DossierEvent,
    DossierExchange,
)
from thidua_desktop.store.models.core import AdminUnit


def list_dossiers(db: Database, *, year: int | None = None) -> list[DossierRow]:
    """The dossier inbox: every proposal sent up or received from below (of `year`), the
    newest movement first."""
    from thidua_desktop.services.core.scope import full_name

    with db.reading() as session:
        query = (
            select(AwardProposal, DossierExchange, AdminUnit)
            .join(DossierExchange, DossierExchange.proposal_id == AwardProposal.id)
            .join(AdminUnit, AdminUnit.id == AwardProposal.unit_id)
        )
        if year is not None:
            query = query.where(AwardProposal.year == year)
        found = session.execute(query).all()
        ids = [p.id for p, _r, _u in found]
        lines = dict(
            session.execute(
                select(AwardLine.proposal_id, func.count())
                .where(AwardLine.proposal_id.in_(ids))
                .group_by(AwardLine.proposal_id)
            ).all()
        )
        owner_of: dict[str, int] = {p.uid: p.id for p, _r, _u in found}
        for pid, uid in session.execute(
            select(AwardLine.proposal_id, AwardLine.uid).where(AwardLine.proposal_id.in_(ids))
        ):
            owner_of[uid] = pid
        papers: dict[int, int] = {}
        for uid, count in session.execute(
            select(Attachment.owner_uid, func.count())
            .where(
                Attachment.owner_kind.in_(("award_proposal", "award_line")),
                Attachment.owner_uid.in_(list(owner_of)),
            )
            .group_by(Attachment.owner_uid)
        ):
            papers[owner_of[uid]] = papers.get(owner_of[uid], 0) + count
        rows = []
        for proposal, record, unit in found:
            rows.append(
                DossierRow(
                    proposal_id=proposal.id,
                    year=proposal.year,
                    title=proposal.title,
                    unit_code=unit.code,
                    unit_name=full_name(unit),
                    proposal_status=ProposalStatus(proposal.status),
                    state=state_of(record, proposal),
                    lines=lines.get(proposal.id, 0),
                    papers=papers.get(proposal.id, 0),
                )
            )
        latest = {
            r.proposal_id: max(r.state.dossier_at, r.state.reply_at or r.state.dossier_at)
            for r in rows
        }
        return sorted(rows, key=lambda r: latest[r.proposal_id], reverse=True)


def dossier_timeline(db: Database, proposal_id: int) -> list[DossierEventRow]:
    """The packages of the proposal's journey, oldest first."""
    with db.reading() as session:
        events = session.scalars(
            select(DossierEvent)
            .join(DossierExchange, DossierExchange.id == DossierEvent.exchange_id)
            .where(DossierExchange.proposal_id == proposal_id)
            .order_by(DossierEvent.at, DossierEvent.id)
        )
        return [
            DossierEventRow(
                at=e.at,
                direction=e.direction,
                status=DossierStatus(e.status),
                sequence=e.sequence,
                file_name=e.file_name,
                note=e.note or "",
                by=e.by,
            )
            for e in events
        ]


def dossier_states(
    session: Session, proposals: Collection[AwardProposal]
) -> dict[int, DossierState]:
    """The travelling ones among `proposals`, by proposal id (one query)."""
    by_id = {p.id: p for p in proposals}
    if not by_id:
        return {}
    records = session.scalars(
        select(DossierExchange).where(DossierExchange.proposal_id.in_(list(by_id)))
    )
    return {r.proposal_id: state_of(r, by_id[r.proposal_id]) for r in records}


def state_of(record: DossierExchange, proposal: AwardProposal) -> DossierState:
    role = DossierRole(record.role)
    reported = DossierStatus(record.status)
    if role is DossierRole.RECEIVED:
        status = status_here(ProposalStatus(proposal.status), proposal.returned_on is not None)
        returned_on, reason = proposal.returned_on, proposal.return_reason or ""
    else:
        status, returned_on, reason = reported, record.returned_on, record.return_reason or ""
    return DossierState(
        role=role,
        status=status,
        counterpart_code=record.counterpart_code,
        counterpart_name=record.counterpart_name,
        times_sent=record.times_sent,
        dossier_at=record.dossier_at,
        reply_at=record.reply_at,
        reported=reported if role is DossierRole.RECEIVED and record.reply_at else None,
        returned_on=returned_on,
        return_reason=reason,
    )


def travelling(session: Session, proposal: AwardProposal) -> DossierExchange | None:
    return session.scalar(select(DossierExchange).where(DossierExchange.proposal_id == proposal.id))


def ensure_step_allowed(session: Session, proposal: AwardProposal, step: Step) -> None:
    """Refuse a workflow step the proposal's journey leaves to the other office."""
    record = travelling(session, proposal)
    if record is None:
        return
    state = state_of(record, proposal)
    if not refused_step(state.role, state.status, step):
        return
    if state.role is DossierRole.RECEIVED:
        raise InvalidInput(
            msg(
                "Đề nghị #{id} là hồ sơ nhận từ {sender}: cơ quan gửi sửa và gửi lại hồ sơ, ở "
                "đây không trình lại.",
                id=proposal.id,
                sender=state.counterpart_name,
            )
        )
    if step is Step.RETURN:
        raise InvalidInput(
            msg(
                "Hồ sơ của đề nghị #{id} đang ở {receiver} ({status}): không tự rút về được. Nếu "
                "cần sửa, hãy đề nghị {receiver} trả lại hồ sơ; nếu gói chưa đến nơi, gửi lại "
                "hồ sơ như cũ.",
                id=proposal.id,
                receiver=state.counterpart_name,
                status=state.status.label.lower(),
            )
        )
    raise InvalidInput(
        msg(
            "Hồ sơ của đề nghị #{id} đã gửi {receiver} ({status}): Hội đồng và quyết định khen "
            "thưởng là của cấp đó, kết quả được nhập từ gói kết quả họ gửi về.",
            id=proposal.id,
            receiver=state.counterpart_name,
            status=state.status.label.lower(),
        )
    )


def ensure_own_paper(session: Session, proposal: AwardProposal, *, decision: bool) -> None:
    """The papers of a dossier received from below are its sender's: here a paper goes only
    on a decision (the signed quyết định, the council's minutes)."""
    if not decision:
        ensure_own_content(session, proposal, papers=True)


def ensure_own_content(session: Session, proposal: AwardProposal, *, papers: bool = False) -> None:
    """A dossier received from below is corrected by its sender, never here."""
    record = travelling(session, proposal)
    if record is not None and record.role == DossierRole.RECEIVED:
        if papers:
            raise InvalidInput(
                msg(
                    "Đề nghị #{id} là hồ sơ nhận từ {sender}: giấy tờ của đề nghị và các dòng do "
                    "cơ quan gửi; ở đây chỉ đính kèm vào quyết định.",
                    id=proposal.id,
                    sender=record.counterpart_name,
                )
            )
        raise InvalidInput(
            msg(
                "Đề nghị #{id} là hồ sơ nhận từ {sender}: nội dung chỉ do cơ quan gửi sửa. Nếu "
                "cần sửa, hãy trả lại hồ sơ kèm lý do.",
                id=proposal.id,
                sender=record.counterpart_name,
            )
        )
