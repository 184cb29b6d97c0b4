"""Send a dossier up, or its answer down: what leaves the office is shown first (`preview_*`),
then written as a signed package (`send_*`), recorded, audited and given its number.

A dossier leaves only when the person sends it: it is the one place where recipients' personal
data leaves the office, and the preview lists every person it names and every paper it carries.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from thidua_desktop.domain.attachments import AttachmentKind
from thidua_desktop.domain.awards.dossiers import DossierRole, DossierStatus, status_here
from thidua_desktop.domain.awards.types import (
    Category,
    DecidingLevel,
    Gender,
    ProposalStatus,
    RecipientType,
)
from thidua_desktop.domain.dates import format_date
from thidua_desktop.domain.errors import InvalidInput, UserError
from thidua_desktop.domain.messages import msg
from thidua_desktop.exchange.awards.contents import dossier_rows, reply_rows
from thidua_desktop.exchange.manifest import (
    CLASSED_DOSSIER_VERSION,
    DOSSIER,
    KIND_LABELS,
    REPLY,
    SUFFIX,
    Manifest,
)
from thidua_desktop.exchange.outgoing import (
    Build,
    Gathered,
    Record,
    checked_out,
    office_manifest,
    write_recorded,
)
from thidua_desktop.paths import DataDir
from thidua_desktop.services.awards.dossiers import travelling
from thidua_desktop.services.awards.edit import writable
from thidua_desktop.services.awards.proposals import proposal_by_id
from thidua_desktop.services.awards.workflow import decider_unit
from thidua_desktop.services.core import audit
from thidua_desktop.services.core.scope import full_name, office_unit, subtree_ids
from thidua_desktop.store.base import utc_now
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.attachments import Attachment
from thidua_desktop.store.models.awards import (
    AwardProposal,
    AwardRecipient,
    DossierEvent,
    DossierExchange,
)
from thidua_desktop.store.models.core import AdminUnit

ENTITY = "award_proposal"


@dataclass(frozen=True)
class PersonSent:
    """One recipient as the package names it (what leaves the office)."""

    kind: RecipientType
    name: str
    unit_name: str
    gender: Gender | None
    birth_year: int | None
    position: str
    category: Category | None


@dataclass(frozen=True)
class PaperSent:
    file_name: str
    kind: AttachmentKind
    size: int


@dataclass(frozen=True)
class SendPreview:
    proposal_id: int
    kind: str  # DOSSIER or REPLY
    kind_label: str
    title: str
    year: int
    unit_name: str
    receiver_code: str
    receiver_name: str
    status: DossierStatus  # what the package says
    times_sent: int  # the dossier's sending this would be (1 = first); for a reply, the round
    lines: int
    people: tuple[PersonSent, ...]  # personal data leaving the office (dossier only)
    papers: tuple[PaperSent, ...]
    decisions: tuple[str, ...]  # "125/QĐ-UBND ngày 05/12/2026" (reply only)
    return_reason: str
    default_name: str  # a file name to offer

    @property
    def replaces(self) -> bool:
        return self.kind == DOSSIER and self.times_sent > 1


@dataclass(frozen=True)
class SendReport:
    preview: SendPreview
    path: Path
    sequence: int
    size_bytes: int


# -- dossier (up) -------------------------------------------------------------------------------
def preview_dossier(db: Database, proposal_id: int) -> SendPreview:
    """What sending the proposal's dossier would carry, and to whom (nothing is written)."""
    with db.reading() as session:
        proposal, receiver, record = _dossier_parts(session, proposal_id)
        return _dossier_preview(
            session, proposal, receiver, record, dossier_rows(session, proposal)
        )


def send_dossier(db: Database, data_dir: DataDir, proposal_id: int, *, out: Path) -> SendReport:
    """Write the proposal's dossier for the level that decides it (a resend replaces the earlier
    one there); recorded, audited and numbered in one transaction before the file is named."""
    out = _checked_out(out)

    def build(session: Session) -> tuple[SendPreview, Manifest, Gathered]:
        proposal, receiver, record = _dossier_parts(session, proposal_id)
        gathered = dossier_rows(session, proposal)
        preview = _dossier_preview(session, proposal, receiver, record, gathered)
        manifest = _manifest(session, DOSSIER, proposal, receiver)
        people = gathered.rows["recipient"]
        if any(row["stat_class"] for row in people):
            manifest = replace(manifest, format_version=CLASSED_DOSSIER_VERSION)
        else:  # no class to tell: format 1, which an office on an older release reads
            for row in people:
                del row["stat_class"]
        return preview, manifest, gathered

    def record(session: Session, preview: SendPreview, final: Manifest, sha: str) -> None:
        proposal = proposal_by_id(session, proposal_id)
        exchange = travelling(session, proposal)
        now = utc_now()
        if exchange is None:
            exchange = DossierExchange(
                proposal_id=proposal.id,
                role=DossierRole.SENT.value,
                counterpart_code=preview.receiver_code,
                counterpart_name=preview.receiver_name,
                times_sent=0,
            )
            session.add(exchange)
        exchange.status = DossierStatus.SENT.value
        exchange.times_sent += 1
        exchange.dossier_sequence, exchange.dossier_sha256 = final.sequence, sha
        exchange.dossier_at = final.created_at
        exchange.returned_on = exchange.return_reason = None
        exchange.updated_at = now
        session.flush()
        _event(session, exchange, "out", DossierStatus.SENT, final.sequence, out.name)
        audit.record(
            session,
            action="dossier_send",
            entity=ENTITY,
            key=str(proposal.id),
            new={
                "receiver": preview.receiver_code,
                "sequence": final.sequence,
                "times_sent": exchange.times_sent,
                "lines": preview.lines,
                "recipients": len(preview.people),
                "papers": len(preview.papers),
                "file": out.name,
            },
            unit_id=proposal.unit_id,
        )

    return _write(db, data_dir, out, build, record)


def _dossier_parts(
    session: Session, proposal_id: int
) -> tuple[AwardProposal, AdminUnit, DossierExchange | None]:
    proposal = proposal_by_id(session, proposal_id)
    writable(session, proposal)
    record = travelling(session, proposal)
    if record is not None and record.role == DossierRole.RECEIVED:
        raise InvalidInput(
            msg(
                "Đề nghị #{id} là hồ sơ nhận từ {sender}: chỉ gửi kết quả xét về cho cơ quan đó.",
                id=proposal.id,
                sender=record.counterpart_name,
            )
        )
    if record is not None and record.status == DossierStatus.DECIDED:
        raise InvalidInput(
            msg(
                "Hồ sơ của đề nghị #{id} đã được {receiver} quyết định: không gửi lại được.",
                id=proposal.id,
                receiver=record.counterpart_name,
            )
        )
    if proposal.status != ProposalStatus.SUBMITTED:
        raise InvalidInput(
            msg(
                "Đề nghị #{id} đang ở trạng thái “{status}”: hãy trình đề nghị (có số tờ trình) "
                "rồi mới gửi hồ sơ lên cấp trên.",
                id=proposal.id,
                status=ProposalStatus(proposal.status).label,
            )
        )
    level = DecidingLevel(proposal.to_level)
    if level is DecidingLevel.CENTRAL:
        raise InvalidInput(
            msg("Đề nghị khen thưởng cấp Nhà nước đi qua cấp tỉnh: hãy lập đề nghị trình cấp tỉnh.")
        )
    office = office_unit(session)
    receiver = decider_unit(session, proposal)
    if receiver.id in subtree_ids(session, office.id):
        raise InvalidInput(
            msg(
                "Đề nghị #{id} do {receiver} quyết định, thuộc chính cơ quan này: không cần gửi "
                "hồ sơ.",
                id=proposal.id,
                receiver=full_name(receiver),
            )
        )
    today = dt.date.today()
    if receiver.valid_to is not None and receiver.valid_to < today:
        raise InvalidInput(
            msg(
                "{receiver} không còn từ ngày {day} (sắp xếp đơn vị hành chính): hãy trả lại đề "
                "nghị và trình cấp tỉnh.",
                receiver=full_name(receiver),
                day=format_date(receiver.valid_to + dt.timedelta(days=1)),
            )
        )
    return proposal, receiver, record


def _dossier_preview(
    session: Session,
    proposal: AwardProposal,
    receiver: AdminUnit,
    record: DossierExchange | None,
    gathered: Gathered,
) -> SendPreview:
    uids = [row["recipient_uid"] for row in gathered.rows["line"]]
    recipients = {
        r.uid: r
        for r in session.scalars(select(AwardRecipient).where(AwardRecipient.uid.in_(uids)))
    }
    names = _unit_names(session, {r.unit_id for r in recipients.values()})
    people = []
    for uid in dict.fromkeys(uids):
        r = recipients[uid]
        people.append(
            PersonSent(
                kind=RecipientType(r.kind),
                name=r.name or names[r.unit_id],
                unit_name=names[r.unit_id],
                gender=Gender(r.gender) if r.gender else None,
                birth_year=r.birth_year,
                position=r.position or "",
                category=Category(r.category) if r.category else None,
            )
        )
    unit = session.get(AdminUnit, proposal.unit_id)
    assert unit is not None
    return SendPreview(
        proposal_id=proposal.id,
        kind=DOSSIER,
        kind_label=KIND_LABELS[DOSSIER],
        title=proposal.title,
        year=proposal.year,
        unit_name=full_name(unit),
        receiver_code=receiver.code,
        receiver_name=full_name(receiver),
        status=DossierStatus.SENT,
        times_sent=(record.times_sent if record else 0) + 1,
        lines=len(gathered.rows["line"]),
        people=tuple(people),
        papers=_papers(gathered.attachments),
        decisions=(),
        return_reason="",
        default_name=f"ho-so-{unit.code}-{proposal.year}-de-nghi-{proposal.id}{SUFFIX}",
    )


# -- answer (down) ------------------------------------------------------------------------------
def preview_reply(db: Database, proposal_id: int) -> SendPreview:
    """What answering the dossier now would tell its sender (nothing is written)."""
    with db.reading() as session:
        proposal, record, sender = _reply_parts(session, proposal_id)
        status = _status_of(proposal)
        gathered = reply_rows(session, proposal, status, record.dossier_sequence)
        return _reply_preview(session, proposal, record, sender, status, gathered)


def send_reply(db: Database, data_dir: DataDir, proposal_id: int, *, out: Path) -> SendReport:
    """Write the answer to a dossier received here: its status now (đã nhận, đang xét, trả lại
    with the reason, đã quyết định with the decisions and their papers) for its sender."""
    out = _checked_out(out)

    def build(session: Session) -> tuple[SendPreview, Manifest, Gathered]:
        proposal, record, sender = _reply_parts(session, proposal_id)
        status = _status_of(proposal)
        gathered = reply_rows(session, proposal, status, record.dossier_sequence)
        preview = _reply_preview(session, proposal, record, sender, status, gathered)
        return preview, _manifest(session, REPLY, proposal, sender), gathered

    def record(session: Session, preview: SendPreview, final: Manifest, sha: str) -> None:
        proposal = proposal_by_id(session, proposal_id)
        exchange = travelling(session, proposal)
        assert exchange is not None
        exchange.status = preview.status.value
        exchange.reply_sequence, exchange.reply_sha256 = final.sequence, sha
        exchange.reply_at = final.created_at
        exchange.updated_at = utc_now()
        _event(
            session,
            exchange,
            "out",
            preview.status,
            final.sequence,
            out.name,
            preview.return_reason,
        )
        audit.record(
            session,
            action="dossier_reply",
            entity=ENTITY,
            key=str(proposal.id),
            new={
                "receiver": preview.receiver_code,
                "status": preview.status.value,
                "sequence": final.sequence,
                "answers": exchange.dossier_sequence,
                "decisions": list(preview.decisions),
                "papers": len(preview.papers),
                "file": out.name,
            },
            reason=preview.return_reason or None,
            unit_id=proposal.unit_id,
        )

    return _write(db, data_dir, out, build, record)


def _reply_parts(
    session: Session, proposal_id: int
) -> tuple[AwardProposal, DossierExchange, AdminUnit]:
    proposal = proposal_by_id(session, proposal_id)
    writable(session, proposal)
    record = travelling(session, proposal)
    if record is None or record.role != DossierRole.RECEIVED:
        raise InvalidInput(
            msg(
                "Đề nghị #{id} không phải hồ sơ nhận từ cấp dưới: không có nơi để gửi kết quả.",
                id=proposal.id,
            )
        )
    return proposal, record, _sender_unit(session, proposal, record)


def _sender_unit(session: Session, proposal: AwardProposal, record: DossierExchange) -> AdminUnit:
    """The office that sent the dossier: the proposal's unit or the ancestor with its code."""
    unit = session.get(AdminUnit, proposal.unit_id)
    while unit is not None and unit.code != record.counterpart_code:
        unit = session.get(AdminUnit, unit.parent_id) if unit.parent_id else None
    if unit is None:
        raise UserError(
            msg(
                "Không tìm thấy cơ quan gửi hồ sơ (mã {code}) trong danh mục đơn vị.",
                code=record.counterpart_code,
            )
        )
    return unit


def _status_of(proposal: AwardProposal) -> DossierStatus:
    return status_here(ProposalStatus(proposal.status), proposal.returned_on is not None)


def _reply_preview(
    session: Session,
    proposal: AwardProposal,
    record: DossierExchange,
    sender: AdminUnit,
    status: DossierStatus,
    gathered: Gathered,
) -> SendPreview:
    unit = session.get(AdminUnit, proposal.unit_id)
    assert unit is not None
    decisions = tuple(
        f"{row['number']} ngày {format_date(dt.date.fromisoformat(row['decision_date']))}"
        for row in gathered.rows["decision"]
    )
    return SendPreview(
        proposal_id=proposal.id,
        kind=REPLY,
        kind_label=KIND_LABELS[REPLY],
        title=proposal.title,
        year=proposal.year,
        unit_name=full_name(unit),
        receiver_code=sender.code,
        receiver_name=record.counterpart_name,
        status=status,
        times_sent=record.times_sent,
        lines=len(gathered.rows["line"]),
        people=(),
        papers=_papers(gathered.attachments),
        decisions=decisions,
        return_reason=(proposal.return_reason or "") if status is DossierStatus.RETURNED else "",
        default_name=f"ket-qua-ho-so-{unit.code}-{proposal.year}-{status.value}{SUFFIX}",
    )


# -- shared -------------------------------------------------------------------------------------
def _checked_out(out: Path) -> Path:
    return checked_out(out, "ho-so")


def _write(
    db: Database,
    data_dir: DataDir,
    out: Path,
    build: Build[SendPreview],
    record: Record[SendPreview],
) -> SendReport:
    preview, final = write_recorded(db, data_dir, out, build, record)
    return SendReport(preview, out, final.sequence, out.stat().st_size)


def _manifest(
    session: Session, kind: str, proposal: AwardProposal, receiver: AdminUnit
) -> Manifest:
    unit = session.get(AdminUnit, proposal.unit_id)
    assert unit is not None
    return office_manifest(
        session, kind, period=proposal.year, scope=unit, receiver=receiver, dossier=proposal.uid
    )


def _papers(records: list[Attachment]) -> tuple[PaperSent, ...]:
    return tuple(PaperSent(r.file_name, AttachmentKind(r.kind), r.size) for r in records)


def _unit_names(session: Session, ids: set[int]) -> dict[int, str]:
    return {
        u.id: full_name(u) for u in session.scalars(select(AdminUnit).where(AdminUnit.id.in_(ids)))
    }


def _event(
    session: Session,
    exchange: DossierExchange,
    direction: str,
    status: DossierStatus,
    sequence: int,
    file_name: str,
    note: str | None = None,
) -> None:
    session.add(
        DossierEvent(
            exchange_id=exchange.id,
            at=utc_now(),
            direction=direction,
            status=status.value,
            sequence=sequence,
            file_name=file_name[:260],
            note=note or None,
            by=audit.current_operator(session),
        )
    )
