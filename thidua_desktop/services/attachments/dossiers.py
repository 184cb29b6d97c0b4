"""The papers of a khen thưởng dossier: attached to the proposal (tờ trình, biên bản họp Hội
đồng), to one of its lines (a nominee's báo cáo thành tích, a sáng kiến) or to a decision (the
signed quyết định); listed together, each saying what it belongs to. Kept like every attachment
(`files`): bytes under their SHA-256, the record audited, the office's scope and period locks
respected."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from thidua_desktop.domain.attachments import DOSSIER_KINDS, AttachmentKind, PaperOwner
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.messages import msg
from thidua_desktop.paths import DataDir
from thidua_desktop.services.attachments.files import _add, _row, _store, prune
from thidua_desktop.services.attachments.rows import AttachmentRow
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.attachments import Attachment
from thidua_desktop.store.models.awards import AwardDecision, AwardLine, AwardProposal

PROPOSAL, LINE, DECISION = (
    PaperOwner.PROPOSAL.value,
    PaperOwner.LINE.value,
    PaperOwner.DECISION.value,
)


def dossier_attachments(db: Database, proposal_id: int) -> list[AttachmentRow]:
    """Every paper of the proposal's dossier: the proposal's own, then each line's (in the
    list's order), then each decision's; by date attached within each."""
    from thidua_desktop.services.awards.proposals import proposal_by_id

    with db.reading() as session:
        proposal = proposal_by_id(session, proposal_id)
        owners = _owners(session, proposal)
        order = {key: n for n, key in enumerate(owners)}
        records = session.scalars(
            select(Attachment)
            .where(tuple_(Attachment.owner_kind, Attachment.owner_uid).in_(list(owners)))
            .order_by(Attachment.added_at, Attachment.id)
        ).all()
        ranked = sorted(records, key=lambda r: order[(r.owner_kind, r.owner_uid)])
        return [_row(r, owners[(r.owner_kind, r.owner_uid)]) for r in ranked]


def attach_to_dossier(
    db: Database,
    data_dir: DataDir,
    *,
    proposal_id: int,
    path: str | os.PathLike[str],
    kind: AttachmentKind,
    line_id: int | None = None,
    decision_id: int | None = None,
    note: str = "",
) -> AttachmentRow:
    """Keep a copy of the file at `path` and attach it to the proposal, or to one of its lines
    or decisions (one audited step; the proposal's unit in scope, its year open)."""
    from thidua_desktop.services.awards.dossiers import ensure_own_paper
    from thidua_desktop.services.awards.edit import writable
    from thidua_desktop.services.awards.proposals import proposal_by_id

    kind = AttachmentKind(kind)
    if kind not in DOSSIER_KINDS:
        raise InvalidInput(
            msg(
                "“{kind}” không phải giấy tờ của hồ sơ khen thưởng: chọn {choices}.",
                kind=kind.label,
                choices=", ".join(k.label for k in DOSSIER_KINDS),
            )
        )
    if line_id is not None and decision_id is not None:
        raise InvalidInput(msg("Một tệp đính vào một dòng hoặc một quyết định, không cả hai."))
    name, sha256, size = _store(data_dir, Path(path))
    try:
        with db.transaction() as session:
            proposal = proposal_by_id(session, proposal_id)
            unit = writable(session, proposal)
            ensure_own_paper(session, proposal, decision=decision_id is not None)
            owner_kind, owner_uid = PROPOSAL, proposal.uid
            if line_id is not None:
                line = session.get(AwardLine, line_id)
                if line is None or line.proposal_id != proposal.id:
                    raise InvalidInput(msg("Dòng #{line} không thuộc đề nghị này.", line=line_id))
                owner_kind, owner_uid = LINE, line.uid
            elif decision_id is not None:
                decision = session.get(AwardDecision, decision_id)
                if decision is None or decision.proposal_id != proposal.id:
                    raise InvalidInput(
                        msg("Quyết định #{decision} không thuộc đề nghị này.", decision=decision_id)
                    )
                owner_kind, owner_uid = DECISION, decision.uid
            row = _add(
                session, owner_kind, owner_uid, str(proposal.id), name, sha256, size, kind, note,
                unit_id=unit.id,
            )  # fmt: skip
            label = _owners(session, proposal)[(owner_kind, owner_uid)]
    finally:
        prune(db, data_dir, only=sha256)  # the stored bytes stay only if the record was kept
    return dataclasses.replace(row, owner_label=label)


def _owners(session: Session, proposal: AwardProposal) -> dict[tuple[str, str], str]:
    """(owner kind, uid) → what a person calls it, in the dossier's order."""
    from thidua_desktop.services.awards.data import recipient_rows

    owners = {(PROPOSAL, proposal.uid): str(msg("Hồ sơ đề nghị"))}
    lines = session.scalars(
        select(AwardLine)
        .where(AwardLine.proposal_id == proposal.id)
        .order_by(AwardLine.position, AwardLine.id)
    ).all()
    recipients = recipient_rows(session, (line.recipient_id for line in lines))
    for line in lines:
        owners[(LINE, line.uid)] = str(
            msg("Dòng {n}: {name}", n=line.position, name=recipients[line.recipient_id].name)
        )
    for decision in session.scalars(
        select(AwardDecision)
        .where(AwardDecision.proposal_id == proposal.id)
        .order_by(AwardDecision.decision_date, AwardDecision.id)
    ):
        owners[(DECISION, decision.uid)] = str(
            msg("Quyết định số {number}", number=decision.number)
        )
    return owners
